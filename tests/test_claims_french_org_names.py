"""French organisations named after a descriptor (issue 13): 'l'association peule Tabital Pulaaku' (any adjective
between the head noun and the name, not only a demonym list), and a named person whose apposition names the body
he speaks for ('Moussa X, président de l'ONG Y'): the body is the claimant, not 'local sources' nor the outlet.
Short reports written for these tests."""

import pytest
from conftest import claim_rows

DORI = "Des hommes armés ont attaqué le village de Kouri, près de Dori, dans le nord du Burkina Faso, jeudi. "
MOPTI = "Des assaillants ont attaqué le hameau de Sokoura, dans le cercle de Bankass, au Mali, dimanche. "


@pytest.mark.parametrize("text,claimant", [
    (MOPTI + "Au moins onze bergers ont été tués, selon l'association peule Tabital Pulaaku.", "Tabital Pulaaku"),
    (DORI + "Vingt-trois civils ont été tués, a dénoncé le collectif citoyen Kisal.", "Kisal"),
    (MOPTI + "Selon l'ONG humanitaire locale Solidarité Sahel, neuf villageois ont été tués.", "Solidarité Sahel"),
    (DORI + "Quatorze civils ont été tués, selon l'organisation régionale Sahel Veille.", "Sahel Veille"),
])
def test_an_adjective_between_head_and_name(text, claimant):
    got = claim_rows(text, "fr")
    assert got and all(c[3] == claimant for c in got), got


@pytest.mark.parametrize("text,claimant", [
    (DORI + "Douze civils ont été tués, a indiqué à l'AFP Issa Ouédraogo, de l'ONG Sahel Veille.", "Sahel Veille"),
    (MOPTI + "Au moins 16 civils ont été tués, a affirmé Hamadoun Cissé, président de l'association Tabital "
             "Pulaaku.", "Tabital Pulaaku"),
    (DORI + "Dix-neuf personnes ont été tuées, a déclaré Awa Sawadogo, coordinatrice du collectif Kouri Debout.",
     "Kouri Debout"),
])
def test_a_person_speaking_for_a_named_body(text, claimant):
    got = claim_rows(text, "fr")
    assert got and all(c[3] == claimant for c in got), got


@pytest.mark.parametrize("text,claimant", [
    (DORI + "Douze civils ont été tués, a indiqué Issa Ouédraogo, président d'une association de jeunes.",
     "local sources"),
    (MOPTI + "Selon l'association malienne Tabital Pulaaku, au moins onze bergers ont été tués.", "Tabital Pulaaku"),
])
def test_what_held_before_still_holds(text, claimant):
    got = claim_rows(text, "fr")
    assert got and all(c[3] == claimant for c in got), got


@pytest.mark.parametrize("text,claimant", [
    (DORI + "Le Réseau des médecins soudanais a pour sa part recensé 85 morts à El-Facher.", "Sudan Doctors Network"),
    (DORI + "Le Collectif des familles de Kouri a de son côté dénombré 31 morts.", "Collectif des familles de Kouri"),
    (MOPTI + "L'Observatoire des droits du Sahel a quant à lui recensé au moins 18 morts.",
     "Observatoire des droits du Sahel"),
    (DORI + "La Coordination des déplacés de Dori a aussi fait état de 12 blessés.",
     "Coordination des déplacés de Dori"),
])
def test_a_body_name_stops_at_its_verb(text, claimant):
    """'Le Réseau … a pour sa part recensé': a body's name never runs on into its auxiliary verb."""
    got = claim_rows(text, "fr")
    assert got and all(c[3] == claimant for c in got), got


@pytest.mark.parametrize("text,claimant", [
    (DORI + "Selon Issa Ouédraogo, responsable de l'ONG Sahel Veille, douze civils ont été tués.", "Sahel Veille"),
    (MOPTI + "D'après Hamadoun Cissé, président de l'association Tabital Pulaaku, 16 bergers ont été tués.",
     "Tabital Pulaaku"),
    (DORI + "Selon Awa Sawadogo, du collectif Kouri Debout, au moins 19 personnes ont été tuées.", "Kouri Debout"),
])
def test_a_fronted_person_speaking_for_a_named_body(text, claimant):
    got = claim_rows(text, "fr")
    assert got and all(c[3] == claimant for c in got), got
