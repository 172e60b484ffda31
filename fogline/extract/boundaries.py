"""Claim boundaries: figures that count a whole war, campaign or several operations are background, not claims
of the event being reported ('the insurgency has killed 27,000 people since 2009').

Language data: ``aggregate`` in ``lang/<code>/boundaries.json``.
"""

from __future__ import annotations

from ..lang import resources
from .context import DocumentContext
from .text import CaselessPattern


def _data(language: str) -> dict:
    return resources(language)["boundaries"]


class Boundaries:
    def __init__(self, language: str):
        words = _data(language).get("aggregate", [])
        # matched as IGNORECASE, on the sentence's caseless copy when there is one (faster)
        self._aggregate = CaselessPattern(rf"(?<![\w-])(?:{'|'.join(words)})") if words else None

    def aggregate(self, text: str, folded: str | None = None) -> bool:
        return bool(self._aggregate and self._aggregate.search(text, folded))

    def mark(self, ctx: DocumentContext) -> None:
        """Sentences whose figures count many events become background (unless they date an event of their own:
        'on Friday' keeps 'fighting since January killed 12 on Friday' news)."""
        for v in ctx.views:
            if not v.background and v.quantities and not v.event_dates and self.aggregate(v.s.text, v.folded):
                v.background = True
