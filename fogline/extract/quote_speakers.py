"""Who speaks a quotation that runs over several sentences: '“I counted nine bodies. They shelled us for hours,”
Hassan Mohamed, a farmer, told AP.' The figure's sentence names nobody; the speaker stands after the quote's close,
sentences later. Without this the figure goes to whoever spoke before the quote opened."""

from __future__ import annotations

import re

from .attribution import AttributionReader
from .context import DocumentContext, SentenceView, relative_actors
from .speaker_memory import Speaker, SpeakerMemory
from .speakers import SpeakerResolver
from .structure import quote_near

_MAX_SENTENCES = 4  # a quotation runs over a few sentences, not a whole report


def quote_closer(ctx: DocumentContext, v: SentenceView, pos: int, attribution: AttributionReader,
                 resolver: SpeakerResolver, memory: SpeakerMemory) -> Speaker | None:
    """The speaker named right after the close of the quotation that holds ``pos`` (sentence offset) when that
    quotation closes in a later sentence ('…,” X told Reuters', '…,” said X'), in ``v``'s offsets; else None."""
    span = quote_near(ctx.text, v.s.start + pos)
    if span is None or span[1] <= v.s.end:
        return None
    w = next((w for w in ctx.views[v.s.index + 1:v.s.index + 1 + _MAX_SENTENCES]
              if w.s.start < span[1] <= w.s.end), None)
    if w is None:
        return None
    text, close = w.s.text, span[1] - w.s.start
    m = next((m for m in attribution.verbs_in(text, w.folded) if m.start() >= close), None)
    if m is None or m.start() - close > 80 or re.search(r"[.;:“”\"«»]", text[close:m.start()]):
        return None
    before = ctx.text[:w.s.start]
    if text[close:m.start()].strip(" ,"):  # "…,” Hassan Mohamed, a farmer, told AP"
        sp = resolver.resolve(text, close, m.start(), relative_actors(w), memory, ctx.country, m.group(), before)
    else:  # "…,” said a nurse at the hospital"
        stop = min([i for i in (text.find(c, m.end()) for c in ".;“«") if i > m.end()] + [len(text)])
        end = attribution.comma_cut(text, m.end(), min(stop, m.end() + 120))
        sp = resolver.resolve(text, m.end(), end, relative_actors(w), memory, ctx.country, m.group(), before)
    if sp is None:
        return None
    delta = w.s.start - v.s.start
    return Speaker(sp.name, sp.is_actor, sp.start + delta, sp.end + delta, sp.verb, organisation=sp.organisation)
