"""Force against protesters ('police opened fire on protesters', 'a tiré sur des manifestants') is ACLED's
Protests / Excessive force against protesters: the force on side A, 'Protesters (<country>)' on side B, and the
dead are the protesters'. Protesters named in another kind of event are no party. Short reports written for these
tests."""

import pytest
from conftest import extracted

from fogline.fuse import EventSketch, score


@pytest.mark.parametrize("text,language,force,protesters", [
    ("Security forces opened fire on protesters in Omdurman, Sudan, on Thursday, killing at least five people, a "
     "doctors' group said.", "en", "Military Forces of Sudan (SAF)", "Protesters (Sudan)"),
    ("Police shot dead 12 demonstrators during anti-government protests in Nairobi, Kenya, on Tuesday, Amnesty "
     "International said.", "en", "Police Forces of Kenya", "Protesters (Kenya)"),
    ("La police a tiré sur des manifestants à Maputo, au Mozambique, jeudi, tuant trois personnes, selon une ONG.",
     "fr", "Police Forces of Mozambique", "Protesters (Mozambique)"),
])
def test_force_against_protesters(text, language, force, protesters):
    e = extracted(text, language).events[0]
    assert (e.event_type, e.sub_event_type) == ("Protests", "Excessive force against protesters")
    sides = {a.name: a.side for a in e.actors}
    assert sides.get(force) == "A" and sides.get(protesters) == "B"
    assert [c.of for c in e.claims if c.what == "killed"] == [protesters]


def test_protesters_in_another_event_are_no_party():
    text = ("Gunmen killed five villagers in Kadiogo, Burkina Faso, on Monday, a day after protesters marched in "
            "Ouagadougou, residents said.")
    e = extracted(text, "en").events[0]
    assert not any(a.name.startswith("Protesters") for a in e.actors)


def test_force_on_protesters_and_killings_of_civilians_may_be_one_incident():
    base = dict(precision="day", country="Kenya", admin1="Nairobi", location="nairobi", lat=-1.29, lon=36.82,
                actors=frozenset({"Police Forces of Kenya"}))
    def sketch(doc, event_type, sub):
        return EventSketch(f"{doc}:e1", doc, day=100, event_type=event_type, sub_event_type=sub, **base)
    force = sketch("a", "Protests", "Excessive force against protesters")
    peaceful = sketch("d", "Protests", "Peaceful protest")
    killings = sketch("b", "Violence against civilians", "Attack")
    clash = sketch("c", "Battles", "Armed clash")
    assert score(force, killings) - score(peaceful, killings) >= 3  # related types, not other ones
    assert score(peaceful, killings) == score(peaceful, clash)  # a peaceful protest is related to neither
