"""The command line end to end: extract, ingest, events, show, export, demo, bad input."""

import csv
import io
import json

import pytest
from conftest import REPORT, run, validate


@pytest.fixture
def report(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def test_extract_json_validates(capsys, report):
    code, out, err = run(capsys, "extract", str(report), "--published", "2025-03-06", "--outlet", "Wire")
    assert code == 0
    ex = json.loads(out)
    validate(ex, REPORT)
    assert ex["document"]["outlet"] == "Wire" and ex["document"]["published"] == "2025-03-06"
    assert ex["events"][0]["date"] == "2025-03-04"
    assert "1 document(s), 0 failed" in err


def test_extract_several_gives_json_lines(capsys, tmp_path, report):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a1", "text": REPORT, "published": "2025-03-06"}) + "\n"
                    + json.dumps({"id": "a2", "text": "Nothing happened today in the capital.",
                                  "published": "2025-03-06"}) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(feed))
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["document"]["id"] for x in lines] == ["a1", "a2"]
    assert lines[1]["events"] == []


def test_extract_table(capsys, report):
    code, out, _ = run(capsys, "extract", str(report), "--published", "2025-03-06", "--format", "table")
    assert "Violence against civilians" in out and "residents" in out


def test_bad_inputs_are_named_and_the_batch_goes_on(capsys, tmp_path, report):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "broken.jsonl").write_text('{"id": "ok", "text": "' + REPORT + '"}\n{broken\n')
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert code == 1
    assert "empty.txt: empty" in err and "bin.txt: binary" in err and "broken.jsonl:2" in err
    ids = [json.loads(x)["document"]["id"] for x in out.splitlines()]
    assert "ok" in ids and len(ids) == 2  # broken.jsonl:1 and report.txt
    assert "3 failed" in err


def test_ingest_is_idempotent_and_queryable(capsys, tmp_path, report):
    db = str(tmp_path / "f.db")
    code, out, _ = run(capsys, "ingest", str(report), "--published", "2025-03-06", "--db", db)
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "ingest", str(report), "--published", "2025-03-06", "--db", db)
    assert "0 added" in out and "1 unchanged" in out
    n_events = int(out.split("documents, ")[1].split(" events")[0])
    assert n_events >= 1
    code, out, _ = run(capsys, "events", "--db", db, "--format", "json", "--country", "Mali")
    events = json.loads(out)
    assert len(events) == n_events
    code, out, _ = run(capsys, "events", "--db", db, "--format", "csv", "--type", "Attack")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["country"] == "Mali"
    code, out, _ = run(capsys, "events", "--db", db, "--country", "Chad", "--format", "json")
    assert json.loads(out) == []
    eid = events[0]["id"]
    code, out, _ = run(capsys, "show", eid, "--db", db)
    assert code == 0 and "[" in out and "residents" in out
    code, out, err = run(capsys, "show", "nope", "--db", db)
    assert code == 2 and "nope" in err


def test_export_formats(capsys, tmp_path, report):
    db = str(tmp_path / "f.db")
    run(capsys, "ingest", str(report), "--published", "2025-03-06", "--db", db)
    out_csv = tmp_path / "acled.csv"
    code, _, _ = run(capsys, "export", "--db", db, "--format", "acled-csv", "-o", str(out_csv))
    rows = list(csv.reader(out_csv.open(encoding="utf-8")))
    assert len(rows[0]) == 31 and len(rows) >= 2
    out_geo = tmp_path / "e.geojson"
    run(capsys, "export", "--db", db, "--format", "geojson", "-o", str(out_geo))
    geo = json.loads(out_geo.read_text())
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"


def test_demo(capsys, tmp_path):
    code, out, _ = run(capsys, "demo", "--db", str(tmp_path / "demo.db"))
    assert code == 0
    assert "bundled sample reports" in out and "Armed clash" in out and "claimant" in out


def test_csv_lists_neutralise_formula_cells(capsys, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "f1", "text": REPORT, "published": "2025-03-06",
                                "outlet": "=HYPERLINK(\"http://evil\")"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "f.db")
    assert run(capsys, "ingest", str(feed), "--db", db)[0] == 0
    for argv in (["events", "--format", "csv"], ["incidents", "--format", "csv"]):
        code, out, _ = run(capsys, *argv, "--db", db)
        assert code == 0 and not any(c.startswith(("=", "+", "@")) for r in csv.reader(io.StringIO(out)) for c in r)
    out_csv = tmp_path / "x.csv"
    assert run(capsys, "export", "--db", db, "--format", "acled-csv", "-o", str(out_csv))[0] == 0
    cells = [c for r in csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8"))) for c in r]
    assert "'=HYPERLINK(\"http://evil\")" in cells
