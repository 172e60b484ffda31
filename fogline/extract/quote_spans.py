"""Quotations over several sentences: '« Nous avons retrouvé dix corps. Plusieurs personnes sont portées
disparues », a déclaré un responsable', '“I counted nine bodies. They shelled us for hours,” Hassan Mohamed, a
farmer, told AP.' A figure in a sentence that opens a quote a later sentence closes is the words of the speaker
named after the close (without this it goes to whoever spoke before the quote opened); one in a sentence that only
closes a quote opened before continues the words of the last speaker."""

from __future__ import annotations

import re

from .attribution import AttributionReader
from .earlier_mentions import Before
from .speaker_memory import Speaker, SpeakerMemory
from .speakers import SpeakerResolver
from .structure import quote_near
from .views import DocumentContext, SentenceView, relative_actors

_REACH = 4  # how many sentences a quotation may run on: a few, not a whole report


def quote_of(ctx: DocumentContext, v: SentenceView, pos: int) -> tuple[int, int] | None:
    """The report's quotation (document offsets) holding sentence offset ``pos``, when it runs past the sentence."""
    span = quote_near(ctx.text, v.s.start + pos)
    return span if span is not None and (span[0] < v.s.start or span[1] > v.s.end) else None


def _closing(ctx: DocumentContext, v: SentenceView, span: tuple[int, int] | None) -> SentenceView | None:
    """The later sentence in which the quotation ``span`` closes (None if it closes in ``v`` or too far on)."""
    if span is None or span[1] <= v.s.end:
        return None
    return next((w for w in ctx.views[v.s.index + 1:v.s.index + 1 + _REACH] if w.s.start < span[1] <= w.s.end), None)


def _moved(sp: Speaker, w: SentenceView, v: SentenceView) -> Speaker:
    """``sp`` of sentence ``w`` with offsets relative to ``v``."""
    delta = w.s.start - v.s.start
    return Speaker(sp.name, sp.is_actor, sp.start + delta, sp.end + delta, sp.verb, organisation=sp.organisation)


def quote_closer(ctx: DocumentContext, v: SentenceView, pos: int, attribution: AttributionReader,
                 resolver: SpeakerResolver, memory: SpeakerMemory) -> Speaker | None:
    """The speaker named right after the close of the quotation that holds ``pos`` (sentence offset) when that
    quotation closes in a later sentence ('…,” X told Reuters', '…,” said X'), the phrase read by the role
    resolver, in ``v``'s offsets; else None."""
    span = quote_near(ctx.text, v.s.start + pos)
    w = _closing(ctx, v, span)
    if w is None:
        return None
    text, close = w.s.text, span[1] - w.s.start
    m = next((m for m in attribution.verbs_in(text, w.folded) if m.start() >= close), None)
    if m is None or m.start() - close > 80 or re.search(r"[.;:“”\"«»]", text[close:m.start()]):
        return None
    before = Before(ctx.text, w.s.start)
    if text[close:m.start()].strip(" ,"):  # "…,” Hassan Mohamed, a farmer, told AP"
        sp = resolver.resolve(text, close, m.start(), relative_actors(w), memory, ctx.country, m.group(), before)
    else:  # "…,” said a nurse at the hospital"
        stop = min([i for i in (text.find(c, m.end()) for c in ".;“«") if i > m.end()] + [len(text)])
        end = attribution.comma_cut(text, m.end(), min(stop, m.end() + 120))
        sp = resolver.resolve(text, m.end(), end, relative_actors(w), memory, ctx.country, m.group(), before)
    return _moved(sp, w, v) if sp is not None else None


def speaker_after_close(attribution: AttributionReader, ctx: DocumentContext, v: SentenceView,
                        span: tuple[int, int], memory: SpeakerMemory) -> Speaker | None:
    """The first speaker the attribution reader finds after the quotation ``span`` closes in a later sentence,
    in ``v``'s offsets (None when the quote closes in no later sentence or nobody is named after it there)."""
    w = _closing(ctx, v, span)
    if w is None:
        return None
    close = span[1] - w.s.start
    after = [s for s in attribution.speakers(w.s.text, relative_actors(w), memory, w.folded) if s.start >= close]
    return _moved(Speaker(after[0].name, after[0].is_actor, after[0].start, after[0].end, after[0].verb), w, v) \
        if after else None


def opens_quote(text: str) -> bool:
    """Does the sentence open on a quotation mark (a quotation going on from the sentence before)?"""
    return _OPENS_QUOTE.match(text) is not None


_OPENS_QUOTE = re.compile(r"\s*[“\"«‘]")


def after_quote(before: str) -> int:
    """Where the words after a whole quotation that opens the sentence start ('“…,” army spokesman X' before its
    verb), when the quotation is closed and no quotation mark follows; else 0."""
    m = re.search(r"[”\"»]\s*,?\s*(?=[^“”\"«»]*$)", before)
    balanced = before.count('"') % 2 == 0 and before.count("“") == before.count("”") \
        and before.count("«") == before.count("»")
    return m.end() if m and balanced and m.end() < len(before.rstrip()) else 0


def closes_quote(before: str) -> bool:
    """Do the words before a verb end on a whole quotation that opens the sentence ('“We repulsed them,” said X')?"""
    m = re.search(r"[”\"»]\s*,?\s*$", before)
    return m is not None and before.count('"') % 2 == 0 and before.count("“") == before.count("”") \
        and before.count("«") == before.count("»")
