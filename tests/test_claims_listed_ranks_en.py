"""English tolls that name some of the dead one by one before the figure (issue 13): 'a captain, a lieutenant and
13 soldiers lost their lives' counts 15 (the dev guide codes the captain + lieutenant + 13 as one toll of 15);
and bare 'sources' right after security sources spoke are those security sources. Short reports written for
these tests."""

import pytest
from conftest import claim_rows

LEAD = "MAIDUGURI, Nigeria — Jihadists attacked a military base in Borno State on Friday.\n\n"


@pytest.mark.parametrize("text, what, low", [
    (LEAD + "A lieutenant colonel, a major and 12 soldiers were killed, a military source said.", "killed", 14),
    (LEAD + "The army said one officer and 9 soldiers were wounded.", "wounded", 10),
    (LEAD + "A captain, a sergeant and 5 policemen were killed in the attack, police said.", "killed", 7),
])
def test_the_listed_ranks_count_in_the_toll(text, what, low):
    rows = [(r[0], r[1]) for r in claim_rows(text) if r[0] == what]
    assert rows == [(what, low)], claim_rows(text)


def test_a_soldier_and_civilians_are_two_tolls():
    text = LEAD + "A soldier and 13 civilians were killed, residents said."
    assert 14 not in [r[1] for r in claim_rows(text)]


@pytest.mark.parametrize("text", [
    "MAIDUGURI, Nigeria — Jihadists attacked a base in Borno State on Friday, security sources said. Fifteen "
    "soldiers were killed in the firefight, sources said.",
    "MAIDUGURI, Nigeria — Jihadists attacked a base in Borno State on Friday, security sources told AFP. The "
    "attackers burned the barracks. At least 15 soldiers died, sources said.",
    "MAIDUGURI, Nigeria — Jihadists attacked a base in Borno State on Friday, according to security sources. "
    "Sources said 15 soldiers were killed.",
])
def test_bare_sources_after_security_sources(text):
    assert {r[3] for r in claim_rows(text) if r[1] == 15} == {"security sources"}, claim_rows(text)
