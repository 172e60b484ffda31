"""Posts speak for no party ('social media'): videos or messages posted by soldiers or of fighters ('des vidéos
publiées sur les réseaux sociaux par des soldats', 'des messages de soldats'), a party named inside the posts'
own phrase ('des messages publiés … par des proches de soldats', 'des comptes jihadistes'); a force's own videos
('des vidéos de l'armée') stay the force's (issue 13). Short reports written for these tests."""

import pytest
from conftest import claimant_of

SOLENZO = "Des jihadistes ont attaqué un camp militaire à Solenzo, au Burkina Faso, vendredi. "


@pytest.mark.parametrize("text,low", [
    (SOLENZO + "Des vidéos publiées sur les réseaux sociaux par des soldats montrent au moins 23 corps.", 23),
    (SOLENZO + "Des messages de militaires sur les réseaux sociaux font état de 41 morts.", 41),
    (SOLENZO + "Des photos partagées sur Facebook par des gendarmes montrent neuf corps.", 9),
])
def test_posts_by_soldiers_are_social_media(text, low):
    assert claimant_of(text, low, "fr") == "social media"


@pytest.mark.parametrize("text,low", [
    (SOLENZO + "Selon des messages publiés sur les réseaux sociaux par des proches de soldats, 19 militaires ont "
     "été tués.", 19),
    (SOLENZO + "Sur X, des comptes jihadistes revendiquent la mort de 27 soldats.", 27),
    (SOLENZO + "D'après des publications relayées sur Telegram par des miliciens, 14 soldats ont péri.", 14),
])
def test_a_party_inside_the_posts_phrase_does_not_speak(text, low):
    assert claimant_of(text, low, "fr") == "social media"


def test_a_force_s_own_videos_stay_its_own():
    text = SOLENZO + "Selon des vidéos de l'armée, 17 terroristes ont été neutralisés."
    assert claimant_of(text, 17, "fr") == "Military Forces of Burkina Faso"
