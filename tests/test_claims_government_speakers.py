"""Who speaks for a state (issues 13 and 14): a rank names the military only when no other role word of the phrase
names the body ('junta spokesman Colonel X' speaks for the government); a nationality's authorities are its
government; a military junta, government or rulers are the government, not the army. Short texts of our own."""

import pytest
from conftest import claimant_of

EVENT = "Gunmen killed 12 villagers in Boni on Sunday, "
FR_EVENT = "Des hommes armés ont tué 12 villageois dimanche à Boni, "


@pytest.mark.parametrize("text,language,claimant", [
    (EVENT + "junta spokesman Colonel Abdoulaye Maiga said.", "en", "Government of Mali"),
    (EVENT + "Security Minister General Daoud Mohammedine said.", "en", "Government of Mali"),
    ("Interior Minister Gen. Salifou Mody said gunmen killed 12 villagers near Tillaberi on Sunday.", "en",
     "Government of Niger"),
    (FR_EVENT + "a déclaré le ministre de l'Administration territoriale, le général Abdoulaye Maïga.", "fr",
     "Government of Mali"),
])
def test_a_rank_yields_to_the_role_word_of_the_body(text, language, claimant):
    assert claimant_of(text, 12, language) == claimant


@pytest.mark.parametrize("text,language,claimant", [
    (EVENT + "army spokesman Colonel Souleymane Dembele said.", "en", "Military Forces of Mali (FAMa)"),
    (EVENT + "police spokesman Colonel Amadou Sidibe said.", "en", "Police Forces of Mali"),
    (EVENT + "Colonel Souleymane Dembele said.", "en", "Military Forces of Mali (FAMa)"),
    ("Tillaberi Governor Gen. Maman Sani said gunmen killed 12 villagers near Tillaberi on Sunday.", "en",
     "local sources"),
    (FR_EVENT + "a déclaré le colonel Souleymane Dembélé.", "fr", "Military Forces of Mali (FAMa)"),
])
def test_a_rank_alone_is_still_the_military(text, language, claimant):
    assert claimant_of(text, 12, language) == claimant


@pytest.mark.parametrize("text,claimant", [
    (EVENT + "Malian authorities said.", "Government of Mali"),
    ("Burkinabe authorities said gunmen killed 12 villagers near Djibo on Sunday.", "Government of Burkina Faso"),
    ("Gunmen killed 12 villagers near Tillaberi on Sunday, Nigerien authorities told reporters.",
     "Government of Niger"),
])
def test_a_nationality_s_authorities_are_its_government(text, claimant):
    assert claimant_of(text, 12) == claimant


@pytest.mark.parametrize("text,claimant", [
    (EVENT + "Mali's military junta said in a statement.", "Government of Mali"),
    ("The military government said gunmen killed 12 villagers near Djibo on Sunday.", "Government of Burkina Faso"),
    ("Gunmen killed 12 villagers near Tillaberi on Sunday, Niger's military rulers said.", "Government of Niger"),
])
def test_a_military_junta_is_the_government(text, claimant):
    assert claimant_of(text, 12) == claimant
