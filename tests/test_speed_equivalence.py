"""The speed-ups of issue 12 give the answers of the plain definitions they replace: fusion's compatibility from
per-cluster aggregates equals comparing every member pair, the undated candidates found by latitude equal
comparing with the whole country, and the fuzzy place match that skips hopeless scans equals what the extractor
accepted from the full scan."""

import random
from dataclasses import replace

import pytest

from fogline.fuse.cluster import _Clusters
from fogline.fuse.sketch import (
    MAX_SPREAD_DAYS,
    SLACK,
    EventSketch,
    _far,
    _groups_clash,
    _same_battle,
    _spots_clash,
    candidate_pairs,
    misattributed,
)
from fogline.gazetteer import Gazetteer

PRECISIONS = ["day", "day", "day", "week", "month", "year", None]


def _sketches(rng: random.Random, n: int) -> list[EventSketch]:
    out = []
    for i in range(n):
        placed = rng.random() > 0.15
        lat, lon = (rng.uniform(10, 20), rng.uniform(-5, 5)) if placed else (None, None)
        out.append(EventSketch(
            f"e{i:04d}", f"d{rng.randint(0, n // 3)}", rng.choice(["Battles", "Violence against civilians"]),
            "Armed clash", None if rng.random() < 0.2 else 739000 + rng.randint(0, 20), rng.choice(PRECISIONS),
            rng.choice(["Mali", "Niger"]), None, rng.choice([None, "gao", "kidal"]), lat, lon,
            geo=rng.choice([1, 1, 2, 3, None]),
            groups=frozenset(rng.sample(["JNIM", "ISSP", "FLA"], rng.choice([0, 0, 1, 1, 2]))),
            figures=frozenset({("killed", rng.choice([3, 7, 9]))}) if rng.random() < 0.4 else frozenset()))
    return out


def _every_pair(ma: list[EventSketch], mb: list[EventSketch], cannot: set[frozenset[str]]) -> bool:
    """The definition: every pair of members checked (the code before the aggregates)."""
    if {s.document_id for s in ma} & {s.document_id for s in mb} and not all(
            _same_battle(x, y) for x in ma for y in mb if x.document_id == y.document_id):
        return False
    dated = [s for s in ma + mb if s.day is not None]
    if dated:
        latest_start = max(s.day - SLACK.get(s.precision, 0) for s in dated)
        earliest_end = min(s.day + SLACK.get(s.precision, 0) for s in dated)
        if latest_start - earliest_end > MAX_SPREAD_DAYS:
            return False
    if any(x.spot and y.spot and _spots_clash(x.spot, y.spot) for x in ma for y in mb):
        return False
    if any(frozenset({x.id, y.id}) in cannot for x in ma for y in mb):
        return False
    if any(_groups_clash(x.groups, y.groups) for x in ma for y in mb):  # other armed groups, unless one attack:
        if any(_groups_clash(x.groups, y.groups) and misattributed(x, y) for x in ma for y in mb):
            return True  # two reports credit it to two groups
        def mixed(ms):
            return any(_groups_clash(x.groups, y.groups) for x in ms for y in ms)

        def named(ms):
            return {g for x in ms for g in x.groups}
        return (mixed(ma) or mixed(mb)) and bool(named(ma) & named(mb))  # one holds both, and a group in common
    return True


@pytest.mark.parametrize("seed", range(6))
def test_compatible_equals_every_member_pair(seed):
    rng = random.Random(seed)
    data = _sketches(rng, 150)
    ids = [s.id for s in data]
    cannot = {frozenset(rng.sample(ids, 2)) for _ in range(40)}
    clusters = _Clusters(data, cannot)
    checked = 0
    for _ in range(400):
        ra, rb = clusters.find(rng.choice(ids)), clusters.find(rng.choice(ids))
        if ra == rb:
            continue
        expected = _every_pair(clusters.members[ra], clusters.members[rb], cannot)
        assert clusters.compatible(ra, rb) == expected
        checked += 1
        if rng.random() < 0.7:  # grow clusters whatever the answer, as must-links do
            clusters.union(ra, rb)
    assert checked > 100


@pytest.mark.parametrize("seed", range(4))
def test_undated_candidates_equal_the_whole_country(seed):
    data = _sketches(random.Random(seed), 200)
    expected = set()
    for country in {s.country for s in data}:
        undated = [s for s in data if s.country == country and s.day is None]
        dated = [s for s in data if s.country == country and s.day is not None]
        for i, a in enumerate(undated):
            expected |= {(a.id, b.id) for b in undated[i + 1:] + dated if not _far(a, b)}
    pairs = [(a.id, b.id) for a, b in candidate_pairs(data) if a.day is None]
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == expected


def test_fuzzy_answers_what_the_full_scan_let_the_extractor_accept():
    gaz = Gazetteer.default()
    rows = gaz._con().execute("SELECT DISTINCT n.key, p.cc FROM names n JOIN places p ON p.id = n.place "
                              "WHERE p.supp = 1 AND length(n.key) >= 6 ORDER BY n.key, p.cc").fetchall()
    rng = random.Random(3)
    queries = []
    for key, cc in rng.sample(rows, 150):
        i = rng.randrange(len(key))
        queries.append((key[:i] + rng.choice("aeiktz") + key[i + 1:], cc))  # near-misses of curated names
    queries += [("Assimigoita", "ML"), ("Wagnergroup", "ML"), ("Kharkivska", "UA")]
    accepted = 0
    for name, cc in queries:
        full = gaz.fuzzy(name, cc, curated_only=False)
        assert gaz.fuzzy(name, cc) == (full if full and full[0].kind == "supplement" else [])
        accepted += bool(gaz.fuzzy(name, cc))
    assert accepted > 20


def _copies(rng: random.Random, n: int) -> list[EventSketch]:
    """Random sketches, each content told by several reports (a story repeated), now and then twice in one."""
    out = []
    for k, s in enumerate(_sketches(rng, n)):
        for c in range(rng.randint(1, 4)):
            doc = f"r{k}-{c}" if rng.random() < 0.8 else f"r{k}-0"  # a report may hold two events alike
            out.append(replace(s, id=f"{doc}:e{len(out)}", document_id=doc))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_scores_once_per_pair_of_contents_give_the_plain_fusion(seed, monkeypatch):
    import fogline.fuse.cluster as cluster
    from fogline.fuse import fuse, score

    data = _copies(random.Random(seed), 120)
    memoised = fuse(data)
    asked: list[int] = []

    class Plain(cluster._Scores):  # every pair scored afresh (its memo stays empty): the definition
        def __call__(self, a, b):
            asked.append(1)
            return score(a, b)

    monkeypatch.setattr(cluster, "_Scores", Plain)
    assert fuse(data) == memoised
    assert len(asked) > len(data)  # pairs were scored: the comparison is not empty
    assert len(set(memoised.values())) < len(data)  # and some joined


@pytest.mark.parametrize("seed", range(4))
def test_dated_candidates_equal_every_pair_within_a_window(seed):
    from fogline.fuse.sketch import WINDOW

    data = [s for s in _sketches(random.Random(seed), 300) if s.day is not None]
    expected = {(a.id, b.id) for a in data for b in data  # from the side whose window reaches, the smaller first
                if a is not b and a.country == b.country and abs(a.day - b.day) <= WINDOW[a.precision]
                and not (abs(a.day - b.day) <= WINDOW[b.precision] and (b.day, b.id) <= (a.day, a.id))
                and not _far(a, b)}
    pairs = [(a.id, b.id) for a, b in candidate_pairs(data)]
    assert len(pairs) == len(set(pairs)) and set(pairs) == expected
    assert len(expected) > 100
