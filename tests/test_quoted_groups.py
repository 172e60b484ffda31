"""The first person of a quotation is the group of whoever speaks it (extract/quoted_groups.py): "“After fierce
fighting, our men now control the town,” he said" makes the spokesman's coalition a party of the fight — the one
that tells it, on side A — where no sentence of the event names it."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document

PUBLISHED = date(2025, 5, 12)


def _event(text: str, language: str):
    events = extract(Document("q", text, language, PUBLISHED)).events
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize("language,text", [
    ("en", "According to a spokesman for the Wazalendo coalition, the offensive began at dawn on Sunday. “After "
           "fierce fighting, our men now control Kalembe,” he said. He said 14 rebels were killed. Local sources "
           "said three civilians were killed by stray bullets during the clashes."),
    ("fr", "Selon un porte-parole de la coalition wazalendo, l'offensive a été lancée dimanche à l'aube. « Après "
           "de violents combats, nos éléments contrôlent désormais Kalembe », a-t-il déclaré. Il affirme que 14 "
           "rebelles ont été tués. Des sources locales font état de trois civils tués par des balles perdues lors "
           "des combats."),
])
def test_the_quoted_groups_fight_is_a_battle_it_takes_part_in(language, text):
    e = _event(text, language)
    sides = {a.name: a.side for a in e.actors}
    assert e.event_type == "Battles"  # not a one-sided attack on the civilians hit by stray bullets
    assert sides.get("Wazalendo") == "A" and sides.get("M23: March 23 Movement") == "B"


@pytest.mark.parametrize("language,text", [
    ("en", "According to a spokesman for the Wazalendo coalition, the offensive began at dawn on Sunday. “After "
           "fierce fighting, our men now control Kalembe,” he said. He said 14 rebels were killed."),
    ("fr", "Selon un porte-parole de la coalition wazalendo, l'offensive a été lancée dimanche à l'aube. « Après "
           "de violents combats, nos éléments contrôlent désormais Kalembe », a-t-il déclaré. Il affirme que 14 "
           "rebelles ont été tués."),
])
def test_the_group_that_tells_its_own_fight_is_side_a(language, text):
    sides = {a.name: a.side for a in _event(text, language).actors}
    assert (sides.get("Wazalendo"), sides.get("M23: March 23 Movement")) == ("A", "B")


def test_a_residents_we_adds_no_armed_group():
    e = _event("Residents described the attack. “We fled when M23 rebels stormed Kalembe on Sunday and killed 14 "
               "people,” a resident said.", "en")
    assert {a.name for a in e.actors} == {"M23: March 23 Movement", "Civilians (Democratic Republic of Congo)"}


@pytest.mark.parametrize("language,text", [
    ("en", "The Wazalendo coalition's spokesman spoke to reporters on Monday. “Our fighters ambushed an M23 convoy "
           "near Kalembe on Sunday and killed 14 rebels,” he said."),
    ("en", "A spokesman for the Wazalendo coalition was speaking to reporters in Goma on Monday. “Our fighters "
           "ambushed an M23 convoy near Kalembe on Sunday and killed 14 rebels,” he said."),
    ("fr", "Le porte-parole de la coalition wazalendo s'est exprimé lundi. « Nos combattants ont tendu une "
           "embuscade à un convoi du M23 près de Kalembe dimanche et ont tué 14 rebelles », a-t-il déclaré."),
])
def test_a_speaker_who_spoke_to_the_press_owns_the_quote_after(language, text):
    """"X spoke to reporters", "X s'est exprimé": a verb of speaking with no content of its own still names who
    the next quote's "he said" is (before, the claim went to the outlet or to the group the quote names)."""
    e = _event(text, language)
    assert [(c.low, c.claimant) for c in e.claims] == [(14, "Wazalendo")]
    assert {a.name: a.side for a in e.actors}.get("Wazalendo") == "A"


@pytest.mark.parametrize("language,text", [
    ("en", "Fighting raged near Kalembe on Sunday. “M23 rebels killed 14 villagers,” he told AFP by phone."),
    ("en", "A spokesman for the Wazalendo coalition described the raid. “After hours of fighting, we killed 14 M23 "
           "rebels near Kalembe on Sunday,” he told AFP by phone."),
    ("fr", "Des combats ont eu lieu près de Kalembe dimanche. « Les rebelles du M23 ont tué 14 villageois », a-t-il "
           "confié à l'AFP."),
])
def test_a_group_named_inside_a_quote_is_not_who_he_is(language, text):
    """A group named in what is quoted is what the speaker speaks of, never the 'he' who speaks."""
    claims = [c for c in _event(text, language).claims if c.low == 14]
    assert claims and all(c.claimant != "M23: March 23 Movement" for c in claims)
