"""Who says an English figure when the wire copy names its speaker in a way the attribution windows missed (issue
13): a group that speaks 'in a statement' set off by commas; a quotation running over several sentences whose
speaker stands after its close; a quote's 'we' that names no group when a rescuer or a resident speaks it. Short
reports written for these tests."""

import pytest
from conftest import claimant_of

LEAD = ("MOGADISHU, Somalia (AP) — Somali forces killed 45 al-Shabab fighters in an operation near Jowhar in the "
        "Middle Shabelle region on Saturday, the defense ministry said.\n\n")



@pytest.mark.parametrize("text,low,claimant", [
    (LEAD + "Al-Shabab, in a statement, said its fighters had killed 23 soldiers.", 23, "Al Shabaab"),
    (LEAD + "Al-Shabab, in a message posted on a website linked to the group, said the fighters had killed 31 "
            "troops.", 31, "Al Shabaab"),
    ("BAMAKO, Mali (Reuters) - Malian troops clashed with separatist fighters near Anefis on Friday, the army said, "
     "adding that 12 assailants were killed.\n\nThe Azawad Liberation Front, in a communique on its Telegram "
     "channel, said its fighters had killed 17 soldiers.", 17, "Azawad Liberation Front (FLA)"),
])
def test_a_statement_aside_leaves_the_subject_speaking(text, low, claimant):
    """'X, in a statement, said …': the aside names where X spoke; the words after the verb are what X said, not its
    speaker ('said its fighters had killed 23 soldiers' is no 'said the soldiers')."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (LEAD + "“They shelled the village for hours. I counted nine bodies,” Hassan Mohamed, a farmer, told The "
            "Associated Press by phone.", 9, "residents"),
    (LEAD + "“I counted nine bodies in the square. They shelled the village for hours,” Hassan Mohamed, a farmer, "
            "told The Associated Press by phone.", 9, "residents"),
    (LEAD + "\"We pulled 14 bodies from the rubble this morning. The shells kept falling all night,\" said a "
            "resident of the village who fled to Jowhar.", 14, "residents"),
    (LEAD + "\"Eleven people were wounded when the shell hit the market. We need blood. The hospital is full,\" "
            "said a doctor at the district hospital.", 11, "local sources"),
])
def test_a_quote_over_several_sentences_is_its_closer_s(text, low, claimant):
    """A figure inside a quotation that ends sentences later: the speaker named after the close, not the ministry
    that spoke before the quote opened."""
    assert claimant_of(text, low) == claimant


def _claim(start, low, claimant):
    from fogline.records import Claim, Evidence

    return Claim("killed", "Civilians (Myanmar)", low, low, claimant, "reported", Evidence(start, start + 9, "x" * 9))


@pytest.mark.parametrize("claims_near", [
    [_claim(20, 17, "local sources"), _claim(140, 19, "NUG: National Unity Government")],
    [_claim(20, 17, "residents"), _claim(45, 30, "local sources"), _claim(150, 31, "Arakan Army")],
    [_claim(60, 12, "security sources"), _claim(110, 40, "Arakan Army")],
])
def test_a_rescuers_we_names_no_group(claims_near):
    """“We recovered 17 bodies,” said a rescuer: the figures inside the quote are the rescuer's, so its 'we' is no
    armed group; a group giving another figure after the quote (within reach) is not the quote's speaker."""
    from fogline.actors import ActorDictionary
    from fogline.extract.quoted_groups import QuotedGroups

    groups = QuotedGroups({"attribution": {"quoted_group_words": ["we"]}}, ActorDictionary.default())
    assert groups._speaker_group((0, 100), claims_near) is None


def test_a_groups_own_quote_still_names_it():
    """“We killed 23 soldiers,” the group said: the claimant of the quote's figure is the group behind 'we'."""
    from fogline.actors import ActorDictionary
    from fogline.extract.quoted_groups import QuotedGroups

    groups = QuotedGroups({"attribution": {"quoted_group_words": ["we"]}}, ActorDictionary.default())
    found = groups._speaker_group((0, 100), [_claim(20, 23, "Arakan Army"), _claim(130, 5, "residents")])
    assert found is not None and found.name.endswith("Arakan Army")


@pytest.mark.parametrize("text,low,claimant", [
    ("BAMAKO (Reuters) - Jihadists attacked a Malian army camp in Boulkessi on Tuesday, killing several soldiers, the "
     "army said.\n\nThe group said it had killed 20 soldiers.", 20, "Unidentified Armed Group (Mali)"),
    ("OUAGADOUGOU (AFP) - Jihadists ambushed a convoy near Djibo on Monday, the army said.\n\nThe group later said "
     "its fighters had killed 33 soldiers.", 33, "Unidentified Armed Group (Burkina Faso)"),
    ("NIAMEY (Reuters) - Jihadists attacked an army post near Banibangou on Friday, the defence ministry said, adding "
     "that 12 assailants were killed.\n\nThe group said in a message that 27 soldiers had been killed.", 27,
     "Unidentified Armed Group (Niger)"),
])
def test_the_group_after_the_army_spoke_is_the_unnamed_group(text, low, claimant):
    """'Jihadists attacked …, the army said. The group said …': 'the group' is the jihadists the report told of,
    never the state force that spoke last."""
    assert claimant_of(text, low) == claimant


KORDOFAN = "KHARTOUM (Reuters) - A drone strike hit a market in the town of Al-Nahud in West Kordofan on Sunday. "


@pytest.mark.parametrize("text,low,claimant", [
    (KORDOFAN + "The Sudan Doctors Network said the RSF was responsible for the strike, which it said killed 20 "
                "people.", 20, "Sudan Doctors Network"),
    (KORDOFAN + "The army said the paramilitary RSF had launched the drone, which it said killed 17 civilians.", 17,
     "Military Forces of Sudan (SAF)"),
    (KORDOFAN + "Local activists said the RSF fired on the market and that it later shelled the hospital, which "
                "they said killed 9 patients.", 9, "local sources"),
])
def test_a_pronoun_speaker_later_in_a_sentence_is_its_first_speaker(text, low, claimant):
    """'X said the RSF carried out the strike, which it said killed 20': 'it' is X, the sentence's first speaker,
    not the RSF named last."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (KORDOFAN + "Twenty people were killed in the strike, which the army blamed on the RSF, the health ministry "
                "said.", 20, "Government of Sudan"),
    (KORDOFAN + "Fifteen people were killed in the strike, which the army said targeted RSF fighters, local "
                "activists said.", 15, "local sources"),
    (KORDOFAN + "The strike killed 16 people, who the RSF claimed were fighters, the Sudan Doctors Network said.", 16,
     "Sudan Doctors Network"),
    (KORDOFAN + "Eleven civilians were killed in the attack, which residents blamed on the army, the Sudan Doctors "
                "Network said.", 11, "Sudan Doctors Network"),
])
def test_a_speaker_in_a_relative_clause_does_not_give_the_figure(text, low, claimant):
    """'…, which the army blamed on the RSF, the health ministry said': the relative clause says who was blamed;
    the sentence's figures are the closing speaker's."""
    assert claimant_of(text, low) == claimant


SYRIA = "BEIRUT (Reuters) - Clashes between government forces and Kurdish-led fighters near Deir Hafer killed five "\
        "people on Monday. "


@pytest.mark.parametrize("text,low,claimant", [
    (SYRIA + "The Britain-based Syrian Observatory for Human Rights said 12 fighters were killed.", 12,
     "Syrian Observatory for Human Rights"),
    (SYRIA + "The UK-based Syrian Observatory for Human Rights war monitor said 13 fighters were killed.", 13,
     "Syrian Observatory for Human Rights"),
    (SYRIA + "According to the London-based Syrian Network for Human Rights, 14 civilians died.", 14,
     "Syrian Network for Human Rights"),
])
def test_where_a_body_is_based_is_no_part_of_its_name(text, low, claimant):
    """'The Britain-based Syrian Observatory for Human Rights': the body's name is without where it is based."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (SYRIA + "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 12 fighters were killed.",
     12, "Syrian Observatory for Human Rights"),
    (SYRIA + "The Syrian Network for Human Rights, a rights group that documents abuses, said 15 civilians had "
             "died.", 15,
     "Syrian Network for Human Rights"),
    ("KHARTOUM (Reuters) - RSF shelling hit El Fasher on Friday. The Darfur Bar Association for Human Rights, a "
     "local monitor, said 21 civilians were killed.", 21,
     "Darfur Bar Association for Human Rights"),
])
def test_a_long_name_before_an_apposition_is_the_body(text, low, claimant):
    """'The Syrian Observatory for Human Rights, a Britain-based war monitor, said': a name too long to read as a
    bare name is still the body the apposition describes, not 'a monitor' (a local source)."""
    assert claimant_of(text, low) == claimant


KHARTOUM = ("KHARTOUM (Reuters) - The paramilitary Rapid Support Forces stormed the village of Shag Alnom near El "
            "Obeid in North Kordofan on Sunday, killing 40 people, the Sudan Doctors Network said.\n\n")


@pytest.mark.parametrize("text,low,claimant", [
    (KHARTOUM + "Al Jazeera's Hiba Morgan, reporting from Khartoum, said the army had sent troops and that 3,000 "
                "families had fled.", 3000, "the outlet"),
    (KHARTOUM + "Our correspondent, reporting from Omdurman, said the army was shelling the area and 2,500 people had "
                "fled.", 2500,
     "the outlet"),
    (KHARTOUM + "The Sudan Doctors Network, writing on Facebook, said the army had arrived after 22 people were "
                "wounded.", 22, "Sudan Doctors Network"),
])
def test_a_participle_aside_leaves_the_subject_speaking(text, low, claimant):
    """'X, reporting from Khartoum, said the army …': the aside tells what X was doing; 'the army' after the verb is
    what X said, not an inverted speaker ('…, said the army')."""
    assert claimant_of(text, low) == claimant


ELOBEID = "KHARTOUM (Reuters) - RSF drones struck a market in El Obeid on Saturday. "


@pytest.mark.parametrize("text,low,claimant", [
    (ELOBEID + "Figures from the Sudan Doctors Network show that 20 people were killed.", 20, "Sudan Doctors Network"),
    (ELOBEID + "A tally by the Sudan Doctors Network showed 21 dead.", 21, "Sudan Doctors Network"),
    (ELOBEID + "The Sudan Doctors Network's tally puts the dead at 22.", 22, "Sudan Doctors Network"),
    (ELOBEID + "Twenty-three people were killed, the Sudan Doctors Network's figures showed.", 23,
     "Sudan Doctors Network"),
])
def test_figures_that_a_body_shows_are_its_claim(text, low, claimant):
    """'Figures from X show', 'X's tally puts the dead at': the body whose count it is gives the figure (its name
    without the possessive), not the outlet."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    ("ABUJA (AP) — Gunmen attacked Yelwata village in Benue state on Friday. The Nigeria office of a rights group "
     "was not reached. Amnesty International's Nigeria office said on X that 31 people were killed.", 31,
     "Amnesty International"),
    (ELOBEID + "The Sudan Doctors Network's office in Kordofan said 24 people were killed.", 24,
     "Sudan Doctors Network"),
    (ELOBEID + "The Emergency Lawyers Group's spokesman said 25 people were killed.", 25, "Emergency Lawyers Group"),
])
def test_a_body_that_owns_the_speaker_is_the_claimant(text, low, claimant):
    """'Amnesty International's Nigeria office said': the body named before the possessive speaks."""
    assert claimant_of(text, low) == claimant


BOULKESSI = ("BAMAKO (AFP) - Jihadists attacked a Malian army camp in Boulkessi on Tuesday, the army said in a "
             "statement.\n\n")


@pytest.mark.parametrize("text,low,claimant", [
    (BOULKESSI + "At least 40 soldiers were killed in the attack, AFP learned from security sources.", 40,
     "security sources"),
    (BOULKESSI + "Some 41 soldiers died, Reuters learnt from a local elected official.", 41, "local sources"),
    (BOULKESSI + "The toll of 42 dead was confirmed to Reuters by a security source.", 42, "security sources"),
])
def test_what_the_outlet_learned_from_a_source_is_that_sources(text, low, claimant):
    """'AFP learned from security sources', 'confirmed to Reuters by': the source after the words, not the army
    that spoke in the sentence before."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (BOULKESSI + "Forty soldiers were killed. The toll was given to AFP by a local official.", 40, "local sources"),
    (BOULKESSI + "Forty-one soldiers were killed. Residents confirmed this toll to Reuters.", 41, "residents"),
    (BOULKESSI + "Forty-two soldiers were killed. A security source confirmed the toll.", 42, "security sources"),
])
def test_a_toll_confirmed_next_is_its_confirmers_not_the_last_speakers(text, low, claimant):
    """'Forty soldiers were killed. The toll was given to AFP by a local official.': the sentence with no speaker
    is not the army's (named the sentence before); the one who gives the toll right after speaks for it."""
    assert claimant_of(text, low) == claimant


SONA = ("BAMAKO (AFP) - The Malian army said on Tuesday it had killed 30 terrorists in an operation near the village "
        "of Sona in central Mali.\n\n")


@pytest.mark.parametrize("text,low,claimant", [
    (SONA + "Residents gave a different account. At least 25 civilians were killed, most of them herders.", 25,
     "residents"),
    (SONA + "Residents tell a different story: at least 26 civilians were killed, most of them herders.", 26,
     "residents"),
    (SONA + "Witnesses contradicted the army's account. Twenty-seven civilians were executed, they said.", 27,
     "residents"),
])
def test_a_new_account_opens_a_new_speaker(text, low, claimant):
    """'Residents gave a different account.': a sentence that opens another party's account, with no 'said', still
    makes it the speaker of the figures right after it, not the army that spoke before."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (SONA + "According to Kisal, a herders' association, 25 civilians were executed.", 25, "Kisal"),
    (SONA + "According to Tabital, a Fulani cultural association, 26 civilians were executed.", 26, "Tabital"),
    (SONA + "Twenty-seven civilians were executed, according to Acled, a conflict monitor.", 27, "Acled"),
])
def test_a_one_word_name_that_an_apposition_calls_a_body_is_that_body(text, low, claimant):
    """'according to Kisal, a herders' association': one capitalised word is a body's name when the apposition
    after it says so (as 'Cabo Ligado, a conflict monitor' is)."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low,claimant", [
    (ELOBEID + "Twenty people were killed, according to the Sudan Tribune, a local news site.", 20, "Sudan Tribune"),
    (ELOBEID + "The Sudan Tribune, a local newspaper, said 21 people were killed.", 21, "Sudan Tribune"),
    ("MOGADISHU (AP) — Al-Shabab fighters attacked a base near Afgoye on Friday. Hiiraan Online, a Somali news "
     "website, said 22 soldiers were killed.", 22, "Hiiraan Online"),
])
def test_a_news_site_named_by_its_apposition_is_the_claimant(text, low, claimant):
    """'the Sudan Tribune, a local news site': a named news outlet gives its own figure, not a local source."""
    assert claimant_of(text, low) == claimant


GOMA = "GOMA (Reuters) - M23 rebels shelled a camp for displaced people near Goma on Friday. "


@pytest.mark.parametrize("text,low,claimant", [
    (GOMA + "MSF said it had treated 40 wounded people.", 40, "Doctors Without Borders"),  # the dictionary's names
    (GOMA + "Save the Children said 41 children were killed.", 41, "Save the Children International"),
    (GOMA + "The ICRC said 42 people were killed.", 42, "International Committee of the Red Cross (ICRC)"),
])
def test_a_body_named_by_its_form_is_the_claimant(text, low, claimant):
    """'MSF said', 'Save the Children said': an acronym, or capitalised words joined by 'the' (no person's name),
    is a body speaking in its own name, not the outlet."""
    assert claimant_of(text, low) == claimant


@pytest.mark.parametrize("text,low", [
    (GOMA + "Al Jazeera counted 40 bodies at the camp.", 40),
    (GOMA + "The Associated Press counted 41 bodies at the camp.", 41),
    (GOMA + "Agence France-Presse counted 42 bodies at the camp.", 42),
])
def test_the_outlet_named_as_subject_is_the_outlet(text, low):
    """'AFP counted 40 bodies': the wire service itself, its own voice."""
    assert claimant_of(text, low) == "the outlet"
