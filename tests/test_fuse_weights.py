"""Issue 15, item 6: a pair's features weigh about what they tell (log-likelihood ratios): one day, one town and an
uncommon count agreeing say much; dates of a week or a month agreeing say nothing; a related type is neutral.
Every sketch here is written for these tests."""

from dataclasses import replace

import pytest

from fogline.fuse import EventSketch, fuse, score

ARMY = "Military Forces of Niger (FAN)"


def ev(id, day=200, *, lat=14.0, lon=1.0, geo=1, location="ouallam", admin1="Tillaberi", groups=(), army=True,
       precision="day", event_type="Battles", sub="Armed clash", figures=()):
    """A report's event: by default a clash at one town on day 200, the army named, no count."""
    actors = frozenset(groups) | ({ARMY} if army else set())
    return EventSketch(id, id.split(":")[0], event_type, sub, day, precision, "Niger", admin1, location,
                       lat, lon, actors, frozenset({"clash"}), geo, frozenset(groups), frozenset(figures))


def incidents(result):
    by = {}
    for e, inc in result.items():
        by.setdefault(inc, set()).add(e.split(":")[0])
    return sorted(map(sorted, by.values()))


# -- dates: agreement counts only at the precision both give -------------------------------------------------
def test_two_week_dates_that_agree_earn_nothing_two_days_that_agree_much():
    days = score(ev("a:e1"), ev("b:e1"))
    weeks = score(ev("a:e1", precision="week"), ev("b:e1", precision="week"))
    assert days - weeks == pytest.approx(1.7)
    published = score(ev("a:e1", precision=None), ev("b:e1", precision=None))  # only the publication date
    assert published == pytest.approx(weeks)


def test_a_month_is_weak_evidence_against_and_a_week_none():
    day_and_week = score(ev("a:e1"), ev("b:e1", 196, precision="week"))
    day_and_month = score(ev("a:e1"), ev("b:e1", 190, precision="month"))
    assert day_and_week - day_and_month == pytest.approx(1.0)
    assert score(ev("a:e1"), ev("b:e1", 203, precision="week")) == pytest.approx(day_and_week)  # anywhere in it


def test_a_day_apart_is_little_evidence_and_two_days_strong_evidence_against():
    same, next_day, two = (score(ev("a:e1"), ev("b:e1", d)) for d in (200, 201, 202))
    assert same - next_day == pytest.approx(1.5)
    assert next_day - two == pytest.approx(3.1)
    near = {"lat": 14.3, "location": "tondikiwindi", "geo": 2}  # ~33 km away
    assert score(ev("a:e1"), ev("b:e1", 202, **near)) < 2.5 <= score(ev("a:e1"), ev("b:e1", 201, **near))


def test_a_week_report_in_the_town_joins_its_incident_not_made_ambiguous_by_a_region_report_of_its_first_day():
    """A report of the week naming the town fits the town's incident; a report placed only in the region on the
    week's first day is another incident (a week before the town's) and no reason to leave it alone: that its day
    number equals the week's says nothing (it earned the week report a day's points, and made it ambiguous)."""
    town = [ev("t1:e1", 203, groups={"ISGS"}), ev("t2:e1", 203, groups={"ISGS"}, figures={("killed", 7)})]
    week = ev("w:e1", 196, precision="week", groups={"ISGS"})
    region = ev("r:e1", 196, geo=3, location=None, lat=14.5, lon=1.5, groups={"ISGS"})
    assert incidents(fuse(town + [week, region])) == [["r"], ["t1", "t2", "w"]]


# -- places: one town named is strong evidence ------------------------------------------------------------------
def test_one_town_named_weighs_more_than_a_nearby_place_and_much_more_than_a_region():
    town = ev("a:e1")
    same = score(town, ev("b:e1"))
    close = score(town, ev("b:e1", lat=14.05, location="camp"))  # ~6 km
    near = score(town, ev("b:e1", lat=14.3, location="tondikiwindi", geo=2))  # ~33 km
    region = score(town, ev("b:e1", lat=14.5, location=None, geo=3))
    assert same - region == pytest.approx(2.8)
    assert close - region == pytest.approx(2.1)
    assert near - region == pytest.approx(1.7)


def test_reports_of_one_town_link_even_when_one_gives_only_the_army_and_a_day_off():
    a, b = ev("a:e1", groups={"ISGS"}), ev("b:e1", 201)
    assert score(a, b) >= 2.5
    assert incidents(fuse([a, b])) == [["a", "b"]]


def test_two_regions_apart_weigh_against_more_than_before():
    here, there = ev("a:e1", geo=3, location=None), ev("b:e1", geo=3, location=None, admin1="Dosso", lat=13.0)
    same_region = score(here, ev("c:e1", geo=3, location=None))
    assert same_region - score(here, there) == pytest.approx(3.5)  # +1.0 against -2.5


# -- types: a related type is no evidence, another kind of event strong evidence against ------------------------
def test_a_related_type_is_neutral_and_an_unrelated_one_weighs_against():
    battle = ev("a:e1")
    civilians = score(battle, ev("b:e1", event_type="Violence against civilians", sub="Attack"))
    riot = score(battle, ev("b:e1", event_type="Riots", sub="Mob violence"))
    same = score(battle, ev("b:e1"))
    assert same - civilians == pytest.approx(1.1)
    assert civilians - riot == pytest.approx(4.0)  # in ACLED another type is another event


def test_one_type_another_sub_type_counts_half():
    strike = ev("a:e1", event_type="Explosions/Remote violence", sub="Air/drone strike")
    mine = ev("b:e1", event_type="Explosions/Remote violence", sub="Remote explosive/landmine/IED")
    assert score(strike, replace(strike, id="b:e1", document_id="b")) - score(strike, mine) == pytest.approx(0.6)


def test_a_protest_in_the_town_of_a_clash_the_next_day_stays_apart_an_attack_on_civilians_joins():
    clash_reports = [ev("a:e1", groups={"ISGS"}), ev("b:e1", groups={"ISGS"})]
    protest = replace(ev("p:e1", 201, event_type="Protests", sub="Peaceful protest", army=False),
                      acts=frozenset({"prote"}))
    attack = ev("c:e1", 201, event_type="Violence against civilians", sub="Attack", army=False)
    assert score(clash_reports[0], protest) < 2.5 <= score(clash_reports[0], attack)
    assert incidents(fuse(clash_reports + [protest, attack])) == [["a", "b", "c"], ["p"]]


# -- figures: an uncommon count shared is strong; counts given and none shared weigh a little against ----------
def test_an_uncommon_count_shared_links_reports_that_agree_on_little_else():
    a = ev("a:e1", precision="week", geo=3, location=None, figures={("killed", 23)})
    b = ev("b:e1", 198, precision="week", geo=3, location=None, army=False, figures={("killed", 23)})
    assert score(a, b) >= 2.5 + 1.0  # both only in the region: the extra a region asks for
    assert incidents(fuse([a, b])) == [["a", "b"]]


def test_counts_given_and_none_shared_weigh_a_little_against():
    plain = score(ev("a:e1"), ev("b:e1"))
    assert score(ev("a:e1", figures={("wounded", 4)}), ev("b:e1", figures={("killed", 6)})) == \
        pytest.approx(plain - 0.6)
    assert score(ev("a:e1", figures={("killed", 4)}), ev("b:e1", figures={("killed", 6)})) == \
        pytest.approx(plain - 0.5)  # close tolls: one rose, or another source counted
    assert score(ev("a:e1", figures={("killed", 4)}), ev("b:e1")) == pytest.approx(plain)  # one gives none


def test_a_report_naming_no_group_goes_with_the_twin_whose_count_it_gives_not_the_one_whose_it_contradicts():
    jnim = [ev("j1:e1", groups={"JNIM"}, figures={("killed", 13)}), ev("j2:e1", groups={"JNIM"})]
    isgs = [ev("i1:e1", groups={"ISGS"}, figures={("killed", 48)}), ev("i2:e1", groups={"ISGS"})]
    army_only = ev("u:e1", figures={("killed", 48), ("wounded", 9)})
    assert incidents(fuse(jnim + isgs + [army_only])) == [["i1", "i2", "u"], ["j1", "j2"]]
