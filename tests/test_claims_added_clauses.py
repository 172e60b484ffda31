"""A speaker's second clause ('…, adding that …') and the speaker's own men ('three of his men'): short reports
written for these tests, each rule in several forms."""

import pytest
from conftest import extracted

FARDC = "Military Forces of the Democratic Republic of Congo (FARDC)"


def claim_of(text, what, low, language="en"):
    out = extracted(text, language)
    found = [(c.of, c.claimant) for e in out.events for c in e.claims if c.what == what and c.low == low]
    assert found, [(c.what, c.low, c.of, c.claimant) for e in out.events for c in e.claims]
    return found[0]


@pytest.mark.parametrize("text,what,low,of", [
    ("Congolese troops fought M23 rebels near Sake, Congo, on Monday. An army spokesman said troops killed 15 "
     "rebels, adding that 3 of his men were wounded.", "wounded", 3, FARDC),
    ("ISWAP fighters attacked an army base in Marte, Nigeria, on Sunday. A militant commander told AP that 4 of "
     "his fighters died in the assault.", "killed", 4, "Islamic State West Africa Province (ISWAP)"),
    ("Separatist rebels clashed with Malian troops near Anefis, Mali, on Friday. The rebels' leader said two of "
     "his men were wounded.", "wounded", 2, "Azawad Liberation Front (FLA)"),
])
def test_the_speakers_men_are_the_speakers_side(text, what, low, of):
    """'N of his men', said by a side's spokesman or commander, counts that side's own losses, not 'unknown'."""
    assert claim_of(text, what, low)[0] == of


@pytest.mark.parametrize("text,low,of,claimant", [
    ("Congolese troops fought M23 rebels near Sake, Congo, on Monday. An army spokesman said troops killed 15 "
     "rebels, adding that 3 of his men were wounded.", 15, "M23: March 23 Movement", FARDC),
    ("Congolese troops fought M23 rebels near Sake, Congo, on Monday. An army spokesman said troops killed 15 "
     "rebels, adding that M23 had been driven out of Sake.", 15, "M23: March 23 Movement", FARDC),
    ("Fano militiamen attacked an army camp near Gondar, Ethiopia, on Monday. A military spokesman said soldiers "
     "killed 8 militiamen, adding that Fano had fired first.", 8, "Fano Militia", "Military Forces of Ethiopia"),
])
def test_a_figure_before_an_added_clause_is_the_first_verbs(text, low, of, claimant):
    """'X said A, adding that B': A is what X said; the words after 'adding' are what X added, not X's name."""
    assert claim_of(text, "killed", low) == (of, claimant)


@pytest.mark.parametrize("text,language,low,of,claimant", [
    ("Jihadists attacked an army post near Boni, Mali, on Sunday. An army spokesman said the troops killed 30 "
     "jihadists, adding that JNIM had claimed the attack.", "en", 30,
     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (FAMa)"),
    ("Troops raided a village in the Lower Shabelle region of Somalia on Thursday. A military spokesman said the "
     "troops killed 26 militants, stressing that al Shabaab had claimed the village.", "en", 26, "Al Shabaab",
     "Military Forces of Somalia"),
    ("Des jihadistes ont attaqué un poste de l'armée près de Boni, au Mali, dimanche. Un porte-parole de l'armée "
     "a déclaré que les soldats avaient tué 30 assaillants, ajoutant que le JNIM avait revendiqué l'attaque.",
     "fr", 30, "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (FAMa)"),
])
def test_a_speaker_inside_a_later_that_clause_is_not_the_figures(text, language, low, of, claimant):
    """'…, adding that Y had claimed the attack': Y speaks inside what was added, so Y gives no earlier figure."""
    assert claim_of(text, "killed", low, language) == (of, claimant)


def test_a_speaker_after_a_relative_that_still_closes_the_sentence():
    text = ("Gunmen attacked a market in Gao, Mali, on Friday. Twelve traders were killed in the blast that hit "
            "the market, police said.")
    assert claim_of(text, "killed", 12)[1] == "Police Forces of Mali"
