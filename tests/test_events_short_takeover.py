"""A place held only for a while ('briefly', 'before being pushed back', 'avant de se retirer') or whose capture
is disputed ('if confirmed', 'a claim the army denied', 'l'armée dément') did not change hands: ACLED codes a
territorial change of a day or less as Battles / Armed clash, not a taking of territory. Short reports written for
these tests."""

import pytest
from conftest import first_event

CLASH = ("Battles", "Armed clash")


def kind(text, language="en"):
    e = first_event(text, language)
    return e.event_type, e.sub_event_type


@pytest.mark.parametrize("text,language", [
    ("Militants briefly seized the town of Diapaga, Burkina Faso, on Monday before soldiers pushed them back, the "
     "army said.", "en"),
    ("Al-Shabaab fighters overran the town of Bulo Burte, Somalia, on Sunday before withdrawing a few hours later, "
     "residents said.", "en"),
    ("Rebels took control of the village of Kibirizi, Congo, for several hours on Friday.", "en"),
    ("ISWAP fighters captured the town of Malam Fatori, Nigeria, on Tuesday before being driven out by troops the "
     "same evening, residents said.", "en"),
    ("Les jihadistes ont brièvement pris le contrôle de la ville de Diapaga, au Burkina Faso, lundi, selon des "
     "habitants.", "fr"),
    ("Des hommes armés se sont emparés mardi du village de Boni, au Mali, avant de se retirer dans la soirée, selon "
     "des sources locales.", "fr"),
    ("Les rebelles ont pris la localité de Kitshanga, en RDC, avant d'être repoussés par l'armée, jeudi.", "fr"),
])
def test_a_short_hold_is_an_armed_clash(text, language):
    assert kind(text, language) == CLASH


@pytest.mark.parametrize("text,language", [
    ("Rebels said they had captured the town of Kalehe, in Congo, but the army said it still controls the town.",
     "en"),
    ("Russia said on Monday its troops had taken control of Krasne, a village in Ukraine's Donetsk region. The "
     "capture, if confirmed, would bring its forces closer to the city.", "en"),
    ("The militia said it seized the town of Tawila in Sudan on Saturday, a claim the army denied.", "en"),
    ("Le M23 affirme avoir pris la ville de Kalehe, en RDC, mais l'armée a démenti cette prise.", "fr"),
    ("Les jihadistes ont pris le contrôle de la ville de Djibo, au Burkina Faso, selon une revendication. L'armée "
     "affirme que la ville est toujours sous son contrôle.", "fr"),
    ("Les rebelles disent avoir pris la localité de Nyanzale, en RDC, une information qui, si elle est confirmée, "
     "marquerait une nouvelle avancée.", "fr"),
])
def test_a_disputed_capture_is_an_armed_clash(text, language):
    assert kind(text, language) == CLASH


@pytest.mark.parametrize("text,language", [
    ("JNIM fighters took control of the town of Djibo, Burkina Faso, on Tuesday after heavy fighting with the army.",
     "en"),
    ("Les rebelles ont pris le contrôle de la ville de Walikale, en RDC, mardi, après des combats avec l'armée.", "fr"),
])
def test_a_lasting_capture_stays_a_taking_of_territory(text, language):
    assert kind(text, language) == ("Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text,language", [
    ("Des hommes armés ont attaqué dimanche la ville de Koro, au Mali, mais les FDS ont pris le dessus et gardé le "
     "contrôle de la ville.", "fr"),
    ("Les jihadistes ont attaqué dimanche la ville de Djibo, au Burkina Faso, mais l'armée a conservé le contrôle de "
     "la localité, selon des sources sécuritaires.", "fr"),
    ("Malgré l'assaut des rebelles contre Kalehe, en RDC, dimanche, les FARDC affirment avoir gardé le contrôle de "
     "la cité.", "fr"),
    ("Rebels stormed the town of Kalehe, Congo, on Sunday and said they had taken control of it, but the army said "
     "it retained control of the town.", "en"),
    ("Al-Shabaab fighters overran a military base near Bulo Burte, Somalia, on Sunday, though officials said troops "
     "kept control of the town.", "en"),
    ("Militants took control of the village of Kibirizi, Congo, on Friday, residents said; the army says it "
     "maintains full control of the area.", "en"),
])
def test_defenders_who_kept_control_make_an_armed_clash(text, language):
    assert kind(text, language) == CLASH


@pytest.mark.parametrize("text,language", [
    ("After fighting for several hours, JNIM fighters took control of the town of Djibo, Burkina Faso, on Tuesday.",
     "en"),
    ("JNIM fighters took control of the town of Djibo, Burkina Faso, on Tuesday. Thousands of residents were "
     "temporarily displaced.", "en"),
    ("JNIM fighters took control of the town of Djibo, Burkina Faso, on Tuesday after the army briefly resisted.",
     "en"),
    ("Après plusieurs heures de combats, les jihadistes ont pris le contrôle de la ville de Djibo, au Burkina Faso, "
     "mardi.", "fr"),
    ("Les rebelles ont pris mardi le contrôle de la ville de Kalehe, en RDC, après des combats qui ont duré pendant "
     "plusieurs heures.", "fr"),
])
def test_the_fights_duration_or_another_brief_thing_leaves_the_taking(text, language):
    assert kind(text, language) == ("Battles", "Non-state actor overtakes territory")
