"""Whose dead 'night guards' and 'mine guards' are (issue 13): guards of a site are civilians, not the
country's forces as bare 'guards' of a post may be. Short reports written for these tests."""

import pytest
from conftest import victims_of as of_


@pytest.mark.parametrize("text,low", [
    ("NIAMEY, Niger (AP) — Gunmen attacked a gold mine near Tera on Tuesday, killing 11 mine guards, a local "
     "official said.", 11),
    ("NIAMEY, Niger (AP) — Gunmen raided the market in Tera overnight and shot dead four night guards, residents "
     "said.", 4),
    ("GAO, Mali (Reuters) - Gunmen stormed the regional hospital in Gao on Friday and killed three hospital guards, "
     "a health official said.", 3),
])
def test_guards_of_a_site_are_civilians(text, low):
    assert of_(text, low).startswith("Civilians")
