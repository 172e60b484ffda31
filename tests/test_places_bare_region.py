"""A town followed by a bare first-level region ('Kirumba in Ituri', 'Kirumba, en Ituri') lies in that region:
a namesake of the town elsewhere (a Kirumba in North Kivu) does not take the event. Short reports written for
these tests."""

import pytest
from conftest import extracted


def place_of(text, language):
    out = extracted(text, language)
    assert out.events, "no event"
    p = out.events[0].place
    return p.admin1, p.location


@pytest.mark.parametrize("text,language", [
    ("ADF rebels killed 17 people in the village of Kirumba in Ituri, Congo, on Saturday, a local administrator "
     "said.", "en"),
    ("Au moins 17 personnes ont été tuées samedi dans le village de Kirumba, en Ituri, en RDC, a indiqué un "
     "administrateur.", "fr"),
    ("Au moins 17 personnes ont été tuées samedi dans le village de Kirumba, dans l'Ituri, en RDC, a indiqué un "
     "administrateur.", "fr"),
    ("Des rebelles ADF ont tué 17 personnes samedi à Kirumba en Ituri, dans l'est de la RDC, selon un "
     "administrateur.", "fr"),
])
def test_a_bare_region_after_a_town_is_where_it_lies(text, language):
    assert place_of(text, language) == ("Ituri", "Kirumba")


def test_the_town_of_the_region_named_stays():
    text = "M23 rebels shelled Goma in North Kivu, Congo, on Monday, killing five civilians, residents said."
    assert place_of(text, "en") == ("North Kivu", "Goma")
