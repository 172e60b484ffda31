"""The structure stage: speaker phrases, counted nouns and trigger arguments, on sentences written for these
tests. The spaCy reader's tests skip when its model is not installed."""

from datetime import date

import pytest

from fogline.extract import Extractor
from fogline.extract.parsed import SpacyStructure, load_model, model_name
from fogline.extract.structure import RuleStructure
from fogline.records import Document


def frames(text, language="en", parser="spacy", monkeypatch=None):
    ex = Extractor(language)
    doc = Document(id="t", text=text, language=language, published=date(2025, 3, 13))
    ctx = ex.context.read(doc, [])
    if parser == "spacy":
        reader = SpacyStructure(model_name(language), language, _data(language), ex.attribution,
                                RuleStructure(_data(language), ex.attribution, ex.figures.counts_verb))
    else:
        reader = RuleStructure(_data(language), ex.attribution, ex.figures.counts_verb)
    return ctx, reader.read(ctx)


def _data(language):
    from fogline.lang import resources
    return resources(language)


def needs(language):
    return pytest.mark.skipif(load_model(model_name(language)) is None, reason=f"no spaCy model for {language}")


def spans(text, language="en", parser="spacy"):
    """(figure, counted noun, reporting verb, speaker) texts of every figure."""
    ctx, st = frames(text, language, parser)
    out = []
    for s in st.values():
        for f in s.figures:
            out.append(tuple(text[x.start:x.end] if x else None for x in (f.figure, f.noun, f.reporting, f.speaker)))
    return out


def speaker_of(text, figure, language="en", parser="spacy"):
    return next(s for f, _n, _r, s in spans(text, language, parser) if f == figure)


@needs("en")
@pytest.mark.parametrize("text,figure,speaker", [
    ("“We destroyed four trucks,” Ali Hassan, the group's military spokesman, told reporters.", "four",
     "Ali Hassan, the group's military spokesman"),
    ("Nine soldiers were killed in the raid, the country's ruling junta says.", "Nine", "the country's ruling junta"),
    ("At least 13 villagers died on Monday, officials said.", "At least 13", "officials"),
    ("“They burned 20 houses,” said Amina Musa, a resident of the village.", "20",
     "Amina Musa, a resident of the village"),
    ("According to a police spokesman, 20 civilians were wounded.", "20", "a police spokesman"),
    ("The army said in a statement that it had killed 30 insurgents.", "30", "The army"),
])
def test_the_speaker_phrase_of_a_figure(text, figure, speaker):
    assert speaker_of(text, figure) == speaker


@needs("en")
def test_a_speaker_inside_the_quote_is_not_the_speaker():
    text = "“Police found 12 bodies,” a witness said."
    assert speaker_of(text, "12") == "a witness"
    text = "“Our troops killed 15 attackers,” the commander said."
    assert speaker_of(text, "15") == "the commander"
    text = "“The rebels took 7 hostages,” local officials told reporters."
    assert speaker_of(text, "7") == "local officials"


@needs("en")
def test_a_clause_with_while_is_another_speakers():
    text = "The clashes led to the deaths of 10 rebels, while the rebels claimed to have killed 40 soldiers."
    got = {f: s for f, _n, _r, s in spans(text)}
    assert got["10"] is None and got["40"] == "the rebels"
    text = "Officials said 5 died, while residents put the toll at 12."
    got = {f: s for f, _n, _r, s in spans(text)}
    assert got["5"] == "Officials" and got["12"] == "residents"
    text = "The police said 3 officers were hurt, whereas the gang said it killed 9 officers."
    got = {f: s for f, _n, _r, s in spans(text)}
    assert got["3"] == "The police" and got["9"] == "the gang"


@needs("en")
@pytest.mark.parametrize("text,figure,noun", [
    ("Gunmen killed 12 Somali soldiers near the base.", "12", "12 Somali soldiers"),
    ("The group said dozens of its fighters died.", "dozens", "its fighters"),
    ("At least five villagers were wounded.", "At least five", "At least five villagers"),
])
def test_the_counted_noun_keeps_its_modifiers(text, figure, noun):
    assert next(n for f, n, _r, _s in spans(text) if f == figure) == noun


@needs("fr")
@pytest.mark.parametrize("text,figure,speaker", [
    ("« Nous avons tué 12 soldats », a déclaré Mohamed Ali, porte-parole du groupe.", "12",
     "Mohamed Ali, porte-parole du groupe"),
    ("Dix militaires ont été tués, selon le gouverneur de la région.", "Dix", "le gouverneur de la région"),
    ("Le bilan est de 12 morts, a annoncé le ministre de la Sécurité.", "12", "le ministre de la Sécurité"),
    ("Cinq soldats ont été tués lundi, a-t-on appris de sources sécuritaires.", "Cinq", "de sources sécuritaires"),
    ("Un responsable local a affirmé que 20 civils avaient été tués.", "20", "Un responsable local"),
])
def test_french_speaker_phrases(text, figure, speaker):
    assert speaker_of(text, figure, "fr") == speaker


@needs("fr")
def test_french_counted_noun_after_a_vague_number():
    assert next(n for f, n, _r, _s in spans("L'armée a neutralisé une dizaine de terroristes.", "fr")
                if f == "une dizaine") == "de terroristes"


@needs("en")
def test_trigger_subject_and_object():
    text = ("Gunmen attacked the village on Monday and killed 12 people. "
            "Soldiers were ambushed by militants, who killed 5 of them.")
    ctx, st = frames(text)
    got = [(text[t.trigger.start:t.trigger.end].split()[0], text[t.subject.start:t.subject.end] if t.subject else None,
            text[t.object.start:t.object.end] if t.object else None) for s in st.values() for t in s.triggers]
    assert ("attacked", "Gunmen", "the village") in got
    assert ("ambushed", "militants", "Soldiers") in got


@pytest.mark.parametrize("parser", ["rules", "spacy"])
def test_every_span_is_the_documents_text(parser):
    if parser == "spacy" and load_model(model_name("en")) is None:
        pytest.skip("no spaCy model")
    text = ("  Gunmen killed 12 soldiers in Borno, officials said.\n\n“We lost 3 men,” a militia leader told AFP. "
            "According to residents, 40 people fled.")
    ctx, st = frames(text, parser=parser)
    for s in st.values():
        for f in s.figures:
            for x in (f.figure, f.noun, f.reporting, f.speaker, *f.modifiers):
                if x:
                    assert 0 <= x.start < x.end <= len(text) and text[x.start:x.end].strip()
    assert speaker_of(text, "12", parser=parser).strip() in ("officials", "Gunmen killed 12 soldiers in Borno")


def test_without_a_model_the_rule_reader_runs(monkeypatch, capsys):
    monkeypatch.setenv("FOGLINE_PARSER", "spacy")
    monkeypatch.setenv("FOGLINE_SPACY_MODEL_EN", "no_such_model_xyz")
    ex = Extractor("en")
    Extractor("en")
    assert ex.structure.name == "rules"
    doc = Document(id="t", text="Gunmen killed 12 soldiers, officials said.", language="en",
                   published=date(2025, 3, 13))
    first = ex.extract(doc)
    ex.extract(doc)
    err = capsys.readouterr().err
    assert err.count("no_such_model_xyz") == 1 and err.count("\n") == 1  # one line, once per process
    assert [c.claimant for e in first.events for c in e.claims] == ["local sources"]


def test_the_parser_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("FOGLINE_PARSER", "off")
    assert Extractor("en").structure.name == "rules"


@needs("fr")
@pytest.mark.parametrize("text,figure,speaker", [
    ("Selon des sources locales, au moins neuf militaires ont été tués et plusieurs autres blessés.", "plusieurs",
     "des sources locales"),
    ("Selon des sources locales, au moins neuf militaires ont été tués et plusieurs autres blessés.", "au moins neuf",
     "des sources locales"),
    ("D'après des témoins, une vingtaine de villageois ont été tués.", "une vingtaine", "des témoins"),
])
def test_a_speaker_phrase_stops_before_a_figure(text, figure, speaker):
    assert speaker_of(text, figure, "fr") == speaker


@needs("en")
def test_an_english_speaker_phrase_stops_before_a_figure():
    text = "According to medics at the hospital, 14 people were killed and 30 wounded."
    assert speaker_of(text, "14") == "medics at the hospital"
    assert speaker_of(text, "30") == "medics at the hospital"


def test_the_parser_overrides_the_regexes_only_where_the_language_says_so(monkeypatch):
    if load_model(model_name("en")) is None:
        pytest.skip("no spaCy model")
    monkeypatch.setenv("FOGLINE_PARSER", "spacy")
    assert Extractor("en").structure.authoritative is True
    assert Extractor("fr").structure.authoritative is False  # roles.json: "parser_overrides": false
    monkeypatch.setenv("FOGLINE_PARSER_AUTH", "0")
    assert Extractor("en").structure.authoritative is False


@pytest.mark.parametrize("parser", ["off", "spacy"])
def test_extract_many_gives_what_extract_gives_one_by_one(monkeypatch, parser):
    monkeypatch.setenv("FOGLINE_PARSER", parser)
    ex = Extractor("en")
    texts = ["Gunmen killed 12 soldiers in Borno on Monday, officials said.",
             "“We lost 3 men,” a militia leader told reporters on Tuesday after clashes near Maiduguri.",
             "No figure here.",
             "According to residents, 40 people fled Gwoza on Friday after an attack that killed 9 villagers."]
    docs = [Document(id=f"t{i}", text=t, language="en", published=date(2025, 3, 13)) for i, t in enumerate(texts)]
    one = [ex.extract(d).to_dict() for d in docs]
    assert [e.to_dict() for e in ex.extract_many(docs)] == one
