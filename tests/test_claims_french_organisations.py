"""Named organisations as claimants (issue 13): rights groups, medical charities, the Red Cross's committee and
conflict monitors that French and English reports cite for a toll speak in their own name, by the guide's
English canonical name, not as 'local sources' nor in the outlet's voice. Short reports written for these tests."""

import pytest
from conftest import claim_rows, extracted

KASSA = "Des hommes armés ont attaqué le village de Kassa, dans le nord du Burkina Faso, lundi. "
GOMA = "Les combats entre le M23 et l'armée congolaise près de Sake, dans le Nord-Kivu, ont repris mardi. "
GAO = "Gunmen attacked a market near Gao, Mali, on Monday. "


@pytest.mark.parametrize("text,language,claimant", [
    (KASSA + "Au moins 17 civils ont été tués, selon Human Rights Watch.", "fr", "Human Rights Watch"),
    (KASSA + "Dix-sept villageois ont été exécutés, a affirmé Amnesty International.", "fr",
     "Amnesty International"),
    (GOMA + "Selon Médecins sans frontières (MSF), 35 blessés ont été soignés à Goma.", "fr",
     "Doctors Without Borders"),
    (GOMA + "Le Comité international de la Croix-Rouge (CICR) a fait état de 12 morts.", "fr",
     "International Committee of the Red Cross (ICRC)"),
    (KASSA + "Au moins 17 civils ont été tués, selon un décompte de l'Acled.", "fr", "ACLED"),
    (GAO + "At least 35 people were wounded, the medical charity MSF said.", "en", "Doctors Without Borders"),
    (GAO + "The Norwegian Refugee Council said 3,000 people had fled the area.", "en",
     "Norwegian Refugee Council (NRC)"),
])
def test_a_named_organisation_is_its_own_claimant(text, language, claimant):
    got = claim_rows(text, language)
    assert got and all(c[3] == claimant for c in got), got


@pytest.mark.parametrize("text,language", [
    (KASSA + "Au moins 17 civils ont été tués, selon Human Rights Watch.", "fr"),
    (GOMA + "Selon le CICR, 12 personnes ont été tuées.", "fr"),
    (GAO + "At least 17 civilians were killed, Amnesty International said.", "en"),
])
def test_an_organisation_is_never_a_party(text, language):
    """A body that counts the dead fights no one: it is no actor of the event."""
    names = {a.name for e in extracted(text, language).events for a in e.actors}
    assert not names & {"Human Rights Watch", "International Committee of the Red Cross (ICRC)",
                        "Amnesty International"}, names


@pytest.mark.parametrize("text,claimant", [
    ("Des jihadistes ont attaqué un poste militaire à Boulkessi, au Mali, lundi. Selon la Dirpa, douze assaillants "
     "ont été neutralisés.", "Military Forces of Mali (FAMa)"),
    ("Des jihadistes ont attaqué un poste militaire à Boulkessi, au Mali, lundi. Douze assaillants ont été tués, "
     "selon la Direction de l'information et des relations publiques des armées.", "Military Forces of Mali (FAMa)"),
    ("Des jihadistes ont attaqué un poste militaire à Tillabéri, au Niger, lundi. Vingt terroristes ont été "
     "neutralisés, a indiqué le service des relations publiques des armées.", "Military Forces of Niger"),
])
def test_the_armys_press_office_speaks_for_the_army(text, claimant):
    """The army's public-relations office (Mali's DIRPA) is the army itself, the guide's 'communiqué → the force'."""
    got = claim_rows(text, "fr")
    assert got and got[0][3] == claimant, got
