"""Forms of place phrases that reports of every war use: a town named as its area, a capital named by its country,
an inverted reporting clause after the place, 'X, near Y', elided region words, namesakes across the world, a
settlement placed by its own sentence's region. Sentences and village names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place as _event_place

from fogline.extract import extractor_for


def _places(text: str, countries: list[str], lang: str = "en") -> list[tuple[str, str, int]]:
    reader = extractor_for(lang).places
    return [(m.entry.name, m.entry.country_code, m.precision) for m in reader.find(text, countries, [])]




# ------------------------------------------------------------------ a town named as its area is the area (precision 2)
@pytest.mark.parametrize(("text", "name"), [
    ("The fighters rode into Magumeri Local Government Area on Friday evening.", "Magumeri"),
    ("Troops were ambushed in the Say department of the Tillaberi region.", "Say"),
    ("Herders clashed with farmers in Bokkos LGA overnight.", "Bokkos"),
    ("Soldiers moved into Konduga district before dawn.", "Konduga"),
])
def test_town_named_as_area_is_near_it(text, name):
    found = [(n, p) for n, _, p in _places(text, ["Nigeria", "Niger"])]
    assert (name, 2) in found, found


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Gunmen killed 15 soldiers in Borno State on Friday. The attackers rode into Magumeri Local Government "
     "Area and sacked a brigade there, sources said.", "Magumeri", "Borno"),
    ("Attackers killed 11 people in Bokkos LGA of Plateau State overnight, police said.", "Bokkos", "Plateau"),
])
def test_event_in_a_town_named_as_area(text, location, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (location, admin1, 2)


def test_settlement_named_before_the_area_wins_over_the_area():
    place = _event_place("Gunmen killed 12 soldiers on Saturday near the village of Tamoukala in the Say department "
                         "of the Tillaberi region, the ministry said.")
    assert (place.location, place.admin1) == ("Tamoukala", "Tillaberi")


# ------------------------------------------------------------------ the capital named by its country
@pytest.mark.parametrize(("text", "lang", "city"), [
    ("A car bomb exploded in the Somali capital on Saturday.", "en", "Mogadishu"),
    ("Gangs torched homes in a neighbourhood of Haiti's capital on Sunday.", "en", "Port-au-Prince"),
    ("Mortar rounds fell on the capital of Burkina Faso overnight.", "en", "Ouagadougou"),
    ("Une voiture piégée a explosé samedi dans la capitale somalienne.", "fr", "Mogadishu"),
    ("Des tirs ont visé un camp militaire de la capitale du Burkina Faso.", "fr", "Ouagadougou"),
])
def test_capital_named_by_its_country(text, lang, city):
    assert (city, 1) in [(n, p) for n, _, p in _places(text, [], lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Officials in the Malian capital said the convoy was hit near Gao.", "en"),
    ("El Fasher, the capital of North Darfur, was shelled again.", "en"),
    ("Bunia, la capitale de l'Ituri, a été attaquée mardi.", "fr"),
])
def test_capital_phrase_that_names_no_country_capital(text, lang):
    names = [n for n, _, _ in _places(text, [], lang)]
    assert not {"Bamako", "Khartoum", "Kinshasa"} & set(names), names


def test_event_in_the_capital_named_by_its_nationality():
    place = _event_place("Gunmen killed 12 people in the Carrefour-Feuilles neighbourhood of the Haitian capital "
                         "on Sunday, a rights group said.")
    assert (place.location, place.admin1, place.country) == ("Port-au-Prince", "Ouest", "Haiti")



# ------------------------------------------------------------------ a city named by its role
@pytest.mark.parametrize(("text", "city", "admin1"), [
    ("Russian drones struck Ukraine's second-largest city overnight, wounding 11 people.", "Kharkiv", "Kharkiv"),
    ("Glide bombs hit the country's second city on Monday, the Ukrainian air force said.", "Kharkiv", "Kharkiv"),
    ("Gunmen attacked a police station in Pakistan's commercial capital on Friday, killing two officers.",
     "Karachi", "Sindh"),
    ("A bomb exploded in a market of Cameroon's economic capital on Saturday, killing two people.", "Douala",
     "Littoral"),
    ("A blast in the country's commercial hub killed four people, Nigerian police said on Sunday.", "Lagos",
     "Lagos"),
])
def test_a_city_named_by_its_role(text, city, admin1):
    """'second city', 'commercial capital': a role, and a country by name, nationality or 'the country's'."""
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (city, admin1, 1)


@pytest.mark.parametrize(("text", "city", "admin1"), [
    ("JUBA — An explosion at a military barracks in the capital killed three soldiers on Sunday.", "Juba",
     "Central Equatoria"),
    ("MOGADISHU (Reuters) - A roadside bomb hit a Somali army convoy in the capital on Tuesday.", "Mogadishu",
     "Banadir"),
    ("Gang members torched homes across the capital on Monday, Haitian police said.", "Port-au-Prince", "Ouest"),
])
def test_the_capital_unnamed_is_the_reports_countrys(text, city, admin1):
    place = _event_place(text)
    assert (place.location, place.admin1) == (city, admin1)


@pytest.mark.parametrize("text", [
    "Gunmen killed six villagers in Zamfara State on Sunday. The wounded were flown to the capital.",
    "Bandits killed five farmers in Katsina State on Friday; officials in the capital condemned the attack.",
    "Gunmen killed two people in Zamfara State, the capital of which was calm on Sunday.",
])
def test_the_capital_as_a_destination_or_speaker_is_not_the_place(text):
    place = _event_place(text)
    assert place.location is None and place.admin1 is not None

# ------------------------------------------------------------------ an inverted reporting clause after the place
@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Gunmen killed five farmers in Gwoza, said a local official.", "en", "Gwoza"),
    ("Jihadists stormed a checkpoint outside Damboa, told AFP a militia leader.", "en", "Damboa"),
    ("Les assaillants ont attaqué le village de Kukawa, a précisé le groupe.", "fr", "Kukawa"),
    ("Des obus sont tombés sur Dikwa, ont indiqué des habitants.", "fr", "Dikwa"),
])
def test_place_before_inverted_reporting_clause_is_a_place(text, lang, name):
    assert name in [n for n, _, _ in _places(text, ["Nigeria"], lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("A former official in Gwoza said the attackers came at night.", "en"),
    ("Un élu de Dikwa a déclaré que les assaillants étaient nombreux.", "fr"),
])
def test_speaker_place_without_comma_is_still_the_speakers(text, lang):
    assert not _places(text, ["Nigeria"], lang)


# ------------------------------------------------------------------ "X, near Y": X is a settlement
@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Jihadists attacked a gendarmerie post at Tialgo, near Fada N'Gourma, on Monday.", "en", "Tialgo"),
    ("Militants raided Kurmiya, close to Takum, killing four.", "en", "Kurmiya"),
    ("Des hommes armés ont attaqué lundi à Tialgo, près de Fada N'Gourma.", "fr", "Tialgo"),
    ("Une embuscade a visé l'escorte à Boudiéri, non loin de Fada N'Gourma.", "fr", "Boudiéri"),
])
def test_name_before_near_a_town_is_a_settlement(text, lang, name):
    assert name in [n for n, _, _ in _places(text, ["Burkina Faso" if "Fada" in text else "Nigeria"], lang)]


def test_event_at_settlement_near_a_town():
    place = _event_place("Des hommes armés ont attaqué lundi un poste de gendarmerie à Tialgo, près de Fada "
                         "N'Gourma, tuant quatre gendarmes burkinabè.", "fr")
    assert (place.location, place.admin1, place.geo_precision) == ("Tialgo", "Est", 2)


# ------------------------------------------------------------------ elided French region words
@pytest.mark.parametrize(("text", "region"), [
    ("Des civils ont été tués dans un village de l'État d'Al-Jazira.", "Al Jazirah"),
    ("Les combats ont gagné la région d'Agadez.", "Agadez"),
    ("Des insurgés ont attaqué deux villages de l'État d'Adamawa.", "Adamawa"),
])
def test_elided_region_word(text, region):
    assert (region, 3) in [(n, p) for n, _, p in _places(text, ["Sudan", "Niger", "Nigeria"], "fr")]


# ------------------------------------------------------------------ a namesake beside the report's countries
@pytest.mark.parametrize(("text", "lang"), [
    ("Russian drones struck Odessa overnight, killing three people.", "en"),
    ("Une attaque de drones russes a fait trois morts à Odessa dans la nuit.", "fr"),
    ("Russia's army said its missiles hit port facilities in Odessa.", "en"),
])
def test_namesake_beside_the_reports_countries(text, lang):
    assert ("Odesa", "UA") in [(n, c) for n, c, _ in _places(text, ["Russia"], lang)]


def test_namesake_in_the_reports_country_still_first():
    assert ("Odessa", "US") in [(n, c) for n, c, _ in _places("A storm hit Odessa on Monday.", ["United States"])]


# ------------------------------------------------------------------ a settlement placed by its own sentence's region
@pytest.mark.parametrize("text", [
    "A jet bombed a village on Wednesday, killing 40 people, the group said. The attack hit Kyauk Hlay village, in "
    "western Rakhine state, they said. Displaced people later reached Yangon, 340 km from the village, after the "
    "jet bombed it again.",
    "A drone strike killed nine people on Monday, a rescuer said. The strike hit Ywa Thit Lay village, in Sagaing "
    "region. Survivors reached Mandalay, a city far away, after the drones struck again.",
])
def test_settlement_takes_the_region_of_its_own_sentence(text):
    place = _event_place(text)
    assert place.admin1 in ("Rakhine", "Sagaing") and place.admin1 in text, place


# ------------------------------------------------------------------ "X, a community in ...", "the X valley"
@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed six people in Ungwan Gora, a community in Kauru local government area, on Sunday.", "Ungwan Gora"),
    ("Bandits raided Tudun Bako, a farming community near Maru, overnight.", "Tudun Bako"),
    ("Militants attacked a checkpoint in the Shawal valley of North Waziristan.", "Shawal"),
    ("The army shelled Sabon Duku, a remote hamlet in the hills, on Monday.", "Sabon Duku"),
])
def test_settlement_named_by_appositive_or_valley(text, name):
    assert name in [n for n, _, _ in _places(text, ["Nigeria", "Pakistan"])]


# ------------------------------------------------------------------ "Kaya (Centre-Nord)": a bracketed region
@pytest.mark.parametrize(("text", "lang", "region"), [
    ("Douze soldats ont été tués mardi à Tassiga, commune de Tondikiwindi (Tillabéri).", "fr", "Tillaberi"),
    ("Des hommes armés ont tué six civils burkinabè samedi à Koumbri (Nord), selon des sources locales.", "fr",
     "Nord"),
    ("Gunmen killed nine villagers at Garin Bako (Katsina) on Sunday, police said.", "en", "Katsina"),
])
def test_bracketed_region_places_the_settlement(text, lang, region):
    assert _event_place(text, lang).admin1 == region


# ------------------------------------------------------------------ of one region's towns, the event's smallest
@pytest.mark.parametrize(("text", "lang", "location"), [
    ("Gunmen killed 20 people in an attack in Maiduguri on Sunday. The attack took place at a mosque in "
     "Konduga, police said.", "en", "Konduga"),
    ("Russian shelling killed three civilians in Kharkiv on Monday, the governor said. The shells hit homes in "
     "Vovchansk, he said.", "en", "Vovchansk"),
    ("Des jihadistes ont tué douze civils à Mubi dimanche. Ils ont aussi attaqué Michika, tuant trois "
     "personnes, selon la police.", "fr", "Michika"),
])
def test_smallest_town_of_the_region_named_with_the_event(text, lang, location):
    assert _event_place(text, lang).location == location


def test_towns_of_different_regions_keep_the_first():
    place = _event_place("Gunmen killed 20 people in an attack in Gusau on Sunday. The attack took place at a "
                         "mosque in Bokkos, police said.")
    assert place.location == "Gusau"


# ------------------------------------------------------------------ a paragraph's dateline is no event place
@pytest.mark.parametrize(("text", "lang"), [
    ("Gunmen killed 11 farmers in northeast Nigeria, residents said.\n\nMAIDUGURI, Nigeria (Reuters) - Suspected "
     "jihadists killed 11 farmers on Sunday in Borno state, residents said.", "en"),
    ("By a staff reporter\nBeni, Congo — Rebels killed 14 civilians overnight in North Kivu province, local "
     "officials said.", "en"),
    ("Une vingtaine de civils tués dans l'est de la RDC.\n\nGoma (AFP) – Des miliciens ont tué dimanche une "
     "vingtaine de civils dans la province du Nord-Kivu, selon des sources locales.", "fr"),
])
def test_paragraph_dateline_is_not_the_event_place(text, lang):
    place = _event_place(text, lang)
    assert place.location is None and place.admin1 in ("Borno", "North Kivu"), place


# ------------------------------------------------------------------ the lead's town, the next line's village
@pytest.mark.parametrize(("text", "lang", "location", "admin1"), [
    ("Gunmen killed 20 people in an attack in Gusau, police said. The attack took place on Sunday when "
     "the gunmen stormed Dogon Kawo and opened fire on worshippers.", "en", "Dogon Kawo", "Zamfara"),
    ("Jihadists killed 15 soldiers in an attack in Djibo on Sunday. The assailants struck at dawn in Tongomayel "
     "and the fighting lasted hours, a source said.", "en", "Tongomayel", "Sahel"),
    ("Des jihadistes ont tué quinze soldats dans une attaque à Djibo dimanche. L'attaque a eu lieu à Kobaoua, "
     "selon une source sécuritaire.", "fr", "Kobaoua", "Sahel"),
])
def test_village_named_after_the_leads_town(text, lang, location, admin1):
    place = _event_place(text, lang)
    assert (place.location, place.admin1) == (location, admin1), place


def test_later_known_name_is_not_taken_as_an_unknown_village():
    place = _event_place("Jihadists killed 15 soldiers in an attack in Djibo on Sunday. The assailants came in "
                         "Toyota pickups, a source said.")
    assert place.location == "Djibo"


# ------------------------------------------------------------------ "el-Fasher", "al-Jazira": a hyphenated article
@pytest.mark.parametrize(("text", "lang", "name", "precision"), [
    ("The RSF shelled el-Fasher on Sunday, killing 12 people.", "en", "El Fasher", 1),
    ("Drones hit a crowded market in al-Jazira state on Monday.", "en", "Al Jazirah", 3),
    ("Fighting raged overnight in ad-Damazin, residents said.", "en", "Ad-Damazin", 1),
    ("Les FSR ont bombardé el-Obeid dimanche.", "fr", "El Obeid", 1),
])
def test_name_with_hyphenated_article(text, lang, name, precision):
    assert (name, precision) in [(n, p) for n, _, p in _places(text, ["Sudan"], lang)]


def test_event_in_a_town_with_hyphenated_article():
    place = _event_place("Paramilitary fighters killed 30 civilians in el-Geneina on Tuesday, medics said.")
    assert (place.location, place.admin1) == ("El Geneina", "West Darfur"), place


# ------------------------------------------------------------------ a settlement in the region the report states
@pytest.mark.parametrize(("text", "lang", "region"), [
    ("Bandits killed 14 villagers in northwestern Nigeria's Katsina State on Sunday. The gunmen, who came from "
     "Gusau, stormed the village of Tungar Kwana on motorcycles, police said.", "en", "Katsina"),
    ("Armed men killed nine people in Jonglei State on Monday, officials said. The attackers, who came from "
     "Rumbek, raided the village of Pakeer Deng before dawn.", "en", "Jonglei"),
    ("Des miliciens ont tué sept civils dimanche dans la province de l'Ituri. Les assaillants, venus de Beni, "
     "ont attaqué le village de Mbidjo avant l'aube.", "fr", "Ituri"),
])
def test_settlement_lies_in_the_region_the_report_states(text, lang, region):
    assert _event_place(text, lang).admin1 == region


# ------------------------------------------------------------------ "À Djibo, ...": a preposition glued to the name
@pytest.mark.parametrize(("text", "name"), [
    ("À Djibo, la situation sécuritaire reste préoccupante.", "Djibo"),
    ("Au Bénin, les attaques se multiplient dans le nord.", "Benin"),
    ("Dans Kidal, les habitants restent terrés chez eux.", "Kidal"),
])
def test_french_sentence_initial_preposition_is_cut(text, name):
    assert name in [n for n, _, _ in _places(text, ["Burkina Faso", "Mali"], "fr")]


# ------------------------------------------------------------------ curated places of northern Benin's war
@pytest.mark.parametrize(("text", "lang", "region"), [
    ("Des hommes armés ont attaqué mardi la garnison de Porga, tuant plusieurs soldats béninois.", "fr", "Atakora"),
    ("Jihadists ambushed Beninese rangers in the W National Park on Sunday, the army said.", "en", "Alibori"),
    ("Des jihadistes ont tué huit militaires béninois jeudi à Karimama, selon une source sécuritaire.", "fr",
     "Alibori"),
    ("Gunmen attacked a patrol in the Pendjari National Park, killing two Beninese soldiers.", "en", "Atakora"),
])
def test_northern_benin_places(text, lang, region):
    place = _event_place(text, lang)
    assert (place.country, place.admin1) == ("Benin", region), place


# ------------------------------------------------------------------ a front's sector named after a town
@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Russian forces launched 30 assaults in the Kurakhove sector on Sunday, the General Staff said.", "Kurakhove",
     "Donetsk"),
    ("Fighting raged on the Kupiansk axis on Friday, Ukraine's army said.", "Kupyansk", "Kharkiv"),
    ("Ukrainian troops repelled 41 Russian attacks in the Pokrovsk direction on Monday.", "Pokrovsk", "Donetsk"),
])
def test_a_sector_named_after_a_town_is_near_it(text, town, admin1):
    """'the Pokrovsk direction' is the front around the town, not the town itself: 'near' it (precision 2)."""
    place = _event_place(text)
    assert (place.location, place.admin1, place.geo_precision) == (town, admin1, 2)


@pytest.mark.parametrize("text,town,admin1", [
    ("Fighting erupted near Khartoum International Airport on Saturday.", "Khartoum", "Khartoum"),
    ("Gunmen attacked Kismayo International Airport on Monday, killing three guards, police said.", "Kismayo",
     "Lower Juba"),
    ("Militants attacked the Bosaso Prison on Tuesday, freeing 60 inmates.", "Bosaso", "Bari"),
])
def test_a_facility_named_after_its_town_is_in_that_town(text, town, admin1):
    """'Khartoum International Airport', 'the Bosaso Prison': the words after the town's name name no place
    (places.json not_places), so the run is the town's, not an unknown settlement or a person."""
    place = _event_place(text)
    assert (place.location, place.admin1) == (town, admin1)
