"""What the counted people were, told after the counted phrase (issue 13): 'killing 20 people, all of them
soldiers', 'killing 20, mostly civilians'. Short reports written for these tests."""

import pytest
from conftest import victims_of as of_


@pytest.mark.parametrize("text,low,of", [
    ("BAMAKO, Mali (AP) — Jihadists attacked an army post near Boni on Saturday, killing 20 people, all of them "
     "soldiers, the army said.", 20, "Military Forces of Mali (FAMa)"),
    ("BAMAKO, Mali (AP) — Jihadists attacked an army post near Boni on Saturday, killing 20, mostly soldiers, a "
     "security source said.", 20, "Military Forces of Mali (FAMa)"),
    ("NIAMEY, Niger (Reuters) - An air strike on a market near Tillaberi on Friday killed 31 people, most of them "
     "women and children, residents said.", 31, "Civilians (Niger)"),
    ("MAIDUGURI, Nigeria (AP) — A roadside bomb hit a patrol near Bama on Monday, killing nine people, all of them "
     "police officers, a police spokesman said.", 9, "Police Forces of Nigeria"),
])
def test_the_words_after_say_who_the_dead_were(text, low, of):
    assert of_(text, low) == of
