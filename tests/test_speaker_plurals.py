"""A stand-in in the plural names the speaker its noun named in the singular ('a security source said …
The sources added …'): attribution.json ``plural_endings``."""

import pytest
from conftest import claim_rows


@pytest.mark.parametrize("text,language,what,low,claimant", [
    ("Jihadists attacked a base near Djibo, Burkina Faso, on Monday. A security source said 12 soldiers were killed. "
     "The army said it killed 30 attackers. The sources added that 40 soldiers were wounded.", "en",
     "wounded", 40, "security sources"),
    ("Gunmen attacked a village near Tsafe, Zamfara State, Nigeria, on Monday. A local official said 14 villagers "
     "were killed. Police said 5 suspects were arrested. The officials said 20 villagers were abducted.", "en",
     "abducted", 20, "local sources"),
    ("Des jihadistes ont attaqué une base près de Djibo, au Burkina Faso, lundi. Une source sécuritaire a affirmé "
     "que 12 soldats ont été tués. L'armée a dit avoir tué 30 assaillants. Les sources ont ajouté que 40 soldats "
     "ont été blessés.", "fr", "wounded", 40, "security sources"),
])
def test_the_plural_names_the_speaker_of_the_singular(text, language, what, low, claimant):
    rows = [r for r in claim_rows(text, language, "2025-06-10") if r[:2] == (what, low)]
    assert [r[3] for r in rows] == [claimant]
