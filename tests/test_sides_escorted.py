"""The people a force escorts or guards are no party of an attack on that force; counted dead still are."""

import pytest

from fogline.extract import extract
from fogline.records import Document


def _actors(text: str, language: str = "en") -> list[str]:
    ex = extract(Document(id="t", text=text, language=language, published=None)).to_dict()
    return [a["name"] for e in ex["events"] for a in e["actors"]]


@pytest.mark.parametrize("text,language,force", [
    ("A roadside bomb hit an army patrol protecting aid workers near Bama on Friday, killing two soldiers.",
     "en", "Military Forces of Nigeria"),
    ("A drone struck police officers who were guarding fishermen near Baga on Tuesday, killing four officers.",
     "en", "Police Forces of Nigeria"),
    ("A landmine exploded under a gendarmerie vehicle escorting a convoy of traders near Tera on Monday, "
     "killing three gendarmes.", "en", "Police Forces of Niger (Gendarmerie)"),
    ("Une mine a touché jeudi un véhicule de l'armée qui escortait des commerçants près de Tera, tuant quatre "
     "soldats.", "fr", "Military Forces of Niger"),
])
def test_escorted_civilians_are_no_party(text, language, force):
    names = _actors(text, language)
    assert force in names
    assert not any(n.startswith("Civilians") for n in names), names


def test_escorted_people_counted_among_the_dead_stay():
    names = _actors("A bomb hit an army patrol escorting traders near Bama on Friday, killing two soldiers and "
                    "three traders.")
    assert "Civilians (Nigeria)" in names
