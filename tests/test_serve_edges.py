"""The API's edges (issue 16, item 5): query length limits, plausible reviewed dates, strict UTF-8 on the API
ingest, token strength, failed tokens rate-limited, allowed Host names, and "who am I"."""

import json
import warnings
from datetime import date

import pytest

from fogline.cli import main as cli_main
from fogline.serve.auth import MIN_SECRET, FailedLogins, weak_tokens
from fogline.serve.guard import HostRule, default_hosts, host_name
from fogline.serve.params import MAX_PARAM, latest_date

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


from fogline.serve import create_app

pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.usefixtures("backend")]

TOKEN = "edge-case-token-0123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORTS = [  # two short reports of my own: one incident each
    {"id": "edge-a", "outlet": "Lake Courier", "title": "Market attacked in Abeche", "published": "2025-08-04",
     "language": "en", "url": "https://lake.example/abeche",
     "text": "ABECHE, Aug 4 - Armed men attacked the central market of Abeche in eastern Chad on Sunday, killing "
             "four traders, police said."},
    {"id": "edge-b", "outlet": "River Daily", "title": "Clash near Kousseri", "published": "2025-06-12",
     "language": "en", "url": "https://river.example/kousseri",
     "text": "MAROUA, June 12 - Soldiers of the Cameroonian army clashed with militants near Kousseri in the Far "
             "North region on Wednesday; three soldiers were killed, the army said."},
]
ENDPOINTS = ["/api/summaries", "/api/incidents", "/api/timeline", "/api/events", "/api/export/acled-csv"]


@pytest.fixture(scope="module")
def base_db(tmp_path_factory, backend):
    tmp = tmp_path_factory.mktemp("edges")
    feed = tmp / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    path = tmp / "edges.db"
    assert cli_main(["ingest", str(feed), "--db", str(path), "--quiet"]) == 0
    return path


@pytest.fixture()
def client(db):
    with TestClient(create_app(f"sqlite:///{db}", tokens={TOKEN: "alice"}, warm=False)) as c:
        yield c


def an_incident(c):
    return c.get("/api/summaries").json()["rows"][0][0]


# -- query parameters -----------------------------------------------------------------------------
def test_a_huge_search_is_refused_with_a_message_not_a_500(client):
    assert client.get("/api/summaries").json()["rows"]  # the store has incidents the search runs over
    for path in ENDPOINTS:
        r = client.get(path, params={"q": "x" * 50_000})
        assert r.status_code == 422, (path, r.status_code)
        assert r.json()["detail"] == f"query parameter 'q': 50000 characters, at most {MAX_PARAM}"


def test_every_query_parameter_is_bounded(client):
    long = "é" * (MAX_PARAM + 1)  # characters, not bytes, count
    for path, name in [("/api/summaries", "country"), ("/api/incidents", "actor"), ("/api/events", "admin1"),
                       ("/api/claims", "document"), ("/api/audit", "incident"), ("/api/facets", "unknown"),
                       ("/api/export/geojson", "level")]:
        r = client.get(path, params={name: long})
        assert r.status_code == 422 and f"'{name}'" in r.json()["detail"], (path, name, r.text)
    # at the limit it is an ordinary search that finds nothing
    r = client.get("/api/summaries", params={"q": "z" * MAX_PARAM})
    assert r.status_code == 200 and r.json()["rows"] == []
    # many short parameters: the whole query string is bounded too
    r = client.get("/api/summaries?" + "&".join(f"p{i}=" + "y" * 100 for i in range(200)))
    assert r.status_code == 422 and r.json()["detail"].startswith("query string:")
    # the limit is documented in the API description
    q = next(p for p in client.get("/openapi.json").json()["paths"]["/api/summaries"]["get"]["parameters"]
             if p["name"] == "q")
    assert MAX_PARAM in (q["schema"].get("maxLength"), *(s.get("maxLength") for s in q["schema"].get("anyOf", [])))


def test_request_bodies_bound_their_ids(client):
    inc = an_incident(client)
    r = client.post(f"/api/incidents/{inc}/merge", json={"other": "I" * 5000}, headers=AUTH)
    assert r.status_code == 422
    r = client.post(f"/api/incidents/{inc}/split", json={"events": ["e" * 5000]}, headers=AUTH)
    assert r.status_code == 422
    assert client.get("/api/audit").json() == []


# -- reviewed dates -------------------------------------------------------------------------------
def test_a_reviewed_date_must_be_plausible(client):
    inc = an_incident(client)
    fused = client.get(f"/api/incidents/{inc}").json()["date"]
    latest = latest_date()
    for bad in ("0001-01-01", "1899-12-31", latest.replace(year=latest.year + 1).isoformat()):
        r = client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "date", "value": bad},
                        headers=AUTH)
        assert r.status_code == 422, bad
        msg = r.json()["detail"][0]["msg"]
        assert msg == f"date: {bad} is out of range (1900-01-01 to {latest.isoformat()})"
    assert client.get(f"/api/incidents/{inc}").json()["date"] == fused
    assert client.get("/api/audit").json() == []
    for good in ("1900-01-01", latest.isoformat(), "2025-08-02"):
        r = client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "date", "value": good},
                        headers=AUTH)
        assert r.status_code == 200, (good, r.text)
        assert client.get(f"/api/incidents/{inc}").json()["date"] == good
    # not a date at all: still the value check's message
    r = client.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "date", "value": "soon"},
                    headers=AUTH)
    assert r.status_code == 422 and "YYYY-MM-DD" in r.text


def test_latest_date_is_a_year_ahead():
    assert latest_date(date(2026, 3, 5)) == date(2027, 3, 5)
    assert latest_date(date(2028, 2, 29)) == date(2029, 2, 28)


# -- ingest -----------------------------------------------------------------------------------------
def record(rid: str) -> dict:
    return {"id": rid, "outlet": "Plain Wire", "published": "2025-07-01", "language": "en",
            "text": "NDJAMENA, July 1 - Gunmen killed two herders near Mongo in central Chad on Monday, a local "
                    "official said. MARK"}


def test_api_ingest_refuses_text_that_is_not_utf8(client):
    body = ("[" + json.dumps(record("latin-1")) + "]").encode("utf-8").replace(b"MARK", b"caf\xe9")
    r = client.post("/api/ingest", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422
    at = body.index(b"\xe9")
    assert r.json()["detail"] == f"not UTF-8 (byte 0xe9 at offset {at})"
    assert client.get("/api/documents/latin-1").status_code == 404
    # JSON Lines: that line fails, named, and the others are stored
    good = json.dumps(record("fine")).encode("utf-8")
    body = good + b"\n" + json.dumps(record("broken")).encode("utf-8").replace(b"MARK", b"\xff\xfe")
    r = client.post("/api/ingest", content=body, headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 207 and r.json()["failures"][0].startswith("request:2: not UTF-8 (byte 0xff")
    assert client.get("/api/documents/broken").status_code == 404
    assert "\ufffd" not in client.get("/api/documents/fine").json()["text"]


def test_half_a_character_is_refused_by_name_not_a_traceback(client, tmp_path):
    """A JSON escape of a lone surrogate (\\ud83d without its pair) is valid JSON but no text: the API (array
    or lines) and the CLI's reader refuse that record by name; before, both crashed on it."""
    line = json.dumps(record("half-emoji")).replace("MARK", "\\ud83d")
    at = record("half-emoji")["text"].index("MARK")
    for body, kind in (("[" + line + "]", "application/json"), (line, "application/x-ndjson")):
        r = client.post("/api/ingest", content=body, headers={**AUTH, "Content-Type": kind})
        assert r.status_code == 207 and r.json()["failures"] == [
            f"request:1: text: not valid Unicode (a lone surrogate \\ud83d at character {at})"], r.text
    assert client.get("/api/documents/half-emoji").status_code == 404
    from fogline.read import read_paths

    feed = tmp_path / "feed.jsonl"
    feed.write_text(line.replace("Plain Wire", "Plain \\udc00Wire") + "\n", encoding="utf-8")
    (result,) = list(read_paths([feed]))
    assert result.document is None and str(result.error) == (
        f"{feed}:1: text: not valid Unicode (a lone surrogate \\ud83d at character {at}); "
        "outlet: not valid Unicode (a lone surrogate \\udc00 at character 6)")


def test_api_ingest_reads_an_array_after_a_byte_order_mark(client):
    body = b"\xef\xbb\xbf" + ("[" + json.dumps(record("with-bom")) + "]").encode("utf-8")
    r = client.post("/api/ingest", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 200 and r.json()["added"] == 1, r.text


# -- tokens -----------------------------------------------------------------------------------------
def test_weak_tokens_are_named():
    assert weak_tokens({"x" * MIN_SECRET: "alice", "short": "bob", "tiny": "carol"}) == ["bob", "carol"]
    assert weak_tokens({}) == []


def test_serve_refuses_a_short_token_at_start(db, monkeypatch, capsys):
    monkeypatch.setenv("FOGLINE_TOKENS", f"alice:{'k' * MIN_SECRET},bob:b0b")
    assert cli_main(["serve", "--db", str(db), "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "bob" in err and "alice" not in err and f"shorter than {MIN_SECRET} characters" in err


def test_whoami_names_the_token(client):
    assert client.get("/api/whoami", headers=AUTH).json() == {"name": "alice"}
    assert client.get("/api/whoami").status_code == 401
    assert client.get("/api/whoami", headers={"Authorization": "Bearer " + "w" * 20}).status_code == 403


def test_failed_tokens_are_rate_limited_per_client(db):
    now = [1000.0]
    app = create_app(f"sqlite:///{db}", tokens={TOKEN: "alice"}, warm=False)
    app.state.failed_logins = FailedLogins(limit=5, window=60, clock=lambda: now[0])
    wrong = {"Authorization": "Bearer " + "g" * 20}
    with TestClient(app, client=("192.0.2.7", 40000)) as guesser, \
            TestClient(app, client=("192.0.2.8", 40000)) as other:
        inc = an_incident(guesser)
        for _ in range(3):
            assert guesser.post(f"/api/incidents/{inc}/review", json={"action": "accept"}).status_code == 401
        for _ in range(5):  # no token is not a guess; wrong ones are
            assert guesser.get("/api/whoami", headers=wrong).status_code == 403
        r = guesser.get("/api/whoami", headers=wrong)
        assert r.status_code == 429 and r.headers["retry-after"] == "60"
        now[0] += 20
        r = guesser.post(f"/api/incidents/{inc}/review", json={"action": "accept"}, headers=AUTH)
        assert r.status_code == 429 and r.headers["retry-after"] == "40"  # even the right token, meanwhile
        assert other.get("/api/whoami", headers=AUTH).json() == {"name": "alice"}  # another address is not held
        now[0] += 41
        assert guesser.get("/api/whoami", headers=AUTH).json() == {"name": "alice"}
        assert guesser.get("/api/audit").json() == []


def test_failed_logins_forget_quiet_clients():
    now = [0.0]
    fl = FailedLogins(limit=2, window=10, clock=lambda: now[0], max_clients=3)
    for n in range(5):
        now[0] += 1
        fl.failed(f"10.0.0.{n}")
    assert len(fl.seen) <= 3 and "10.0.0.4" in fl.seen
    fl.failed("10.0.0.4")
    assert fl.retry_after("10.0.0.4") == 10
    now[0] += 10
    assert fl.retry_after("10.0.0.4") == 0


# -- allowed hosts ----------------------------------------------------------------------------------
def test_host_names():
    assert host_name("LocalHost:8000") == "localhost"
    assert host_name("[::1]:8000") == "::1" and host_name("::1") == "::1"
    assert host_name("fogline.example.") == "fogline.example"
    rule = HostRule(["127.0.0.1", "localhost", "*.team.example"])
    assert rule.allows("127.0.0.1:8000") and rule.allows("LOCALHOST") and rule.allows("ui.team.example:80")
    assert not rule.allows("evil.example") and not rule.allows("127.0.0.1.evil.example")
    assert not rule.allows("team.example.evil") and not rule.allows(None) and not rule.allows("")
    assert HostRule(["*"]).allows("anything.example")
    assert set(default_hosts("127.0.0.1")) == {"127.0.0.1", "localhost", "::1"}
    assert "10.1.2.3" in default_hosts("10.1.2.3")


def test_other_host_headers_are_refused(db):
    app = create_app(f"sqlite:///{db}", warm=False, allowed_hosts=default_hosts("127.0.0.1") + ["ui.example"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/config").status_code == 200
        for host in ("localhost:8000", "[::1]:8000", "UI.example"):
            assert c.get("/api/summaries", headers={"Host": host}).status_code == 200, host
        for host in ("rebind.attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example"):
            for path in ("/", "/api/summaries", "/api/documents", "/static/app.css"):
                r = c.get(path, headers={"Host": host})
                assert r.status_code == 400, (host, path)
                assert "--allowed-host" in r.json()["detail"] and r.headers["x-frame-options"] == "DENY"


def test_serve_answers_the_bound_address_localhost_and_allowed_hosts(db, monkeypatch, capsys):
    import uvicorn

    served = {}

    def fake_run(self, sockets=None):  # instead of serving forever: keep the app to try it
        served["app"] = self.config.app
        for s in sockets or []:
            s.close()

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    monkeypatch.setenv("FOGLINE_TOKENS", f"alice:{TOKEN}")
    monkeypatch.setenv("FOGLINE_ALLOWED_HOSTS", "env.example, *.lan.example")
    assert cli_main(["serve", "--db", str(db), "--port", "0", "--allowed-host", "desk.example"]) == 0
    assert "answering Host: 127.0.0.1, localhost, ::1, desk.example, env.example, *.lan.example" \
        in capsys.readouterr().err
    with TestClient(served["app"]) as c:
        for host, status in [("127.0.0.1:8000", 200), ("localhost", 200), ("desk.example", 200),
                             ("env.example", 200), ("pc.lan.example", 200), ("testserver", 400),
                             ("attacker.example", 400)]:
            assert c.get("/api/config", headers={"Host": host}).status_code == status, host
