"""Claim boundaries: figures that count a whole war, campaign or several operations are background, not claims
of the event being reported ('the insurgency has killed 27,000 people since 2009').

Language data: ``aggregate`` in ``lang/<code>/boundaries.json``.
"""

from __future__ import annotations

import re

from ..lang import resources
from .context import DocumentContext


def _data(language: str) -> dict:
    return resources(language)["boundaries"]


class Boundaries:
    def __init__(self, language: str):
        words = _data(language).get("aggregate", [])
        self._aggregate = re.compile(rf"(?<![\w-])(?:{'|'.join(words)})", re.I) if words else None

    def aggregate(self, text: str) -> bool:
        return bool(self._aggregate and self._aggregate.search(text))

    def mark(self, ctx: DocumentContext) -> None:
        """Sentences whose figures count many events become background (unless they date an event of their own:
        'on Friday' keeps 'fighting since January killed 12 on Friday' news)."""
        for v in ctx.views:
            if not v.background and v.quantities and not v.event_dates and self.aggregate(v.s.text):
                v.background = True
