"""The pipeline: unchanged texts skipped before extraction, --jobs N like one process, bounded fusion loading."""

import json
import random
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from conftest import REPORT, SAMPLES, run, sqlite_only, store_rows
from sqlalchemy import event as sa_event

import fogline.extract
from fogline import pipeline
from fogline.records import Document
from fogline.store import INCIDENT_FORMAT, Store, meta

pytestmark = pytest.mark.usefixtures("backend")

@pytest.fixture
def feed(tmp_path):
    """The bundled samples plus a bad line and an empty record: failures named, in order."""
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "{broken")
    lines.insert(7, json.dumps({"id": "empty", "text": ""}))
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p



def test_jobs_2_gives_the_output_and_the_store_of_one_process(capsys, tmp_path, feed, monkeypatch):
    monkeypatch.setattr(pipeline.extraction, "BATCH", 4)  # several batches, stored as the workers go on
    monkeypatch.setattr(pipeline, "STORE_BATCH", 3)  # stored in other slices than they are looked up in
    one = run(capsys, "extract", str(feed), "--jobs", "1")
    two = run(capsys, "extract", str(feed), "--jobs", "2")
    assert one == two and one[0] == 1 and "feed.jsonl:4" in one[2] and "2 failed" in one[2]
    out = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"j{jobs}.db"
        code, text, err = run(capsys, "ingest", str(feed), "--db", str(db), "--jobs", jobs)
        assert code == 1 and "feed.jsonl:4" in err
        out[jobs] = (text, store_rows(db))
    assert out["1"] == out["2"]
    assert out["1"][1][2]  # incidents were fused


def test_jobs_2_drops_what_its_workers_extracted_ahead_of_the_store(capsys, tmp_path, monkeypatch):
    """The workers extract the first inputs before the store is open; those the store has are dropped: a
    re-read feed is all unchanged, and a feed with one text changed updates that one document only."""
    monkeypatch.setattr(pipeline.extraction, "BATCH", 5)
    db = str(tmp_path / "f.db")
    assert run(capsys, "ingest", str(SAMPLES), "--db", db, "--jobs", "2")[0] == 0
    before = store_rows(db)
    code, out, _ = run(capsys, "ingest", str(SAMPLES), "--db", db, "--jobs", "2")
    assert code == 0 and " 0 added, 0 updated, 17 unchanged" in out and store_rows(db) == before
    records = [json.loads(x) for x in SAMPLES.read_text(encoding="utf-8").splitlines()]
    records[2]["text"] += " Residents fled."
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, out, _ = run(capsys, "ingest", str(feed), "--db", db, "--jobs", "2")
    assert code == 0 and " 0 added, 1 updated, 16 unchanged" in out
    one = str(tmp_path / "one.db")  # the same two ingests in one process
    run(capsys, "ingest", str(SAMPLES), "--db", one)
    run(capsys, "ingest", str(feed), "--db", one)
    assert store_rows(db) == store_rows(one)


def test_workers_assemble_only_from_a_store_they_can_open(tmp_path, backend):
    """Incidents are assembled in the workers only when they can open the store themselves."""
    sqlite_only(backend, "SQLite files and SQLite in memory")
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as file_store:
        assert pipeline.fusion._shared_url(file_store) == f"sqlite:///{tmp_path / 'a.db'}"
    for memory in ("sqlite://", "sqlite:///:memory:"):
        with Store(memory) as s:
            assert pipeline.fusion._shared_url(s) is None


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
    from fogline.evaluate_fusion import evaluate_fusion

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
        assert len(statements) <= 1 + 4 + 2 + 1  # the seeds, one per country, incidents and their members, counts


# -- incidents assembled at fusion, saved with it -------------------------------------------------
def _report(doc_id, events, note=""):
    """A document with events (day, latitude, killed) in Mali, each with one figure from residents."""
    text = f"Report {doc_id}: fighting near the town, residents said.{note}"
    evs = [{"id": f"{doc_id}:e{n + 1}", "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": day.isoformat(), "date_precision": "day", "country": "Mali", "latitude": lat, "longitude": 1.0,
            "actors": [], "evidence": [{"start": 0, "end": 6, "text": "Report"}],
            "claims": [{"what": "killed", "of": "Civilians (Mali)", "low": killed, "high": killed,
                        "claimant": "residents", "status": "reported",
                        "evidence": {"start": 0, "end": 6, "text": "Report"}}]}
           for n, (day, lat, killed) in enumerate(events)]
    return {"document": {"id": doc_id, "text": text, "published": None, "language": "en"}, "events": evs}


def _figures(incident):
    return sorted(c["low"] for c in incident["claims"])


def _records_are_current(store):
    """Every incident has a saved record, equal to what assembling its members gives now; no other records."""
    from fogline.fuse import assemble

    with store.engine.connect() as conn:
        members = store.members_of(conn, None)
    saved = store.incidents_by_id(sorted(members))
    assert [i["id"] for i in saved] == sorted(members)
    fresh = [assemble(i, store.events_by_id(members[i])) for i in sorted(members)]
    assert json.loads(json.dumps(saved)) == json.loads(json.dumps(fresh))
    assert {s["id"] for s in store.incident_summaries()} == set(members)
    return {i["id"]: i for i in saved}


def test_a_document_update_assembles_the_incidents_it_touched(tmp_path):
    day, later = date(2025, 3, 1), date(2025, 6, 1)
    with Store(f"sqlite:///{tmp_path / 'u.db'}") as store:
        for x in (_report("a", [(day, 14.0, 5), (later, 16.0, 7)]), _report("b", [(day, 14.0, 9)]),
                  _report("c", [(later, 16.0, 3)])):
            store.add(x)
        pipeline.fuse_documents(store, ["a", "b", "c"])
        saved = _records_are_current(store)
        assert sorted(i["events"] for i in saved.values()) == [["a:e1", "b:e1"], ["a:e2", "c:e1"]]
        june = store.incident_of("c:e1")
        assert _figures(saved[june]) == [3, 7]
        # a's new text drops its June event: the records of a's incidents are stale until fusion assembles them
        assert store.add(_report("a", [(day, 14.0, 11)], " Updated.")) == "updated"
        with store.engine.connect() as conn:
            assert sorted(store.stale_incidents(conn)) == sorted(saved)
        assert store.incident(june)["events"] == ["a:e2", "c:e1"]  # still readable meanwhile
        pipeline.fuse_documents(store, ["a"])  # a's neighbourhood (March) does not reach June
        saved = _records_are_current(store)
        assert saved[june]["events"] == ["c:e1"] and _figures(saved[june]) == [3]
        assert _figures(saved[store.incident_of("a:e1")]) == [9, 11]  # a's new figure
        # c's new text has no event left: its incident goes
        assert store.add(_report("c", [], " Retracted.")) == "updated"
        pipeline.fuse_documents(store, ["c"])
        saved = _records_are_current(store)
        assert june not in saved and len(saved) == 1 and store.incident(june) is None


def test_merge_and_split_save_the_incidents_they_make(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'm.db'}") as store:
        for x in (_report("a", [(date(2025, 3, 1), 14.0, 5)]), _report("b", [(date(2025, 3, 20), 14.0, 9)])):
            store.add(x)
        pipeline.fuse_documents(store, ["a", "b"])
        a, b = store.incident_of("a:e1"), store.incident_of("b:e1")
        assert a != b
        merged = pipeline.merge(store, a, b)
        assert _records_are_current(store)[merged]["events"] == ["a:e1", "b:e1"]
        apart = pipeline.split(store, merged, ["b:e1"])
        saved = _records_are_current(store)
        assert saved[apart]["events"] == ["b:e1"] and sorted(saved) == sorted({a, b})


def _as_written_by_an_older_version(db):
    """What an older Fogline left: incident members, a summary cache, no saved incidents, no format."""
    from conftest import raw_engine

    eng = raw_engine(db)
    with eng.begin() as con:
        con.exec_driver_sql("DELETE FROM incidents")
        con.exec_driver_sql("DELETE FROM meta")
        con.exec_driver_sql("CREATE TABLE incident_summaries (incident_id VARCHAR(32) PRIMARY KEY, signature TEXT)")
    eng.dispose()


def test_a_store_fused_by_an_older_version_is_assembled_once_when_opened(capsys, tmp_path):
    from fogline.store import OutdatedStore

    db = str(tmp_path / "old.db")
    assert run(capsys, "ingest", str(SAMPLES), "--db", db)[0] == 0
    listed = run(capsys, "incidents", "--db", db, "--format", "json")
    assert listed[0] == 0 and json.loads(listed[1])
    _as_written_by_an_older_version(db)
    with Store(f"sqlite:///{db}") as store:  # the store alone does not assemble: it says what to do
        assert store.incidents_outdated()
        with pytest.raises(OutdatedStore, match="fogline"):
            store.incidents()
        assert store.events()  # events and documents read as ever
    code, out, err = run(capsys, "incidents", "--db", db, "--format", "json")
    assert (code, out) == listed[:2] and "older version" in err
    assert f"assembling its {len(json.loads(listed[1]))} incidents" in err  # the count of the store's incidents
    assert run(capsys, "incidents", "--db", db, "--format", "json")[1:] == listed[1:]  # once: no note now
    with Store(f"sqlite:///{db}") as store:
        assert not store.incidents_outdated()
        _records_are_current(store)
        with store.engine.connect() as conn:
            assert "incident_summaries" not in sa.inspect(conn).get_table_names()
            conn.execute(sa.update(meta).values(value="0"))  # records of another format
            conn.commit()
    with Store(f"sqlite:///{db}") as store:
        assert store.incidents_outdated()
        assert pipeline.upgrade(store) == len(json.loads(listed[1]))
        assert not store.incidents_outdated() and pipeline.upgrade(store) == 0


def test_a_new_store_is_of_the_current_format(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'new.db'}") as store:
        assert not store.incidents_outdated() and store.incidents() == []
        with store.engine.connect() as conn:
            assert conn.execute(sa.select(meta.c.value)).scalar() == INCIDENT_FORMAT


# -- schema migrations ------------------------------------------------------------------------------
def _as_made_before_migrations(db):
    """The schema of the version before saved incidents and migrations: no ``incidents``, ``meta`` or
    ``alembic_version`` tables, the summary cache instead."""
    from conftest import raw_engine

    eng = raw_engine(db)
    with eng.begin() as con:
        for table in ("incidents", "meta", "alembic_version"):
            con.exec_driver_sql(f"DROP TABLE {table}")
        con.exec_driver_sql("CREATE TABLE incident_summaries (incident_id VARCHAR(32) PRIMARY KEY, "
                            "signature VARCHAR(40) NOT NULL, date DATE, search TEXT)")
    eng.dispose()


def test_a_store_of_the_previous_schema_is_upgraded_without_losing_anything(capsys, tmp_path, backend):
    from fogline.store.migrate import HEAD

    db = str(tmp_path / "before.db")
    assert run(capsys, "ingest", str(SAMPLES), "--db", db)[0] == 0
    listed = run(capsys, "incidents", "--db", db, "--format", "json")[1]
    events = run(capsys, "events", "--db", db, "--format", "json")[1]
    _as_made_before_migrations(db)
    code, out, err = run(capsys, "db", "upgrade", "--db", db)
    assert code == 0 and f"upgraded from schema revision none (before migrations) to {HEAD}" in out, (out, err)
    assert run(capsys, "incidents", "--db", db, "--format", "json")[1] == listed
    assert run(capsys, "events", "--db", db, "--format", "json")[1] == events
    assert run(capsys, "db", "upgrade", "--db", db)[1].strip().endswith("up to date")
    with Store(f"sqlite:///{db}") as store:
        assert store.schema_revisions == (HEAD, HEAD)
        with store.engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
        assert {"incidents", "meta", "alembic_version"} <= tables and "incident_summaries" not in tables
    if backend == "sqlite":  # the file as it was, copied aside before its tables changed
        from pathlib import Path

        assert Path(f"{db}.pre-{HEAD}.bak").exists()


def test_a_store_of_a_newer_version_is_refused_in_one_line(capsys, tmp_path):
    from conftest import raw_engine

    db = str(tmp_path / "newer.db")
    Store(f"sqlite:///{db}").close()
    eng = raw_engine(db)
    with eng.begin() as con:
        con.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    eng.dispose()
    code, out, err = run(capsys, "incidents", "--db", db)
    assert code == 2 and err.strip().count("\n") == 0 and "newer version of Fogline" in err and "9999" in err


def test_postgresql_without_its_driver_says_what_to_install(monkeypatch, capsys):
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    code, out, err = run(capsys, "incidents", "--db", "postgresql://fogline@localhost/fogline")
    assert code == 2 and "pip install 'fogline[postgres]'" in err and "Traceback" not in err
    assert err.strip().count("\n") == 0


def test_the_migrations_make_the_schema_the_code_declares(tmp_path):
    """A change to store/schema.py needs a revision in store/migrations/versions: otherwise stores made by the
    migrations (every store) would differ from the tables the code expects."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from fogline.store import metadata
    from fogline.store.migrate import HEAD, _config, current, run_revisions

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    with engine.begin() as conn:
        run_revisions(conn)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    assert current(engine) == HEAD == ScriptDirectory.from_config(_config()).get_current_head()
    engine.dispose()


def test_a_new_store_is_made_from_the_schema_at_the_head_revision(tmp_path):
    """A new store is created from schema.py at once (no Alembic run; the revisions make the same tables, as
    the test above shows), stamped so that Alembic finds it at the head and the next open finds it up to date."""
    from alembic.runtime.migration import MigrationContext

    from fogline.store.migrate import HEAD

    db = f"sqlite:///{tmp_path / 'new.db'}"
    with Store(db) as store:
        assert store.schema_revisions == (None, HEAD)
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == HEAD
    with Store(db) as store:
        assert store.schema_revisions == (HEAD, HEAD)


def test_jobs_2_with_a_store_that_cannot_be_opened_fails_cleanly(capsys, tmp_path, feed, backend):
    """The workers start before the store opens (they build their extractors meanwhile): a store that cannot
    be opened still ends the command with its error, the workers shut down."""
    sqlite_only(backend, "a SQLite file in a directory that does not exist")
    code, _out, err = run(capsys, "ingest", str(feed), "--db", str(tmp_path / "no" / "such" / "dir.db"), "--jobs", "2")
    assert code != 0 and "Traceback" not in err and "dir.db" in err


# -- the sketches an ingest makes of what it stores -------------------------------------------------
def _sketches_read_back(store):
    from fogline.fuse import EventSketch

    with store.engine.connect() as conn:
        return {r["id"]: EventSketch.from_event(r) for r in store.neighbourhood(conn, None, 0)}


def _store_sketched(store, extractions, known: dict) -> None:
    """Store each extraction as the pipeline does, its events' sketches made on the way (``sketch_stored``)."""
    for x in extractions:
        x["document"]["text_sha256"] = Document("x", x["document"]["text"], "en", None).text_sha256
        store.add(x)
        pipeline.sketch_stored(x, known)


def test_the_sketches_an_ingest_makes_are_those_fusion_reads_back(tmp_path):
    """Integer coordinates (stored as floats), a timestamp for a date, figures, actors and an undated event: the
    sketch made from the extraction is the one made from the stored row."""
    ext = _extraction("k1", "Mali", date(2025, 3, 4), 14)
    ev = ext["events"][0]
    ev.update(date="2025-03-04T08:30:00", longitude=2, geo_precision=1, admin1="Gao",
              actors=[{"name": "Rebels of the Dunes", "kind": "rebel group", "side": "A"},
                      {"name": "Civilians (Mali)", "kind": "civilians", "side": "B"}],
              claims=[{"what": "killed", "low": 17, "high": 17, "claimant": "residents"},
                      {"what": "wounded", "low": 3, "high": None, "vague": 1}])
    ext["document"]["published"] = "2025-03-05"
    undated = _extraction("k2", None, None, None)
    known: dict = {}
    with Store(f"sqlite:///{tmp_path / 'k.db'}") as store:
        _store_sketched(store, (ext, undated), known)
        back = _sketches_read_back(store)
    assert set(known) == set(back) == {"k1:e1", "k2:e1"}
    for event_id, (_sha, day, country, sketch) in known.items():
        assert sketch == back[event_id] and (day, country) == (sketch.day, sketch.country)
    assert known["k1:e1"][3].figures == {("killed", 17)} and isinstance(known["k1:e1"][3].lon, float)


def test_fusion_uses_a_known_sketch_only_while_its_document_is_unchanged(tmp_path):
    """A sketch made when a document was stored stands for its event only while the document keeps that text: once
    another writer replaced it, fusion reads the new row (here the event moved far away and is no longer joined)."""
    a, b = _extraction("m1", "Mali", date(2025, 3, 4), 14.0), _extraction("m2", "Mali", date(2025, 3, 4), 14.0)
    known: dict = {}
    with Store(f"sqlite:///{tmp_path / 'm.db'}") as store:
        _store_sketched(store, (a, b), known)
        with store.engine.connect() as conn:
            got = store.neighbourhood(conn, ["m1:e1", "m2:e1"], 34, known)
        assert sorted(got, key=lambda s: s.id) == [known["m1:e1"][3], known["m2:e1"][3]]  # nothing read back
        moved = _extraction("m2", "Mali", date(2025, 3, 4), 19.0)
        moved["document"]["text"] += " Updated."
        store.add(moved)  # the same id, another text: written anew, elsewhere
        with store.engine.connect() as conn:
            got = store.neighbourhood(conn, ["m1:e1", "m2:e1"], 34, known)
        assert [r["latitude"] for r in got if isinstance(r, dict)] == [19.0]
        pipeline.fuse_pending(store, known=known)
        assert store.incident_of("m1:e1") != store.incident_of("m2:e1")
