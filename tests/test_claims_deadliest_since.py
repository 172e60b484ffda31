"""A news sentence that compares its event with an earlier one ('la plus meurtrière depuis celle de X, qui avait
fait 100 morts', 'the deadliest since the X massacre, which killed 100'): the figure told in the relative clause
after 'depuis'/'since' counts that earlier incident, not this event (issue 13). Short reports written for these
tests; the event's own figure, and a superlative with no such clause, stay claims."""

import pytest
from conftest import claim_rows

KASSA = ("Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "
         "L'attaque a fait 12 morts. ")
GAO = "Gunmen attacked a market near Gao, Mali, on Monday, killing 12 people. "


@pytest.mark.parametrize("text,language,other", [
    (KASSA + "C'est la plus meurtrière depuis celle de Solenzo, qui avait fait 100 morts.", "fr", 100),
    (KASSA + "Il s'agit de l'attaque la plus meurtrière depuis l'embuscade de Djibo qui avait tué 60 soldats.", "fr",
     60),
    (KASSA + "C'est la perte la plus lourde pour l'armée depuis l'assaut de Djibo, où 53 soldats avaient été tués.",
     "fr", 53),
    (KASSA + "L'attaque est la plus sanglante depuis mars, lorsque 35 villageois avaient été exécutés à Kalsaka.",
     "fr", 35),
    (GAO + "It was the deadliest attack since the Solenzo massacre, which killed 100 people.", "en", 100),
    (GAO + "The raid is the worst in the region since an ambush in March in which 45 soldiers died.", "en", 45),
    (GAO + "It was the bloodiest day since May, when gunmen killed 30 villagers near Ansongo.", "en", 30),
    (GAO + "It was the heaviest loss for the army since the Boulkessi attack, in which 60 soldiers were killed.", "en",
     60),
])
def test_a_figure_after_a_comparison_with_an_earlier_incident_is_not_a_claim(text, language, other):
    got = [c[:2] for c in claim_rows(text, language)]
    assert ("killed", 12) in got and not [c for c in got if c[1] == other], got


@pytest.mark.parametrize("text,language,low", [
    ("Des jihadistes ont attaqué le village de Kassa, au Burkina Faso, samedi. L'attaque, la plus meurtrière depuis "
     "le massacre de Solenzo, a fait 23 morts, selon des habitants.", "fr", 23),
    ("Des jihadistes ont attaqué le village de Kassa, au Burkina Faso, samedi. Cette attaque, la plus lourde depuis "
     "celle de Djibo, a coûté la vie à 17 soldats.", "fr", 17),
    ("Gunmen attacked a market near Gao, Mali, on Monday. The attack, the deadliest since the Solenzo "
     "massacre, killed 23 people, residents said.", "en", 23),
])
def test_the_event_s_own_figure_beside_a_comparison_stays(text, language, low):
    assert low in [c[1] for c in claim_rows(text, language)], claim_rows(text, language)
