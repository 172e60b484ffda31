"""Claim attribution and whose toll a figure is, by sentence structure: short reports written for these tests,
each rule in several forms (issue 13)."""

from datetime import date

import pytest
from conftest import claim_rows as claims
from conftest import extracted


def claim_of(text, low, language="en"):
    """The (of, claimant) of the claim counting ``low``."""
    found = [(of, by) for _w, n, of, by in claims(text, language) if n == low]
    assert found, f"no claim of {low} in {claims(text, language)}"
    return found[0]


SOMALIA = "Al-Shabaab fighters stormed an army base in Lower Shabelle in Somalia on Tuesday. "
NIGERIA = "Gunmen attacked a police station in Kaduna state, Nigeria, on Sunday. "


@pytest.mark.parametrize("text,low,claimant", [
    # the speaker in an apposition at the end of the sentence, after a clause of its own
    (SOMALIA + "Soldiers repelled the assault and killed 14 militants, Abdi Hassan, a police spokesman, said.", 14,
     "Police Forces of Somalia"),
    (SOMALIA + "The raid left 9 soldiers dead, Farah Ali, an army spokesman, told reporters.", 9,
     "Military Forces of Somalia"),
    (NIGERIA + "The attackers killed 6 officers, Musa Bello, a government spokesman, told journalists.", 6,
     "Government of Nigeria"),
    (SOMALIA + "The militants killed 23 soldiers, Abu Musa, a spokesman for the group, told Reuters.", 23,
     "Al Shabaab"),
])
def test_a_speaker_in_an_apposition_before_the_verb(text, low, claimant):
    assert claim_of(text, low)[1] == claimant


@pytest.mark.parametrize("text,low,claimant", [
    # "told X": X is the hearer, never the speaker
    (SOMALIA + "Troops killed 31 militants, the army commander told the BBC.", 31, "Military Forces of Somalia"),
    (NIGERIA + "Gunmen killed 8 officers, police told Reuters on Monday.", 8, "Police Forces of Nigeria"),
    (SOMALIA + "The militants killed 12 soldiers, a spokesman for the group told Al Jazeera.", 12, "Al Shabaab"),
])
def test_the_hearer_of_told_is_not_the_speaker(text, low, claimant):
    assert claim_of(text, low)[1] == claimant


@pytest.mark.parametrize("text,language,low,claimant", [
    # a second subject joined by "but also", "mais également": the first one speaks
    ("Al-Shabaab fighters attacked an army base near Baidoa in Somalia on Tuesday. Several Al-Shabaab commanders, "
     "but also residents of the town, said 17 soldiers were killed.", "en", 17, "Al Shabaab"),
    ("Des combattants du JNIM ont attaqué un convoi de l'armée près de Gao, au Mali, mardi. Plusieurs cadres du "
     "JNIM, mais également des habitants, affirment que 17 soldats ont été tués.", "fr", 17,
     "JNIM: Group for Support of Islam and Muslims"),
    ("Des combattants du JNIM ont attaqué un convoi de l'armée près de Gao, au Mali, mardi. Des responsables du "
     "JNIM, ainsi que des habitants, affirment que 9 soldats ont été tués.", "fr", 9,
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_coordinated_second_subject_is_no_apposition(text, language, low, claimant):
    assert claim_of(text, low, language)[1] == claimant


@pytest.mark.parametrize("text,low,claimant", [
    # "the ministry", "the government" with no ministry named before: the report's country's body, not the
    # armed group named last
    (SOMALIA + "The ministry added that six soldiers died.", 6, "Government of Somalia"),
    (SOMALIA + "Heavy fighting lasted for hours. The government said 11 soldiers were killed.", 11,
     "Government of Somalia"),
    (NIGERIA + "The gunmen fled into the forest. The ministry said on Monday that 4 officers died.", 4,
     "Government of Nigeria"),
])
def test_a_state_body_stand_in_without_antecedent_is_the_reports_country(text, low, claimant):
    assert claim_of(text, low)[1] == claimant


def test_a_ministry_named_before_is_still_the_one_meant():
    text = ("Ethiopian troops clashed with Fano militiamen near Gondar in Ethiopia on Monday. Kenya's foreign "
            "ministry said 2 of its citizens were hurt. The ministry added that 3 Kenyans died.")
    assert claim_of(text, 3)[1] == "Government of Kenya"


def events(text, language="en", published=date(2025, 3, 14)):
    return extracted(text, language, published).events


@pytest.mark.parametrize("text,day", [
    # the lead gives only when the news was told; the incident's own weekday follows in the next sentence
    ("An air strike killed at least 30 people in a village in Sudan, a rescue group told AFP on Thursday. "
     "A spokesman said warplanes bombed the village of Tabit on Tuesday afternoon.", "2025-03-11"),
    ("Gunmen killed 12 villagers in Zamfara state, Nigeria, police said on Friday. "
     "The gunmen rode into the village on motorcycles on Wednesday night.", "2025-03-12"),
    ("Militants attacked an army post in Borno state, Nigeria, killing 9 soldiers, security sources said Thursday. "
     "It happened at dusk on Monday, a source said.", "2025-03-10"),
])
def test_the_incidents_weekday_after_the_lead_dates_it(text, day):
    assert [e.date for e in events(text)] == [day]


@pytest.mark.parametrize("text", [
    "Militants stormed an army base in Borno state, Nigeria, on Tuesday, killing 7 soldiers. The attack came a "
    "week after a similar raid on a base in Yobe state on March 4.",
    "Gunmen killed 5 villagers in Zamfara state, Nigeria, on Monday. Another similar attack on March 2 left the "
    "village of Dansadau empty.",
    "Militants ambushed a patrol near Maiduguri in Nigeria on Wednesday, killing 4 soldiers. The army was still "
    "dealing with the aftermath of an assault on a base in Monguno on March 1.",
])
def test_a_similar_earlier_incident_is_background(text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text,low,of,claimant", [
    # 'their men' are the clause subject's, not the speaker's
    ("Boko Haram attacked the town of Gwoza in Borno state, Nigeria, on Sunday, killing 18 residents. "
     "The attackers also lost six of their men, the army said.", 6, "Boko Haram (JAS)", "Military Forces of Nigeria"),
    ("Boko Haram attacked the town of Gwoza in Borno state, Nigeria, on Sunday, killing 18 residents. "
     "The army said the attackers lost 7 of their fighters.", 7, "Boko Haram (JAS)", "Military Forces of Nigeria"),
    ("Al-Shabaab fighters attacked an army base near Baidoa in Somalia on Tuesday. The army said that the "
     "militants had lost 40 of their fighters.", 40, "Al Shabaab", "Military Forces of Somalia"),
    # the speaker's own losses stay the speaker's
    ("Al-Shabaab fighters attacked an army base near Baidoa in Somalia on Tuesday. The group said its fighters "
     "killed 23 Somali soldiers and lost five of their own men.", 5, "Al Shabaab", "Al Shabaab"),
    ("Al-Shabaab fighters attacked an army base near Baidoa in Somalia on Tuesday. The army said it lost 4 of "
     "its soldiers.", 4, "Military Forces of Somalia", "Military Forces of Somalia"),
])
def test_a_possessive_belongs_to_the_subject_of_its_clause(text, low, of, claimant):
    assert claim_of(text, low) == (of, claimant)


def test_a_loss_of_the_other_side_is_not_confirmed_by_the_speaker():
    text = ("Boko Haram attacked the town of Gwoza in Borno state, Nigeria, on Sunday. The attackers also lost six "
            "of their men, the army said.")
    out = extracted(text)
    assert [c.status for e in out.events for c in e.claims if c.low == 6] == ["claimed"]


@pytest.mark.parametrize("text", [
    "Des jihadistes du JNIM ont attaqué un poste de l'armée près de Gao, au Mali, mardi. L'armée a affirmé que les "
    "assaillants avaient perdu 14 de leurs combattants.",
    "Des jihadistes du JNIM ont attaqué un poste de l'armée près de Gao, au Mali, mardi. Les assaillants ont perdu "
    "14 de leurs hommes, selon l'armée.",
])
def test_french_possessive_of_the_clause_subject(text):
    assert claim_of(text, 14, "fr") == ("JNIM: Group for Support of Islam and Muslims",
                                        "Military Forces of Mali (FAMa)")


@pytest.mark.parametrize("text,low,claimant", [
    # a relative clause between the commas says something of the speaker; it does not name one
    (NIGERIA + "The gunmen killed 6 officers, a local official, who asked not to be named for security reasons, "
     "told AFP.", 6, "local sources"),
    (SOMALIA + "Eleven soldiers died, a resident, who is close to Al-Shabaab, told reporters.", 11, "residents"),
    ("Des jihadistes ont attaqué un poste de l'armée près de Gao, au Mali, mardi. Un habitant, qui a requis "
     "l'anonymat par peur de l'armée, affirme que 9 civils ont été tués.", 9, "residents"),
])
def test_a_relative_clause_is_no_apposition(text, low, claimant):
    language = "fr" if "jihadistes" in text else "en"
    assert claim_of(text, low, language)[1] == claimant


@pytest.mark.parametrize("text,low,of", [
    # the other figures of the event count civilians and no armed party: 'people' are those civilians
    ("A military jet bombed the village of Tabit in Sudan on Tuesday, killing 30 civilians, a rescue group said. "
     "A resident said 32 people were killed and 40 wounded.", 32, "Civilians (Sudan)"),
    ("A drone struck a wedding in the village of Kurmi in Nigeria on Sunday, killing 12 civilians, residents said. "
     "Hospital staff said 15 people died.", 15, "Civilians (Nigeria)"),
    # … even when an armed group the report names (the area's holder) stands among the targets
    ("The army bombed the village of Tabit, an area held by the Arakan Army, in Myanmar on Tuesday, killing 30 "
     "civilians, the Arakan Army said. A rescue worker said 32 people were killed.", 32, "Civilians (Myanmar)"),
    ("Troops shelled a market in the village of Kurmi, held by Boko Haram, in Nigeria on Sunday, killing 12 "
     "civilians, residents said. Hospital staff said 15 people died.", 15, "Civilians (Nigeria)"),
    # an attack on civilians (ACLED's type): the people killed are civilians
    ("Gunmen attacked the village of Kawo in Zamfara state, Nigeria, on Sunday, killing 18 people and abducting "
     "30 others, police said.", 18, "Civilians (Nigeria)"),
])
def test_people_in_an_event_that_counts_only_civilians_are_civilians(text, low, of):
    assert claim_of(text, low)[0] == of


def test_people_in_a_battle_that_counts_soldiers_stay_unknown():
    text = ("Al-Shabaab fighters attacked an army base near Baidoa in Somalia on Tuesday, killing 12 soldiers. "
            "A doctor said 20 people died.")
    assert claim_of(text, 20)[0] == "unknown"


@pytest.mark.parametrize("text,low,claimant", [
    # bare "officials": the report's country's government
    (SOMALIA + "Seventeen soldiers were killed and nine wounded, officials said.", 17, "Government of Somalia"),
    (NIGERIA + "Officials said on Monday that 8 officers died.", 8, "Government of Nigeria"),
    (SOMALIA + "According to officials, 13 soldiers were killed.", 13, "Government of Somalia"),
    # officials of another country, of the group, or local ones are not the report's government
    ("Houthi forces fired a missile at a cargo ship off Yemen on Wednesday. United States officials say 3 crew "
     "members were killed.", 3, "Government of the United States"),
    (NIGERIA + "Local officials said 5 officers were killed.", 5, "local sources"),
    ("The army bombed a village in Rakhine, Myanmar, on Wednesday, killing 40 people, officials of a local charity "
     "said.", 40, "local sources"),
])
def test_bare_officials_are_the_reports_government(text, low, claimant):
    assert claim_of(text, low)[1] == claimant


@pytest.mark.parametrize("text,low,of", [
    # a nationality on the counted soldiers names their country's forces, not the report's
    ("Al-Shabaab attacked an African Union base near Baidoa in Somalia on Tuesday. The group said it killed 30 "
     "Ugandan soldiers.", 30, "Military Forces of Uganda"),
    ("Al-Shabaab fighters attacked a base near Baidoa in Somalia on Tuesday. Five Somali soldiers and 4 Kenyan "
     "soldiers were killed, a military officer said.", 4, "Military Forces of Kenya"),
    ("Al-Shabaab fighters attacked a base near Baidoa in Somalia on Tuesday. Five Somali soldiers and 4 Kenyan "
     "soldiers were killed, a military officer said.", 5, "Military Forces of Somalia"),
    # police nouns: the police of the report's country
    ("Gunmen ambushed a patrol in Kaduna state, Nigeria, on Friday, killing 7 policemen.", 7,
     "Police Forces of Nigeria"),
    ("Gunmen attacked a checkpoint in Kaduna state, Nigeria, on Friday. Nine police officers were killed.", 9,
     "Police Forces of Nigeria"),
    ("Militants attacked a post near Garissa in Kenya on Monday, killing 3 police officers and 2 soldiers.", 3,
     "Police Forces of Kenya"),
])
def test_the_counted_nouns_words_name_the_force(text, low, of):
    got = claim_of(text, low)[0]
    assert got == of or got.startswith(of + " (")  # the dictionary's name may carry an acronym: "(UPDF)"


@pytest.mark.parametrize("text,low,of", [
    # an admission verb ('lost') with a subject of its own: that subject's losses, not the speaker's
    ("ISWAP fighters attacked a military base in Borno state, Nigeria, on Monday. The jihadists killed 11 "
     "soldiers and lost 7 fighters, the army said.", 7, "Islamic State West Africa Province (ISWAP)"),
    ("Al-Shabaab fighters attacked an army base near Baidoa in Somalia on Tuesday. The militants lost 9 men in "
     "the assault, a military officer said.", 9, "Al Shabaab"),
    # the speaker's own admission stays its own
    ("Al-Shabaab fighters attacked an army base near Baidoa in Somalia on Tuesday. The army said it lost 6 "
     "soldiers.", 6, "Military Forces of Somalia"),
])
def test_an_admission_counts_its_subjects_losses(text, low, of):
    assert claim_of(text, low)[0] == of


@pytest.mark.parametrize("text,language,low", [
    # a total with its breakdown set off by commas before the verb: the total is the claim, not the part
    (NIGERIA.replace("a police station", "the village of Kawo") + "More than eight people, including three children, "
     "were killed.", "en", 8),
    (NIGERIA + "Twenty people, among them 6 women, were killed, police said.", "en", 20),
    ("Des hommes armés ont attaqué le village de Kawo, au Niger, dimanche. Au moins douze personnes, dont quatre "
     "enfants, ont été tuées.", "fr", 12),
])
def test_a_total_and_its_breakdown_is_one_claim_of_the_total(text, language, low):
    assert [n for _w, n, _o, _c in claims(text, language)] == [low]


@pytest.mark.parametrize("text,low,claimant", [
    # a person named earlier with a role, later called by surname, speaks for that role's body
    (NIGERIA + "Police spokesman Mohammed Jalige confirmed the attack. Jalige said 4 officers were killed.", 4,
     "Police Forces of Nigeria"),
    (SOMALIA + "Colonel Abdi Farah, an army commander, visited the base. Farah said 12 militants were killed.", 12,
     "Military Forces of Somalia"),
    (NIGERIA + "Amina Yusuf, a nurse at the general hospital, described the scene. Yusuf said 9 people were "
     "wounded.", 9, "local sources"),
])
def test_a_surname_speaks_for_the_role_it_was_introduced_with(text, low, claimant):
    assert claim_of(text, low)[1] == claimant


@pytest.mark.parametrize("text,low", [
    # chiefs are local sources
    (NIGERIA.replace("a police station", "the village of Kawo") + "A local chief, Musa Bello, told Reuters that 20 "
     "villagers were killed.", 20),
    (NIGERIA.replace("a police station", "the village of Kawo") + "The village chief said 11 people died.", 11),
    (NIGERIA.replace("a police station", "the village of Kawo") + "Traditional chiefs said 14 villagers were "
     "abducted.", 14),
])
def test_chiefs_are_local_sources(text, low):
    assert claim_of(text, low)[1] == "local sources"


@pytest.mark.parametrize("text,language,low,of", [
    # a noun looked for after a counting word ('34 morts', '14 dead') stops at the comma: the speaker after it is
    # not whose dead they are
    ("Une attaque contre des civils a fait 34 morts à Tahoua, au Niger, jeudi, selon le gouvernement nigérien.",
     "fr", 34, "Civilians (Niger)"),
    ("Une embuscade a fait 9 morts près de Ménaka, au Mali, lundi, selon l'armée malienne.", "fr", 9, "unknown"),
    ("A bomb blast left 14 dead in Maiduguri, Nigeria, on Monday, according to the Nigerian army.", "en", 14,
     "unknown"),
])
def test_the_speaker_after_a_comma_is_not_the_counted_party(text, language, low, of):
    assert claim_of(text, low, language)[0] == of


@pytest.mark.parametrize("text,language,low,of", [
    # the first counted noun names its own force; an actor named in a later item of the list does not
    ("Des jihadistes ont attaqué un poste de la gendarmerie près de Dori, au Burkina Faso, lundi. Sept gendarmes et "
     "quatre VDP ont été tués, selon une source sécuritaire.", "fr", 7, "Police Forces of Burkina Faso (Gendarmerie)"),
    ("Des jihadistes ont attaqué un poste de la gendarmerie près de Dori, au Burkina Faso, lundi. Sept gendarmes et "
     "quatre VDP ont été tués, selon une source sécuritaire.", "fr", 4,
     "VDP: Volunteers for the Defense of the Homeland"),
    ("Jihadists attacked a post near Dori in Burkina Faso on Monday. Five soldiers and 3 VDP militiamen were killed, "
     "a security source said.", "en", 5, "Military Forces of Burkina Faso"),
    # gendarmes: the gendarmerie where the dictionary lists it apart, else the police
    ("Des jihadistes ont attaqué un poste près de Tahoua, au Niger, lundi. Cinq gendarmes ont été tués.", "fr", 5,
     "Police Forces of Niger (Gendarmerie)"),
    ("Gunmen attacked a checkpoint near Bouake in Ivory Coast on Monday, killing 3 gendarmes.", "en", 3,
     "Police Forces of Ivory Coast"),
])
def test_each_counted_noun_names_its_own_force(text, language, low, of):
    assert claim_of(text, low, language)[0] == of


@pytest.mark.parametrize("text,language,low,of", [
    # losses with no owner are the losses of the side that counts them; security sources count the state's
    ("Des jihadistes ont attaqué un poste militaire près de Kandi, au Bénin, mercredi. Des sources sécuritaires "
     "confirment un total de 28 pertes humaines.", "fr", 28, "Military Forces of Benin"),
    ("Jihadists attacked an army post near Kandi in Benin on Wednesday. Security sources reported losses of 19 "
     "men.", "en", 19, "Military Forces of Benin"),
    ("Des combattants du JNIM ont attaqué un convoi près de Gao, au Mali, mardi. Le JNIM a reconnu 6 pertes dans "
     "ses rangs.", "fr", 6, "JNIM: Group for Support of Islam and Muslims"),
])
def test_losses_with_no_owner_are_the_counting_sides(text, language, low, of):
    assert claim_of(text, low, language)[0] == of


@pytest.mark.parametrize("text,low,of", [
    # "des leurs", "des siens": the possessor's own losses (its clause's subject, else the speaker)
    ("Des combattants du JNIM ont attaqué un poste militaire près de Gao, au Mali, lundi. Le groupe a affirmé que "
     "ses combattants avaient tué 20 soldats et perdu 4 des leurs.", 4, "JNIM: Group for Support of Islam and Muslims"),
    ("Des combattants du JNIM ont attaqué un poste militaire près de Gao, au Mali, lundi. L'armée a reconnu avoir "
     "perdu 6 des siens.", 6, "Military Forces of Mali (FAMa)"),
    ("Des combattants du JNIM ont attaqué un poste militaire près de Gao, au Mali, lundi. Les assaillants ont perdu "
     "9 des leurs, selon l'armée.", 9, "JNIM: Group for Support of Islam and Muslims"),
])
def test_french_des_leurs_is_own_losses(text, low, of):
    assert claim_of(text, low, "fr")[0] == of


@pytest.mark.parametrize("text,low", [
    # a source word written with capitals (the acronym WHO) is not the relative pronoun "who"
    (NIGERIA + '"They shot 7 people dead," said a trader who had hidden in the market.', 7),
    (NIGERIA + "A nurse who treated the wounded said 12 people were hurt.", 12),
    (SOMALIA + "At least 5 soldiers died, according to an officer who asked not to be named.", 5),
])
def test_the_pronoun_who_is_not_the_world_health_organization(text, low):
    assert claim_of(text, low)[1] != "United Nations"


def test_the_acronym_who_still_names_the_un_agency():
    assert claim_of(NIGERIA + "The WHO said 4 children died of their wounds in hospital.", 4)[1] == "United Nations"


@pytest.mark.parametrize("text,low", [
    # "gave a toll of N" with a word before "toll": the subject gave the figure
    (NIGERIA + "A doctor at the general hospital gave a higher toll of 12 dead.", 12),
    (NIGERIA + "A local official, who asked not to be named, gave a preliminary toll of 7 killed.", 7),
    (SOMALIA + "Residents of the town gave the final toll of 15 dead on Wednesday.", 15),
])
def test_the_one_who_gives_a_toll_is_its_claimant(text, low):
    assert claim_of(text, low)[1] != "the outlet"
