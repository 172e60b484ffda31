from __future__ import annotations

import csv
import io
import json
from datetime import date

from fogline.export import (
    ACLED_COLUMNS,
    acled_notes,
    acled_row,
    claim_quantity,
    interaction,
    write_acled_csv,
    write_geojson,
    write_jsonl,
)
from fogline.reconcile import reconcile_event
from fogline.records import Actor, Claim, Document, Event, Evidence, Extraction, Place
from fogline.store import Store

TEXT = "x" * 100
FLA = "Azawad Liberation Front (FLA)"
FAMA = "Military Forces of Mali (FAMa)"
AC = "Africa Corps (Russia)"


def ev(a: int = 0, b: int = 5) -> Evidence:
    return Evidence.of(TEXT, a, b)


def battle(**kw) -> dict:
    claims = kw.pop("claims", [
        Claim("killed", AC, 12, None, FLA, "claimed", ev(), vague=True),
        Claim("vehicles destroyed", FAMA, 21, 21, FLA, "claimed", ev()),
        Claim("killed", FLA, 10, 10, FAMA, "claimed", ev()),
    ])
    place = Place(kw.pop("location", "Anefis"), "Mali", "MLI", "Kidal", None,
                  kw.pop("latitude", 18.0532), kw.pop("longitude", 0.6134), kw.pop("geo_precision", 2))
    for n, c in enumerate(claims, 1):
        c.id = c.id or f"c{n}"
    event = Event(
        id=kw.pop("id", "MLI-1"), event_type=kw.pop("event_type", "Battles"),
        sub_event_type=kw.pop("sub_event_type", "Armed clash"), date=kw.pop("date", "2025-06-13"),
        date_precision=kw.pop("date_precision", "day"), place=place,
        actors=kw.pop("actors", [Actor(FLA, "rebel group", "A"), Actor(FAMA, "state forces", "B"),
                                 Actor(AC, "foreign forces", "B")]),
        claims=claims,
    )
    reconcile_event(event)  # notes name the disputes that reconciliation finds
    e = event.to_dict()
    e.update(kw)
    return e


def test_acled_columns_exact():
    expected = (
        "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, "
        "actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, "
        "iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, "
        "source, source_scale, notes, fatalities, tags, timestamp"
    ).split(", ")
    assert ACLED_COLUMNS == expected
    assert len(ACLED_COLUMNS) == 31
    buf = io.StringIO()
    assert write_acled_csv([battle()], buf) == 1
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[0] == expected
    assert len(rows) == 2 and len(rows[1]) == 31


def test_acled_row_fields():
    e = battle(outlet="RFI", ingested_at="2025-06-15T10:00:00+00:00")
    buf = io.StringIO()
    write_acled_csv([e], buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["event_id_cnty"] == "MLI-1"
    assert row["event_date"] == "2025-06-13" and row["year"] == "2025"
    assert row["time_precision"] == "1"
    assert row["disorder_type"] == "Political violence"
    assert row["actor1"] == FLA and row["assoc_actor_1"] == ""
    assert row["actor2"] == FAMA and row["assoc_actor_2"] == AC
    assert row["inter1"] == "Rebel group" and row["inter2"] == "State forces"
    assert row["interaction"] == "State forces-Rebel group"  # lower inter code first
    assert row["civilian_targeting"] == ""
    assert row["iso"] == "466" and row["region"] == "Western Africa"
    assert row["country"] == "Mali" and row["admin1"] == "Kidal" and row["location"] == "Anefis"
    assert row["latitude"] == "18.0532" and row["longitude"] == "0.6134" and row["geo_precision"] == "2"
    assert row["source"] == "RFI" and row["fatalities"] == "22"  # 12 (dozens) + 10, from reconciliation
    assert row["timestamp"] == "1749981600"
    assert row["tags"] == "" and row["source_scale"] == "" and row["admin3"] == ""
    assert row["notes"].startswith("On 13 June 2025, Azawad Liberation Front (FLA) clashed with")
    assert "near Anefis (Kidal)" in row["notes"]


def test_acled_row_variants():
    one_sided = acled_row(battle(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                 actors=[Actor(FAMA, "state forces", "A")], fatalities=None,
                                 date_precision="week"))
    assert one_sided["interaction"] == "State forces only"
    assert one_sided["actor2"] == "" and one_sided["inter2"] == ""
    assert one_sided["fatalities"] == 0
    assert one_sided["time_precision"] == 2
    vac = acled_row(battle(event_type="Violence against civilians", sub_event_type="Attack",
                           actors=[Actor("Unidentified Armed Group (Mali)", "unidentified armed group", "A"),
                                   Actor("Civilians (Mali)", "civilians", "B")], date_precision="month"))
    assert vac["civilian_targeting"] == "Civilians targeted"
    assert vac["interaction"] == "Political militia-Civilians"
    assert vac["time_precision"] == 3
    protest = acled_row(battle(event_type="Protests", sub_event_type="Peaceful protest",
                               actors=[Actor("Protesters (Mali)", "protesters", "A")]))
    assert protest["disorder_type"] == "Demonstrations"
    assert protest["interaction"] == "Protesters only"
    sd = acled_row(battle(event_type="Strategic developments", sub_event_type="Looting/property destruction"))
    assert sd["disorder_type"] == "Strategic developments"
    assert interaction(8, 1) == "State forces-External/Other forces"
    assert interaction(2, None, has_actor2=False) == "Rebel group only"


def test_notes_claimants_and_dispute():
    e = battle(claims=[
        Claim("killed", AC, 12, None, FLA, "claimed", ev(), vague=True),
        Claim("vehicles destroyed", FAMA, 21, 21, FLA, "claimed", ev()),
        Claim("killed", FLA, 10, 10, FAMA, "claimed", ev()),
        Claim("killed", AC, 2, 2, FAMA, "unverified", ev()),
        Claim("wounded", FAMA, None, None, "local sources", "reported", ev()),
    ])
    notes = acled_notes(e)
    assert notes.startswith("On 13 June 2025, ")
    assert f"{FLA} claims dozens of {AC} killed and 21 vehicles of {FAMA} destroyed." in notes
    assert f"{FAMA} claims 10 {FLA} killed and 2 {AC} killed (unverified)." in notes
    assert "Local sources report an unknown number of" in notes
    assert "Fatalities disputed: killed of Africa Corps (Russia)" in notes  # dozens (>= 12) vs 2 of one side


def test_notes_no_dispute_when_claims_agree():
    e = battle(claims=[
        Claim("killed", AC, 12, None, FLA, "claimed", ev()),
        Claim("killed", AC, 15, 15, "local sources", "reported", ev()),
    ])
    notes = acled_notes(e)
    assert f"{FLA} claims at least 12 {AC} killed." in notes
    assert f"Local sources report 15 {AC} killed." in notes
    assert "disputed" not in notes


def test_notes_denial_and_contradictions():
    e = battle(claims=[
        Claim("killed", AC, 12, None, FLA, "claimed", ev(), vague=True),
        Claim("killed", AC, 0, 0, "Military Forces of Russia", "denied", ev()),
        Claim("captured", FAMA, 3, 5, FLA, "claimed", ev()),
    ])
    notes = acled_notes(e)
    assert f"Military Forces of Russia denies any {AC} killed." in notes
    assert f"3-5 {FAMA} captured" in notes
    assert "Fatalities disputed: Military Forces of Russia denies" in notes
    assert "captured" not in notes.split("Fatalities disputed")[1]  # one source, no dispute


def test_claim_quantity_words():
    q = claim_quantity
    assert q({"low": 3, "high": None, "vague": True}) == "several"
    assert q({"low": 12, "high": None, "vague": True}) == "dozens of"
    assert q({"low": 7, "high": None, "vague": True}) == "at least 7"
    assert q({"low": 12, "high": None, "vague": False}) == "at least 12"
    assert q({"low": 10, "high": 10}) == "10"
    assert q({"low": 15, "high": 15, "vague": True}) == "about 15"
    assert q({"low": 5, "high": 8}) == "5-8"
    assert q({"low": None, "high": 8}) == "up to 8"


def test_notes_region_only_and_undated():
    e = battle(location=None, geo_precision=3, date=None, date_precision=None, claims=[])
    assert acled_notes(e) == (f"{FLA} clashed with {FAMA} and {AC} in the Kidal region.")


def test_geojson():
    events = [battle(id="a"), battle(id="b", latitude=None, longitude=None), battle(id="c", outlet="RFI")]
    buf = io.StringIO()
    assert write_geojson(events, buf) == 2
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection"
    assert [f["properties"]["id"] for f in fc["features"]] == ["a", "c"]
    f = fc["features"][0]
    assert f["type"] == "Feature"
    assert f["geometry"] == {"type": "Point", "coordinates": [0.6134, 18.0532]}  # [lon, lat]
    p = f["properties"]
    assert p["actors"] == [FLA, FAMA, AC]
    assert p["claims_count"] == 3 and p["fatalities"] == 22
    assert p["event_type"] == "Battles" and p["country"] == "Mali"
    assert all(not isinstance(v, dict) for v in p.values())
    assert fc["features"][1]["properties"]["outlet"] == "RFI"
    empty = io.StringIO()
    assert write_geojson([], empty) == 0
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_jsonl():
    events = [battle(id="a"), battle(id="b")]
    buf = io.StringIO()
    assert write_jsonl(events, buf) == 2
    lines = buf.getvalue().splitlines()
    assert [json.loads(x) for x in lines] == events


def test_store_to_exports(tmp_path):
    text = "On Friday FLA fighters ambushed FAMa near Anefis; the army said 10 attackers were killed."
    e = Event("seed-e1", "Battles", "Armed clash", "2025-06-13", "day",
              Place("Anefis", "Mali", "MLI", "Kidal", latitude=18.05, longitude=0.61, geo_precision=2),
              actors=[Actor(FLA, "rebel group", "A"), Actor(FAMA, "state forces", "B")],
              claims=[Claim("killed", FLA, 10, 10, FAMA, "claimed", Evidence.of(text, 63, 87))],
              fatalities=10)
    x = Extraction(Document("seed", text, published=date(2025, 6, 15), outlet="Example News"), [e]).to_dict()
    x["document"]["text"] = text
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as s:
        s.add(x)
        events = s.events()
    buf = io.StringIO()
    write_acled_csv(events, buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["source"] == "Example News"
    assert row["timestamp"].isdigit()
    assert f"{FAMA} claims 10 {FLA} killed." in row["notes"]
    gj = io.StringIO()
    assert write_geojson(events, gj) == 1
    assert json.loads(gj.getvalue())["features"][0]["properties"]["document_id"] == "seed"


# -- spreadsheet safety (OWASP CSV injection) --------------------------------------------------------------
def test_formula_cells_become_text_in_every_csv():
    from fogline.export import spreadsheet_safe, write_ucdp_csv

    assert spreadsheet_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert [spreadsheet_safe(v) for v in ("@SUM(A1)", "+1", "-2+3", "\tx", "\rx")] == \
        ["'@SUM(A1)", "'+1", "'-2+3", "'\tx", "'\rx"]
    assert spreadsheet_safe(-12.5) == -12.5 and spreadsheet_safe("Anefis") == "Anefis"  # numbers stay numbers
    e = battle(outlet="=HYPERLINK(\"http://evil\",\"x\")", location="@Anefis")
    for write in (write_acled_csv, write_ucdp_csv):
        buf = io.StringIO()
        write([e], buf)
        cells = [c for row in csv.reader(io.StringIO(buf.getvalue())) for c in row]
        assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells), (write.__name__, cells)
        assert "'@Anefis" in cells
