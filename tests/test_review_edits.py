"""No lost edits, stable links, review helpers (the API): versions and 409 on a stale edit, the audit log
written with the change, redirects for incidents fusion renamed, document ids with ``/``, the 404 page,
candidates to merge and "changed since review". Over a store of reports written for these tests."""

import json
import threading
import urllib.error
import urllib.request
import warnings
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from conftest import raw_engine

from fogline.cli import main as cli_main
from fogline.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from fogline.serve import create_app
    from fogline.serve.thread import running

pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.usefixtures("backend")]

ALICE, BOB = "alice-token-0123456789", "bob-token-0123456789"
AS_ALICE = {"Authorization": f"Bearer {ALICE}"}
AS_BOB = {"Authorization": f"Bearer {BOB}"}

# A market attack; a clash at the same place four days later (another incident); a raid in another country
# reported under a URL as its id.
MARKET = {"id": "zz-market", "outlet": "River Courier", "title": "Market attack in Menaka", "published": "2025-11-04",
          "language": "en", "text": "BAMAKO, Nov 4 (River Courier) - Gunmen attacked the weekly market in Menaka "
                                    "in northeastern Mali on Sunday, killing seven traders, a local councillor said."}
CLASH = {"id": "mk-clash", "outlet": "River Courier", "title": "Soldiers and gunmen clash near Menaka",
         "published": "2025-11-07", "language": "en",
         "text": "GAO, Nov 7 (River Courier) - Malian soldiers clashed with gunmen near Menaka on Thursday and two "
                 "soldiers died, the army said."}
URL_ID = "https://news.example/2025/11/raid?id=7#top"
RAID = {"id": URL_ID, "outlet": "Lake Herald", "title": "Raid near Diffa", "published": "2025-11-06", "language": "en",
        "text": "NIAMEY, Nov 6 (Lake Herald) - Fighters of Boko Haram raided a village near Diffa in southeastern "
                "Niger on Tuesday and killed four herders, the regional governor said."}
# Other outlets' accounts of the market attack: their event ids sort first, so each renames the incident.
MARKET_2 = {"id": "aa-market", "outlet": "Sahel Monitor", "title": "Traders killed at Menaka market",
            "published": "2025-11-04", "language": "en",
            "text": "Armed men stormed the weekly market of Menaka in Mali on Sunday and killed seven traders, "
                    "residents told the Sahel Monitor."}
MARKET_3 = {"id": "a0-market", "outlet": "Niger Valley Post", "title": "Seven traders shot in Menaka",
            "published": "2025-11-05", "language": "en",
            "text": "Seven traders were shot dead by gunmen at the weekly market in Menaka, Mali, on Sunday, "
                    "a councillor told the Niger Valley Post."}


@pytest.fixture(scope="module")
def base_db(tmp_path_factory, backend):
    tmp = tmp_path_factory.mktemp("edits")
    src = tmp / "reports.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in (MARKET, CLASH, RAID)), encoding="utf-8")
    db = tmp / "edits.db"
    assert cli_main(["ingest", str(src), "--db", str(db)]) == 0
    return db


@pytest.fixture()
def client(db):
    app = create_app(f"sqlite:///{db}", tokens={ALICE: "alice", BOB: "bob"}, warm=False)
    with TestClient(app) as c:
        yield c


def incident_of(c, event_id):
    return c.get(f"/api/events/{quote(event_id, safe='')}").json()["incident_id"]


def edit(c, inc, field, value, who=AS_ALICE, version=None, action="edit"):
    headers = dict(who, **({"If-Match": f'"{version}"'} if version else {}))
    body = {"action": action, "field": field, "value": value} if field else {"action": action}
    return c.post(f"/api/incidents/{inc}/review", json=body, headers=headers)


def ingest(c, *reports):
    r = c.post("/api/ingest", content="".join(json.dumps(x) + "\n" for x in reports),
               headers={**AS_ALICE, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 200, r.text


# -- no lost edits ----------------------------------------------------------------------------
def test_every_incident_carries_a_version_that_changes_with_it(client):
    inc = incident_of(client, "zz-market:e1")
    r = client.get(f"/api/incidents/{inc}")
    v1 = r.json()["version"]
    assert v1 and r.headers["etag"] == f'"{v1}"'
    assert client.get(f"/api/incidents/{inc}").json()["version"] == v1  # stable while nothing changes
    other = incident_of(client, "mk-clash:e1")
    assert client.get(f"/api/incidents/{other}").json()["version"] != v1
    saved = edit(client, inc, "fatalities", 9, version=v1)
    assert saved.status_code == 200
    v2 = client.get(f"/api/incidents/{inc}").json()["version"]
    assert v2 != v1 and saved.json()["version"] == v2
    ingest(client, MARKET_2)  # fusion changes it too (a new report; renamed)
    now = incident_of(client, "zz-market:e1")
    assert client.get(f"/api/incidents/{now}").json()["version"] not in (v1, v2)


def test_a_stale_edit_is_refused_with_what_changed_and_by_whom(client):
    inc = incident_of(client, "zz-market:e1")
    seen = client.get(f"/api/incidents/{inc}").json()  # both analysts open the incident
    fused = seen["fatalities"]
    first = edit(client, inc, "fatalities", 12, who=AS_ALICE, version=seen["version"])
    assert first.status_code == 200
    second = edit(client, inc, "fatalities", 30, who=AS_BOB, version=seen["version"])
    assert second.status_code == 409
    detail = second.json()["detail"]
    assert detail["version"] == client.get(f"/api/incidents/{inc}").json()["version"] != seen["version"]
    assert [(c["who"], c["action"], c["field"], c["before"], c["after"]) for c in detail["changes"]] == \
        [("alice", "edit", "fatalities", fused, 12)]
    now = client.get(f"/api/incidents/{inc}").json()
    assert now["fatalities"] == 12 and [a["who"] for a in now["audit"]] == ["alice"]  # nothing of bob's written
    # with the version he now sees, bob's edit goes through; so do weak and unquoted forms of it
    again = edit(client, inc, "fatalities", 30, who=AS_BOB, version=detail["version"])
    assert again.status_code == 200 and again.json()["audit"]["before"] == 12
    v = again.json()["version"]
    r = client.post(f"/api/incidents/{inc}/review", json={"action": "accept"},
                    headers={**AS_BOB, "If-Match": f'W/"{v}"'})
    assert r.status_code == 200
    stale = client.post(f"/api/incidents/{inc}/review", json={"action": "reject"}, headers={**AS_ALICE, "If-Match": v})
    assert stale.status_code == 409 and stale.json()["detail"]["changes"][-1]["action"] == "accept"
    assert client.get(f"/api/incidents/{inc}").json()["review"]["status"] == "accepted"


def test_a_stale_merge_or_split_is_refused(client):
    inc = incident_of(client, "zz-market:e1")
    other = incident_of(client, "mk-clash:e1")
    old = client.get(f"/api/incidents/{inc}").json()["version"]
    assert edit(client, inc, "note", "seen", who=AS_BOB).status_code == 200
    r = client.post(f"/api/incidents/{inc}/merge", json={"other": other}, headers={**AS_ALICE, "If-Match": old})
    assert r.status_code == 409 and r.json()["detail"]["changes"][0]["who"] == "bob"
    assert incident_of(client, "mk-clash:e1") == other  # not merged


def test_a_merge_or_split_and_its_audit_entry_are_written_together(db):
    """The audit entry is written in the fusion's transaction: when it cannot be written, the merge (links and
    membership) is not written either; when it is, it names the incident the merge made."""
    from fogline import pipeline

    with Store(f"sqlite:///{db}") as store:
        a, b = store.incident_of("zz-market:e1"), store.incident_of("mk-clash:e1")

        def broken(conn, new):
            raise RuntimeError("audit refused")

        with pytest.raises(RuntimeError):
            pipeline.merge(store, a, b, broken)
        assert store.incident_of("mk-clash:e1") == b
        with store.engine.connect() as conn:
            assert store.links(conn) == ([], [])
        entries = []
        new = pipeline.merge(store, a, b, lambda conn, new: entries.append(
            store.add_audit(who="t", action="merge", after={"incident": new}, conn=conn)))
        assert new == store.incident_of("mk-clash:e1") == store.incident_of("zz-market:e1")
        assert store.audit_log(limit=1)[0]["after"] == {"incident": new}
        with pytest.raises(RuntimeError):
            pipeline.split(store, new, ["mk-clash:e1"], lambda conn, n, rest: broken(conn, n))
        assert store.incident_of("mk-clash:e1") == new  # still merged
        with store.engine.connect() as conn:
            assert len(store.links(conn)[0]) == 1 and store.links(conn)[1] == []


def test_a_merge_keeps_every_member_of_both_incidents(db):
    """A merged incident holds all the events of both, even a member that alone would not fuse with the other
    incident (the clash is four days after the market attack)."""
    from fogline import pipeline

    src = db.parent / "more.jsonl"
    src.write_text(json.dumps(MARKET_2) + "\n" + json.dumps(MARKET_3) + "\n", encoding="utf-8")
    assert cli_main(["ingest", str(src), "--db", str(db), "--quiet"]) == 0
    with Store(f"sqlite:///{db}") as store:
        market = store.incident_of("zz-market:e1")
        assert sorted(store.members(market)) == ["a0-market:e1", "aa-market:e1", "zz-market:e1"]
        new = pipeline.merge(store, market, store.incident_of("mk-clash:e1"))
        assert sorted(store.members(new)) == ["a0-market:e1", "aa-market:e1", "mk-clash:e1", "zz-market:e1"]


def test_concurrent_edits_of_one_version_let_exactly_one_through(db):
    app = create_app(f"sqlite:///{db}", tokens={ALICE: "alice", BOB: "bob"}, warm=False)
    with running(app) as base:
        inc = json.loads(urllib.request.urlopen(f"{base}/api/events/zz-market:e1", timeout=30).read())["incident_id"]
        version = json.loads(urllib.request.urlopen(f"{base}/api/incidents/{inc}", timeout=30).read())["version"]
        codes: list[int] = []

        def post(n: int) -> None:
            req = urllib.request.Request(
                f"{base}/api/incidents/{inc}/review", method="POST",
                data=json.dumps({"action": "edit", "field": "fatalities", "value": 100 + n}).encode(),
                headers={"Content-Type": "application/json", "If-Match": f'"{version}"', **AS_ALICE})
            try:
                with urllib.request.urlopen(req, timeout=60) as r:
                    codes.append(r.status)
            except urllib.error.HTTPError as exc:
                codes.append(exc.code)

        threads = [threading.Thread(target=post, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(90)
        assert sorted(codes) == [200] + [409] * 7


def test_concurrent_edits_are_audited_with_the_true_before(db):
    """Without versions (an API client that sends no If-Match) the last writer wins, but every audit entry
    names the value it replaced: before of each entry = after of the one before it."""
    app = create_app(f"sqlite:///{db}", tokens={ALICE: "alice", BOB: "bob"}, warm=False)
    with running(app) as base:
        inc = json.loads(urllib.request.urlopen(f"{base}/api/events/zz-market:e1", timeout=30).read())["incident_id"]
        fused = json.loads(urllib.request.urlopen(f"{base}/api/incidents/{inc}", timeout=30).read())["fatalities"]
        errors: list[str] = []

        def worker(k: int) -> None:
            for n in range(12):
                req = urllib.request.Request(
                    f"{base}/api/incidents/{inc}/review", method="POST",
                    data=json.dumps({"action": "edit", "field": "fatalities", "value": 1000 + 100 * k + n}).encode(),
                    headers={"Content-Type": "application/json", **(AS_ALICE if k % 2 else AS_BOB)})
                try:
                    urllib.request.urlopen(req, timeout=60).close()
                except urllib.error.HTTPError as exc:  # pragma: no cover - reported below
                    errors.append(f"{exc.code} {exc.read()[:200]!r}")

        threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert errors == []
        log = json.loads(urllib.request.urlopen(f"{base}/api/audit?limit=1000", timeout=30).read())[::-1]
        now = json.loads(urllib.request.urlopen(f"{base}/api/incidents/{inc}", timeout=30).read())["fatalities"]
    assert len(log) == 96
    wrong = [(a["seq"], a["before"], b["after"]) for b, a in zip([{"after": fused}] + log, log, strict=False)
             if a["before"] != b["after"]]
    assert wrong == []
    assert log[-1]["after"] == now


def test_a_revert_is_logged_as_what_it_restores(client):
    inc = incident_of(client, "zz-market:e1")
    fused = client.get(f"/api/incidents/{inc}").json()
    edit(client, inc, "location", "Menaka market")
    edit(client, inc, "location", None, action="revert")
    edit(client, inc, "note", "two witnesses")
    edit(client, inc, "note", None, action="revert")
    client.post(f"/api/incidents/{inc}/review", json={"action": "accept"}, headers=AS_ALICE)
    client.post(f"/api/incidents/{inc}/review", json={"action": "reopen"}, headers=AS_ALICE)
    stored = client.get("/api/audit").json()[::-1]  # as the database holds them, not as a response told
    assert [(a["action"], a["field"], a["before"], a["after"]) for a in stored] == [
        ("edit", "location", fused["location"], "Menaka market"),
        ("revert", "location", "Menaka market", fused["location"]),
        ("edit", "note", fused.get("note"), "two witnesses"),
        ("revert", "note", "two witnesses", fused.get("note")),
        ("accept", "status", None, "accepted"),
        ("reopen", "status", "accepted", None)]
    assert fused["location"]  # the revert restored a real value, not null


# -- stable links -------------------------------------------------------------------------------
def test_a_renamed_incident_redirects_to_its_new_id(client):
    old = incident_of(client, "zz-market:e1")
    assert edit(client, old, "fatalities", 8).status_code == 200
    ingest(client, MARKET_2)
    new = incident_of(client, "zz-market:e1")
    assert new != old and incident_of(client, "aa-market:e1") == new
    r = client.get(f"/api/incidents/{old}", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == f"/api/incidents/{new}"
    page = client.get(f"/incident/{old}?country=Mali", follow_redirects=False)
    assert page.status_code == 301 and page.headers["location"] == f"/incident/{new}?country=Mali"
    assert client.get(f"/incident/{old}").status_code == 200
    followed = client.get(f"/api/incidents/{old}").json()
    assert followed["id"] == new and followed["fatalities"] == 8
    # writes to the old id reach the incident it became; so do the candidates
    r = client.post(f"/api/incidents/{old}/review", json={"action": "accept"}, headers=AS_ALICE)
    assert r.status_code == 200 and r.json()["incident"] == new
    assert client.get(f"/api/incidents/{old}/candidates").status_code == 200
    # renamed again: both old ids lead straight to the newest
    ingest(client, MARKET_3)
    newest = incident_of(client, "zz-market:e1")
    assert newest not in (old, new)
    for gone in (old, new):
        r = client.get(f"/api/incidents/{gone}", follow_redirects=False)
        assert r.status_code == 301 and r.headers["location"] == f"/api/incidents/{newest}"
    # an id that is live again answers as itself: split the newer reports off
    r = client.post(f"/api/incidents/{newest}/split", json={"events": ["a0-market:e1", "aa-market:e1"]},
                    headers=AS_ALICE)
    assert r.status_code == 200 and r.json()["rest"] == old
    assert client.get(f"/api/incidents/{old}", follow_redirects=False).status_code == 200


def test_a_merged_away_incident_redirects_to_the_merged_one(client):
    a, b = incident_of(client, "zz-market:e1"), incident_of(client, "mk-clash:e1")
    merged = client.post(f"/api/incidents/{a}/merge", json={"other": b}, headers=AS_ALICE).json()["incident"]
    gone = b if merged == a else a
    r = client.get(f"/api/incidents/{gone}", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == f"/api/incidents/{merged}"


def test_document_ids_with_slashes_and_query_characters_work_in_urls(client):
    doc = client.get(f"/api/documents/{quote(URL_ID, safe='')}")
    assert doc.status_code == 200 and doc.json()["id"] == URL_ID and "Diffa" in doc.json()["text"]
    ev = client.get(f"/api/events/{quote(URL_ID + ':e1', safe='')}")
    assert ev.status_code == 200 and ev.json()["document_id"] == URL_ID
    inc = ev.json()["incident_id"]
    full = client.get(f"/api/incidents/{inc}").json()
    assert full["documents"] == [URL_ID] and client.get(f"/incident/{inc}").status_code == 200
    claims = client.get("/api/claims", params={"document": URL_ID})
    assert claims.status_code == 200 and {c["document_id"] for c in claims.json()} == {URL_ID}
    assert client.get(f"/api/documents/{quote('https://news.example/other', safe='')}").status_code == 404


def test_a_missing_incident_is_a_404_page_without_review_controls(client):
    r = client.get("/incident/Inope12345678")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "No incident Inope12345678" in r.text
    for control in ('id="accept"', 'id="review"', 'id="edit-form"', 'id="merge"', "incident.js"):
        assert control not in r.text
    evil = client.get("/incident/" + quote("<b>x</b>", safe=""))
    assert evil.status_code == 404 and "<b>x</b>" not in evil.text and "&lt;b&gt;x&lt;/b&gt;" in evil.text
    assert client.get("/api/incidents/Inope12345678").status_code == 404


# -- review helpers -----------------------------------------------------------------------------
def test_merge_candidates_are_near_in_place_and_time(client):
    market, clash = incident_of(client, "zz-market:e1"), incident_of(client, "mk-clash:e1")
    raid = incident_of(client, URL_ID + ":e1")
    cands = client.get(f"/api/incidents/{market}/candidates").json()
    assert [c["id"] for c in cands] == [clash]  # not itself, not the raid in another country
    c = cands[0]
    assert c["days_apart"] == 4 and c["same_place"] and c["km"] is not None and c["km"] < 1
    assert c["shared_actors"]  # both name the gunmen
    assert client.get(f"/api/incidents/{raid}/candidates").json() == []
    # one click: merge the candidate in; it is no longer a candidate, and a split keeps it out
    merged = client.post(f"/api/incidents/{market}/merge", json={"other": clash}, headers=AS_ALICE).json()["incident"]
    assert client.get(f"/api/incidents/{merged}/candidates").json() == []
    r = client.post(f"/api/incidents/{merged}/split", json={"events": ["mk-clash:e1"]}, headers=AS_ALICE)
    assert r.status_code == 200
    assert client.get(f"/api/incidents/{incident_of(client, 'zz-market:e1')}/candidates").json() == []


def test_merge_candidates_leave_out_other_days_and_places(db):
    with Store(f"sqlite:///{db}") as store:
        market = store.incident_of("zz-market:e1")
        assert [c["id"] for c in store.merge_candidates(market)] == [store.incident_of("mk-clash:e1")]
        assert store.merge_candidates(market, days=3) == []  # the clash is four days later
        assert store.merge_candidates("Inope") == []


def test_a_reviewed_incident_that_absorbed_a_report_is_flagged(client):
    inc = incident_of(client, "zz-market:e1")
    assert "changed_since_review" not in client.get(f"/api/incidents/{inc}").json()["review"]  # not reviewed
    client.post(f"/api/incidents/{inc}/review", json={"action": "accept"}, headers=AS_BOB)
    assert client.get(f"/api/incidents/{inc}").json()["review"]["changed_since_review"] is None
    ingest(client, MARKET_2)
    now = client.get(f"/api/incidents/{incident_of(client, 'zz-market:e1')}").json()
    flag = now["review"]["changed_since_review"]
    assert flag["new_events"] == ["aa-market:e1"] and flag["by"] == "bob" and flag["since"]
    listed = client.get("/api/incidents", params={"status": "accepted"}).json()["incidents"]
    assert [i["review"]["changed_since_review"]["new_events"] for i in listed] == [["aa-market:e1"]]
    # reviewed again: no longer flagged
    client.post(f"/api/incidents/{now['id']}/review", json={"action": "accept"}, headers=AS_BOB)
    assert client.get(f"/api/incidents/{now['id']}").json()["review"]["changed_since_review"] is None


# -- schema -------------------------------------------------------------------------------------
def test_a_store_of_revision_0002_gains_the_redirect_table(db):
    eng = raw_engine(db)
    with eng.begin() as con:
        con.exec_driver_sql("DROP TABLE incident_redirects")
        con.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    eng.dispose()
    with Store(f"sqlite:///{db}") as store:
        assert store.schema_revisions[0] == "0002"
        with store.engine.connect() as conn:
            assert "incident_redirects" in sa.inspect(conn).get_table_names()
        assert store.incident_redirect("Inope") is None
