"""A sentence ends before an opening quotation mark as before a capital: French typography puts a space (often a
no-break one) after « — the quote is a sentence of its own, as “…” already was in English."""

import pytest

from fogline.extract.sentences import split_sentences


@pytest.mark.parametrize("text,second", [
    ("Trois soldats ont été tués lundi. « Nous avons repoussé l'ennemi », a dit le porte-parole.",
     "« Nous avons repoussé l'ennemi », a dit le porte-parole."),
    ("Le bilan est de douze morts. «\u00a0Les assaillants sont venus à moto\u00a0», raconte un habitant.",
     "«\u00a0Les assaillants sont venus à moto\u00a0», raconte un habitant."),
    ("L'armée a repris la localité jeudi ! «\u202fLa situation est sous contrôle\u202f», selon le gouverneur.",
     "«\u202fLa situation est sous contrôle\u202f», selon le gouverneur."),
    ("Gunmen killed 12 villagers on Monday. “We buried them at dawn,” a resident said.",
     "“We buried them at dawn,” a resident said."),
])
def test_a_quote_after_a_full_stop_opens_a_sentence(text, second):
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[1:] == [second]


@pytest.mark.parametrize("text", [
    "Il a évoqué « une attaque lâche » contre des civils.",  # a quote inside the sentence
    "Les habitants parlent de « dizaines de morts. » Le gouverneur n'a pas confirmé.",  # the full stop in the quote
    "Selon lui, « les assaillants ont fui vers la frontière ». L'armée dément.",
])
def test_a_quote_within_a_sentence_stays_in_it(text):
    sentences = [s.text for s in split_sentences(text)]
    assert all(s.count("«") == s.count("»") for s in sentences)
