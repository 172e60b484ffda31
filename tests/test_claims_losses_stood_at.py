"""'Losses stood at N', 'the army's losses had risen to N': losses that reach a figure are a death toll, like
'the toll stood at N' (French 'les pertes s'élèvent à N' is read so already, checked here beside them); material
losses are not."""

import pytest

from tests.conftest import claim_rows

FARDC = "Military Forces of the Democratic Republic of Congo (FARDC)"


@pytest.mark.parametrize("text, language, low, of", [
    ("JNIM fighters attacked a military post near Djibo on Sunday. The army's losses stood at 12 soldiers, a "
     "security source said.", "en", 12, "Military Forces of Burkina Faso"),
    ("Rebels ambushed an army convoy near Beni on Friday. Losses stood at 15, the army said.", "en", 15, FARDC),
    ("Rebels ambushed an army convoy near Beni on Friday. The army said its losses had risen to 15.", "en", 15,
     FARDC),
    ("Militants attacked an army base in Borno on Sunday. Military losses reached 20, according to a security "
     "source.", "en", 20, "Military Forces of Nigeria"),
    ("Des rebelles ont attaqué un convoi près de Beni vendredi. Les pertes des FARDC s'établissent à neuf hommes, "
     "a indiqué l'armée.", "fr", 9, FARDC),
])
def test_losses_reaching_a_figure_are_a_toll(text, language, low, of):
    rows = claim_rows(text, language)
    assert ("killed", low, of) in [r[:3] for r in rows], rows


@pytest.mark.parametrize("text, language", [
    ("Rebels ambushed an army convoy near Beni on Friday. Material losses stood at 15 vehicles, the army said.",
     "en"),
    ("Des rebelles ont attaqué un convoi près de Beni vendredi. Les pertes matérielles s'élèvent à 15 véhicules, "
     "selon l'armée.", "fr"),
])
def test_material_losses_are_no_toll(text, language):
    assert not any(r[0] == "killed" for r in claim_rows(text, language))
