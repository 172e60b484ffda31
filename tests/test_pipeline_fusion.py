"""Fusion shared among an ingest's workers (``pipeline.fusion._fuse``): by groups of countries, with the result
of one process."""

from datetime import date

import pytest

from fogline.fuse import EventSketch, fuse
from fogline.pipeline import start_workers
from fogline.pipeline.collector import collector_paused
from fogline.pipeline.fusion import _country_groups, _fuse

DAY = date(2025, 3, 4).toordinal()
TOWNS = {"Atlantis": (12.0, 3.0), "Borduria": (45.0, 20.0), "Carpania": (-8.0, 30.0)}


def _sketch(i: int, country: str, *, day: int = DAY, town: str = "alpha", kind: str = "Battles") -> EventSketch:
    lat, lon = TOWNS[country]
    return EventSketch(f"d{i}:e1", f"d{i}", kind, "Armed clash", day, "day", country, f"{country} North", town,
                       lat, lon, frozenset({"Rebels of the Hills"}), frozenset({"attac"}), 1)


def _feed() -> list[EventSketch]:
    """Three countries; in each, three reports of one clash, two of another a week later elsewhere, and one
    odd report of another kind."""
    out, i = [], 0
    for country in TOWNS:
        for day, town, n in ((DAY, "alpha", 3), (DAY + 7, "beta", 2)):
            for _ in range(n):
                out.append(_sketch(i, country, day=day, town=town))
                i += 1
        out.append(_sketch(i, country, town="gamma", kind="Protests"))
        i += 1
    return out


@pytest.fixture(scope="module")
def pool():
    workers = start_workers(2)
    yield workers
    workers.shutdown()


def test_countries_fused_apart_give_the_incidents_of_one_fusion(pool):
    sketches = _feed()
    one = fuse(sketches)
    assert len(set(one.values())) < len(sketches)  # reports were joined
    assert _fuse(sketches, [], [], pool) == one
    assert _fuse(list(reversed(sketches)), [], [], pool) == one


def test_a_must_link_across_countries_keeps_them_in_one_group(pool):
    sketches = _feed()
    a = next(s for s in sketches if s.country == "Atlantis" and s.location == "gamma")
    b = next(s for s in sketches if s.country == "Carpania" and s.location == "beta")
    must, cannot = [(a.id, b.id)], [(sketches[0].id, sketches[1].id)]
    groups = _country_groups(sketches, must, 2)
    assert len(groups) == 2 and sum(map(len, groups)) == len(sketches)
    assert any(a in g and b in g for g in groups)
    one = fuse(sketches, must_link=must, cannot_link=cannot)
    assert one[a.id] == one[b.id] and one[sketches[0].id] != one[sketches[1].id]
    assert _fuse(sketches, must, cannot, pool) == one


def test_one_country_or_one_job_is_not_split():
    sketches = [s for s in _feed() if s.country == "Borduria"]
    assert _country_groups(sketches, [], 2) == []
    assert _country_groups(_feed(), [], 1) == []
    assert _fuse(sketches, [], [], None) == fuse(sketches)


def test_workers_assemble_what_they_are_handed_or_read_themselves_alike(capsys, tmp_path, monkeypatch):
    """Small fusions hand the workers the events they assemble; large ones (past ``HAND_OVER``) let them read
    the store: the same store as one process either way."""
    from conftest import SAMPLES, store_rows

    from fogline.cli import main
    from fogline.pipeline import fusion

    stores = []
    for jobs, hand_over in (("1", fusion.HAND_OVER), ("2", fusion.HAND_OVER), ("2", 0)):
        monkeypatch.setattr(fusion, "HAND_OVER", hand_over)
        db = tmp_path / f"j{jobs}-{hand_over}.db"
        assert main(["ingest", str(SAMPLES), "--db", str(db), "--jobs", jobs]) == 0
        stores.append(store_rows(db))
    capsys.readouterr()
    assert stores[0][2] and stores[0] == stores[1] == stores[2]


def test_the_events_handed_to_a_worker_need_no_sqlalchemy_to_unpickle(tmp_path, capsys):
    """What a worker is handed to assemble holds plain values and keys (SQLAlchemy's column names are a
    subclass of str: unpickling one would make the worker import SQLAlchemy, ~0.25 s of an ingest's end)."""
    import pickle

    from conftest import SAMPLES

    from fogline.cli import main
    from fogline.store import Store

    db = tmp_path / "s.db"
    assert main(["ingest", str(SAMPLES), "--db", str(db)]) == 0
    capsys.readouterr()
    with Store(f"sqlite:///{db}") as store, store.engine.connect() as conn:
        ids = store.members_of(conn, None)
        events = store.assembly_events(conn, [e for evs in ids.values() for e in evs])
    assert events and all(type(k) is str for e in events.values() for k in e)
    assert b"sqlalchemy" not in pickle.dumps(events)


def test_fusion_runs_without_the_cyclic_collector_and_gives_it_back(tmp_path, monkeypatch):
    import gc
    import threading

    import fogline.pipeline.fusion as fusion
    from fogline.store import Store

    seen: list[bool] = []
    real = fusion._fuse
    monkeypatch.setattr(fusion, "_fuse", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    assert gc.isenabled()
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        fusion.fuse_events(store, None)
        assert seen == [False] and gc.isenabled()
        gc.disable()  # a caller that keeps it off finds it off
        try:
            fusion.fuse_events(store, None)
            assert not gc.isenabled()
        finally:
            gc.enable()
    # fusions in threads overlapping: on again only when the last one ends
    inside, release = threading.Event(), threading.Event()

    def slow() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=slow)
    t.start()
    inside.wait(5)
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other fusion still runs
    release.set()
    t.join()
    assert gc.isenabled()
