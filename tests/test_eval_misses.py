"""`fogline eval --misses`: claims right on what and number but wrong on whom or by whom, counted by kind."""

import json

from fogline.cli import main
from fogline.evaluate import Canon, _core_misses, _full_misses

CANON = Canon()


def _claim(what, low, of, claimant):
    return {"what": what, "low": low, "high": low, "of": of, "claimant": claimant}


def test_wrong_claimant_and_wrong_victims_are_counted_by_kind():
    pred = [_claim("killed", 12, "Civilians (Nigeria)", "the outlet"),
            _claim("wounded", 4, "unknown", "Military Forces of Nigeria"),
            _claim("abducted", 30, "Civilians (Nigeria)", "local sources")]
    gold = [_claim("killed", 12, "Civilians (Nigeria)", "Police Forces of Nigeria"),
            _claim("wounded", 4, "Civilians (Nigeria)", "residents"),
            _claim("abducted", 30, "Civilians (Nigeria)", "Government of Nigeria")]
    out = _full_misses(pred, gold, CANON)
    assert out == {"claimant: the outlet → state forces": 1, "of: unknown → civilians": 1,
                   "claimant: state forces → residents": 1, "claimant: local sources → government": 1}


def test_a_claim_with_no_counterpart_is_not_a_miss_of_whom():
    pred = [_claim("killed", 5, "unknown", "the outlet")]
    gold = [_claim("killed", 50, "unknown", "residents"), _claim("missing", 5, "unknown", "residents")]
    assert _full_misses(pred, gold, CANON) == {}


def test_cli_prints_the_breakdown(tmp_path, capsys):
    text = ("Gunmen killed nine villagers in Dogo on Monday, residents said. "
            "The army said its troops had killed four of the attackers.")
    gold = {"id": "own-1", "language": "en", "published": "2025-03-04", "text": text, "gold": {"events": [
        {"event_type": "Violence against civilians", "sub_event_type": "Attack", "date": "2025-03-03",
         "country": "Nigeria", "admin1": None, "location": None,
         "actors": [{"name": "Unidentified Armed Group (Nigeria)", "side": "A"},
                    {"name": "Civilians (Nigeria)", "side": "B"}],
         "claims": [_claim("killed", 9, "Civilians (Nigeria)", "Government of Nigeria")]}]}}
    (tmp_path / "own-1.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", "--misses", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "claims right on what and number" in out
    assert "claimant: residents → government" in out


def test_the_json_report_holds_the_breakdown(tmp_path, capsys):
    text = "Rebels said they had killed 20 soldiers near Beni on Friday."
    gold = {"id": "own-2", "language": "en", "published": "2025-05-12", "text": text, "gold": {"events": [
        {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2025-05-09",
         "country": "Democratic Republic of Congo", "admin1": None, "location": "Beni", "actors": [],
         "claims": [_claim("killed", 20, "unknown", "residents")]}]}}
    (tmp_path / "own-2.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", "--json", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    misses = report["overall"]["claims_full_misses"]
    assert sum(misses.values()) >= 1 and all(k.startswith(("of: ", "claimant: ")) for k in misses)


def test_wrong_locations_are_counted_by_kind():
    from fogline.evaluate import _place_miss
    town = {"location": "Goma", "admin1": "Nord-Kivu", "geo_precision": 1}
    area = {"location": "Nyiragongo", "admin1": "Nord-Kivu", "geo_precision": 2}
    far = {"location": "Bukavu", "admin1": "Sud-Kivu", "geo_precision": 1}
    region = {"location": None, "admin1": "Nord-Kivu", "geo_precision": 3}
    assert _place_miss(area, town).startswith("other place, same admin1; gold place known to")
    assert _place_miss(area, town).endswith("precision 2 → 1")
    assert _place_miss(far, town).startswith("other place, other admin1")
    assert _place_miss(region, town).startswith("no place given")
    assert _place_miss(town, region) == "a place where the gold has only a region; precision 1 → 3"
    unknown = dict(town, location="Kazzzibwe")
    assert "gold place missing from the gazetteer" in _place_miss(town, unknown)


def test_cli_prints_the_location_breakdown(tmp_path, capsys):
    text = "Gunmen killed nine villagers in Goma on Monday, residents said."
    gold = {"id": "own-3", "language": "en", "published": "2025-03-04", "text": text, "gold": {"events": [
        {"event_type": "Violence against civilians", "sub_event_type": "Attack", "date": "2025-03-03",
         "country": "Democratic Republic of Congo", "admin1": "Nord-Kivu", "location": "Rutshuru",
         "geo_precision": 1, "actors": [], "claims": []}]}}
    (tmp_path / "own-3.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", "--misses", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "locations wrong on matched events, by kind:" in out
    assert "other place, same admin1; gold place known to the gazetteer; precision 1 → 1" in out


def test_wrong_dates_are_counted_by_kind():
    from datetime import date

    from fogline.evaluate import _date_miss
    gold = {"date": "2025-03-03", "date_precision": "day"}
    assert _date_miss({"date": None}, gold, None) == "no date given"
    assert _date_miss({"date": "2025-03-02", "date_precision": "day"}, gold, None) == \
        "1 day before the gold; precision day → day"
    assert _date_miss({"date": "2025-03-04", "date_precision": "day"}, gold, date(2025, 3, 4)) == \
        "the publication day, 1 day after the gold; precision day → day"
    assert _date_miss({"date": "2025-04-20", "date_precision": "week"}, gold, None).startswith("> 31 days after")


def test_claims_wrong_on_figure_are_counted_by_kind():
    pred = [_claim("killed", 40, "unknown", "the outlet"), _claim("captured", 3, "unknown", "Military Forces of Mali")]
    gold = [_claim("killed", 12, "unknown", "residents"), _claim("wounded", 6, "unknown", "residents")]
    gold[1]["high"] = None
    out = _core_misses(pred, gold, {id(pred[1])}, CANON)
    assert out == {"spurious killed (exact) by the outlet; the gold has another killed figure (smaller)": 1,
                   "spurious captured (exact) by state forces; the gold has no other captured figure; "
                   "its event unmatched": 1,
                   "missed killed (exact) by residents; we give another killed figure (larger)": 1,
                   "missed wounded (open) by residents; we give no other wounded figure": 1}


def test_wrong_sub_event_types_are_counted_as_predicted_then_gold(tmp_path, capsys):
    text = "Gunmen killed nine villagers in Goma on Monday, residents said."
    gold = {"id": "own-4", "language": "en", "published": "2025-03-04", "text": text, "gold": {"events": [
        {"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance",
         "date": "2025-03-03", "country": "Democratic Republic of Congo", "admin1": "Nord-Kivu", "location": "Goma",
         "geo_precision": 1, "actors": [], "claims": []}]}}
    (tmp_path / "own-4.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", "--json", "--misses", str(tmp_path)]) == 0
    misses = json.loads(capsys.readouterr().out)["overall"]["type_misses"]
    vac = "Violence against civilians"
    assert misses == {f"{vac}/Attack → {vac}/Abduction/forced disappearance": 1}


def test_a_wrong_location_says_where_the_golds_words_stand():
    from fogline.evaluate import _place_miss
    text = "Gunmen attacked Goma on Monday. The fighting spread near Rutshuru. Nobody saw it in Bunia."
    ours = {"location": "Goma", "admin1": "Nord-Kivu", "geo_precision": 1,
            "location_evidence": {"start": text.index("Goma"), "end": text.index("Goma") + 4}}
    later = {"location": "Rutshuru", "admin1": "Nord-Kivu", "geo_precision": 2, "location_text": "near Rutshuru"}
    assert "the gold's words in a later sentence than ours" in _place_miss(ours, later, text)
    earlier = dict(ours, location_evidence={"start": text.index("Bunia"), "end": text.index("Bunia") + 5})
    assert "the gold's words in an earlier sentence than ours" in _place_miss(earlier, later, text)
    same = dict(later, location_text="attacked Goma")
    assert "the gold's words in the same sentence as ours" in _place_miss(ours, same, text)
    assert "not in the text as written" in _place_miss(ours, dict(later, location_text="near Beni"), text)
    assert "sentence" not in _place_miss(ours, later)  # without the text: the kind alone
