"""Where a story was filed is not where its event happened: a dateline written in mixed case with the country
after the city ('Bamenda, Cameroon (AFP) -') is a dateline too, not the event's town. Sentences are the tests'
own."""

from __future__ import annotations

import pytest
from conftest import extracted


@pytest.mark.parametrize(("text", "town", "admin1", "filed"), [
    ("Bamenda, Cameroon (AFP) - Separatists killed two soldiers on patrol on Saturday near the village of "
     "Bambui, in the North-West region, an army officer said.", "Bambui", "North-West", "Bamenda"),
    ("Kaduna, Nigeria (Reuters) - Bandits killed six farmers on Sunday in Kurmin Dangana village of Kajuru "
     "local government area, a community leader said.", "Kurmin Dangana", "Kaduna", "Kaduna"),
    ("Juba, South Sudan (Reuters) - Gunmen killed nine cattle keepers on Friday in Warrap State, a local "
     "official said. The attackers raided the village of Pakur at dawn.", "Pakur", "Warrap", "Juba"),
    ("Peshawar, Pakistan (AFP) - Gunmen shot dead two policemen guarding a polio vaccination team in Khyber "
     "Pakhtunkhwa province on Tuesday, police said.", None, "Khyber Pakhtunkhwa", "Peshawar"),
])
def test_a_mixed_case_dateline_with_its_country_is_not_the_event_place(text, town, admin1, filed):
    events = extracted(text).events
    assert events, text
    assert all(e.place.location != filed for e in events), [e.place for e in events]
    assert (events[0].place.location, events[0].place.admin1) == (town, admin1), events[0].place


@pytest.mark.parametrize(("text", "town", "admin1", "filed"), [
    ("Gunmen kill farmers in Plateau\n\nJos — Gunmen killed seven farmers on Sunday in Ropp village of Barkin "
     "Ladi local government area, a youth leader said.", "Ropp", "Plateau", "Jos"),
    ("Bandits abduct worshippers\n\nBy Sani Bello\n\nGusau — Bandits on Friday abducted 30 worshippers from a "
     "mosque in Kaya village, Maradun local government area, police said.", "Kaya", "Zamfara", "Gusau"),
    ("Bunia – Militiamen killed nine displaced people overnight at a camp in Djugu territory, a civil society "
     "leader said.", "Djugu", "Ituri", "Bunia"),
    ("Mogadishu — Al-Shabaab fighters attacked an army base on Monday in Mahaday district of Middle Shabelle, a "
     "military officer said.", "Mahaday", "Middle Shabelle", "Mogadishu"),
])
def test_a_city_and_a_dash_opening_a_paragraph_is_a_dateline(text, town, admin1, filed):
    """'Jos — Gunmen killed...', after a headline or a byline: the city the story was filed from."""
    events = extracted(text).events
    assert events, text
    assert all(e.place.location != filed for e in events), [e.place for e in events]
    assert (events[0].place.location, events[0].place.admin1) == (town, admin1), events[0].place
