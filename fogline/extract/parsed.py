"""The dependency-parse reader of sentence structure (spaCy), and the choice of reader.

``SpacyStructure`` implements :class:`~fogline.extract.structure.StructureReader` from a small spaCy pipeline
(tagger + parser, only on the sentences that need it, one ``nlp.pipe`` batch per document). Which reader runs:
``FOGLINE_PARSER=spacy|off``; the model per language: ``FOGLINE_SPACY_MODEL_<LANG>`` or ``spacy_model`` in
``lang/<code>/roles.json``. Without spaCy or the model the rule reader runs, with a one-line notice.
"""

from __future__ import annotations

import os
import re
import sys
import threading

from .attribution import AttributionReader
from .speakers import roles_data
from .structure import (
    FigureFrame,
    RuleStructure,
    SentenceStructure,
    Span,
    StructureReader,
    TriggerFrame,
    needed_sentences,
)
from .views import DocumentContext, SentenceView

DEFAULT_PARSER = "off"  # the reader measured best on check/ (see BENCHMARKS.md)
_MODELS: dict[str, object] = {}
_LOCK = threading.Lock()
_NOTICED: set[str] = set()


def _notice(msg: str) -> None:
    if msg not in _NOTICED:
        _NOTICED.add(msg)
        print(f"fogline: {msg}", file=sys.stderr)


def load_model(name: str):
    """The spaCy pipeline ``name`` with tagger and parser only, loaded once per process; None if absent."""
    with _LOCK:
        if name not in _MODELS:
            try:
                import spacy

                _MODELS[name] = spacy.load(name, exclude=["ner", "lemmatizer", "attribute_ruler"])
            except (ImportError, OSError) as e:
                _notice(f"spaCy model {name!r} not available ({type(e).__name__}); the rule reader runs instead")
                _MODELS[name] = None
        return _MODELS[name]


def model_name(language: str) -> str | None:
    return os.environ.get(f"FOGLINE_SPACY_MODEL_{language.upper()}") or roles_data(language).get("spacy_model")


def structure_reader(language: str, data: dict, attribution: AttributionReader, counts) -> StructureReader:
    """The configured reader: the parser unless ``FOGLINE_PARSER=off`` or no model is installed."""
    rules = RuleStructure(data, attribution, counts)
    if os.environ.get("FOGLINE_PARSER", DEFAULT_PARSER).lower() in ("off", "rules", "0", "no", "false"):
        return rules
    name = model_name(language)
    if not name:
        return rules
    if not _installed(name):
        _notice(f"spaCy model {name!r} is not installed; the rule reader runs (pip install -e '.[parse]')")
        return rules
    return SpacyStructure(name, language, data, attribution, rules)


def _installed(name: str) -> bool:
    """Is spaCy and the model package importable? (checked without loading them: loading waits for first use)"""
    import importlib.util

    try:
        return importlib.util.find_spec("spacy") is not None and (
            importlib.util.find_spec(name) is not None or os.path.isdir(name))
    except (ImportError, ValueError):
        return False


_SUBJECT = ("nsubj",)
_OBJECT = ("dobj", "obj", "nsubjpass", "nsubj:pass")
_RELATIVE = ("relcl", "acl:relcl", "acl")
_QUOTE_CLOSE = re.compile(r"[”»]|\"\s*,")
_NOUN_MODS = ("poss", "nmod:poss", "amod", "compound", "nmod", "prep", "flat", "nummod")
_CUT = ("relcl", "acl:relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "parataxis")


def _span(tokens) -> Span | None:
    tokens = list(tokens)
    if not tokens:
        return None
    a, b = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return Span(a.idx, b.idx + len(b.text))


def _subtree_span(tok, cut: tuple[str, ...] = ()) -> Span:
    """The phrase a token heads, without the commas or quotes at its edges (nor dependents labelled ``cut``)."""
    dropped = {t.i for c in tok.children if c.dep_ in cut for t in c.subtree}
    toks = [t for t in tok.subtree if t.i not in dropped]
    while len(toks) > 1 and toks[0].is_punct:
        toks.pop(0)
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    return Span(toks[0].idx, toks[-1].idx + len(toks[-1].text))


class SpacyStructure:
    """The dependency-parse reader. The model loads on first use; when it cannot, the rule reader answers."""

    name = "spacy"

    def __init__(self, model: str, language: str, data: dict, attribution: AttributionReader,
                 fallback: RuleStructure):
        self.model = model
        self.attribution = attribution
        self.fallback = fallback
        # FOGLINE_PARSER_AUTH=0 or "parser_overrides": false (roles.json): the parse only fills the regex
        # attribution's gaps
        self.authoritative = os.environ.get("FOGLINE_PARSER_AUTH", "1") != "0" and \
            roles_data(language).get("parser_overrides", True)
        self._lock = threading.Lock()  # one extractor serves many threads; a pipeline is not made for that
        self._nobody = {w.lower() for w in roles_data(language).get("impersonal_subjects", [])}
        self._preps = re.compile(rf"(?:{'|'.join(data['attribution'].get('prepositions', []) or ['(?!)'])})\b",
                                 re.I)

    @property
    def nlp(self):
        return load_model(self.model)

    def available(self) -> bool:
        return self.nlp is not None

    def read(self, ctx: DocumentContext) -> dict[int, SentenceStructure]:
        return self.read_many([ctx])[0]

    def read_many(self, ctxs: list[DocumentContext]) -> list[dict[int, SentenceStructure]]:
        nlp = self.nlp
        if nlp is None:
            return self.fallback.read_many(ctxs)
        views = [(k, v) for k, ctx in enumerate(ctxs) for v in needed_sentences(ctx, self.fallback.counts)]
        out: list[dict[int, SentenceStructure]] = [{} for _ in ctxs]
        if not views:
            return out
        with self._lock:
            docs = list(nlp.pipe([v.s.text for _k, v in views], batch_size=64))
        for (k, v), doc in zip(views, docs, strict=True):
            out[k][v.s.index] = self._sentence(v, doc)
        return out

    def _sentence(self, v: SentenceView, doc) -> SentenceStructure:
        base = v.s.start
        st = SentenceStructure()
        numbers = {t.i for t in doc for q in v.quantities if q.start <= t.idx < q.end and not q.exact_word}
        for q in v.quantities:
            frame = self._figure(doc, q.start, q.end, numbers) or FigureFrame(Span(q.start, q.end))
            st.figures.append(_moved(frame, base))
        for t in v.triggers:
            frame = self._trigger(doc, t.start - base, t.end - base)
            if frame:
                st.triggers.append(_moved(frame, base))
        return st

    @staticmethod
    def _token_at(doc, start: int, end: int):
        """The quantity's syntactic head: '13' in 'at least 13', 'dizaine' in 'une dizaine'."""
        toks = [t for t in doc if start <= t.idx < end]
        if not toks:
            return None
        ids = {t.i for t in toks}
        heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
        return (heads or toks)[-1]

    @staticmethod
    def _is_verb(t) -> bool:
        return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")

    def _figure(self, doc, start: int, end: int, numbers: set[int]) -> FigureFrame | None:
        num = self._token_at(doc, start, end)
        if num is None:
            return None
        frame = FigureFrame(Span(start, end))
        head = num.head if num.dep_.startswith("nummod") or num.dep_ == "quantmod" else num
        if head.i != num.i or num.dep_ not in ("ROOT",):
            counted = head
            of = [g for c in head.children if c.dep_ in ("prep", "nmod") and c.i > head.i
                  for g in ([c] if c.dep_ == "nmod" else c.children) if g.dep_ in ("pobj", "nmod")]
            if head.i == num.i and of:  # "dozens of soldiers", "une dizaine de soldats"
                counted = of[0]
            kept = [counted] + [t for c in counted.children if c.dep_ not in _CUT for t in c.subtree]
            frame.noun = _span(kept)
            frame.modifiers = [_subtree_span(c) for c in counted.children if c.dep_ in _NOUN_MODS and c.i != num.i]
        chain = [head, *head.ancestors]
        verb = next((t for t in chain if self._is_verb(t)), None)
        if verb is not None:
            frame.verb = Span(verb.idx, verb.idx + len(verb.text))
        figure_tokens = {num.i, head.i}
        found = self._governing(doc, chain, figure_tokens, numbers)
        if found:
            frame.reporting, frame.speaker = found[0], found[1]
        return frame

    def _governing(self, doc, chain, figure_tokens: set[int], numbers: set[int] = frozenset()) -> tuple | None:
        """The reporting verb over the figure and its speaker phrase: an ancestor verb first ('X said … that
        12 died'; a bare pronoun's clause gives way to a named speaker higher up), then 'according to X',
        then a reporting clause hanging after the figure ('12 died, police said')."""
        found = None
        for k, t in enumerate(chain):
            if self.attribution.is_verb(doc.text, t.idx):
                found = (Span(t.idx, t.idx + len(t.text)), self._subject(doc, t, figure_tokens, numbers), t)
                if found[1] is None or not self._bare_pronoun(doc.text[found[1].start:found[1].end]):
                    return found
                higher = self._governing(doc, chain[k + 1:], figure_tokens, numbers)
                return higher if higher and higher[1] else found
        for t in chain:
            for c in t.children:
                if c.dep_ in ("nsubj", "dobj", "obj"):
                    continue
                sub = _before_figures(doc[c.left_edge.i:c.right_edge.i + 1], figure_tokens, numbers)
                m = self._preps.match(sub.text) if sub is not None else None  # "according to X", "selon l'armée"
                rest = sub.text[m.end():] if m else ""
                if m and rest.strip(" ,"):
                    s = sub.start_char + m.end() + len(rest) - len(rest.lstrip(" ,"))
                    return Span(sub.start_char, sub.start_char + m.end()), Span(s, sub.end_char), c
        if not chain:
            return None
        first = min(figure_tokens)
        roots = [t for t in doc if t.dep_ == "ROOT" and t.i > first and t.i != chain[-1].i]
        for t in chain + roots:  # a second root: "Le bilan est de 12 morts, a annoncé le ministre"
            if t in roots and self.attribution.is_verb(doc.text, t.idx) and (
                    t.left_edge.text in (",", "»", "”", '"')
                    or doc.text[:t.left_edge.idx].rstrip().endswith((",", "»", "”", '"'))):
                return Span(t.idx, t.idx + len(t.text)), self._subject(doc, t, figure_tokens, numbers), t
            for c in t.children:
                if c.dep_ in ("parataxis", "advcl", "ccomp", "conj") and c.i > first \
                        and not any(g.dep_ == "mark" for g in c.children) \
                        and self.attribution.is_verb(doc.text, c.idx) \
                        and not (figure_tokens & {x.i for x in c.subtree}):
                    return Span(c.idx, c.idx + len(c.text)), self._subject(doc, c, figure_tokens, numbers), c
        return None

    def _bare_pronoun(self, phrase: str) -> bool:
        m = self.attribution.pronoun(phrase)
        return bool(m and not phrase[:m.start()].strip(" ,") and not phrase[m.end():].strip(" ,."))

    def _subject(self, doc, verb, figure_tokens: set[int], numbers: set[int] = frozenset()) -> Span | None:
        subj = [c for c in verb.children if c.dep_ in _SUBJECT]
        if not subj and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i not in figure_tokens:
            subj = [c for c in verb.head.children if c.dep_ in _SUBJECT]  # "…, saying", "and added"
        subj = [s for s in subj if not (figure_tokens & {x.i for x in s.subtree}) and s.text.lower() not in self._nobody
                and not (s.i < verb.i and _QUOTE_CLOSE.search(doc.text[s.right_edge.idx:verb.idx]))]
        if subj:  # the nearest subject: "“…,” X said", not a phrase of the quote
            best = min(subj, key=lambda s: abs(s.i - verb.i))
            cut = _before_figures(doc[best.left_edge.i:best.right_edge.i + 1], figure_tokens, numbers)
            return Span(cut.start_char, cut.end_char) if cut is not None else None
        after = []
        for t in doc[verb.i + 1:]:  # «…», a déclaré Mohamed Ag, porte-parole du groupe.
            if t.text in (".", ";", "«", "»", "“", "”", '"') or t.i in figure_tokens or len(after) > 14:
                break
            after.append(t)
        while after and after[0].is_punct:
            after.pop(0)
        while after and after[-1].is_punct:
            after.pop()
        return _span(after) if after and verb.i > min(figure_tokens) else None

    def _trigger(self, doc, start: int, end: int) -> TriggerFrame | None:
        toks = [t for t in doc if start <= t.idx < end]
        if not toks:
            return None
        t = toks[0]
        frame = TriggerFrame(Span(start, end))
        subj = [c for c in t.children if c.dep_ in _SUBJECT]
        agent = [g for c in t.children if c.dep_ in ("agent", "obl:agent") for g in ([c] if c.dep_ == "obl:agent"
                                                                                        else c.children)]
        obj = [c for c in t.children if c.dep_ in _OBJECT]
        if subj or agent:
            frame.subject = _subtree_span((subj or agent)[0], _RELATIVE)
        if obj:
            frame.object = _subtree_span(obj[0], _RELATIVE)
        return frame


def _before_figures(span, figure_tokens: set[int], numbers: set[int] = frozenset()):
    """The span cut before the first figure after its start, without trailing commas (a misparse can hang
    'au moins neuf militaires' on 'selon des sources locales'); None when the span starts on the figure."""
    if span.start in figure_tokens:
        return None
    end = next((t.i for t in span[1:] if t.i in figure_tokens or t.i in numbers), span.end)
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[span.start:end]


def _moved(frame, base: int):
    """The frame with sentence offsets made document offsets."""
    def mv(s):
        return Span(s.start + base, s.end + base) if s else None
    if isinstance(frame, TriggerFrame):
        return TriggerFrame(mv(frame.trigger), mv(frame.subject), mv(frame.object))
    return FigureFrame(mv(frame.figure), mv(frame.noun), [mv(m) for m in frame.modifiers], mv(frame.verb),
                       mv(frame.reporting), mv(frame.speaker))
