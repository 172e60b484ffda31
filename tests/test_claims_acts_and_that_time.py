"""Figures that count no victim of the event (issue 13): a count of acts ('de nombreuses exactions ..., notamment des
enlèvements', 'dozens of incidents, including abductions') counts no abducted people; and a sentence that points back
to the month or year of a past event told just before ('Le même mois, une embuscade avait fait une vingtaine de
morts', 'Later that year, 41 people were killed') is that past event's. Short reports written for these tests."""

import pytest
from conftest import claim_rows

MALI = "L'armée malienne a mené des frappes aériennes près de Ténenkou, dans le centre du Mali, jeudi. "
KASSA = ("Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "
         "L'attaque a fait 12 morts. ")
GAO = "Gunmen attacked a market near Gao, Mali, on Monday, killing 12 people. "


@pytest.mark.parametrize("text,language", [
    (MALI + "Ce groupe serait responsable de nombreuses exactions contre les populations, notamment des enlèvements "
     "de bétail.", "fr"),
    (MALI + "Le groupe est accusé de plusieurs attaques contre des civils, dont des enlèvements.", "fr"),
    (MALI + "Des dizaines d'exactions, dont des meurtres et des enlèvements, ont été signalées.", "fr"),
    (GAO + "The group is blamed for numerous abuses against villagers, including abductions.", "en"),
    (GAO + "Dozens of incidents, including killings and abductions, were reported in the area.", "en"),
])
def test_a_count_of_acts_counts_no_victims(text, language):
    assert not [c for c in claim_rows(text, language) if c[0] == "abducted"], claim_rows(text, language)


@pytest.mark.parametrize("text,language,past", [
    (KASSA + "En mai 2024, des jihadistes avaient attaqué Kassa. Le même mois, une embuscade avait fait une vingtaine "
     "de morts à Djibo.", "fr", 20),
    (KASSA + "En 2022, le village avait déjà été attaqué. Cette année-là, 41 personnes avaient été tuées à Seytenga.",
     "fr", 41),
    (KASSA + "En juin 2023, l'armée avait perdu le contrôle de la zone. La même année, 33 soldats avaient été tués à "
     "Djibo.", "fr", 33),
    (GAO + "In May 2024, jihadists had attacked the nearby town of Djibo. That same month, an ambush killed about 20 "
     "soldiers near Arbinda.", "en", 20),
    (GAO + "In 2022, the village was attacked by militants. Later that year, 41 people were killed in Seytenga.", "en",
     41),
])
def test_the_month_or_year_of_a_past_event_told_before_is_background(text, language, past):
    got = [c[1] for c in claim_rows(text, language)]
    assert 12 in got and past not in got, claim_rows(text, language)
