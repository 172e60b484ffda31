"""Issue 15: an ingest killed at any moment ends, once re-run, in the store of an uninterrupted run; Ctrl-C
stops after the batch; feeds of any size stream; bad records and commands are named in one line."""

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from conftest import ROOT, SAMPLES, script

from fogline import pipeline
from fogline.cli import main
from fogline.read import read_paths
from fogline.store import Store

kill_test = script("kill_test")


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs (not an Exception: the pipeline does not catch it)."""


def ingest(db, paths=(SAMPLES,)):
    with Store(f"sqlite:///{db}") as store:
        return pipeline.ingest(store, read_paths([str(p) for p in paths]))


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    ingest(db)
    return kill_test.store_dump(db)


def test_killed_before_fusion_is_fused_by_the_next_run(tmp_path, monkeypatch, reference):
    db = tmp_path / "k.db"
    with monkeypatch.context() as m:
        m.setattr(pipeline.fusion, "fuse_events", lambda *a, **k: (_ for _ in ()).throw(Killed()))
        with pytest.raises(Killed):
            ingest(db)
    with Store(f"sqlite:///{db}") as store:
        assert len(store.pending()) == 17 and not store.members_of(store.engine.connect(), None)
    report = ingest(db)
    assert (report.added, report.unchanged, report.fused) == (0, 17, 17)
    assert kill_test.store_dump(db) == reference


def test_killed_inside_the_fusion_transaction_leaves_it_pending(tmp_path, monkeypatch, reference):
    db = tmp_path / "k.db"
    with monkeypatch.context() as m:
        m.setattr(Store, "save_incident_records", lambda *a, **k: (_ for _ in ()).throw(Killed()))
        with pytest.raises(Killed):
            ingest(db)
    dump = kill_test.store_dump(db)
    assert not dump["incident_members"] and not dump["incidents"] and len(dump["pending_fusion"]) == 17
    assert main(["fuse", "--db", str(db), "--quiet"]) == 0  # `fogline fuse` completes it
    assert kill_test.store_dump(db) == reference
    assert main(["fuse", "--all", "--db", str(db), "--quiet"]) == 0
    assert kill_test.store_dump(db) == reference


def test_killed_between_batches(tmp_path, monkeypatch, reference):
    """Documents go in by batches, each in one transaction with its notes of pending fusion: a kill inside
    the second batch's transaction leaves the first batch stored and pending, nothing of the second."""
    db = tmp_path / "k.db"
    batches = []

    def mark_then_die(conn, doc_ids):
        batches.append(doc_ids)
        if len(batches) == 2:
            raise Killed()
        return mark(conn, doc_ids)

    mark = Store.mark_pending
    with monkeypatch.context() as m:
        m.setattr(pipeline.extraction, "BATCH", 5)
        m.setattr(Store, "mark_pending", staticmethod(mark_then_die))
        with pytest.raises(Killed):
            ingest(db)
    dump = kill_test.store_dump(db)
    assert len(dump["documents"]) == 5 and len(dump["pending_fusion"]) == 5
    report = ingest(db)
    assert (report.added, report.unchanged, report.fused) == (12, 5, 17)
    assert kill_test.store_dump(db) == reference


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _count(db, table):
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_ingest_then_rerun_equals_an_uninterrupted_run(tmp_path):
    feed = tmp_path / "feed.jsonl"
    kill_test.write_feed(feed, 30)
    ref, db = tmp_path / "ref.db", tmp_path / "k.db"
    cmd = [sys.executable, "-m", "fogline", "ingest", str(feed), "--quiet", "--db"]
    subprocess.run([*cmd, str(ref)], env=_env(), check=True, capture_output=True)
    proc = subprocess.Popen([*cmd, str(db)], env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while proc.poll() is None and _count(db, "documents") == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)  # the batch is stored; its fusion is pending or under way
    proc.wait()
    subprocess.run([*cmd, str(db)], env=_env(), check=True, capture_output=True)
    assert kill_test.store_dump(db) == kill_test.store_dump(ref)


def test_ctrl_c_stops_after_the_batch(tmp_path, monkeypatch, capsys):
    db = tmp_path / "c.db"
    monkeypatch.setattr(pipeline.extraction, "BATCH", 4)
    add_batch = Store.add_batch

    def add_and_interrupt(self, extractions):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while the first batch is stored
        return add_batch(self, extractions)

    monkeypatch.setattr(Store, "add_batch", add_and_interrupt)
    assert main(["ingest", str(SAMPLES), "--db", str(db), "--quiet"]) == 130
    err = capsys.readouterr().err
    assert "interrupted: stopped after the current batch" in err and "Traceback" not in err
    dump = kill_test.store_dump(db)
    assert len(dump["documents"]) == 4 and not dump["pending_fusion"]
    assert len(dump["incident_members"]) == len(dump["events"]) > 0  # what was stored is fused
    monkeypatch.setattr(Store, "add_batch", add_batch)
    assert main(["ingest", str(SAMPLES), "--db", str(db), "--quiet"]) == 0
    assert len(kill_test.store_dump(db)["documents"]) == 17


# -- streaming ----------------------------------------------------------------------------------------------
def _big_feed(path, megabytes):
    """Sample texts repeated under new ids up to ``megabytes``: unchanged texts, skipped before extraction once
    the samples are stored, so the feed's reading and the pipeline are what is measured."""
    recs = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    size, n = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 2**20:
            r = dict(recs[n % len(recs)], id=f"copy-{n}")
            line = json.dumps(r, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode())
            n += 1
    return n


def test_a_30_mb_feed_streams_from_a_file_and_from_stdin(tmp_path):
    feed = tmp_path / "big.jsonl"
    n = _big_feed(feed, 30)
    assert feed.stat().st_size > 30 * 2**20
    db = tmp_path / "s.db"
    assert main(["ingest", str(SAMPLES), "--db", str(db), "--quiet"]) == 0
    done = subprocess.run([sys.executable, "-m", "fogline", "ingest", str(feed), "--db", str(db), "--quiet"],
                          env=_env(), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"0 added, 0 updated, {n} unchanged, 0 failed" in done.stdout
    with feed.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "fogline", "ingest", "-", "--db", str(db), "--quiet"],
                              env=_env(), stdin=stdin, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{n} unchanged, 0 failed" in done.stdout


def test_jsonl_is_read_record_by_record(tmp_path, monkeypatch):
    import tracemalloc

    feed = tmp_path / "f.jsonl"
    _big_feed(feed, 12)
    tracemalloc.start()
    try:
        for n, r in enumerate(read_paths([feed], language="en"), 1):
            assert r.ok
            if n == 2000:
                break
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 2**20  # never the whole 12 MB file
    one = tmp_path / "one.jsonl"  # the 10 MB limit is per record
    one.write_text(json.dumps({"id": "a", "text": "x" * (11 * 2**20)}) + "\n" + json.dumps(
        {"id": "b", "text": "Gunmen killed five villagers."}) + "\n")
    res = list(read_paths([one], language="en"))
    assert str(res[0].error) == f"{one}:1: record too large (> 10 MB)" and res[1].document.id == "b"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(one.read_bytes())))
    res = list(read_paths(["-"], language="en"))
    assert str(res[0].error) == "<stdin>:1: record too large (> 10 MB)" and res[1].document.id == "b"


# -- bad records and commands ---------------------------------------------------------------------------------
BAD = [
    ({"id": "a", "text": "Gunmen attacked.", "published": "yesterday"}, "published: not a date 'yesterday'"),
    ({"id": "b", "text": "Gunmen attacked.", "outlet": 42}, "outlet: not a string (42)"),
    ({"id": "c", "text": "Gunmen attacked.", "title": ["a", "b"]}, "title: not a string (a list)"),
    ({"id": "d", "text": "Gunmen attacked.", "url": {"x": 1}, "published": 20250101},
     "url: not a string (an object); published: not a date (20250101)"),
    ({"id": "e", "text": "Gunmen attacked.", "language": "English"}, "language: not a language code 'English'"),
    ({"id": "f" * 300, "text": "Gunmen attacked."}, "id: longer than 255 characters"),
    ({"id": True, "text": "Gunmen attacked."}, "id: not a string (true)"),
    ({"id": "g", "text": 12}, "text: not a string (12)"),
]


def test_bad_records_are_named_field_by_field(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    good = {"id": "ok", "text": "Gunmen killed five villagers near Ouallam in Niger on Monday.",
            "published": "2025-06-02", "language": "en"}
    feed.write_text("".join(json.dumps(r) + "\n" for r, _ in BAD) + json.dumps(good) + "\n")
    assert main(["ingest", str(feed), "--db", str(tmp_path / "b.db"), "--quiet"]) == 1
    out, err = capsys.readouterr()
    for n, (_, msg) in enumerate(BAD, 1):
        assert f"error: {feed}:{n}: {msg}\n" in err
    assert "Traceback" not in err and "SQL" not in err and "1 added" in out and f"{len(BAD)} failed" in out


@pytest.mark.parametrize("argv", [["events"], ["incidents"], ["show", "x"], ["export", "--format", "jsonl"],
                                  ["fuse"], ["merge", "a", "b"], ["serve"]])
def test_reading_commands_refuse_a_store_that_does_not_exist(tmp_path, capsys, argv):
    db = tmp_path / "typo.db"
    assert main([*argv, "--db", str(db)]) == 2
    assert f"no store at {db}" in capsys.readouterr().err and not db.exists()


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("fogline ")


def test_serve_on_a_busy_port_exits_non_zero(tmp_path, capsys):
    from fogline.serve import run

    db = tmp_path / "s.db"
    Store(f"sqlite:///{db}").close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        assert run(f"sqlite:///{db}", port=port) == 1
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_log_json_progress_and_summary(tmp_path, capsys):
    assert main(["ingest", str(SAMPLES), "--db", str(tmp_path / "j.db"), "--log-json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().err.splitlines() if x.strip()]
    assert lines[-1]["type"] == "summary" and lines[-1]["added"] == 17 and lines[-1]["total"] == 17
    assert {x["type"] for x in lines} <= {"progress", "summary"}
