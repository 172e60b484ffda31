"""The web UI's JSON API (fogline serve) over a store filled with the bundled samples."""

import csv
import io
import json
import sqlite3
import time
import warnings

import pytest

from fogline.cli import main as cli_main
from fogline.pipeline import merge
from fogline.serve.auth import TokenError, load_tokens, parse_tokens, who
from fogline.serve.review import ReviewError, clean_value
from fogline.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from conftest import SAMPLES, raw_engine, sqlite_only

from fogline.serve import create_app

pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.usefixtures("backend")]

TOKEN = "t0k-alice-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TESSALIT = "demo-en-01:e1"  # the Tessalit ambush of the first sample report
NEW_REPORT = {  # another outlet's account of the same ambush; its event id sorts first, so the incident is renamed
    "id": "aa-tessalit", "outlet": "Desert Post", "title": "Rebels ambush army convoy near Tessalit",
    "published": "2025-10-15", "language": "en", "url": "https://desertpost.example/tessalit",
    "text": "GAO, Oct 15 (Desert Post) - Fighters of the Azawad Liberation Front (FLA) ambushed a convoy of the "
            "Malian army near Tessalit in the Kidal region on Tuesday, local sources said. At least 20 soldiers "
            "were killed in the attack, a local official said."}
XSS_REPORT = {
    "id": "xss-report", "outlet": "<b>Evil</b> Outlet", "title": "<img src=x onerror=alert(1)> attack report",
    "published": "2025-09-23", "language": "en", "url": "javascript:alert(1)",
    "text": "NIAMEY, Sept 23 - Gunmen killed five villagers near Ouallam in the Tillaberi region of Niger on Monday, "
            "residents said. <script>alert(1)</script> The attackers also burned <img src=x onerror=alert(2)> "
            "granaries."}


@pytest.fixture()
def client(db):
    app = create_app(f"sqlite:///{db}", tokens={TOKEN: "alice"}, warm=False)
    with TestClient(app) as c:
        yield c


def rows(c, **params):
    data = c.get("/api/summaries", params=params).json()
    cols = data["columns"]
    return [dict(zip(cols, r, strict=True)) for r in data["rows"]]


def tessalit(c):
    ev = c.get(f"/api/events/{TESSALIT}").json()
    return ev["incident_id"]


# -- reading ---------------------------------------------------------------------------------
def test_read_endpoints(client):
    cfg = client.get("/api/config").json()
    assert cfg["review"] is True and "fatalities" in cfg["editable"] and cfg["tile_url"] is None
    summaries = rows(client)
    assert len(summaries) >= 15
    inc_id = tessalit(client)
    assert inc_id in {r["id"] for r in summaries}
    full = client.get(f"/api/incidents/{inc_id}").json()
    assert full["country"] == "Mali" and full["location"] == "Tessalit"
    assert full["claims"] and full["sources"][0]["outlet"] == "Sahel Wire"
    assert full["review"] == {"status": None, "status_by": None, "status_at": None, "fields": {}}
    assert full["audit"] == []
    assert all("document_text" not in e for e in full["event_records"])
    # every evidence span points at its text in the stored report
    doc = client.get("/api/documents/demo-en-01").json()
    spans = full["evidence"]["date"] + full["evidence"]["location"] + full["evidence"]["fatalities"] + \
        [s for v in full["evidence"]["actors"].values() for s in v]
    assert spans
    for s in spans:
        assert doc["text"][s["start"]:s["end"]] == s["text"]
    for cl in full["claims"]:
        assert doc["text"][cl["evidence"]["start"]:cl["evidence"]["end"]] == cl["evidence"]["text"]

    listed = client.get("/api/incidents", params={"country": "Mali", "limit": 2}).json()
    assert listed["total"] == len(rows(client, country="Mali")) and len(listed["incidents"]) == 2
    assert client.get("/api/events", params={"country": "Mali"}).json()
    claims = client.get("/api/claims", params={"incident": inc_id}).json()
    assert claims == full["claims"]
    by_doc = client.get("/api/claims", params={"document": "demo-en-01"}).json()
    assert {c["id"] for c in by_doc} == {c["id"] for c in full["claims"]}
    assert client.get("/api/claims").status_code == 422
    docs = client.get("/api/documents").json()
    assert "text" not in docs[0] and len(docs) == 17
    assert client.get("/api/audit").json() == []
    timeline = client.get("/api/timeline").json()["weeks"]
    assert sum(c["incidents"] for w in timeline for c in w["by_type"].values()) == \
        len([r for r in summaries if r["date"]])
    facets = client.get("/api/facets").json()
    assert "Mali" in facets["countries"] and "Battles" in facets["types"] and "en" in facets["languages"]


def test_not_found(client):
    assert client.get("/api/incidents/Inope").status_code == 404
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_openapi_and_no_cdn(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/summaries", "/api/incidents", "/api/incidents/{incident_id}", "/api/events", "/api/claims",
                 "/api/documents", "/api/documents/{document_id}", "/api/audit", "/api/export/{fmt}",
                 "/api/incidents/{incident_id}/review", "/api/ingest"):
        assert path in spec["paths"], path
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    # the Swagger UI pages would load their JavaScript from a CDN: not served
    assert client.get("/docs").status_code == 404
    # pages and scripts come from the package; nothing points to another host
    for url in ("/", f"/incident/{tessalit(client)}", "/incident/x", "/static/map.js", "/static/incident.js",
                "/static/common.js", "/static/app.css"):
        r = client.get(url)
        assert r.status_code == (404 if url == "/incident/x" else 200)  # an unknown incident: a 404 page
        assert "//cdn" not in r.text and "unpkg" not in r.text and "googleapis" not in r.text
        assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/static/world.json").json()["features"]


# -- filters and exports ---------------------------------------------------------------------
def test_filters(client):
    everything = rows(client)
    mali = rows(client, country="Mali")
    assert mali and all(r["country"] == "Mali" for r in mali) and len(mali) < len(everything)
    assert rows(client, country="MLI") == mali
    kidal = rows(client, country="Mali", admin1="Kidal")
    assert kidal and all(r["admin1"] == "Kidal" for r in kidal)
    fla = rows(client, actor="azawad")
    assert fla and all(any("Azawad" in a[0] for a in r["actors"]) for r in fla)
    battles = rows(client, type="Battles")
    assert battles and all(r["event_type"] == "Battles" for r in battles)
    clashes = rows(client, type="armed clash")
    assert clashes and all(r["sub_event_type"] == "Armed clash" for r in clashes)
    fr = rows(client, language="fr")
    assert fr and all("fr" in r["languages"].split(",") for r in fr)
    grade = everything[0]["grade"]
    assert all(r["grade"] == grade for r in rows(client, grade=grade))
    dated = rows(client, since="2025-10-01", until="2025-12-31")
    assert dated and all("2025-10-01" <= r["date"] <= "2025-12-31" for r in dated)
    # free text: fields and the report text itself ("Aguelhok" is only in the Tessalit report's text)
    assert {r["id"] for r in rows(client, q="aguelhok")} == {tessalit(client)}
    assert rows(client, q="Tessalit")
    assert client.get("/api/summaries", params={"since": "last week"}).status_code == 422


def test_cli_and_api_list_the_same_incidents(client, db, capsys):
    """One filter meaning: `fogline incidents` and the map's summaries agree, reviewed values included."""
    inc = tessalit(client)
    r = client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "country", "value": "Niger"},
                    headers=AUTH)
    assert r.status_code == 200
    grade = rows(client)[0]["grade"]
    cases = [{}, {"country": "Mali"}, {"country": "MLI"}, {"country": "niger"}, {"country": "Burkina Faso"},
             {"country": "Mali", "type": "Battles"}, {"type": "air/drone strike"}, {"actor": "azawad"},
             {"actor": "jnim", "since": "2025-09-01"}, {"since": "2025-10-01", "until": "2025-12-31"},
             {"until": "2025-09-10"}, {"admin1": "kidal"}, {"language": "fr"}, {"grade": grade}, {"q": "aguelhok"},
             {"status": "unreviewed"}, {"country": "Chad"}]
    for params in cases:
        api = [r["id"] for r in rows(client, **params)]
        argv = [x for k, v in params.items() for x in ("--text" if k == "q" else f"--{k}", v)]
        assert cli_main(["incidents", "--db", str(db), "--format", "json", *argv]) == 0
        cli = json.loads(capsys.readouterr().out)
        assert [i["id"] for i in cli] == api, params
        if params.get("country") == "niger":
            assert inc in api and next(i for i in cli if i["id"] == inc)["country"] == "Niger"
    assert len({len(rows(client, **p)) for p in cases}) > 5  # the cases do select different incidents
    assert cli_main(["incidents", "--db", str(db), "--since", "last week"]) == 2


def test_filters_are_parameters_not_sql(client):
    assert rows(client, country="Mali' OR '1'='1") == []
    assert rows(client, q="%") == [] and rows(client, q="_") == []
    assert rows(client, actor="' OR 1=1 --") == []


def test_exports_follow_filters(client):
    mali = rows(client, country="Mali")
    r = client.get("/api/export/acled-csv", params={"country": "Mali"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert len(table) == len(mali) and {row["country"] for row in table} == {"Mali"}
    geo = client.get("/api/export/geojson", params={"country": "Mali", "type": "Battles"}).json()
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == len(rows(client, country="Mali", type="Battles"))
    ucdp = client.get("/api/export/ucdp-csv", params={"language": "fr"})
    assert len(list(csv.DictReader(io.StringIO(ucdp.text)))) == len(rows(client, language="fr"))
    events = client.get("/api/export/acled-csv", params={"country": "Mali", "level": "events"})
    assert len(list(csv.DictReader(io.StringIO(events.text)))) == sum(r["n_reports"] for r in mali)
    jl = client.get("/api/export/jsonl", params={"q": "Aguelhok"}).text.strip().splitlines()
    assert len(jl) == 1 and json.loads(jl[0])["id"] == tessalit(client)


def test_api_exports_neutralise_formula_cells(client):
    report = {"id": "evil-1", "outlet": "=HYPERLINK(\"http://evil\")", "title": "@SUM(A1)", "published": "2025-09-24",
              "text": "Gunmen killed five villagers near Ouallam in the Tillaberi region of Niger on Monday."}
    r = client.post("/api/ingest", content=json.dumps(report), headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    for fmt in ("acled-csv", "ucdp-csv"):
        for level in ("incidents", "events"):
            r = client.get(f"/api/export/{fmt}", params={"level": level})
            cells = [c for row in csv.reader(io.StringIO(r.text)) for c in row]
            assert cells and not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells), (fmt, level)
    acled = client.get("/api/export/acled-csv", params={"level": "events"}).text
    assert "'=HYPERLINK" in acled


# -- tokens ----------------------------------------------------------------------------------
def test_tokens_are_configured_not_built_in(tmp_path):
    assert parse_tokens("alice:one, bob:two\n# comment\n") == {"one": "alice", "two": "bob"}
    with pytest.raises(TokenError):
        parse_tokens("no-secret")
    f = tmp_path / "tokens"
    f.write_text("carol:three\n")
    assert load_tokens(f, env={"FOGLINE_TOKENS": "alice:one"}) == {"one": "alice", "three": "carol"}
    assert load_tokens(None, env={}) == {}
    assert who({"one": "alice"}, "one") == "alice" and who({"one": "alice"}, "on") is None


def test_writes_need_a_valid_token(client):
    inc = tessalit(client)
    other = next(r["id"] for r in rows(client) if r["id"] != inc)
    writes = [(f"/api/incidents/{inc}/review", {"action": "edit", "field": "fatalities", "value": 3}),
              (f"/api/incidents/{inc}/review", {"action": "accept"}),
              (f"/api/incidents/{inc}/merge", {"other": other}),
              (f"/api/incidents/{inc}/split", {"events": [TESSALIT]})]
    for url, body in writes:
        r = client.post(url, json=body)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", url
        r = client.post(url, json=body, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 403, url
    r = client.post("/api/ingest", content=json.dumps(NEW_REPORT), headers={"Content-Type": "application/x-ndjson"})
    assert r.status_code == 401
    assert client.get("/api/audit").json() == []
    assert client.get(f"/api/incidents/{inc}").json()["review"]["fields"] == {}


def test_read_only_without_configured_tokens(db):
    with TestClient(create_app(f"sqlite:///{db}", tokens={}, warm=False)) as c:
        assert c.get("/api/config").json()["review"] is False
        r = c.post(f"/api/incidents/{tessalit(c)}/review", json={"action": "accept"}, headers=AUTH)
        assert r.status_code == 403


# -- review ----------------------------------------------------------------------------------
def test_review_edit_accept_reject_revert_with_audit(client):
    inc = tessalit(client)
    fused = client.get(f"/api/incidents/{inc}").json()
    r = client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "fatalities", "value": "31"},
                    headers=AUTH)
    assert r.status_code == 200
    entry = r.json()["audit"]
    assert entry["who"] == "alice" and entry["action"] == "edit" and entry["field"] == "fatalities"
    assert entry["before"] == fused["fatalities"] and entry["after"] == 31 and entry["at"]
    client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "location", "value": "Tessalit camp"},
                headers=AUTH)
    client.post(f"/api/incidents/{inc}/review", json={"action": "accept"}, headers=AUTH)
    now = client.get(f"/api/incidents/{inc}").json()
    assert now["fatalities"] == 31 and now["location"] == "Tessalit camp"
    assert now["review"]["status"] == "accepted" and now["review"]["status_by"] == "alice"
    assert now["review"]["fields"]["fatalities"]["fused"] == fused["fatalities"]
    assert fused["evidence"]["location"] and now["evidence"]["location"] == []  # the analyst's value has no sentence
    assert now["evidence"]["date"] == fused["evidence"]["date"]
    assert [a["action"] for a in now["audit"]] == ["accept", "edit", "edit"]  # newest first
    # reviewed values reach the list, the filters and the exports
    row = next(r for r in rows(client) if r["id"] == inc)
    assert row["fatalities"] == 31 and row["status"] == "accepted" and row["reviewed"] == 1
    assert [r["id"] for r in rows(client, status="accepted")] == [inc]
    assert inc not in {r["id"] for r in rows(client, status="unreviewed")}
    assert [r["id"] for r in rows(client, q="tessalit camp")] == [inc]
    table = list(csv.DictReader(io.StringIO(client.get("/api/export/acled-csv", params={"status": "accepted"}).text)))
    assert [(t["location"], t["fatalities"]) for t in table] == [("Tessalit camp", "31")]
    # a second edit replaces the first; revert goes back to the fused value
    client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "fatalities", "value": 40},
                headers=AUTH)
    assert client.get(f"/api/incidents/{inc}").json()["fatalities"] == 40
    r = client.post(f"/api/incidents/{inc}/review", json={"action": "revert", "field": "fatalities"}, headers=AUTH)
    assert r.json()["audit"]["before"] == 40 and r.json()["audit"]["after"] == fused["fatalities"]
    client.post(f"/api/incidents/{inc}/review", json={"action": "reject"}, headers=AUTH)
    now = client.get(f"/api/incidents/{inc}").json()
    assert now["fatalities"] == fused["fatalities"] and now["review"]["status"] == "rejected"
    assert inc not in {r["id"] for r in rows(client, status="not-rejected")}
    log = client.get("/api/audit").json()
    assert [a["action"] for a in log] == ["reject", "revert", "edit", "accept", "edit", "edit"]
    assert client.get("/api/audit", params={"incident": inc, "limit": 2}).json() == log[:2]


def test_bad_review_values_are_refused(client):
    inc = tessalit(client)
    for body in ({"action": "edit", "field": "date", "value": "yesterday"},
                 {"action": "edit", "field": "event_type", "value": "Skirmish"},
                 {"action": "edit", "field": "latitude", "value": 123},
                 {"action": "edit", "field": "fatalities", "value": -1},
                 {"action": "edit", "field": "id", "value": "I0"},
                 {"action": "edit", "field": "actors", "value": []},
                 {"action": "dance"}):
        assert client.post(f"/api/incidents/{inc}/review", json=body, headers=AUTH).status_code == 422, body
    assert client.post("/api/incidents/Inope/review", json={"action": "accept"}, headers=AUTH).status_code == 404
    assert client.get("/api/audit").json() == []


def test_clean_value():
    assert clean_value("event_type", "battles") == "Battles"
    assert clean_value("date", " 2025-10-14 ") == "2025-10-14"
    assert clean_value("geo_precision", "2") == 2
    assert clean_value("note", "") == ""
    with pytest.raises(ReviewError):
        clean_value("grade", "excellent")
    with pytest.raises(ReviewError):
        clean_value("country", None)


def test_reviewed_values_survive_reingest(client):
    inc = tessalit(client)
    client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "fatalities", "value": 77},
                headers=AUTH)
    client.post(f"/api/incidents/{inc}/review", json={"action": "accept"}, headers=AUTH)
    # the same report again (unchanged) and a new report of the same ambush
    same = json.loads(SAMPLES.read_text(encoding="utf-8").splitlines()[0])
    assert same["id"] == "demo-en-01"
    body = "\n".join(json.dumps(x) for x in (same, NEW_REPORT))
    r = client.post("/api/ingest", content=body, headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    assert (r.json()["added"], r.json()["unchanged"], r.json()["failed"]) == (1, 1, 0)
    now = tessalit(client)
    assert now != inc  # the new report's event id sorts first: fusion renamed the incident
    full = client.get(f"/api/incidents/{now}").json()
    assert "aa-tessalit:e1" in full["events"]
    assert full["fatalities"] == 77 and full["review"]["status"] == "accepted"
    assert [a["action"] for a in full["audit"]][-2:] == ["accept", "edit"]  # history follows the events
    old = client.get(f"/api/incidents/{inc}", follow_redirects=False)  # the old id leads to the incident now
    assert old.status_code == 301 and old.headers["location"] == f"/api/incidents/{now}"
    row = next(r for r in rows(client) if r["id"] == now)
    assert row["fatalities"] == 77 and row["n_reports"] == 2
    assert client.get("/api/audit").json()[0]["action"] == "ingest"


def test_ingest_json_array_and_failures(client):
    n = len(rows(client))
    r = client.post("/api/ingest", json=[NEW_REPORT, {"id": "empty", "text": ""}], headers=AUTH)
    assert r.status_code == 207 and r.json()["added"] == 1 and r.json()["failed"] == 1
    assert "request" in r.json()["failures"][0] and "/tmp" not in r.json()["failures"][0]
    assert len(rows(client)) == n  # the new report joined the Tessalit incident
    assert client.post("/api/ingest", content="[1, 2", headers=AUTH).status_code == 422


def test_merge_and_split(client):
    inc = tessalit(client)
    other = rows(client, q="Douentza")[0]["id"]
    client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "note", "value": "checked"},
                headers=AUTH)
    n = len(rows(client))
    r = client.post(f"/api/incidents/{inc}/merge", json={"other": other}, headers=AUTH)
    assert r.status_code == 200
    merged = r.json()["incident"]
    assert len(rows(client)) == n - 1
    full = client.get(f"/api/incidents/{merged}").json()
    assert len(full["events"]) == 2 and full["note"] == "checked"
    assert full["audit"][0]["action"] == "merge" and full["audit"][0]["before"]["incidents"][other]
    assert client.post(f"/api/incidents/{merged}/merge", json={"other": merged}, headers=AUTH).status_code == 422
    assert client.post(f"/api/incidents/{merged}/split", json={"events": full["events"]},
                       headers=AUTH).status_code == 422
    moved = [e for e in full["events"] if e != TESSALIT]
    r = client.post(f"/api/incidents/{merged}/split", json={"events": moved}, headers=AUTH)
    assert r.status_code == 200
    assert len(rows(client)) == n
    back = client.get(f"/api/incidents/{tessalit(client)}").json()
    assert back["events"] == [TESSALIT] and back["note"] == "checked"
    assert [a["action"] for a in back["audit"]][:2] == ["split", "merge"]


def test_report_text_stays_text(client):
    r = client.post("/api/ingest", json=[XSS_REPORT], headers=AUTH)
    assert r.json()["added"] == 1
    doc = client.get("/api/documents/xss-report").json()
    assert "<script>alert(1)</script>" in doc["text"]  # stored and returned verbatim, as JSON text
    assert client.get("/api/documents/xss-report").headers["content-type"] == "application/json"
    inc = client.get("/api/events/xss-report:e1").json()["incident_id"]
    page = client.get(f"/incident/{inc}")
    assert page.headers["content-type"].startswith("text/html")
    assert "alert" not in page.text  # the page is a static shell: report text never reaches the HTML
    assert "script-src 'self'" in page.headers["content-security-policy"]
    full = client.get(f"/api/incidents/{inc}").json()
    assert full["sources"][0]["title"].startswith("<img")  # the UI inserts it with textContent


def test_store_stays_a_plain_database(client, db, backend):
    sqlite_only(backend, "the file read with the sqlite3 module")
    inc = tessalit(client)
    client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "fatalities", "value": 5},
                headers=AUTH)
    con = sqlite3.connect(db)
    try:
        field, value, who_, ev = con.execute("SELECT field, value, who, event_ids FROM reviews").fetchone()
        # JSON columns hold JSON text (SQLite gives a bare number back as a number)
        assert (field, json.loads(str(value)), who_, json.loads(ev)) == ("fatalities", 5, "alice", [TESSALIT])
        assert con.execute("SELECT action, field, before, after FROM audit").fetchone()[:2] == ("edit", "fatalities")
        n = len(rows(client))
        assert con.execute("SELECT count(*) FROM incidents").fetchone()[0] == n  # saved when fused
        record, events_ = con.execute("SELECT record, event_ids FROM incidents WHERE id = ?", (inc,)).fetchone()
        assert json.loads(record)["id"] == inc and json.loads(events_) == [TESSALIT]  # JSON text
    finally:
        con.close()


def test_saved_incidents_follow_changes(db):
    with Store(f"sqlite:///{db}") as store:
        first = store.incident_summaries()
        assert store.incident_summaries() == first
        ids = [s["id"] for s in first if s["documents"] in (["demo-en-01"], ["demo-en-02"])]
        new = merge(store, *ids)
        after = store.incident_summaries()
        assert len(after) == len(first) - 1 and new in {s["id"] for s in after}
        assert next(s for s in after if s["id"] == new)["n_reports"] == 2


def test_a_store_fused_by_an_older_version_is_served_after_assembling_it(client, db):
    before = rows(client)
    eng = raw_engine(db)
    with eng.begin() as con:  # what an older version left: members, no saved incidents, no format
        con.exec_driver_sql("DELETE FROM incidents")
        con.exec_driver_sql("DELETE FROM meta")
    eng.dispose()
    told = []
    with TestClient(create_app(f"sqlite:///{db}", warm=False, on_upgrade=told.append)) as again:
        assert rows(again) == before and told == [len(before)]
        full = again.get(f"/api/incidents/{tessalit(again)}").json()
        assert full["events"] == [TESSALIT] and full["claims"]


def test_serve_command_binds_loopback_by_default(capsys):
    with pytest.raises(SystemExit):
        cli_main(["serve", "--help"])
    out = capsys.readouterr().out
    assert "127.0.0.1" in out and "--token-file" in out and "--port" in out


def test_large_ingest_is_a_job_with_a_status_url(client):
    body = json.dumps(NEW_REPORT) + "\n" + json.dumps({"id": "bad", "text": "x", "outlet": 3}) + "\n"
    r = client.post("/api/ingest?background=true", content=body,
                    headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 202 and r.headers["location"] == r.json()["status_url"]
    url = r.json()["status_url"]
    assert client.get(url).status_code == 401  # a job is seen with a token
    for _ in range(600):
        job = client.get(url, headers=AUTH).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert job["status"] == "done" and job["progress"]["read"] == 2
    assert job["result"]["added"] == 1 and job["result"]["failures"] == ["request:2: outlet: not a string (3)"]
    assert client.get(f"/api/events/{NEW_REPORT['id']}:e1").json()["incident_id"]
    assert client.get("/api/jobs/nope", headers=AUTH).status_code == 404
