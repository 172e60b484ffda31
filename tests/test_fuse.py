"""Fusion across reports, on reports written for these tests."""

import json
import random

import pytest
from conftest import SHARED, needs_shared, validate

from fogline.cli import main
from fogline.fuse import EventSketch, candidate_pairs, fuse, score
from fogline.pipeline import merge, split
from fogline.store import Store

REPORTS = [
    {"id": "wire-1", "outlet": "Sahel Wire", "published": "2025-06-14", "language": "en",
     "text": "Separatist fighters of the Azawad Liberation Front ambushed a Malian army convoy near Anefis on "
             "Friday. The FLA said it killed dozens of soldiers; the army said 12 attackers were killed."},
    {"id": "wire-2", "outlet": "Desert Post", "published": "2025-06-15", "language": "en",
     "text": "An army supply convoy was ambushed on Friday near Anefis in the Kidal region, the Malian army "
             "said, adding that its troops killed 14 assailants. The Azawad Liberation Front acknowledged the "
             "death of three of its fighters."},
    {"id": "wire-3", "outlet": "Sahel Wire", "published": "2025-06-20", "language": "en",
     "text": "A drone strike on a market in Léré killed at least 20 civilians on Thursday, residents said."},
]


def sk(id, doc, day, **kw):
    base = dict(event_type="Battles", sub_event_type="Armed clash", precision="day", country="Mali",
                admin1="Kidal", location="anefis", lat=18.05, lon=0.61,
                actors=frozenset({"Azawad Liberation Front (FLA)", "Military Forces of Mali (FAMa)"}))
    base.update(kw)
    return EventSketch(id, doc, day=day, **base)


def test_score_blocks_other_countries_far_dates_and_same_report():
    a = sk("a:e1", "a", 100)
    assert score(a, sk("b:e1", "b", 100)) >= 2.5
    assert score(a, sk("b:e1", "b", 100, country="Niger")) is None
    assert score(a, sk("b:e1", "b", 110)) is None
    assert score(a, sk("a:e2", "a", 100)) is None


def test_fusion_is_order_independent():
    data = [sk(f"d{i}:e1", f"d{i}", 100 + (i % 3 == 0)) for i in range(12)]
    data += [sk(f"x{i}:e1", f"x{i}", 300, location="gao", admin1="Gao", lat=16.27, lon=-0.04) for i in range(5)]
    first = fuse(data)
    for seed in range(5):
        shuffled = data[:]
        random.Random(seed).shuffle(shuffled)
        assert fuse(shuffled) == first
    assert len(set(first.values())) == 2


def test_manual_links_win():
    a, b = sk("a:e1", "a", 100), sk("b:e1", "b", 100)
    assert len(set(fuse([a, b]).values())) == 1
    assert len(set(fuse([a, b], cannot_link=[("a:e1", "b:e1")]).values())) == 2
    far = sk("c:e1", "c", 500, country="Chad")
    assert len(set(fuse([a, far], must_link=[("a:e1", "c:e1")]).values())) == 1


def test_blocking_pairs_each_once():
    data = [sk(f"d{i}:e1", f"d{i}", 100 + i % 4) for i in range(20)]
    pairs = [tuple(sorted((a.id, b.id))) for a, b in candidate_pairs(data)]
    assert len(pairs) == len(set(pairs))


@pytest.fixture
def feed(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    return p


def run(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_two_reports_one_incident_with_every_source(capsys, tmp_path, feed):
    db = str(tmp_path / "f.db")
    assert run(capsys, "ingest", str(feed), "--db", db)[0] == 0
    code, out = run(capsys, "incidents", "--db", db, "--format", "json")
    incidents = json.loads(out)
    ambush = next(i for i in incidents if i["event_type"] == "Battles")
    assert sorted(ambush["documents"]) == ["wire-1", "wire-2"]
    assert {s["outlet"] for s in ambush["sources"]} == {"Sahel Wire", "Desert Post"}
    assert ambush["date"] == "2025-06-13" and ambush["location"] == "Anefis"
    claimants = {(c["claimant"], c["document_id"]) for c in ambush["claims"]}
    assert ("Military Forces of Mali (FAMa)", "wire-2") in claimants
    # the army's 12 and 14 are two figures for the same losses: a contradiction across reports
    assert any(c["kind"] == "numeric" for c in ambush["contradictions"])
    assert len(incidents) == 2
    code, out = run(capsys, "show", ambush["id"], "--db", db)
    assert "Desert Post" in out and "claims by source" in out


def test_reingest_is_stable_and_updates_revise(capsys, tmp_path, feed):
    db = str(tmp_path / "f.db")
    run(capsys, "ingest", str(feed), "--db", db)
    before = json.loads(run(capsys, "incidents", "--db", db, "--format", "json")[1])
    run(capsys, "ingest", str(feed), "--db", db)
    assert json.loads(run(capsys, "incidents", "--db", db, "--format", "json")[1]) == before
    updated = dict(REPORTS[1], text=REPORTS[1]["text"].replace("14 assailants", "16 assailants"))
    feed.write_text(json.dumps(updated) + "\n", encoding="utf-8")
    run(capsys, "ingest", str(feed), "--db", db)
    after = json.loads(run(capsys, "incidents", "--db", db, "--format", "json")[1])
    assert len(after) == len(before)
    ambush = next(i for i in after if i["event_type"] == "Battles")
    assert any(c["low"] == 16 for c in ambush["claims"]) and not any(c["low"] == 14 for c in ambush["claims"])


def test_merge_and_split_survive_reingest(capsys, tmp_path, feed):
    db = str(tmp_path / "f.db")
    run(capsys, "ingest", str(feed), "--db", db)
    with Store(f"sqlite:///{db}") as store:
        incs = store.incidents()
        ambush = next(i for i in incs if i["event_type"] == "Battles")
        strike = next(i for i in incs if i["event_type"] != "Battles")
        split_off = split(store, ambush["id"], [ambush["events"][0]])
        assert split_off != store.incident_of(ambush["events"][1])
        merged = merge(store, strike["id"], split_off)
        assert store.incident_of(strike["events"][0]) == merged
    feed.write_text("\n".join(json.dumps(dict(r, text=r["text"] + " More details followed.")) for r in REPORTS),
                    encoding="utf-8")
    run(capsys, "ingest", str(feed), "--db", db)  # every report updated and re-fused
    with Store(f"sqlite:///{db}") as store:
        assert store.incident_of(strike["events"][0]) == store.incident_of(ambush["events"][0])
        assert store.incident_of(ambush["events"][0]) != store.incident_of(ambush["events"][1])


def test_incident_exports(capsys, tmp_path, feed):
    import csv

    import pyarrow.parquet as pq

    db = str(tmp_path / "f.db")
    run(capsys, "ingest", str(feed), "--db", db)
    ucdp = tmp_path / "ged.csv"
    run(capsys, "export", "--db", db, "--level", "incidents", "--format", "ucdp-csv", "-o", str(ucdp))
    rows = list(csv.DictReader(ucdp.open(encoding="utf-8")))
    assert len(rows[0]) == 49 and len(rows) == 2
    battle = next(r for r in rows if r["type_of_violence"] == "1")
    assert battle["number_of_sources"] == "2" and int(battle["best"]) == sum(
        int(battle[k]) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"))
    acled = tmp_path / "acled.csv"
    run(capsys, "export", "--db", db, "--level", "incidents", "--format", "acled-csv", "-o", str(acled))
    arow = next(r for r in csv.DictReader(acled.open(encoding="utf-8")) if r["event_type"] == "Battles")
    assert "Sahel Wire" in arow["source"] and "Desert Post" in arow["source"]
    pq_path = tmp_path / "i.parquet"
    run(capsys, "export", "--db", db, "--level", "incidents", "--format", "parquet", "-o", str(pq_path))
    assert pq.read_table(pq_path).num_rows == 2


@needs_shared
def test_dev_corpus_in_two_orders_gives_identical_incidents():
    from fogline.evaluate_fusion import evaluate_fusion

    paths = [str(SHARED / "corpus" / "dev")]
    assert evaluate_fusion(paths, "sorted")["incident_sets"] == evaluate_fusion(paths, "reversed")["incident_sets"]


def test_extraction_output_still_validates_after_fusion_fields(feed):
    from fogline.extract import extract
    from fogline.read import read_paths

    for r in read_paths([feed]):
        validate(extract(r.document).to_dict(), r.document.text)


def test_a_page_updated_at_the_same_url_revises_its_contribution(capsys, tmp_path):
    db = str(tmp_path / "f.db")
    page = tmp_path / "page.txt"
    page.write_text(REPORTS[0]["text"], encoding="utf-8")
    url = "https://wire.example/2025/06/14/ambush"
    run(capsys, "ingest", str(page), "--published", "2025-06-14", "--url", url, "--db", db)
    page.write_text(REPORTS[0]["text"].replace("12 attackers", "15 attackers"), encoding="utf-8")
    code, out = run(capsys, "ingest", str(page), "--published", "2025-06-14", "--url", url, "--db", db)
    assert "1 updated" in out
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["documents"] == 1
        lows = [c["low"] for i in store.incidents() for c in i["claims"]]
    assert 15 in lows and 12 in lows  # the FLA's "dozens" (12) stays, the army's 12 became 15
    assert lows.count(12) == 1


def test_fusion_reads_each_reports_exact_counts_from_the_store(capsys, tmp_path, feed):
    db = tmp_path / "f.db"
    run(capsys, "ingest", str(feed), "--db", str(db))
    with Store(f"sqlite:///{db}") as store, store.engine.connect() as conn:
        rows = store.neighbourhood(conn, None, 0)
    figures = {r["document_id"]: EventSketch.from_event(r).figures for r in rows if r["event_type"] == "Battles"}
    assert figures["wire-1"] == {("killed", 12)}  # "dozens of soldiers" gives no figure
    assert ("killed", 14) in figures["wire-2"] and ("killed", 3) in figures["wire-2"]
