"""Issue 15, item 6: fusion that does not chain. Incidents are compatible as wholes (armed groups, places,
dates), so a report that fits two incidents joins at most one of them; measured on generated events with a
known truth (bench/fusion.py). Every sketch here is written for these tests."""

import random
from collections import Counter
from dataclasses import replace

import pytest

from bench.fusion import pairwise
from bench.fusion_world import truth_sketches
from fogline.fuse import EventSketch, clash, fuse, score

ARMY = "Military Forces of Mali (FAMa)"


def ev(id, day=100, *, lat=16.0, lon=0.0, geo=1, location="tessit", admin1="Gao", groups=(), army=True,
       precision="day", event_type="Battles"):
    """A report's event: by default a clash at one town on day 100, the army named."""
    actors = frozenset(groups) | ({ARMY} if army else set())
    return EventSketch(id, id.split(":")[0], event_type, "Armed clash", day, precision, "Mali", admin1, location,
                       lat, lon, actors, frozenset({"clash"}), geo, frozenset(groups))


def incidents(result):
    """The incidents as sets of document ids."""
    by = {}
    for e, inc in result.items():
        by.setdefault(inc, set()).add(e.split(":")[0])
    return sorted(map(sorted, by.values()))


# -- armed groups -------------------------------------------------------------------------------------------
def test_reports_naming_different_armed_groups_are_never_one_incident():
    assert score(ev("a:e1", groups={"JNIM"}), ev("b:e1", groups={"ISSP"})) is None
    assert clash(ev("a:e1", groups={"JNIM"}), ev("b:e1", groups={"ISSP"}))


def test_one_group_named_by_one_report_and_none_by_the_other_still_links():
    assert score(ev("a:e1", groups={"JNIM"}), ev("b:e1")) >= 2.5
    assert score(ev("a:e1", groups={"JNIM"}), ev("b:e1", army=False)) >= 2.5


def test_a_report_naming_two_groups_links_with_one_naming_either():
    both = ev("a:e1", groups={"JNIM", "ISSP"})
    assert score(both, ev("b:e1", groups={"ISSP"})) >= 2.5
    assert score(both, ev("c:e1", groups={"JNIM"})) >= 2.5


def test_a_renamed_group_is_the_same_party():
    def from_event(doc, name):
        return EventSketch.from_event({
            "id": f"{doc}:e1", "event_type": "Battles", "sub_event_type": "Armed clash", "date": "2024-07-27",
            "date_precision": "day", "country": "Mali", "admin1": "Kidal", "location": "Tinzaouaten",
            "latitude": 19.94, "longitude": 2.96, "geo_precision": 1,
            "actors": [{"name": name, "kind": "rebel group", "side": "A"},
                       {"name": ARMY, "kind": "state forces", "side": "B"},
                       {"name": "Civilians (Mali)", "kind": "civilians", "side": "B"}]})

    old = from_event("a", "CMA: Coordination of Azawad Movements")
    new = from_event("b", "Azawad Liberation Front (FLA)")
    assert old.groups == new.groups == {"Azawad Liberation Front (FLA)"}
    assert ARMY not in old.groups  # state forces are no armed group that tells events apart
    assert score(old, new) >= 2.5


# -- places -------------------------------------------------------------------------------------------------
def test_towns_far_apart_are_two_incidents():
    assert score(ev("a:e1"), ev("b:e1", lat=16.9, location="bourem")) is None  # 100 km, both in the town
    assert clash(ev("a:e1"), ev("b:e1", lat=16.6, location="bourem"))  # 67 km
    assert clash(ev("a:e1"), ev("b:e1", lat=16.45, location="bourem"))  # 50 km: two reports in two towns
    assert clash(ev("a:e1"), ev("b:e1", lat=16.25, location="bourem"))  # 28 km
    assert not clash(ev("a:e1"), ev("b:e1", lat=16.15, location="tessit-ouest"))  # 17 km: one town's spread
    assert not clash(ev("a:e1"), ev("b:e1", lat=16.45, geo=2, location="bourem"))  # 50 km, "near" one of them


def test_nearby_places_and_roads_and_regions_do_not_clash():
    assert not clash(ev("a:e1"), ev("b:e1", lat=16.11, location="camp"))  # 12 km: a camp by the town
    assert not clash(ev("a:e1", geo=2), ev("b:e1", lat=17.35, geo=2, location="anefis"))  # 150 km along a road
    assert not clash(ev("a:e1"), ev("b:e1", lat=17.35, geo=3, location=None))  # the region's centre is no place
    assert score(ev("a:e1", geo=2), ev("b:e1", lat=17.35, geo=2, location="anefis")) >= 2.5


def test_two_regions_centres_agreeing_earn_no_place_points():
    a, b = ev("a:e1", geo=3, location=None), ev("b:e1", geo=3, location=None)
    placed_a, placed_b = ev("c:e1", location=None), ev("d:e1", location=None)
    assert score(placed_a, placed_b) - score(a, b) == pytest.approx(2.1)  # within 10 km


# -- whole incidents: no chains -----------------------------------------------------------------------------
def test_different_groups_in_one_town_on_one_day_stay_apart_whatever_joins_them():
    data = [ev("j1:e1", groups={"JNIM"}), ev("j2:e1", groups={"JNIM"}), ev("i1:e1", groups={"ISSP"}),
            ev("i2:e1", groups={"ISSP"}), ev("u1:e1"), ev("u2:e1", army=False)]  # u*: no group named
    for seed in range(4):
        random.Random(seed).shuffle(data)
        groups = incidents(fuse(data))
        assert not any({"j1", "i1"} <= set(g) for g in groups)
        assert ["j1", "j2"] in [[d for d in g if d.startswith("j")] for g in groups]
        assert sum(len(g) for g in groups) == 6


def test_an_attack_far_away_is_not_joined_through_a_regional_report():
    near = [ev("n1:e1", groups={"JNIM"}), ev("n2:e1", groups={"JNIM"})]
    far = [ev("f1:e1", lat=17.8, location="ber", groups={"JNIM"}), ev("f2:e1", lat=17.8, location="ber")]
    region = ev("r1:e1", lat=16.9, geo=3, location=None, groups={"JNIM"})  # only "in the Gao region"
    groups = incidents(fuse(near + far + [region]))
    assert not any({"n1", "f1"} <= set(g) for g in groups)
    assert ["f1", "f2"] in [[d for d in g if d.startswith("f")] for g in groups]
    assert ["n1", "n2"] in [[d for d in g if d.startswith("n")] for g in groups]


def test_a_week_vague_report_does_not_join_attacks_five_days_apart():
    early = [ev("e1:e1", 100), ev("e2:e1", 100)]
    late = [ev("l1:e1", 105), ev("l2:e1", 105)]
    vague = ev("w1:e1", 102, precision="week")
    groups = incidents(fuse(early + late + [vague]))
    assert not any({"e1", "l1"} <= set(g) for g in groups)
    assert groups == [["e1", "e2"], ["l1", "l2"], ["w1"]]  # it fits both as well: it joins neither


def test_a_vague_report_joins_the_one_incident_it_fits():
    early = [ev("e1:e1", 100), ev("e2:e1", 100)]
    week = ev("w1:e1", 102, precision="week")
    assert incidents(fuse(early + [week])) == [["e1", "e2", "w1"]]
    region = ev("r1:e1", 100, geo=3, lat=16.5, location=None)  # only "in the Gao region"
    month = ev("m1:e1", 90, precision="month", groups={"JNIM"})
    elsewhere = [ev("k1:e1", 100, lat=18.0, location="kidal", admin1="Kidal")]
    assert incidents(fuse(early + elsewhere + [region, month])) == [["e1", "e2", "m1", "r1"], ["k1"]]


def test_a_region_or_month_report_that_fits_two_incidents_joins_neither():
    here = [ev("h1:e1", 100, groups={"JNIM"}), ev("h2:e1", 100, groups={"JNIM"})]
    there = [ev("t1:e1", 100, lat=16.6, location="bourem", groups={"JNIM"}),
             ev("t2:e1", 100, lat=16.6, location="bourem", groups={"JNIM"})]  # 67 km off, same region
    region = ev("r1:e1", 100, geo=3, lat=16.3, location=None, groups={"JNIM"})
    month = ev("m1:e1", 90, precision="month", geo=3, lat=16.3, location=None)
    # each fits both (and the other vague one, which fits both too): they may join each other, never h or t
    groups = incidents(fuse(here + there + [region, month]))
    assert ["h1", "h2"] in groups and ["t1", "t2"] in groups and len(groups) in (3, 4)
    assert incidents(fuse(here + there + [region])) == [["h1", "h2"], ["r1"], ["t1", "t2"]]


def test_reports_of_one_incident_still_join():
    data = [ev("a:e1", groups={"JNIM"}), ev("b:e1", 101), ev("c:e1", lat=16.02, army=False, groups={"JNIM"}),
            ev("d:e1", 98, precision="week", geo=3, location=None), ev("e:e1", lat=None, lon=None, geo=None,
                                                                          location=None, admin1=None)]
    assert incidents(fuse(data)) == [["a", "b", "c", "d", "e"]]


# -- dates --------------------------------------------------------------------------------------------------
def test_two_exact_days_two_apart_count_against():
    same, apart = score(ev("a:e1", 100), ev("b:e1", 100)), score(ev("a:e1", 100), ev("b:e1", 102))
    assert same - apart == pytest.approx(4.6)  # +1.7 for the same day, -2.9 for two days apart
    vague = score(ev("a:e1", 100), ev("b:e1", 102, precision="week"))
    assert vague - apart == pytest.approx(2.9)  # a week's date two days off says nothing either way
    assert score(ev("a:e1", 100), ev("b:e1", 101)) - apart == pytest.approx(3.1)  # a day apart: +0.2


# -- a report without any place ----------------------------------------------------------------------------
def test_a_report_without_a_place_that_fits_two_incidents_joins_neither():
    x = [ev("x1:e1", groups={"JNIM"}), ev("x2:e1", groups={"JNIM"})]
    y = [ev("y1:e1", lat=18.0, location="kidal", admin1="Kidal", groups={"JNIM"}),
         ev("y2:e1", lat=18.0, location="kidal", admin1="Kidal", groups={"JNIM"})]
    nowhere = ev("u:e1", lat=None, lon=None, geo=None, location=None, admin1=None, groups={"JNIM"})
    assert incidents(fuse(x + y + [nowhere])) == [["u"], ["x1", "x2"], ["y1", "y2"]]


def test_a_report_without_a_place_joins_the_one_incident_it_fits():
    x = [ev("x1:e1", groups={"JNIM"}), ev("x2:e1", groups={"JNIM"})]
    nowhere = ev("u:e1", lat=None, lon=None, geo=None, location=None, admin1=None, groups={"JNIM"})
    assert incidents(fuse(x + [nowhere])) == [["u", "x1", "x2"]]
    other_day = [ev("y1:e1", 140, lat=18.0, location="kidal", admin1="Kidal", groups={"JNIM"})]
    assert incidents(fuse(x + other_day + [nowhere])) == [["u", "x1", "x2"], ["y1"]]


def test_a_report_without_a_place_is_not_ambiguous_between_reports_of_one_place():
    x = [ev("x1:e1", groups={"JNIM"}), ev("x2:e1", lat=16.01, groups={"JNIM"}), ev("x3:e1", geo=3, location=None)]
    nowhere = ev("u:e1", lat=None, lon=None, geo=None, location=None, admin1=None, groups={"JNIM"})
    assert incidents(fuse(x + [nowhere])) == [["u", "x1", "x2", "x3"]]


# -- measured on a generated store ----------------------------------------------------------------------------
def test_pairwise_scores_count_pairs_of_events():
    truth = {"a": 1, "b": 1, "c": 1, "d": 2}
    assert pairwise(truth, {"a": "X", "b": "X", "c": "Y", "d": "Y"}) | {} == {
        "precision": 0.5, "recall": 0.3333, "f1": 0.4, "gold_pairs": 3, "predicted_pairs": 2, "true_pairs": 1}
    perfect = pairwise(truth, {"a": "X", "b": "X", "c": "X", "d": "Z"})
    assert (perfect["precision"], perfect["recall"]) == (1.0, 1.0)


def test_generated_store_is_fused_the_same_in_any_order_and_well():
    data, truth = truth_sketches(1500, seed=11)
    first = fuse(data)
    shuffled = data[:]
    random.Random(2).shuffle(shuffled)
    assert fuse(shuffled) == first
    scores = pairwise(truth, first)
    assert scores["precision"] >= 0.8 and scores["recall"] >= 0.75, scores


# -- figures: the counts reports give -----------------------------------------------------------------------
def counted(id, figures, **kw):
    return replace(ev(id, **kw), figures=frozenset(figures))


def test_a_shared_count_is_evidence_and_an_uncommon_one_more_than_a_small_or_round_one():
    a, b = ev("a:e1"), ev("b:e1")
    plain = score(a, b)
    assert score(counted("a:e1", {("killed", 17)}), counted("b:e1", {("killed", 17)})) == pytest.approx(plain + 2.7)
    assert score(counted("a:e1", {("killed", 3)}), counted("b:e1", {("killed", 3)})) == pytest.approx(plain + 0.4)
    assert score(counted("a:e1", {("killed", 40)}), counted("b:e1", {("killed", 40)})) == pytest.approx(plain + 0.4)
    both = score(counted("a:e1", {("killed", 17), ("vehicles seized", 14)}),
                 counted("b:e1", {("killed", 17), ("vehicles seized", 14), ("wounded", 9)}))
    assert both == pytest.approx(plain + 4.0)  # capped
    other = score(counted("a:e1", {("killed", 17)}), counted("b:e1", {("wounded", 17)}))
    assert other == pytest.approx(plain - 0.6)  # counts given, none in common: a little against


def test_death_tolls_far_apart_count_against_and_close_ones_do_not():
    a = counted("a:e1", {("killed", 4)})
    plain = score(ev("a:e1"), ev("b:e1"))
    assert score(a, counted("b:e1", {("killed", 40)})) == pytest.approx(plain - 2.3)
    assert score(a, counted("b:e1", {("killed", 9)})) == pytest.approx(plain - 0.5)  # a rising toll, another count
    assert score(a, counted("b:e1", {("killed", 40), ("killed", 5)})) == pytest.approx(plain - 0.5)  # a claimant's
    assert score(a, counted("b:e1", {("wounded", 40)})) == pytest.approx(plain - 0.6)


def test_figures_come_from_the_exact_counts_of_the_claims():
    e = {"id": "a:e1", "event_type": "Battles", "sub_event_type": "Armed clash", "date": "2025-06-13",
         "date_precision": "day", "country": "Mali", "claims": [
             {"what": "killed", "low": 12, "high": 15, "vague": False},
             {"what": "killed", "low": 24, "high": None, "vague": True},  # "several dozen"
             {"what": "other", "low": 30, "high": 30, "vague": False},  # a convoy's size
             {"what": "wounded", "low": 6, "high": 6}]}
    assert EventSketch.from_event(e).figures == {("killed", 12), ("killed", 15), ("wounded", 6)}
    assert EventSketch.from_event(e).tolls == (12, 15)
    assert EventSketch.from_event(dict(e, claims=[])).figures == frozenset()


def test_a_report_naming_no_group_joins_the_twin_whose_count_it_gives():
    jnim = [counted("j1:e1", {("killed", 17)}, groups={"JNIM"}), ev("j2:e1", groups={"JNIM"})]
    issp = [counted("i1:e1", {("killed", 6)}, groups={"ISSP"}), ev("i2:e1", groups={"ISSP"})]
    army_only = counted("u:e1", {("killed", 17)})
    groups = incidents(fuse(jnim + issp + [army_only]))
    assert groups == [["i1", "i2"], ["j1", "j2", "u"]]


def test_one_pair_that_agrees_does_not_carry_incidents_whose_other_reports_differ():
    here = [counted("a1:e1", {("killed", 3)}), counted("a2:e1", {("killed", 3)})]
    kw = {"day": 101, "lat": 16.1, "location": "tessit-est", "event_type": "Violence against civilians",
          "army": False}
    there = [counted("b1:e1", {("killed", 3)}, **kw), counted("b2:e1", {("killed", 60)}, **kw),
             counted("b3:e1", {("killed", 60)}, **kw)]
    there = [replace(b, acts=frozenset({"massa"})) for b in there]
    assert score(here[0], there[0]) >= 2.5 > score(here[0], there[1])
    assert incidents(fuse(here + there)) == [["a1", "a2"], ["b1", "b2", "b3"]]


def test_the_generated_store_without_figures_is_session_4s():
    with_figures, truth = truth_sketches(300, seed=5)
    without, truth_without = truth_sketches(300, seed=5, figures=False)
    assert truth == truth_without
    assert [replace(e, figures=frozenset()) for e in with_figures] == without
    assert sum(bool(e.figures) for e in with_figures) > 100


# -- session 6: places far apart count against, state forces shared alone are weak evidence ---------------------
def test_a_place_near_a_town_far_from_the_other_report_counts_against():
    town = ev("a:e1")
    far_near = ev("b:e1", lat=16.9, geo=2, location="ber")  # "near" a town 100 km off: no clash (a road)
    region = ev("c:e1", lat=16.9, geo=3, location=None)  # only the region: no place, no evidence either way
    close_near = ev("d:e1", lat=16.3, geo=2, location="intahaka")  # 33 km
    assert not clash(town, far_near)
    assert score(town, far_near) < score(town, region) < score(town, close_near)
    two_far = ev("e:e1", lat=17.5, geo=2, location="x"), ev("f:e1", lat=16.3, geo=2, location="y")  # 133 km
    assert score(*two_far) == score(ev("e:e1", geo=3, location=None), ev("f:e1", geo=3, location=None)) - 1.5


def test_a_report_far_from_an_incident_a_day_later_does_not_join_it():
    here = [ev("h1:e1", groups={"JNIM"}), ev("h2:e1", groups={"JNIM"})]
    far = ev("f1:e1", 101, lat=17.1, geo=2, location="ber")  # a day later, "near" another town 120 km off
    assert incidents(fuse([*here, far])) == [["f1"], ["h1", "h2"]]
    assert incidents(fuse([*here, replace(far, lat=16.2, location="ber")])) == [["f1", "h1", "h2"]]  # 22 km


def test_state_forces_shared_alone_weigh_less_than_a_shared_armed_group():
    nobody = score(ev("a:e1", army=False), ev("b:e1", army=False))
    assert score(ev("a:e1"), ev("b:e1")) - nobody == pytest.approx(0.4)  # both name only the army, as most do
    assert score(ev("a:e1", groups={"JNIM"}), ev("b:e1", groups={"JNIM"})) - nobody == pytest.approx(1.5)
    assert score(ev("a:e1"), ev("b:e1", groups={"ISSP"})) - nobody == pytest.approx(0.4)  # one party shared


def test_one_attack_credited_to_two_groups_links_when_place_and_an_uncommon_count_agree():
    jnim = counted("a:e1", {("killed", 17)}, groups={"JNIM"})
    assert not clash(jnim, counted("b:e1", {("killed", 17)}, groups={"ISSP"}))  # one town, "17 killed"
    assert score(jnim, counted("b:e1", {("killed", 17), ("wounded", 2)}, groups={"ISSP"})) >= 2.5
    near = counted("c:e1", {("killed", 17)}, groups={"ISSP"}, lat=16.05, location="tessit-camp")  # 6 km
    assert not clash(jnim, near)


def test_two_groups_stay_apart_with_a_common_count_or_in_two_places():
    for n in (3, 20):  # small or round: other attacks give it too
        assert clash(counted("a:e1", {("killed", n)}, groups={"JNIM"}),
                     counted("b:e1", {("killed", n)}, groups={"ISSP"}))
    assert clash(counted("a:e1", {("killed", 17)}, groups={"JNIM"}),  # 17 dead in two towns 30 km apart
                 counted("b:e1", {("killed", 17)}, groups={"ISSP"}, lat=16.27, geo=2, location="bourem"))
    assert clash(counted("a:e1", {("killed", 17)}, groups={"JNIM"}, geo=3, location=None),  # only the region
                 counted("b:e1", {("killed", 17)}, groups={"ISSP"}, geo=3, location=None))
    assert clash(counted("a:e1", {("killed", 17)}, groups={"JNIM"}),  # the count of another thing
                 counted("b:e1", {("wounded", 17)}, groups={"ISSP"}))


def test_a_misattributed_report_joins_its_incident_and_opens_no_door_to_the_other_group():
    jnim = [counted("j1:e1", {("killed", 17)}, groups={"JNIM"}), ev("j2:e1", groups={"JNIM"})]
    blamed = counted("m:e1", {("killed", 17)}, groups={"ISSP"})  # the same attack, credited to the ISSP
    issp = [counted("i1:e1", {("killed", 6)}, groups={"ISSP"}, event_type="Violence against civilians"),
            counted("i2:e1", {("killed", 6)}, groups={"ISSP"}, event_type="Violence against civilians")]
    for seed in range(3):
        data = jnim + [blamed] + issp
        random.Random(seed).shuffle(data)
        assert incidents(fuse(data)) == [["i1", "i2"], ["j1", "j2", "m"]]


def test_reports_neither_placing_the_event_need_more_to_link():
    region = {"geo": 3, "location": None}
    a = ev("a:e1", **region)
    related = {"army": False, "event_type": "Violence against civilians"}
    b = replace(ev("b:e1", **related, **region), acts=frozenset({"fight"}))  # same day, region, related type: 2.7
    assert 2.5 < score(a, b) < 3.5
    assert incidents(fuse([a, b])) == [["a"], ["b"]]
    placed = replace(ev("b:e1", **related, location=None), acts=frozenset({"fight"}))  # 0 km from a's region
    assert incidents(fuse([ev("a:e1", location=None), placed])) == [["a", "b"]]  # both placed
    c = counted("c:e1", {("killed", 17)}, **region)
    d = counted("d:e1", {("killed", 17)}, army=False, **region)  # and the same uncommon count: enough
    assert incidents(fuse([c, d])) == [["c", "d"]]


def test_the_oracle_knows_the_store_is_decidable_and_fusion_stays_below_it():
    from bench.fusion_world import oracle, truth_world

    data, truth, known = truth_world(1500, seed=11)
    assert truth_sketches(1500, seed=11) == (data, truth)
    bound = {cut: pairwise(truth, labels) for cut, labels in oracle(data, known, (0.0, 0.9)).items()}
    assert bound[0.0]["precision"] > 0.95 and bound[0.0]["recall"] > 0.95
    assert bound[0.9]["precision"] > bound[0.0]["precision"]
    ours = pairwise(truth, fuse(data))
    assert ours["f1"] < bound[0.0]["f1"]


def test_losses_count_missed_pairs_by_cause_and_wrong_pairs_by_kind():
    from bench.fusion import losses

    world = [{"town": ("tessit", 16.0, 0.0), "group": "JNIM"}, {"town": ("tessit", 16.0, 0.0), "group": "ISSP"},
             {"town": ("ansongo", 18.0, 0.0), "group": "JNIM"}]
    data = [ev("a:e1", groups={"JNIM"}), ev("b:e1"), ev("w:e1", groups={"ISSP"}),  # incident 0: w names the wrong group
            ev("c:e1", groups={"ISSP"}), ev("d:e1", groups={"ISSP"}),  # incident 1, the same town
            ev("f:e1", geo=3, location=None, lat=17.0, groups={"JNIM"}), ev("g:e1", lat=18.0, location="ansongo",
                                                                            groups={"JNIM"})]  # incident 2
    truth = {"a:e1": 0, "b:e1": 0, "w:e1": 0, "c:e1": 1, "d:e1": 1, "f:e1": 2, "g:e1": 2}
    predicted = {"a:e1": "X", "b:e1": "Y", "w:e1": "W", "c:e1": "Y", "d:e1": "Y", "f:e1": "X", "g:e1": "G"}
    out = losses(data, truth, predicted, world)
    assert out["missed"]["cannot gg"] == 1  # a and w: other groups named
    assert out["missed"]["refused gn"] == 2  # b (no group) links with a and with w, but was not joined
    # f, placed only in the region, links as well to a (tessit) as to g (ansongo, 220 km away): left alone
    assert out["missed"]["ambiguous Vg"] == 1
    assert sum(out["missed"].values()) == 4
    assert out["wrong"] == {"n, same town, other group": 2, "V, other town, same group": 1}


def test_the_reports_oracle_lies_between_fusion_and_the_oracle_and_trusts_less_without_the_store_traits():
    from bench.fusion_bound import reports_oracle
    from bench.fusion_world import oracle, truth_world

    data, truth, known = truth_world(1200, seed=5)
    full = pairwise(truth, oracle(data, known, (0.0,))[0.0])
    trusting = pairwise(truth, reports_oracle(data, truth, known, (0.0,))[0.0])
    wary = pairwise(truth, reports_oracle(data, truth, known, (0.0,), trusting=False)[0.0])
    ours = pairwise(truth, fuse(data))
    assert ours["f1"] < wary["f1"] < trusting["f1"] <= full["f1"] + 0.005  # what each knows, in order
    regrouped = pairwise(truth, reports_oracle(data, truth, known, (0.0,), grouping=fuse(data))[0.0])
    assert regrouped["f1"] < trusting["f1"]  # the others grouped by a fusion, not by the truth: less to go on


def test_the_reports_oracle_leaves_a_report_alone_when_two_incidents_fit_it_equally():
    from bench.fusion_bound import reports_oracle
    from bench.fusion_world import truth_world

    data, truth, known = truth_world(300, seed=3, twins=0.0, far=0.0)
    by_id = {e.id: e for e in data}
    sizes = Counter(truth.values())
    some = next(e for e in data if e.geo == 1 and e.precision == "day" and e.groups and sizes[truth[e.id]] >= 2)
    twin = replace(some, id="copy:e1", document_id="copy")  # a second incident told exactly as the first
    mates = [e for e in data if truth[e.id] == truth[some.id] and e.id != some.id]
    k = max(truth.values()) + 1
    world = data + [twin] + [replace(m, id=f"copy{i}:e1", document_id=f"copy{i}") for i, m in enumerate(mates)]
    truth2 = dict(truth, **{"copy:e1": k}, **{f"copy{i}:e1": k for i in range(len(mates))})
    probe = replace(by_id[mates[0].id], id="probe:e1", document_id="probe")
    truth2["probe:e1"] = truth[some.id]
    labels = reports_oracle(world + [probe], truth2, known, (0.0, 0.8))
    assert labels[0.8]["probe:e1"] == "alone:probe:e1"  # half its weight on each copy: below the cut
    assert labels[0.0]["probe:e1"] != "alone:probe:e1"  # without a cut it takes one of them


def _drawn(n: int = 20000):
    """An incident of the synthetic world and n reports of it as the generator draws them."""
    import random

    from bench.fusion_world import TYPES, Country, _incident, _report

    c = Country("Mali", random.Random(1))
    inc = _incident(c, 739011, c.towns[7], c.groups[1], TYPES[2])
    rng = random.Random(2)
    return c, inc, [_report(inc, f"r{i}", rng) for i in range(n)]


def _close(drawn: list, outcome, p) -> None:
    """Each outcome's share among the drawn reports is the probability ``p`` gives it."""
    shares = Counter(outcome(e) for e in drawn)
    for e in {outcome(e): e for e in drawn}.values():
        assert abs(shares[outcome(e)] / len(drawn) - p(e)) < 0.01, (outcome(e), shares[outcome(e)], p(e))


def test_the_odds_of_the_oracle_and_the_bound_are_what_the_generator_draws():
    from bench.fusion_world import p_actors, p_date, p_kind, p_place
    from fogline.fuse.sketch import _km

    c, inc, drawn = _drawn()
    _close(drawn, lambda e: (e.precision, e.day - inc["day"]), lambda e: p_date(e, inc["day"]))
    _close(drawn, lambda e: e.actors, lambda e: p_actors(e, c, inc["group"]))
    _close(drawn, lambda e: (e.event_type, e.acts), lambda e: p_kind(e, inc["kind"]))
    name, lat, lon = inc["town"]
    region = c.region(lat, lon)[0]
    placed = Counter(e.geo for e in drawn)
    for geo, p in ((1, 0.74), (2, 0.10), (3, 0.12), (None, 0.04)):
        assert abs(placed[geo] / len(drawn) - p) < 0.01
    for e in drawn:  # every place drawn is one the odds allow
        assert float(p_place(e, name, region, _km(e.lat, e.lon, lat, lon) if e.geo == 2 else 0.0)) > 0


def test_a_date_two_days_off_is_never_drawn_and_has_no_odds():
    from bench.fusion_world import _likelihood, p_date

    _c, inc, drawn = _drawn(5000)
    assert all(abs(e.day - inc["day"]) <= 1 for e in drawn if e.precision == "day")
    told = next(e for e in drawn if e.precision == "day" and e.day == inc["day"])
    assert _likelihood(told, inc) > 0
    for off in (2, -2, 5):
        late = replace(told, day=inc["day"] + off)
        assert p_date(late, inc["day"]) == 0.0 and _likelihood(late, inc) == 0.0
    assert p_date(replace(told, day=inc["day"] + 1), inc["day"]) == 0.06


def test_the_bound_weighs_a_place_as_the_oracle_does():
    from bench.fusion_bound import _Places
    from bench.fusion_world import p_place
    from fogline.fuse.sketch import _km

    c, inc, drawn = _drawn(3000)
    name, lat, lon = inc["town"]
    places = _Places(c, [])
    i = places.names[name]
    for geo in (1, 2, 3, None):
        e = next(e for e in drawn if e.geo == geo)
        alone = float(p_place(e, name, c.region(lat, lon)[0], _km(e.lat, e.lon, lat, lon) if geo == 2 else 0.0))
        assert alone > 0 and places.p(e)[i] == pytest.approx(alone, rel=1e-9), geo


def test_the_toll_odds_are_the_counts_drawn():
    import random

    from bench.fusion_world import _toll, p_toll

    rng = random.Random(4)
    drawn = Counter(_toll(rng) for _ in range(20000))
    for n in (1, 2, 3, 5, 8, 20):
        assert abs(drawn[n] / 20000 - p_toll(n)) < 0.01, n
    assert sum(p_toll(n) for n in range(1, 5000)) == pytest.approx(1.0, abs=1e-4)
