"""Sentence structure: for each sentence holding a figure or a trigger, who says the figure, what it counts,
and who did what to whom.

Two readers implement ``StructureReader``: ``RuleStructure`` here (the regex attribution windows, no model)
and ``SpacyStructure`` in :mod:`.parsed` (a dependency parse), which also chooses the reader that runs. Every
span is in document offsets: ``document.text[start:end]`` is its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from .attribution import AttributionReader
from .text import CaselessPattern, CaselessRegex, words_regex
from .views import DocumentContext, SentenceView


@dataclass(slots=True, frozen=True)
class Span:
    start: int  # document offsets
    end: int


@dataclass(slots=True)
class FigureFrame:
    """One figure: the number, the noun it counts (with possessive, nationality, 'of whom' modifiers), the
    verb saying what happened, and the reporting verb and speaker phrase governing it."""

    figure: Span
    noun: Span | None = None
    modifiers: list[Span] = field(default_factory=list)
    verb: Span | None = None
    reporting: Span | None = None
    speaker: Span | None = None


@dataclass(slots=True)
class TriggerFrame:
    """An event trigger with its subject (side A) and object (side B) phrases, when the reader finds them."""

    trigger: Span
    subject: Span | None = None
    object: Span | None = None


@dataclass(slots=True)
class SentenceStructure:
    figures: list[FigureFrame] = field(default_factory=list)
    triggers: list[TriggerFrame] = field(default_factory=list)

    def figure_in(self, start: int, end: int) -> FigureFrame | None:
        """The frame of the figure that lies in ``[start, end)`` (document offsets)."""
        return next((f for f in self.figures if start <= f.figure.start < end), None)


class StructureReader(Protocol):
    """What the claim reader asks of sentence structure."""

    name: str
    authoritative: bool  # its speaker phrases override the regex attribution (else they only fill its gaps)

    def read(self, ctx: DocumentContext) -> dict[int, SentenceStructure]:
        """Structures of the news sentences holding a counted figure, by sentence index."""
        ...

    def read_many(self, ctxs: list[DocumentContext]) -> list[dict[int, SentenceStructure]]:
        """``read`` for several documents at once (the parser batches their sentences)."""
        ...


_QUOTE_END = re.compile(r"[,.!?]?\s*[”»]\s*,?|[,.!?]\"\s*,?")


def closes_sentence(text: str, start: int, end: int) -> bool:
    """'Five soldiers were killed while repelling the attack, the army said.': is the speaker phrase at
    ``start``-``end`` (its verb included) a closing reporting clause, set off by a comma, that says every clause
    before it ('while', 'but' join what it reports)? A few words after it ('on Monday') may follow, no figure."""
    comma = text.rfind(",", 0, start)
    return comma >= 0 and len(text[comma + 1:start].split()) <= 3 and len(text) - end <= 60 \
        and not re.search(r"\d|[“\"«]", text[end:])


def quote_around(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the quotation that holds ``pos`` (“…”, «…», "…"), or None."""
    for opening, closing in (("“", "”"), ("«", "»"), ('"', '"')):
        a = text.rfind(opening, 0, pos)
        if a == -1 or (opening == '"' and text.count('"', 0, a) % 2 == 1):
            continue
        if closing != opening and text.rfind(closing, a, pos) != -1:
            continue
        b = text.find(closing, pos)
        if b != -1:
            return a, b + 1
    return None


def quote_near(text: str, pos: int, reach: int = 2000) -> tuple[int, int] | None:
    """``quote_around`` read within ``reach`` characters of ``pos``: a quotation is a few sentences long, and a
    search from the report's start for every mention would grow with the square of a long report's size."""
    lo = max(0, pos - reach)
    span = quote_around(text[lo:pos + reach], pos - lo)
    return (span[0] + lo, span[1] + lo) if span else None


def needed_sentences(ctx: DocumentContext, counts) -> list[SentenceView]:
    """News sentences with a figure written as a number (not 'a'/'one' alone) and a verb that counts: the only
    ones whose claims need a speaker (parsing every sentence would cost about 4 times as much)."""
    return [v for v in ctx.views if not v.background and any(not q.exact_word for q in v.quantities)
            and counts(v.s.text)]


def _quote_from_before(doc: str, base: int, length: int, pos: int) -> tuple[int, int] | None:
    """'“They shelled us for hours. I counted nine bodies,” X told AP': a quote opened in an earlier sentence and
    closed in this one, in the sentence's offsets (from its start at the latest)."""
    span = quote_near(doc, base + pos)
    if span is None or span[0] >= base:
        return None
    return 0, min(length, span[1] - base)


class RuleStructure:
    """The regex reader: the attribution verb of the figure's clause and the window the regex attribution
    reads its speaker from. Counted nouns and trigger arguments are left to ``figures.py`` and ``sides.py``."""

    name = "rules"
    authoritative = False

    def __init__(self, data: dict, attribution: AttributionReader, counts):
        self.attribution = attribution
        self.counts = counts  # FigureReader.counts_verb: does a sentence have a verb that counts?
        self._clause_break = CaselessRegex(data["claims"].get("clause_break", ";"))
        self._preps = CaselessPattern(words_regex(data["attribution"].get("prepositions", [])).pattern)

    def read_many(self, ctxs: list[DocumentContext]) -> list[dict[int, SentenceStructure]]:
        return [self.read(c) for c in ctxs]

    def read(self, ctx: DocumentContext) -> dict[int, SentenceStructure]:
        out = {}
        for v in needed_sentences(ctx, self.counts):
            text, base = v.s.text, v.s.start
            verbs = self.attribution.verb_spans(text, v.folded)
            speaking = [(a, b) for a, b in verbs if not self.attribution.toll_subject(text, a, verbs)] \
                if self.attribution.names_toll(text) else verbs
            preps = [m.span() for m in self._preps.finditer(text, v.folded)]
            st = SentenceStructure()
            for q in v.quantities:
                frame = FigureFrame(Span(base + q.start, base + q.end))
                near = [(a, b) for a, b in speaking + preps
                        if not self._clause_break.search(text[min(b, q.end):max(a, q.start)])]
                quote = quote_around(text, q.start) or _quote_from_before(ctx.text, base, len(text), q.start)
                if quote and any(b <= quote[0] or a >= quote[1] for a, b in near):
                    # "« Selon les premiers éléments, 12 … », a déclaré le ministre": the quote's own speaker
                    near = [(a, b) for a, b in near if b <= quote[0] or a >= quote[1]]
                if near:
                    a, b = min(near, key=lambda ab: abs(ab[0] - q.start))
                    first = self.attribution.earlier_verb(text, a, verbs) if a > q.end else None
                    if first is not None and first[1] <= q.start:
                        a, b = first  # "X said troops killed 15, adding that …": 15 is what X said, not added
                    frame.reporting = Span(base + a, base + b)
                    if a > q.end and (close := _QUOTE_END.search(text, q.end, a)) and \
                            text[close.end():a].strip(" ,"):
                        # "“We killed 23,” X, the group's spokesman, told reporters": between quote and verb
                        frame.speaker = Span(base + close.end(), base + a)
                    elif (a, b) in preps:
                        comma = text.find(",", b)
                        end = comma if comma > b else len(text)
                        frame.speaker = Span(base + b, base + end)
                    elif a > q.end and re.search(r"[,”\"’»]\s*$", text[:a]):  # "…, said X, a spokesman for Y"
                        end = min([i for i in (text.find(c, b) for c in ".;“«") if i > b] + [len(text), b + 120])
                        end = self.attribution.comma_cut(text, b, end)  # not past ', dans le bilan …'
                        frame.speaker = Span(base + b, base + end)
                    else:
                        ws, we = self.attribution.subject_window(text, a, verbs)  # "X confirmed … and said"
                        frame.speaker = Span(base + ws, base + we)
                st.figures.append(frame)
            out[v.s.index] = st
        return out
