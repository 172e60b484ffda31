"""The day a toll was updated ('le bilan s'est alourdi lundi à 40 morts', 'est passé lundi à') or the dead were
buried ('Mourners on Monday buried ...') is not the incident's: a later sentence's day dates it (dates.json
``statement_before``, ``statement_after``). French puts 'passé' after a weekday to mean 'last' ('lundi passé');
before one it is a verb ('est passé lundi à 40'): dates.json ``last_words_before``."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.extract.dates import DateReader
from fogline.lang import resources
from fogline.records import Document

TUE = date(2025, 3, 11)


def event_dates(text, code):
    return [e["date"] for e in extract(Document("t", text, code, TUE)).to_dict()["events"]]


@pytest.mark.parametrize("text,expected", [
    ("Le bilan de l'attaque contre le village de Kongoussi s'est alourdi lundi à 40 morts. Des hommes armés "
     "avaient attaqué le village samedi.", "2025-03-08"),
    ("Le bilan de l'embuscade tendue à un convoi de l'armée près de Fada s'est élevé mardi à 25 soldats tués, selon "
     "une source sécuritaire. L'embuscade a eu lieu dimanche.", "2025-03-09"),
    ("Le nombre de civils tués lors du raid des ADF contre Oicha est passé lundi à 31, selon la société civile. Les "
     "assaillants ont fait irruption dans le village vendredi soir.", "2025-03-07"),
])
def test_the_day_a_french_toll_rose_is_not_the_attacks(text, expected):
    assert event_dates(text, "fr") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Mourners on Monday buried 12 villagers killed by gunmen in Zamfara. The attack happened on Saturday.",
     "2025-03-08"),
    ("Relatives on Tuesday laid to rest nine farmers killed by suspected herders in Benue State. The herders "
     "struck the village on Sunday night, police said.", "2025-03-09"),
    ("Residents of Bokkos on Monday buried 14 people killed in a raid by gunmen. The raid took place late on "
     "Friday, a local official said.", "2025-03-07"),
])
def test_the_day_of_a_burial_is_not_the_killings(text, expected):
    assert event_dates(text, "en") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("le bilan est passé mardi à 40 morts", date(2025, 3, 11)),
    ("le convoi est passé mardi par Kaya", date(2025, 3, 11)),
    ("un véhicule est passé dimanche sur une mine", date(2025, 3, 9)),
])
def test_passe_before_a_weekday_is_a_verb(text, expected):
    found = DateReader(resources("fr")["dates"], "fr").find(text, TUE)
    assert [d.date for d in found] == [expected]
    assert text[found[0].start:found[0].end] in ("mardi", "dimanche")
