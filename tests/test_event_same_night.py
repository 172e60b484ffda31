"""A night spans two calendar days: a later sentence's bare 'overnight' or 'la nuit dernière', read from a page of
the 14th as the 13th, is the night of the incident told on the 14th ('overnight on March 14', 'tôt vendredi 14
mars'), not a second incident of the 13th (dates.json ``night_words``). Texts written for these tests (published
Friday 2025-03-14)."""

import pytest
from conftest import doc, validate

from fogline.extract import extract


@pytest.mark.parametrize("text,language,place", [
    ("Russian forces struck Kharkiv with missiles and drones overnight on March 14, killing two people, the mayor "
     "said. The air force said Russia had launched 60 attack drones against Ukraine overnight, of which 45 were shot "
     "down.", "en", "Kharkiv"),
    ("Gunmen attacked the village of Kauru overnight on March 14, killing seven people, police said. The attack went "
     "on overnight as the gunmen burned houses and a church, residents said.", "en", "Kauru"),
    ("Suspected jihadists raided an army post in Tillia overnight on March 14, killing 12 soldiers. Army aircraft "
     "struck the attackers overnight as they fled, the ministry said.", "en", "Tillia"),
    ("Des drones russes ont frappé Odessa tôt vendredi 14 mars, tuant trois personnes. Selon l'armée de l'air, "
     "l'attaque a mobilisé 70 drones la nuit dernière.", "fr", "Odesa"),
    ("Des jihadistes ont attaqué le poste de Boni à l'aube du 14 mars, tuant cinq gendarmes. Les combats avaient "
     "commencé la nuit dernière, selon un élu.", "fr", "Boni"),
])
def test_a_later_bare_night_is_the_incidents_night(text, language, place):
    ex = extract(doc(text, published="2025-03-14", language=language)).to_dict()
    validate(ex, text)
    assert [(e["date"], e["location"]) for e in ex["events"]] == [("2025-03-14", place)]
