"""A merchant ship's crew are ACLED's 'Civilians (International)', not the civilians of the country whose waters
the ship sailed or of whoever struck it; the crew of a military helicopter are no such party."""

import pytest

from tests.conftest import claim_rows, event_parties

INTERNATIONAL = "Civilians (International)"


@pytest.mark.parametrize("text, language", [
    ("Houthi rebels attacked a Greek-owned tanker in the Red Sea on Monday, wounding two crew members.", "en"),
    ("Houthi drones struck a Marshall Islands-flagged cargo ship in the Gulf of Aden on Monday, killing two "
     "seafarers.", "en"),
    ("Les Houthis ont attaqué un pétrolier battant pavillon libérien en mer Rouge lundi, blessant deux membres "
     "d'équipage.", "fr"),
    ("Un vraquier a été touché par un missile houthi au large de Hodeïda mardi ; trois membres d'équipage ont été "
     "blessés.", "fr"),
])
def test_a_merchant_ships_crew_are_international_civilians(text, language):
    _, parties = event_parties(text, language)
    assert parties.get(INTERNATIONAL) == "B", parties
    assert not any(p.startswith("Civilians (Y") for p in parties), parties


@pytest.mark.parametrize("text, language", [
    ("A Malian army helicopter crashed near Gao on Monday during an operation, killing two crew members.", "en"),
    ("Un hélicoptère de l'armée malienne s'est écrasé près de Gao lundi, tuant deux membres d'équipage.", "fr"),
    ("Jihadists shot down an army helicopter near Menaka on Monday, killing its three crew members.", "en"),
])
def test_a_helicopters_crew_are_no_international_civilians(text, language):
    _, parties = event_parties(text, language)
    assert INTERNATIONAL not in parties, parties


@pytest.mark.parametrize("text", [
    "A missile fired by the Houthis hit a commercial ship in the Gulf of Aden on Wednesday and killed three of "
    "its crew members, the US military said.",
    "Houthi rebels struck a Liberian-flagged tanker off Mocha on Monday, killing two of its crew, officials said.",
    "A drone launched by Houthi rebels hit a merchant vessel in the Red Sea on Friday, wounding four of its crew.",
])
def test_the_crew_a_figure_counts_of_a_merchant_ship_are_international(text):
    ofs = {r[2] for r in claim_rows(text) if r[0] in ("killed", "wounded")}
    assert ofs == {INTERNATIONAL}, claim_rows(text)


def test_international_civilians_are_their_own_entry_not_an_acronym():
    from fogline.actors import ActorDictionary

    entry = ActorDictionary.default().by_name(INTERNATIONAL)  # "(International)" is no acronym of another actor
    assert entry is not None and entry.name == INTERNATIONAL and entry.kind == "civilians"
