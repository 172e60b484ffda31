"""Claims 'full' (issue 13): whose toll a figure is (``of``) and who says it (``claimant``) beyond the core.
Sentences written for these tests."""

from datetime import date

import pytest

from fogline.extract import extract
from fogline.records import Document


def claim(text, what, low):
    ex = extract(Document(id="t", text=text, language="en", published=date(2026, 3, 13)))
    found = [c for e in ex.events for c in e.claims if c.what == what and c.low == low]
    assert found, f"no {what} {low} claim in {text!r}"
    return found[0]


@pytest.mark.parametrize("text,claimant", [
    ("Five soldiers were killed in Borno State, Nigeria while repelling an attack by Boko Haram, the army said on "
     "Monday.", "Military Forces of Nigeria"),
    ("Gunmen killed 12 people in Zamfara State, Nigeria, while many others fled into the bush, police said.",
     "Police Forces of Nigeria"),
    ("Gunmen killed 12 people in Zamfara State, Nigeria, but the toll could rise, according to police.",
     "Police Forces of Nigeria"),
])
def test_a_closing_speaker_says_every_clause_before_it(text, claimant):
    c = claim(text, "killed", 5 if text.startswith("Five") else 12)
    assert c.claimant == claimant


def test_a_speaker_inside_a_later_clause_keeps_only_that_clause():
    c = claim("The army said five soldiers were killed near Djibo in Burkina Faso, while residents said the "
              "jihadists lost 20 men.", "killed", 5)
    assert c.claimant == "Military Forces of Burkina Faso"


@pytest.mark.parametrize("text,not_claimant", [
    ("Boko Haram fighters killed 18 fishermen on the shores of Lake Chad in Borno State, Nigeria, a member of a "
     "militia fighting the jihadists said.", "Boko Haram (JAS)"),
    ("RSF fighters killed 30 villagers near El Fasher in North Darfur, Sudan, a farmer who fled the paramilitaries "
     "told Reuters.", "Rapid Support Forces (RSF)"),
    ("Gunmen killed 9 farmers in Bokkos in Plateau State, Nigeria, a youth leader tracking the gunmen said.",
     "Unidentified Armed Group (Nigeria)"),
])
def test_the_foe_a_speakers_clause_names_is_not_the_speaker(text, not_claimant):
    low = int(next(w for w in text.split() if w.isdigit()))
    assert claim(text, "killed", low).claimant != not_claimant


@pytest.mark.parametrize("text,low,of", [
    ("The RSF said in a statement that its fighters had shot down a Sudanese army aircraft near Nyala in South "
     "Darfur and killed its three crew members.", 3, "Military Forces of Sudan (SAF)"),
    ("A Nigerian Air Force jet crashed during an operation in Zamfara State, Nigeria, killing its two pilots, the air "
     "force said.", 2, "Military Forces of Nigeria"),
    ("A military helicopter crashed near Gao in Mali on Monday, killing its three crew members, the army said.", 3,
     "Military Forces of Mali (FAMa)"),
])
def test_a_crew_is_the_crafts_owners(text, low, of):
    assert claim(text, "killed", low).of == of


@pytest.mark.parametrize("text,what,low", [
    ("Gunmen killed 12 villagers in Maru in Zamfara State, Nigeria, on Sunday, police said. Police spokesman Yazid "
     "Abubakar said the attackers came on motorcycles.\nIn a separate attack on Monday, bandits abducted 25 passengers "
     "on the Kaduna-Abuja highway in Kaduna State.", "abducted", 25),
    ("Jihadists killed 15 soldiers near Djibo in Burkina Faso on Saturday, the army said. The army said its troops "
     "later repelled the attackers.\nOn Tuesday, suspected jihadists killed 20 civilians in the village of Solenzo in "
     "the Boucle du Mouhoun region.", "killed", 20),
    ("Russian strikes killed four people in Kharkiv, Ukraine on Monday, regional governor Oleh Syniehubov said. He "
     "said the strikes hit a residential building.\nIn Odesa, a drone attack on Tuesday wounded seven people.",
     "wounded", 7),
])
def test_a_source_does_not_go_on_into_another_incident(text, what, low):
    assert claim(text, what, low).claimant == "the outlet"


def test_a_source_goes_on_within_its_incident():
    c = claim("Police said gunmen raided the village of Maru in Zamfara State, Nigeria, on Sunday.\nTwelve people "
              "were killed and dozens of homes were burnt.", "killed", 12)
    assert c.claimant == "Police Forces of Nigeria"


@pytest.mark.parametrize("text,what,low", [
    ("Jihadists attacked an army post near Karimama in northern Benin on Wednesday. A security source told AFP that 28 "
     "soldiers were killed. Military operations are underway, with reports that 40 attackers have been neutralised.",
     "killed", 40),
    ("Gunmen stormed the village of Maru in Zamfara State, Nigeria, on Sunday, police said. Eleven people were "
     "reportedly abducted from their homes.", "abducted", 11),
    ("The army said jihadists attacked its base at Djibo in Burkina Faso on Saturday. There were unconfirmed reports "
     "that 30 soldiers were killed.", "killed", 30),
])
def test_reports_nobody_is_named_for_are_the_outlets(text, what, low):
    assert claim(text, what, low).claimant == "the outlet"


@pytest.mark.parametrize("text,claimant", [
    ("Gunmen abducted two Chinese workers at a gold mine near Kayes in western Mali on Tuesday, China's embassy said.",
     "Government of China"),
    ("Gunmen abducted five Indian workers at a power plant near Tillaberi in western Niger, India's foreign ministry "
     "said on Tuesday.", "Government of India"),
    ("Gunmen abducted five Indian workers at a power plant near Tillaberi in western Niger, according to the foreign "
     "ministry of India.", "Government of India"),
    ("Gunmen abducted five Indian workers at a power plant near Tillaberi in western Niger, according to Niger's "
     "interior ministry.", "Government of Niger"),
])
def test_a_foreign_governments_word_is_that_governments(text, claimant):
    low = 2 if "two" in text else 5
    assert claim(text, "abducted", low).claimant == claimant


@pytest.mark.parametrize("text,low,of", [
    ("Ukrainian forces repelled 45 Russian assaults near Pokrovsk in Donetsk, Ukraine over the past day, Ukraine's "
     "General Staff said. It said Russia lost 980 troops.", 980, "Military Forces of Russia"),
    ("Ukraine's General Staff said on Monday that Russia had lost 1,020 soldiers over the past 24 hours in fighting in "
     "Donetsk, Ukraine.", 1020, "Military Forces of Russia"),
    ("The army said its troops killed 30 rebels near Goma in North Kivu, Congo, and that Rwanda lost 12 soldiers in "
     "the fighting.", 12, "Military Forces of Rwanda"),
    ("Mali lost 40 soldiers in the attack on Boulkessi, the army said.", 40, "Military Forces of Mali (FAMa)"),
])
def test_a_country_that_lost_men_lost_its_forces_men(text, low, of):
    assert claim(text, "killed", low).of == of


@pytest.mark.parametrize("text,low,of", [
    ("The FLA said on Monday its fighters had repelled an attack by Malian soldiers and their Russian allies near "
     "Tinzaouaten in Mali, killing 20 of them.", 20, "Military Forces of Mali (FAMa)"),
    ("The army said it had targeted terrorists near Kidal in Mali and killed 12 of them.", 12,
     "Unidentified Armed Group (Mali)"),
    ("Troops intercepted a group of bandits near Zurmi in Zamfara State, Nigeria, and killed 9 of them, the army "
     "said.", 9, "Unidentified Armed Group (Nigeria)"),
])
def test_of_them_counts_whom_the_sentence_named_last(text, low, of):
    assert claim(text, "killed", low).of == of


@pytest.mark.parametrize("text,what,low,claimant", [
    ("MONUSCO said on Friday that CODECO militiamen had killed 22 civilians in Djugu territory in Ituri province, "
     "Congo. The mission said its peacekeepers had evacuated 15 wounded people to Bunia.", "wounded", 15,
     "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
    ("A U.N. helicopter came under fire in Nasir in South Sudan on Friday, UNMISS said. The mission said two "
     "peacekeepers were wounded.", "wounded", 2, "UNMISS: United Nations Mission in South Sudan"),
    ("MONUSCO said on Friday that CODECO militiamen had attacked a camp in Djugu territory in Ituri province, Congo. "
     "The attackers fled into the forest. The mission said 12 civilians were killed.", "killed", 12,
     "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
])
def test_the_mission_is_the_mission_that_spoke_last(text, what, low, claimant):
    assert claim(text, what, low).claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    ("Insurgents killed 7 people in the village of Nacoba in Cabo Delgado, Mozambique, according to Cabo Ligado, a "
     "conflict monitor.", "Cabo Ligado"),
    ("Bandits killed 7 people in Maru, Zamfara State, Nigeria, according to Zamfara Circle, a civil society "
     "organisation.", "Zamfara Circle"),
    ("ADF rebels killed 7 people in Lubero, North Kivu, Congo, according to Kivu Security Tracker, a monitoring "
     "project.", "Kivu Security Tracker"),
    ("Gunmen killed 7 people in Bokkos, Plateau State, Nigeria, according to Mwadkwon Dakup, a local youth leader.",
     "local sources"),
])
def test_a_name_set_off_as_a_body_speaks_in_its_own_name(text, claimant):
    assert claim(text, "killed", 7).claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    ("Gunmen killed 16 people in Ulang county in Upper Nile State, South Sudan, on Thursday, Upper Nile State "
     "Information Minister Lam Tungwar said.", "local sources"),
    ("Gunmen killed 16 people in Ulang county in Upper Nile State, South Sudan, on Thursday, the state's information "
     "minister said.", "local sources"),
    ("Bandits killed 16 people in Maru in Zamfara State, Nigeria, the Zamfara State Ministry of Information said.",
     "local sources"),
    ("Gunmen killed 16 people in Pibor in South Sudan on Thursday, the county's government spokesman said.",
     "local sources"),
    ("Gunmen killed 16 people in Pibor in South Sudan on Thursday, the information minister said.",
     "Government of South Sudan"),
])
def test_a_regional_office_is_a_local_source(text, claimant):
    assert claim(text, "killed", 16).claimant == claimant


@pytest.mark.parametrize("text,what,low,claimant", [
    ("Jihadists attacked the town of Boulkessi in Mali on Sunday. The group said it had killed 100 soldiers. A "
     "military source told AFP that 30 soldiers had been killed, while another source put the toll at 60.", "killed",
     60, "local sources"),
    ("JNIM fighters attacked the town of Boulkessi in Mali on Sunday. JNIM said it had killed 100 soldiers. A military "
     "source told AFP that the attack had been repelled, while 12 soldiers were wounded.", "wounded", 12, "the outlet"),
    ("Bandits attacked Maru in Zamfara State, Nigeria, on Sunday. The bandits said they had killed 20 vigilantes. "
     "Police said the attack was repelled, but 9 villagers were abducted.", "abducted", 9, "the outlet"),
])
def test_the_last_sentences_source_does_not_speak_in_a_sentence_with_its_own(text, what, low, claimant):
    c = claim(text, what, low)
    assert c.claimant == claimant
    assert c.claimant not in ("JNIM: Group for Support of Islam and Muslims", "Unidentified Armed Group (Nigeria)")


@pytest.mark.parametrize("text,claimant", [
    ("Separatists killed 4 soldiers near Bamenda, Cameroon, a separatist commander said.", "Ambazonian Separatists"),
    ("Gangs of the Viv Ansanm coalition killed 4 police officers in Mirebalais, Haiti, a gang leader said in a video.",
     "Viv Ansanm"),
    ("Separatist fighters killed 4 gendarmes near Kumba, Cameroon, a separatist spokesman said on Facebook.",
     "Ambazonian Separatists"),
])
def test_a_role_named_by_the_groups_kind_is_that_groups(text, claimant):
    assert claim(text, "killed", 4).claimant == claimant


@pytest.mark.parametrize("text,claimant", [
    ("Gunmen killed 12 villagers in Maru, Zamfara State, Nigeria, on Sunday. This was confirmed by the police "
     "spokesman, Yazid Abubakar, in a statement on Monday.", "Police Forces of Nigeria"),
    ("Bandits abducted 12 passengers on the Kaduna-Abuja highway in Kaduna State, Nigeria, on Friday. This was "
     "disclosed by the state police command in a statement.", "Police Forces of Nigeria"),
    ("Troops killed 12 terrorists in Sambisa Forest, Borno State, Nigeria. It was made known by the Defence "
     "Headquarters on Thursday.", "Military Forces of Nigeria"),
])
def test_this_was_confirmed_by_gives_the_sentence_befores_figures(text, claimant):
    c = next(c for e in extract(Document(id="t", text=text, language="en", published=date(2026, 3, 13))).events
             for c in e.claims if c.low == 12)
    assert c.claimant == claimant


def french(text, what, low):
    ex = extract(Document(id="t", text=text, language="fr", published=date(2026, 3, 13)))
    return next(c for e in ex.events for c in e.claims if c.what == what and c.low == low)


@pytest.mark.parametrize("text,low,of", [
    ("Un hélicoptère de l'armée malienne s'est écrasé près de Gao, au Mali, tuant ses trois membres d'équipage, a "
     "indiqué l'armée.", 3, "Military Forces of Mali (FAMa)"),
    ("Un avion de l'armée de l'air nigériane s'est écrasé dans l'État de Zamfara, au Nigeria, tuant ses deux pilotes, "
     "selon l'armée de l'air.", 2, "Military Forces of Nigeria"),
    ("Le FLA affirme avoir repoussé une attaque des soldats maliens près de Tinzaouaten, au Mali, tuant 20 d'entre "
     "eux.", 20, "Military Forces of Mali (FAMa)"),
])
def test_french_crews_and_partitives_name_their_side(text, low, of):
    assert french(text, "killed", low).of == of


def test_english_crew_of_a_craft_owned_by_an_actor_named_after_it():
    c = claim("A helicopter belonging to the Malian army crashed near Gao in Mali on Monday, killing its three crew "
              "members, a security source said.", "killed", 3)
    assert c.of == "Military Forces of Mali (FAMa)"


def test_french_a_role_named_by_the_groups_kind():
    c = french("Des séparatistes ont tué quatre soldats près de Bamenda, au Cameroun, a affirmé un commandant "
               "séparatiste.", "killed", 4)
    assert c.claimant == "Ambazonian Separatists"
