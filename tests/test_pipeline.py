"""The pipeline: unchanged texts skipped before extraction, --jobs N like one process, bounded fusion loading."""

import json
import random
from datetime import date, timedelta

import pytest
from conftest import SAMPLES
from sqlalchemy import event as sa_event

import fogline.extract
from fogline import pipeline
from fogline.cli import main
from fogline.store import Store

REPORT = ("Gunmen on motorbikes attacked the village of Dioura on Tuesday and killed at least 14 civilians, "
          "residents said. The army said it killed 6 assailants in pursuit operations on Wednesday.")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def feed(tmp_path):
    """The bundled samples plus a bad line and an empty record: failures named, in order."""
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "{broken")
    lines.insert(7, json.dumps({"id": "empty", "text": ""}))
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _store_dump(db):
    with Store(f"sqlite:///{db}") as s:
        events = [{k: v for k, v in e.items() if k != "ingested_at"} for e in s.events()]
        docs = [{k: v for k, v in d.items() if k != "ingested_at"} for d in s.documents()]
        return events, docs, s.incidents()


def test_jobs_2_gives_the_output_and_the_store_of_one_process(capsys, tmp_path, feed):
    one = run(capsys, "extract", str(feed), "--jobs", "1")
    two = run(capsys, "extract", str(feed), "--jobs", "2")
    assert one == two and one[0] == 1 and "feed.jsonl:4" in one[2] and "2 failed" in one[2]
    out = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"j{jobs}.db"
        code, text, err = run(capsys, "ingest", str(feed), "--db", str(db), "--jobs", jobs)
        assert code == 1 and "feed.jsonl:4" in err
        out[jobs] = (text, _store_dump(db))
    assert out["1"] == out["2"]
    assert out["1"][1][2]  # incidents were fused


def test_an_unchanged_feed_is_not_extracted_again(capsys, tmp_path, monkeypatch):
    db = str(tmp_path / "f.db")
    assert run(capsys, "ingest", str(SAMPLES), "--db", db)[0] == 0
    calls = []
    real = fogline.extract.extract
    monkeypatch.setattr(fogline.extract, "extract", lambda doc: calls.append(doc.id) or real(doc))
    code, out, _ = run(capsys, "ingest", str(SAMPLES), "--db", db)
    assert code == 0 and " 0 added, 0 updated, 17 unchanged" in out and calls == []
    # a new text under a stored id is extracted (and revises); the same text under a new id is not
    records = [json.loads(x) for x in SAMPLES.read_text(encoding="utf-8").splitlines()]
    changed = dict(records[0], text=records[0]["text"] + " Residents fled.")
    copy = dict(records[1], id="another-id", url=None)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(changed) + "\n" + json.dumps(copy) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "ingest", str(feed), "--db", db)
    assert "0 added, 1 updated, 1 unchanged" in out and calls == [changed["id"]]


def test_evaluate_fusion_uses_the_pipeline(tmp_path):
    from fogline.evaluate import evaluate_fusion

    gold = tmp_path / "gold"
    gold.mkdir()
    for i, text in enumerate([REPORT, REPORT.replace("14 civilians", "15 civilians")]):
        (gold / f"r{i}.json").write_text(json.dumps({
            "id": f"r{i}", "text": text, "published": "2025-03-06", "language": "en", "cluster": "dioura",
            "gold": {"events": [{"event_type": "Violence against civilians", "country": "Mali"}]}}),
            encoding="utf-8")
    res = evaluate_fusion([str(gold)])
    assert res["documents"] == 2 and res["incident_sets"]


# -- fusion's neighbourhood ------------------------------------------------------------------------
def _extraction(doc_id, country, day, lat):
    text = f"Report {doc_id}: fighting near the town."
    ev = {"id": f"{doc_id}:e1", "event_type": "Battles", "sub_event_type": "Armed clash",
          "date": day.isoformat() if day else None, "date_precision": "day" if day else None,
          "country": country, "latitude": lat, "longitude": 1.0, "actors": [], "claims": [],
          "evidence": [{"start": 0, "end": 6, "text": "Report"}]}
    return {"document": {"id": doc_id, "text": text, "published": None, "language": "en"}, "events": [ev]}


def _brute_neighbourhood(store, seeds, margin):
    """The neighbourhood as the issue defines it, computed in Python over every event."""
    every = {e["id"]: e for e in store.events()}
    found = set(seeds)
    for s in seeds:
        e = every[s]
        day = e["date"] or e["published"]
        for o in every.values():
            if (o["country"] or None) != (e["country"] or None):
                continue
            when = o["date"] or o["published"]
            if day is None or when is None or abs(date.fromisoformat(when) - date.fromisoformat(day)).days <= margin:
                found.add(o["id"])
    incs = {store.incident_of(x) for x in found} - {None}
    return found | {m for i in incs for m in store.members(i)}


def test_neighbourhood_is_the_windows_in_a_bounded_number_of_queries(tmp_path):
    rng = random.Random(7)
    start = date(2025, 1, 1)
    with Store(f"sqlite:///{tmp_path / 'n.db'}") as store:
        for i in range(300):
            day = None if i % 37 == 0 else start + timedelta(days=rng.randrange(400))
            store.add(_extraction(f"d{i:03}", rng.choice(["Mali", "Niger", "Chad", None]), day, rng.uniform(10, 20)))
        pipeline.fuse_events(store)
        seeds = sorted(rng.sample([f"d{i:03}:e1" for i in range(300)], 40)) + ["d037:e1"]  # d037 is undated
        statements = []

        def count(conn, cursor, statement, *args):
            statements.append(statement)

        sa_event.listen(store.engine, "before_cursor_execute", count)
        with store.engine.connect() as conn:
            got = {r["id"] for r in store.neighbourhood(conn, seeds, 38)}
        sa_event.remove(store.engine, "before_cursor_execute", count)
        assert got == _brute_neighbourhood(store, seeds, 38)
        assert len(statements) <= 1 + 4 + 2  # the seeds, one per country, incidents and their members
