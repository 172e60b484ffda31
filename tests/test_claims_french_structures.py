"""French claim structures (issue 13): one of a group counted by 'l'un de ses combattants', a speaker after a speech
verb of the quote ('…», a regretté X', '…, relate un habitant'). Short reports written for these tests."""

import pytest
from conftest import claim_rows

TYR = "Une frappe de drone a visé une voiture près de Tyr, dans le sud du Liban, dimanche. "
BONI = "Des jihadistes ont attaqué un poste militaire à Boni, dans le centre du Mali, lundi. "
DORI = "Des hommes armés ont attaqué le marché de Seytenga, près de Dori, au Burkina Faso, samedi. "


def claims(text):
    return claim_rows(text, "fr")


@pytest.mark.parametrize("text,what,of", [
    (TYR + "Le Hezbollah a annoncé la mort de l'un de ses combattants, sans autre précision.", "killed", "Hezbollah"),
    (BONI + "L'un des soldats a été tué et deux autres blessés, selon l'armée.", "killed",
     "Military Forces of Mali (FAMa)"),
    (BONI + "L'état-major a confirmé la mort d'un de ses officiers dans l'attaque.", "killed",
     "Military Forces of Mali (FAMa)"),
    (DORI + "Un des commerçants a été grièvement blessé par balle, a indiqué un élu local.", "wounded",
     "Civilians (Burkina Faso)"),
])
def test_one_of_a_group_is_a_figure_of_one(text, what, of):
    """'l'un de ses combattants', 'un des soldats': 'un' before a partitive and a counted noun is one person."""
    assert (what, 1, of) in [c[:3] for c in claims(text)], claims(text)


@pytest.mark.parametrize("text", [
    BONI + "L'un des habitants a raconté que cinq soldats avaient été tués.",
    BONI + "Un des responsables du village a indiqué que douze civils ont été tués.",
    DORI + "Une des victimes a été évacuée vers Dori, selon un infirmier.",
])
def test_one_of_a_group_who_speaks_or_is_moved_is_no_toll(text):
    """The speaker 'l'un des habitants' and one 'evacuated' are no figure of one of this event."""
    assert not [c for c in claims(text) if c[1] == 1], claims(text)


@pytest.mark.parametrize("text,claimant", [
    (BONI + "« Nous avons perdu quatorze hommes », a regretté le porte-parole de l'armée malienne.",
     "Military Forces of Mali (FAMa)"),
    (DORI + "« Ils ont tué sept villageois », relate un habitant joint par téléphone.", "residents"),
    (BONI + "« Nous avons compté douze morts », a constaté un infirmier de l'hôpital de Douentza.", "local sources"),
    (BONI + "Les assaillants ont tué six soldats, a fait savoir l'état-major.", "Military Forces of Mali (FAMa)"),
    (DORI + "Au moins 30 civils ont été tués, a détaillé un élu local.", "local sources"),
    (DORI + "Onze commerçants ont été tués, résume un responsable local.", "local sources"),
])
def test_the_speaker_after_a_speech_verb_of_the_quote(text, claimant):
    """'…», a regretté X', '…, relate X': the speech verbs that follow a quote or a comma take their subject after
    them, as 'a déclaré X' does."""
    got = claims(text)
    assert got and got[0][3] == claimant, got
