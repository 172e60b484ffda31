"""Concurrent API ingests into one app (the server's threads share its store and extractors) end with the
store a single-threaded ingest gives: each document's events, the incidents and their saved records."""

import json
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from fogline.fuse import assemble
from fogline.serve import create_app
from fogline.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.usefixtures("backend")]

TOKEN = "t0k-threads-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# what these say depends on the year they were published in: "Tuareg separatists" are the CSP-DPA in 2023 and
# the FLA from 2025, "Russian mercenaries" the Wagner Group in 2023 and the Africa Corps in 2026; "on Monday"
# is the Monday before the publication date
TEXTS = [
    ("en", "Tuareg separatists attacked an army post near Anefis on Monday, killing five soldiers, the army said. "
           "Russian mercenaries who fight alongside the army lost two men, the separatists said."),
    ("en", "Russian mercenaries and Malian troops killed 12 civilians in the village of Moura on Sunday, residents "
           "said. The army said it had killed terrorists."),
    ("fr", "Les séparatistes ont attaqué jeudi l'armée près de Tinzaouaten. Ils affirment avoir tué 30 "
           "« mercenaires » et 12 soldats."),
]


def _documents() -> list[dict]:
    docs = []
    for i in range(24):
        language, text = TEXTS[i % 3]
        published = date((2023, 2026)[(i // 3) % 2], 6, 10 + i // 6)
        docs.append({"id": f"t{i:02}", "outlet": f"Outlet {i % 4}", "title": f"Report {i}", "language": language,
                     "published": published.isoformat(), "text": f"{text}\n\n(ref. {i:02})"})  # not a duplicate
    return docs


def _ingest(db, docs: list[dict], threads: int) -> dict:
    """Post each document in its own request, from ``threads`` threads; what the store then holds."""
    app = create_app(f"sqlite:///{db}", tokens={TOKEN: "alice"}, warm=False)
    with TestClient(app) as client:
        def post(doc: dict) -> dict:
            r = client.post("/api/ingest", json=[doc], headers=AUTH)
            assert r.status_code == 200, r.text
            return r.json()

        if threads == 1:
            answers = [post(d) for d in docs]
        else:
            with ThreadPoolExecutor(threads) as pool:
                answers = list(pool.map(post, docs))
    assert [a["documents"] for a in answers] == [[d["id"]] for d in docs]
    with Store(f"sqlite:///{db}") as store:
        events: dict[str, list[dict]] = {}
        for e in store.events():
            events.setdefault(e["document_id"], []).append({k: v for k, v in e.items() if k != "ingested_at"})
        incidents = store.incidents()
        fresh = [assemble(i["id"], store.events_by_id(i["events"])) for i in incidents]
    return {"events": events, "incidents": _canonical(incidents), "assembled now": _canonical(fresh)}


def _canonical(obj):
    return json.loads(json.dumps(obj, sort_keys=True))


def test_the_documents_depend_on_their_year(tmp_path):
    events = _ingest(tmp_path / "one.db", _documents()[:6], 1)["events"]
    actors = {d: {a["name"] for e in evs for a in e["actors"]} for d, evs in events.items()}
    assert "Wagner Group" in actors["t01"] and "Africa Corps (Russia)" in actors["t04"]
    assert "Azawad Liberation Front (FLA)" in actors["t03"] and "Azawad Liberation Front (FLA)" not in actors["t00"]
    assert events["t00"][0]["date"].startswith("2023") and events["t03"][0]["date"].startswith("2026")


def test_concurrent_api_ingests_give_the_store_of_one_thread(tmp_path):
    docs = _documents()
    alone = _ingest(tmp_path / "alone.db", docs, 1)
    assert len(alone["events"]) == len(docs) and len(alone["incidents"]) < sum(map(len, alone["events"].values()))
    assert alone["incidents"] == alone["assembled now"]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to give a mix-up every chance
    try:
        for run in range(2):
            together = _ingest(tmp_path / f"together{run}.db", docs, 8)
            assert [d for d in alone["events"] if alone["events"][d] != together["events"].get(d)] == []
            assert together["incidents"] == together["assembled now"]  # every saved record is up to date
            assert together["incidents"] == alone["incidents"]
    finally:
        sys.setswitchinterval(switch)
