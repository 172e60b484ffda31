"""A body's full name closed by its acronym, then an apposition, opens the clause: it is the speaker ("Le Groupe de
soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a revendiqué … et affirmé avoir tué …"), not the noun
its figure counts after the verb (the soldiers were read as their own speaker)."""

import pytest

from tests.conftest import claim_rows

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text, language, claimant", [
    ("Un convoi de l'armée burkinabè est tombé mercredi dans une embuscade près de Diapaga. Le Groupe de soutien à "
     "l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a revendiqué l'attaque et affirmé avoir tué une trentaine de "
     "militaires.", "fr", JNIM),
    ("Des jihadistes ont attaqué un poste près de Djibo lundi. Dans un communiqué, le Groupe de soutien à l'islam "
     "et aux musulmans (JNIM), affilié à Al-Qaïda, a revendiqué l'assaut et affirmé avoir tué quinze soldats.",
     "fr", JNIM),
    ("Rebels attacked a village near Beni overnight. The Allied Democratic Forces (ADF), an Islamic State "
     "affiliate, claimed the raid and said it had killed 15 soldiers.", "en", "ADF: Allied Democratic Forces"),
    ("Militants attacked a checkpoint near Beni on Friday. The Allied Democratic Forces (ADF), a group linked to "
     "Islamic State, claimed the attack and said its fighters killed nine soldiers.", "en",
     "ADF: Allied Democratic Forces"),
    ("Fighting broke out near Kyaukphyu on Sunday. The Arakan Army (AA), an ethnic armed group, claimed the "
     "assault and said it had killed 25 junta soldiers.", "en", "AA: Arakan Army"),
])
def test_a_full_name_with_its_acronym_before_an_apposition_speaks(text, language, claimant):
    rows = [r for r in claim_rows(text, language) if r[0] == "killed"]
    assert rows and all(r[3] == claimant for r in rows)
