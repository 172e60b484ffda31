"""Quotations over several sentences: '« Nous avons retrouvé dix corps. Plusieurs personnes sont portées
disparues », a déclaré un responsable' — a figure in a sentence that opens a quote the next sentence closes is the
words of the speaker named after the close; one in a sentence that only closes a quote opened before continues
the words of the last speaker."""

from __future__ import annotations

from .attribution import AttributionReader
from .context import DocumentContext, SentenceView, relative_actors
from .speaker_memory import Speaker, SpeakerMemory
from .structure import quote_near

_REACH = 3  # how many sentences a quotation may run on


def quote_of(ctx: DocumentContext, v: SentenceView, pos: int) -> tuple[int, int] | None:
    """The report's quotation (document offsets) holding sentence offset ``pos``, when it runs past the sentence."""
    span = quote_near(ctx.text, v.s.start + pos)
    return span if span is not None and (span[0] < v.s.start or span[1] > v.s.end) else None


def speaker_after_close(attribution: AttributionReader, ctx: DocumentContext, v: SentenceView,
                        span: tuple[int, int], memory: SpeakerMemory) -> Speaker | None:
    """The speaker named right after the quotation ``span`` closes in a later sentence, with offsets relative to
    ``v`` (None when the quote closes in no later sentence or nobody is named after it there)."""
    if span[1] <= v.s.end:
        return None
    nxt = next((w for w in ctx.views[v.s.index + 1:v.s.index + 1 + _REACH] if w.s.start < span[1] <= w.s.end),
               None)
    if nxt is None:
        return None
    close = span[1] - nxt.s.start
    after = [s for s in attribution.speakers(nxt.s.text, relative_actors(nxt), memory, nxt.folded)
             if s.start >= close]
    if not after:
        return None
    delta = nxt.s.start - v.s.start
    return Speaker(after[0].name, after[0].is_actor, after[0].start + delta, after[0].end + delta, after[0].verb)
