from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from conftest import script, sqlite_only

from fogline.records import Actor, Claim, Document, Event, Evidence, Extraction, Place
from fogline.store import Store, StoreError, resolve_db_url

pytestmark = pytest.mark.usefixtures("backend")
store_dump = script("kill_test").store_dump

SEED = (
    "Azawad separatist fighters ambushed a convoy of Malian troops and Russian Africa Corps "
    "on Friday in the Kidal region. The FLA said dozens of Africa Corps members were killed "
    "and 21 vehicles destroyed. The Malian army said 10 attackers were killed."
)


FLA_NAME = "Azawad Liberation Front (FLA)"


def _span(text: str, phrase: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Evidence.of(text, start, start + len(phrase))


def make_extraction(doc_id: str = "seed-000", text: str = SEED, *, ev_prefix: str | None = None,
                    country: str = "Mali", iso3: str = "MLI", when: str | None = "2025-06-13",
                    fla: str = "Azawad Liberation Front (FLA)", n_events: int = 1,
                    coords: bool = True) -> dict:
    prefix = ev_prefix or doc_id
    doc = Document(id=doc_id, text=text, published=date(2025, 6, 15), url=f"https://example.org/{doc_id}",
                   outlet="Example News", title=f"Title {doc_id}")
    events = []
    for n in range(n_events):
        place = Place(location=None, country=country, iso3=iso3, admin1="Kidal",
                      latitude=18.44 if coords else None, longitude=1.41 if coords else None,
                      geo_precision=3, evidence=_span(text, "Kidal") if "Kidal" in text else None)
        claims = [
            Claim("killed", "Africa Corps (Russia)", 12, None, fla, "claimed",
                  _span(text, "dozens") if "dozens" in text else Evidence.of(text, 0, 5), vague=True,
                  claimant_evidence=_span(text, "FLA") if "FLA" in text else None, id=f"{prefix}-e{n}-c1"),
            Claim("vehicles destroyed", "Military Forces of Mali (FAMa)", 21, 21, fla, "claimed",
                  Evidence.of(text, 0, 10), id=f"{prefix}-e{n}-c2"),
            Claim("killed", fla, 10, 10, "Military Forces of Mali (FAMa)", "claimed",
                  Evidence.of(text, 5, 15), id=f"{prefix}-e{n}-c3"),
        ]
        events.append(Event(
            id=f"{prefix}-e{n}", event_type="Battles", sub_event_type="Armed clash", date=when,
            date_precision="day" if when else None, place=place,
            actors=[Actor(fla, "rebel group", "A", "Mali", [Evidence.of(text, 0, 8)]),
                    Actor("Military Forces of Mali (FAMa)", "state forces", "B", "Mali"),
                    Actor("Africa Corps (Russia)", "foreign forces", "B", "Russia")],
            claims=claims, evidence=[Evidence.of(text, 27, 36)],
            date_evidence=Evidence.of(text, 0, 3) if when else None, fatalities=10, confidence=0.8))
    x = Extraction(doc, events, warnings=["test"]).to_dict()
    x["document"]["text"] = text
    return x


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'fog.db'}")
    yield s
    s.close()


def _strip_doc_fields(ev: dict) -> dict:
    return {k: v for k, v in ev.items() if k not in {
        "document_id", "outlet", "url", "published", "language", "title", "ingested_at", "document_text"}}


def test_add_then_unchanged(store):
    x = make_extraction()
    assert store.add(x) == "added"
    assert store.counts() == {"documents": 1, "events": 1, "claims": 3}
    assert store.add(x) == "unchanged"
    assert store.counts() == {"documents": 1, "events": 1, "claims": 3}


def test_round_trip_matches_schema_shape(store):
    x = make_extraction()
    store.add(x)
    [ev] = store.events()
    assert _strip_doc_fields(ev) == x["events"][0]
    assert ev["document_id"] == "seed-000"
    assert ev["outlet"] == "Example News"
    assert ev["published"] == "2025-06-15"
    assert ev["language"] == "en"
    assert ev["title"] == "Title seed-000"
    assert ev["url"] == "https://example.org/seed-000"
    assert ev["ingested_at"]


def test_updated_text_replaces_events(store):
    assert store.add(make_extraction(n_events=2)) == "added"
    assert store.counts() == {"documents": 1, "events": 2, "claims": 6}
    new_text = SEED + " Residents said the fighting lasted hours."
    x2 = make_extraction(text=new_text, n_events=1)
    assert store.add(x2) == "updated"
    assert store.counts() == {"documents": 1, "events": 1, "claims": 3}
    assert [e["id"] for e in store.events()] == ["seed-000-e0"]
    assert store.document("seed-000")["text"] == new_text
    assert store.event("seed-000-e0")["document_text"] == new_text
    assert store.add(x2) == "unchanged"


def test_same_text_other_id_is_duplicate(store):
    store.add(make_extraction("a"))
    assert store.add(make_extraction("b")) == "unchanged"
    assert store.counts()["documents"] == 1
    assert [d["id"] for d in store.documents()] == ["a"]


def test_sha_mismatch_rejected(store):
    x = make_extraction()
    x["document"]["text_sha256"] = "0" * 64
    with pytest.raises(ValueError):
        store.add(x)
    assert store.counts() == {"documents": 0, "events": 0, "claims": 0}


def test_event_id_collision_writes_nothing(store):
    store.add(make_extraction("a", ev_prefix="same"))
    with pytest.raises(StoreError) as err:  # one line naming the document, the same on every backend
        store.add(make_extraction("b", SEED + " more", ev_prefix="same"))
    assert str(err.value).startswith("document b: ") and "INSERT" not in str(err.value) and "\n" not in str(err.value)
    assert store.counts() == {"documents": 1, "events": 1, "claims": 3}
    assert store.document("b") is None


def _texts(n: int) -> list[str]:
    return [f"{SEED} Report {i}." for i in range(n)]


def test_filters(store):
    t = _texts(5)
    store.add(make_extraction("d1", t[0], when="2025-06-13"))
    store.add(make_extraction("d2", t[1], when="2025-06-01", country="Burkina Faso", iso3="BFA"))
    jnim = "JNIM: Group for Support of Islam and Muslims"
    store.add(make_extraction("d3", t[2], when="2025-07-02", fla=jnim))
    store.add(make_extraction("d4", t[3], when=None))
    store.add(make_extraction("d5", t[4], when="2025-06-13", fla="Forces Armées Étrangères"))

    # sorted by date then id, undated last
    assert [e["id"] for e in store.events()] == ["d2-e0", "d1-e0", "d5-e0", "d3-e0", "d4-e0"]
    assert {e["id"] for e in store.events(country="mali")} == {"d1-e0", "d3-e0", "d4-e0", "d5-e0"}
    assert [e["id"] for e in store.events(country="BFA")] == ["d2-e0"]
    assert [e["id"] for e in store.events(since=date(2025, 6, 13), until=date(2025, 6, 30))] == [
        "d1-e0", "d5-e0"]
    assert [e["id"] for e in store.events(since="2025-07-01")] == ["d3-e0"]
    assert [e["id"] for e in store.events(until=date(2025, 6, 1))] == ["d2-e0"]
    assert [e["id"] for e in store.events(actor="jnim")] == ["d3-e0"]
    assert [e["id"] for e in store.events(actor="ARMÉES")] == ["d5-e0"]
    assert len(store.events(actor="africa corps")) == 5  # every event has it on side B
    assert store.events(actor="100%") == []  # LIKE wildcards are escaped
    assert len(store.events(event_type="battles")) == 5
    assert len(store.events(event_type="ARMED CLASH")) == 5
    assert store.events(event_type="Protests") == []
    assert [e["id"] for e in store.events(limit=2)] == ["d2-e0", "d1-e0"]
    assert [e["id"] for e in store.events(country="Mali", actor="fla", since="2025-06-13")] == ["d1-e0"]


def test_event_and_document(store):
    x = make_extraction()
    store.add(x)
    ev = store.event("seed-000-e0")
    assert ev is not None
    assert ev["document_text"] == SEED
    for c in ev["claims"]:
        e = c["evidence"]
        assert SEED[e["start"]:e["end"]] == e["text"]
    assert ev["claims"][0]["claimant_evidence"]["text"] == "FLA"
    assert ev["claims"][1]["claimant_evidence"] is None
    assert ev["location_evidence"]["text"] == "Kidal"
    assert store.event("nope") is None

    doc = store.document("seed-000")
    assert doc["text"] == SEED and doc["warnings"] == ["test"] and doc["event_ids"] == ["seed-000-e0"]
    assert doc["text_sha256"] == x["document"]["text_sha256"]
    assert store.document("nope") is None
    [meta] = store.documents()
    assert meta["event_count"] == 1 and "text" not in meta


def test_reopen_persists(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with Store(url) as s:
        s.add(make_extraction())
    with Store(url) as s:
        assert s.counts()["events"] == 1
        assert s.add(make_extraction()) == "unchanged"


def test_add_many(store):
    xs = [make_extraction(f"d{i}", t) for i, t in enumerate(_texts(3))]
    assert store.add_many(xs + xs[:1]) == ["added", "added", "added", "unchanged"]


def test_a_batch_stores_what_one_add_after_another_stores(tmp_path, backend):
    """New documents go in together; those sharing an id, a text or a URL with the batch or the store keep
    the statuses and the outcome of adding them one by one."""
    sqlite_only(backend, "two fresh stores compared row by row")
    t = _texts(5)
    already = make_extraction("old", t[0])
    batch = [make_extraction("a", t[1]), make_extraction("b", t[2]),
             make_extraction("a", t[3], ev_prefix="a2"),   # same id, other text: updated
             make_extraction("c", t[2], ev_prefix="c"),    # same text as b: unchanged
             make_extraction("old", t[0]),                 # stored already: unchanged
             make_extraction("d", t[4])]
    batch[-1]["document"]["url"] = batch[1]["document"]["url"]  # b's page updated: replaces b
    paths = [tmp_path / f"{name}.db" for name in ("one", "batch")]
    stores = [Store(f"sqlite:///{p}") for p in paths]
    try:
        for s in stores:
            s.add(already)
        one_by_one = [stores[0].add(x) for x in batch]
        assert stores[1].add_batch(batch) == one_by_one == \
            ["added", "added", "updated", "unchanged", "unchanged", "updated"]
        assert store_dump(paths[1]) == store_dump(paths[0])
    finally:
        for s in stores:
            s.close()


def test_a_bad_document_in_a_batch_costs_only_itself(store):
    t = _texts(3)
    bad = make_extraction("bad", t[1])
    bad["events"][0]["date"] = "yesterday"
    clash = make_extraction("clash", t[2], ev_prefix="good")  # its event id is taken by "good"
    results = store.add_batch([make_extraction("good", t[0]), bad, clash])
    assert results[0] == "added"
    assert isinstance(results[1], ValueError) and "yesterday" in str(results[1])
    assert isinstance(results[2], StoreError)
    assert store.counts()["documents"] == 1 and store.pending() == ["good"]


def test_sqlite_pragmas_and_plain_tables(tmp_path, backend):
    sqlite_only(backend, "pragmas, and the file read with the sqlite3 module")
    path = tmp_path / "plain.db"
    with Store(f"sqlite:///{path}") as s:
        s.add(make_extraction())
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # a plain SQLite database: readable columns without SQLAlchemy
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT what, of_actor, low, high, claimant, status FROM claims "
                          "ORDER BY event_id, seq LIMIT 1").fetchone()
        assert row == ("killed", "Africa Corps (Russia)", 12, None, FLA_NAME, "claimed")
        assert con.execute("SELECT date, country FROM events").fetchone() == ("2025-06-13", "Mali")
        assert con.execute("SELECT count(*) FROM actors").fetchone() == (3,)
    finally:
        con.close()


def test_resolve_db_url(tmp_path, monkeypatch, backend):
    sqlite_only(backend, "plain paths are SQLite files")
    monkeypatch.delenv("FOGLINE_DB", raising=False)
    assert resolve_db_url(None) == "sqlite:///fogline.db"
    assert resolve_db_url("x.db") == "sqlite:///x.db"
    assert resolve_db_url("/tmp/x.db") == "sqlite:////tmp/x.db"
    assert resolve_db_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("FOGLINE_DB", str(env_db))
    assert resolve_db_url(None) == f"sqlite:///{env_db}"
    assert resolve_db_url("other.db") == "sqlite:///other.db"  # explicit wins
    with Store(resolve_db_url(None)) as s:
        s.add(make_extraction())
    assert env_db.exists()
    monkeypatch.setenv("FOGLINE_DB", "sqlite:///" + str(tmp_path / "url.db"))
    assert resolve_db_url(None) == "sqlite:///" + str(tmp_path / "url.db")


class Boom(RuntimeError):
    pass


def _failing_insert(original):
    def insert(self, conn, event_rows, claim_rows, actor_rows):
        original(self, conn, event_rows, [], actor_rows)  # events and actors written ...
        raise Boom("disk on fire")  # ... then the claims fail
    return insert


def test_failure_mid_add_leaves_nothing(store, monkeypatch):
    monkeypatch.setattr(Store, "_insert_children", _failing_insert(Store._insert_children))
    with pytest.raises(Boom):
        store.add(make_extraction())
    assert store.counts() == {"documents": 0, "events": 0, "claims": 0}
    assert store.documents() == []


def test_failure_mid_update_keeps_old_version(store, monkeypatch):
    store.add(make_extraction(n_events=2))
    before = store.events()
    monkeypatch.setattr(Store, "_insert_children", _failing_insert(Store._insert_children))
    with pytest.raises(Boom):
        store.add(make_extraction(text=SEED + " Updated.", n_events=1))
    assert store.counts() == {"documents": 1, "events": 2, "claims": 6}
    assert store.events() == before
    assert store.document("seed-000")["text"] == SEED
    monkeypatch.undo()
    assert store.add(make_extraction(text=SEED + " Updated.", n_events=1)) == "updated"


def test_sql_filters_keep_what_the_one_meaning_keeps(store):
    """SQL only narrows: for every filter, ``events`` returns what ``matches`` keeps of all events, with a limit."""
    from fogline.store import Filters, matches

    t = _texts(5)
    store.add(make_extraction("d1", t[0], when="2025-06-13"))
    store.add(make_extraction("d2", t[1], when="2025-06-01", country="Côte d'Ivoire", iso3="CIV"))
    store.add(make_extraction("d3", t[2], when="2025-07-02", fla="JNIM: Group for Support of Islam and Muslims"))
    store.add(make_extraction("d4", t[3], when=None))
    store.add(make_extraction("d5", t[4], when="2025-06-13", fla="Forces Armées Étrangères"))
    every = store.events()
    cases = [Filters(), Filters(country="mali"), Filters(country="CÔTE D'IVOIRE"), Filters(country="civ"),
             Filters(since="2025-06-13"), Filters(until="2025-06-13", country="Mali"), Filters(actor="ARMÉES"),
             Filters(actor="jnim", type="armed clash"), Filters(type="BATTLES"), Filters(admin1="KIDAL"),
             Filters(q="report 3"), Filters(language="en"), Filters(language="fr"), Filters(status="accepted"),
             Filters(status="unreviewed"), Filters(grade="weak")]
    for f in cases:
        text_docs = set(store.documents_matching(f.q)) if f.q else None  # "report 3" is in d4's text
        expected = [e["id"] for e in every if matches(e, f, text_docs)]
        assert [e["id"] for e in store.events(f)] == expected, f
        assert [e["id"] for e in store.events(f, limit=2)] == expected[:2], f
    assert [e["id"] for e in store.events(country="CÔTE D'IVOIRE")] == ["d2-e0"]


# -- the same limits and errors on every backend ------------------------------------------------------
@pytest.mark.parametrize("change, message", [
    (lambda x: x["document"].update(id="d" * 300), ": id: longer than 255 characters (300)"),
    (lambda x: x["document"].update(text=x["document"]["text"] + "\x00", text_sha256=None),
     "document seed-000: text: contains a NUL character"),
    (lambda x: x["document"].update(outlet=42), "outlet: not a string: 42 (int)"),
    (lambda x: x["document"].update(title=["a", "list"]), "title: not a string: ['a', 'list'] (list)"),
    (lambda x: x["document"].update(language="x" * 40), "language: longer than 16 characters (40)"),
    (lambda x: x["events"][0].update(fatalities="ten"), "fatalities: not a whole number: 'ten' (str)"),
    (lambda x: x["events"][0].update(fatalities=2**40), "fatalities: out of range"),
    (lambda x: x["events"][0].update(latitude="north"), "latitude: not a number: 'north' (str)"),
    (lambda x: x["events"][0].update(fatalities=True), "fatalities: not a whole number: True (bool)"),
    (lambda x: x["events"][0].update(fatalities=-2**40), "fatalities: out of range"),
    (lambda x: x["events"][0].update(longitude=False), "longitude: not a number: False (bool)"),
    (lambda x: x["events"][0]["claims"][0].update(claimant="A\x00B"), "claimant: contains a NUL character"),
    (lambda x: x["events"][0]["actors"][0].update(side="AB"), "side: longer than 1 characters (2)"),
    (lambda x: x["document"].update(published="yesterday"), "published: not an ISO date: 'yesterday'"),
])
def test_values_a_backend_would_refuse_are_refused_in_one_line_on_every_backend(store, change, message):
    x = make_extraction()
    change(x)
    with pytest.raises(ValueError) as err:
        store.add(x)
    text = str(err.value)
    assert message in text and "\n" not in text and "INSERT" not in text and len(text) < 200, text
    assert store.counts()["documents"] == 0  # nothing written


@pytest.mark.parametrize("change, message", [
    (lambda x: x["events"][0]["claims"][0].update(claimant="A\x00B"), "document seed-000, claim seed-000-e0: "),
    (lambda x: x["events"][0]["actors"][0].update(kind=["x"]), "document seed-000, actor seed-000-e0: kind: "),
    (lambda x: x["events"][0].update(grade=3), "document seed-000, event seed-000-e0: grade: not a string: 3"),
    (lambda x: x["events"][0]["claims"][0].update(low=1.5), "claim seed-000-e0: low: not a whole number: 1.5"),
])
def test_a_refused_value_names_its_row(store, change, message):
    """The row is named only when a value is refused (worked out lazily): the name says which one."""
    x = make_extraction()
    change(x)
    with pytest.raises(ValueError) as err:
        store.add(x)
    assert message in str(err.value), str(err.value)


def test_a_record_with_wrong_types_is_named_by_the_ingest(tmp_path, capsys):
    from fogline.cli import main

    feed = tmp_path / "bad.jsonl"
    good = {"id": "ok", "text": SEED, "published": "2025-06-15", "language": "en"}
    feed.write_text("\n".join(json.dumps(r) for r in [
        good, {**good, "id": "long" * 80, "text": SEED + " 2"}, {**good, "id": "nul", "text": SEED + "\x00"}]) + "\n")
    assert main(["ingest", str(feed), "--db", str(tmp_path / "s.db")]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 2 and all(len(line) < 400 for line in lines), err
    assert "longer than 255 characters" in lines[0] and "NUL character" in lines[1]
    with Store(f"sqlite:///{tmp_path / 's.db'}") as s:
        assert [d["id"] for d in s.documents()] == ["ok"]
