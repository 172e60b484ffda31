"""What a witness heard or saw ("we heard small explosions", "a entendu de fortes détonations") is an account of the
incident told, not an incident of its own. Each multi-sentence case gave a second event before; an explosion told
as the event ("A bomb explosion rocked the market") stays one."""

import pytest

from tests.conftest import extracted


@pytest.mark.parametrize("text, language", [
    ("An army helicopter crashed near Djibo on Monday, killing two crew members, residents said. \"We saw thick "
     "smoke and heard small explosions,\" one resident said.", "en"),
    ("Gunmen attacked a police post in Bannu on Sunday, killing three officers, police said. Residents said they "
     "heard loud explosions for an hour.", "en"),
    ("A military transport plane crashed near Gao on Sunday, the army said. Residents said they heard a loud "
     "explosion before it came down.", "en"),
    ("A drone struck a fuel depot near Kherson on Sunday, officials said. \"I heard two explosions and then saw the "
     "fire,\" a witness told reporters.", "en"),
    ("Un hélicoptère de l'armée s'est écrasé près de Djibo lundi, tuant deux membres d'équipage, selon des "
     "habitants. « Nous avons entendu de fortes explosions », a raconté un habitant.", "fr"),
    ("Des jihadistes ont attaqué le poste de Sebba dimanche, tuant trois gendarmes. Des habitants ont dit avoir "
     "entendu plusieurs explosions pendant la nuit.", "fr"),
    ("Un drone a frappé un dépôt de carburant près de Kidal dimanche. « J'ai entendu deux explosions puis des "
     "tirs », a témoigné un habitant.", "fr"),
])
def test_what_a_witness_heard_is_no_second_incident(text, language):
    assert len(extracted(text, language).events) == 1


@pytest.mark.parametrize("text, language", [
    ("A bomb explosion rocked a market in Maiduguri on Sunday, killing five people, police said.", "en"),
    ("Une explosion a secoué un marché de Maiduguri dimanche, tuant cinq personnes, selon la police.", "fr"),
])
def test_an_explosion_told_as_the_event_stays_one(text, language):
    events = extracted(text, language).events
    assert len(events) == 1 and events[0].event_type == "Explosions/Remote violence"
