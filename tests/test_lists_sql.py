"""Incident lists from the database: SQL filters that mean what ``filters.matches`` means (on reviewed values),
keyset pages, the timeline, facets and map aggregates, and the shown values kept up to date on every write."""

import importlib
import itertools
import warnings
from datetime import date

import pytest
import sqlalchemy as sa

from fogline import pipeline
from fogline.cli import main as cli_main
from fogline.store import Filters, Store, matches
from fogline.store.incidents import CursorError

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


from fogline.serve import create_app

aggregates_mod = importlib.import_module("fogline.store.aggregates")
pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.usefixtures("backend")]

TOKEN = "t0k-lists-sql-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def store(db):
    with Store(f"sqlite:///{db}") as s:
        yield s


def _review(store, inc, field, value, action="edit"):
    store.set_review(inc, field, value, who="tester", action=action)


def _reviewed_store(store):
    """Reviews of every kind on a few incidents: edits of the filtered fields, a note, accept and reject."""
    rows = store.incident_rows()
    a, b, c, d = (r["id"] for r in rows[:4])
    _review(store, a, "country", "Ruritania")
    _review(store, a, "admin1", "Östervik")
    _review(store, a, "note", "Checked against the Zembla wire")
    _review(store, b, "event_type", "Riots")
    _review(store, b, "date", "1999-12-31")
    _review(store, b, "fatalities", 321)
    _review(store, c, "status", "accepted", action="accept")
    _review(store, d, "status", "rejected", action="reject")
    _review(store, d, "grade", "weak")
    return a, b, c, d


def _filter_sets(rows):
    """Filters built from the values in the store (and some that match nothing), one field and two at a time."""
    one = [("since", "2025-10-01"), ("until", "2025-09-20"), ("since", "1999-01-01"), ("country", "ruritania"),
           ("country", "MLI"), ("country", "mali"), ("admin1", "ÖSTERVIK"), ("admin1", "kidal"), ("actor", "front"),
           ("actor", "a%b"), ("type", "riots"), ("type", "Armed clash"), ("grade", "weak"), ("grade", "fair"),
           ("language", "fr"), ("language", "en"), ("status", "accepted"), ("status", "rejected"),
           ("status", "unreviewed"), ("status", "not-rejected"), ("q", "zembla"), ("q", "ambush"), ("q", "100%"),
           ("q", "soldiers were killed"), ("q", "TESSALIT"), ("country", "Nowhere")]
    for r in rows:
        one += [("country", r["country"]), ("admin1", r["admin1"]), ("type", r["sub_event_type"])]
    one = [kv for kv in dict.fromkeys(one) if kv[1]]
    yield from ({k: v} for k, v in one)
    for (k1, v1), (k2, v2) in itertools.combinations(one[:20], 2):
        if k1 != k2:
            yield {k1: v1, k2: v2}


def test_sql_filters_keep_what_matches_keeps_on_reviewed_values(store):
    a, b, c, d = _reviewed_store(store)
    everything = store.incident_rows()
    assert next(r for r in everything if r["id"] == a)["country"] == "Ruritania"
    tried = 0
    for kw in _filter_sets(everything):
        f = Filters(**kw)
        text_docs = set(store.documents_matching(f.q)) if f.q else None
        want = [r["id"] for r in everything if matches(r, f, text_docs)]
        assert [r["id"] for r in store.incident_rows(f)] == want, kw
        tried += 1
    assert tried > 100
    # what an analyst changed is what the filters see
    assert [r["id"] for r in store.incident_rows(Filters(country="ruritania"))] == [a]
    assert a in {r["id"] for r in store.incident_rows(Filters(q="zembla"))}
    assert [r["id"] for r in store.incident_rows(Filters(status="accepted"))] == [c]
    assert d not in {r["id"] for r in store.incident_rows(Filters(status="not-rejected"))}
    assert [r["id"] for r in store.incident_rows(Filters(until="2000-01-01"))] == [b]


def test_a_revert_and_a_merge_keep_the_shown_values_in_step(store):
    rows = store.incident_rows()
    a, other = rows[0]["id"], rows[-1]["id"]
    fused_country = rows[0]["country"]
    _review(store, a, "country", "Ruritania")
    assert [r["id"] for r in store.incident_rows(Filters(country="Ruritania"))] == [a]
    _review(store, a, "country", None, action="revert")
    assert store.incident_rows(Filters(country="Ruritania")) == []
    assert a in {r["id"] for r in store.incident_rows(Filters(country=fused_country))}
    _review(store, a, "fatalities", 4321)
    merged = pipeline.merge(store, a, other)  # the review follows the events into the merged incident
    got = store.incident_rows(Filters(q="4321"))
    assert [r["id"] for r in got] == [merged] and got[0]["fatalities"] == 4321
    assert store.incident_totals(Filters(q="4321")) == {"incidents": 1, "fatalities": 4321}
    assert store.incident_summaries()[0].get("review") is None  # the fused values, without the review


def test_keyset_pages_walk_the_whole_list_in_order(store):
    _reviewed_store(store)  # an undated-first / reviewed date among them
    everything = [r["id"] for r in store.incident_rows()]
    for descending in (False, True):
        got, cursor = [], None
        while True:
            page, cursor = store.incident_page(limit=3, cursor=cursor, descending=descending)
            assert len(page) <= 3
            got += [r["id"] for r in page]
            if cursor is None:
                break
        assert got == (everything[::-1] if descending else everything)
    f = Filters(language="en")
    first, cursor = store.incident_page(f, limit=2)
    rest, _ = store.incident_page(f, limit=1000, cursor=cursor)
    assert [r["id"] for r in first + rest] == [r["id"] for r in store.incident_rows(f)]
    for bad in ("nonsense", "WzEsMl0", "!!"):
        with pytest.raises(CursorError):
            store.incident_page(limit=2, cursor=bad)


def test_timeline_and_facets_are_the_rows_added_up(store):
    a, b, *_ = _reviewed_store(store)
    rows = store.incident_rows()
    want: dict = {}
    for r in rows:
        if r["date"]:
            d = date.fromisoformat(r["date"])
            wk = date.fromordinal(d.toordinal() - d.weekday()).isoformat()
            cell = want.setdefault(wk, {}).setdefault(r["event_type"] or "?", {"incidents": 0, "fatalities": 0})
            cell["incidents"] += 1
            cell["fatalities"] += r["fatalities"] or 0
    assert store.incident_timeline() == [{"week": w, "by_type": want[w]} for w in sorted(want)]
    assert store.incident_timeline()[0]["week"] == "1999-12-27"  # b's reviewed date, a Friday
    facets = store.incident_facets()
    assert "Ruritania" in facets["countries"] and facets["admin1"]["Ruritania"] == ["Östervik"]
    assert "Riots" in facets["types"] and facets["dates"][0] == "1999-12-31"
    assert facets["languages"] == sorted({x for r in rows for x in r["languages"]})
    counts: dict = {}
    for r in rows:
        for x in r["actors"]:
            counts[x["name"]] = counts.get(x["name"], 0) + 1
    assert facets["actors"] == sorted(counts, key=lambda n: (-counts[n], n))
    # kept until the incidents change: a review is seen by the next call
    _review(store, b, "fatalities", 5)
    assert sum(c["fatalities"] for w in store.incident_timeline() for c in w["by_type"].values()) == \
        sum(r["fatalities"] or 0 for r in store.incident_rows() if r["date"])


def test_the_map_sends_points_or_grid_cells_for_the_view(store, monkeypatch):
    rows = [r for r in store.incident_rows() if r["latitude"] is not None]
    got = store.incident_map(cell=1)
    assert {p["id"] for p in got["points"]} == {r["id"] for r in rows} and got["total"] == len(rows)
    assert got["extent"] == [min(r["longitude"] for r in rows), min(r["latitude"] for r in rows),
                             max(r["longitude"] for r in rows), max(r["latitude"] for r in rows)]
    monkeypatch.setattr(aggregates_mod, "POINTS_MAX", 2)
    cells = store.incident_map(Filters(), None, 4)["cells"]
    assert sum(c["n"] for c in cells) == len(rows)
    assert sum(c["fatalities"] for c in cells) == sum(r["fatalities"] or 0 for r in rows)
    for c in cells:  # each cell: its incidents' box, mean inside it, one 4-degree grid square
        w, s, e, n = c["bbox"]
        assert w <= c["lon"] <= e and s <= c["lat"] <= n
        assert int((w + 180) // 4) == int((e + 180) // 4) and int((s + 90) // 4) == int((n + 90) // 4)
        assert (c["n"] == 1) == ("id" in c)
    mali = [r for r in rows if r["iso3"] == "MLI"]
    box = (min(r["longitude"] for r in mali), min(r["latitude"] for r in mali),
           max(r["longitude"] for r in mali), max(r["latitude"] for r in mali))
    inside = [r for r in rows
              if box[0] - 1 <= r["longitude"] <= box[2] + 1 and box[1] - 1 <= r["latitude"] <= box[3] + 1]
    monkeypatch.setattr(aggregates_mod, "POINTS_MAX", 1500)
    near = store.incident_map(Filters(), (box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1), 1)
    assert {p["id"] for p in near["points"]} >= {r["id"] for r in inside} and near["total"] < len(rows)


def test_the_api_pages_with_a_cursor_and_says_what_is_wrong(db):
    with TestClient(create_app(f"sqlite:///{db}", tokens={TOKEN: "ana"}, warm=False)) as c:
        every = c.get("/api/summaries").json()
        assert every["next_cursor"] is None and every["total"] == len(every["rows"]) > 4
        ids, cursor = [], None
        while True:
            more = {"cursor": cursor} if cursor else {}
            page = c.get("/api/summaries", params={"limit": 4, "order": "desc", **more})
            assert page.status_code == 200 and page.json()["total"] == every["total"]
            ids += [r[0] for r in page.json()["rows"]]
            cursor = page.json()["next_cursor"]
            if not cursor:
                break
        assert ids == [r[0] for r in every["rows"]][::-1]
        full = c.get("/api/incidents", params={"limit": 3}).json()
        more = c.get("/api/incidents", params={"limit": 100, "cursor": full["next_cursor"]}).json()
        assert [i["id"] for i in full["incidents"] + more["incidents"]] == [r[0] for r in every["rows"]]
        assert more["next_cursor"] is None and all("review" in i for i in full["incidents"])
        r = c.get("/api/summaries", params={"limit": 2, "cursor": "garbage"})
        assert r.status_code == 422 and "cursor" in r.json()["detail"]
        assert c.get("/api/map", params={"bbox": "1,2,3"}).status_code == 422
        assert c.get("/api/map", params={"bbox": "0,10,5,nan"}).status_code == 422
        assert c.get("/api/map", params={"cell": 0}).status_code == 422
        inc = every["rows"][0][0]
        assert c.post(f"/api/incidents/{inc}/review", json={"action": "edit", "field": "country", "value": "Zembla"},
                      headers=AUTH).status_code == 200
        assert [r[0] for r in c.get("/api/summaries", params={"country": "zembla"}).json()["rows"]] == [inc]
        assert "Zembla" in c.get("/api/facets").json()["countries"]
        tl = c.get("/api/timeline", params={"country": "zembla"}).json()["weeks"]
        assert sum(x["incidents"] for w in tl for x in w["by_type"].values()) == 1
        m = c.get("/api/map", params={"country": "zembla", "bbox": "-180,-90,180,90", "cell": 2}).json()
        assert [p[0] for p in m["points"]] == [inc] and m["columns"][0] == "id"


def test_a_store_of_revision_0002_gets_its_list_rows_and_keeps_its_reviews(db, capsys):
    from alembic import command

    from fogline.store import meta, migrate

    with Store(f"sqlite:///{db}") as store:
        inc = store.incident_rows()[0]["id"]
        _review(store, inc, "country", "Ruritania")
        before = store.incident_rows()
        with store.engine.begin() as conn:  # back to what 0002 had: no incident_list, format 1
            command.downgrade(migrate._config(conn), "0002")
            conn.execute(sa.update(meta).where(meta.c.key == "incident_format").values(value="1"))
        with store.engine.connect() as conn:
            assert "incident_list" not in sa.inspect(conn).get_table_names()
    assert cli_main(["incidents", "--db", str(db), "--country", "ruritania", "--format", "json"]) == 0
    out = capsys.readouterr()
    assert inc in out.out and "older version" in out.err
    with Store(f"sqlite:///{db}") as store:
        assert store.schema_revisions[1] == migrate.HEAD
        assert store.incident_rows() == before
        assert [r["id"] for r in store.incident_rows(Filters(country="ruritania"))] == [inc]


def test_kept_answers_change_with_any_write_even_from_another_process(db):
    with TestClient(create_app(f"sqlite:///{db}", warm=False)) as c:
        url = "/api/summaries?limit=3&order=desc"
        first = c.get(url, headers={"Accept-Encoding": "gzip"})
        again = c.get(url, headers={"Accept-Encoding": "gzip"})
        assert first.content == again.content and again.headers["content-security-policy"]
        inc = first.json()["rows"][0][0]
        weeks = c.get("/api/timeline").json()
        with Store(f"sqlite:///{db}") as other:  # another writer: the CLI, a second server
            _review(other, inc, "fatalities", 98765)
        now = c.get(url, headers={"Accept-Encoding": "gzip"}).json()
        assert now["rows"][0][9] == 98765 and now["fatalities"] == first.json()["fatalities"] + 98765 - \
            (first.json()["rows"][0][9] or 0)
        assert c.get("/api/timeline").json() != weeks
        assert c.get(url).json() == now  # without gzip: the same answer
