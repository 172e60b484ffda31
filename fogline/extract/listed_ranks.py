"""People named one by one before a figure of the same toll: 'a captain, a lieutenant and 13 soldiers lost their
lives' counts 15, not 13 (the lede's '15 soldiers' told again). Only ranks and roles of the figure's own class
are added; 'a soldier and 13 civilians' stays two tolls.

Language data: ``listed_one`` (the article of one), ``listed_ranks`` (the role nouns) and ``coordination`` (the
word joining the last item) in ``claims.json``.
"""

from __future__ import annotations

import re

from ..vocab import HARM
from .counted import RawClaim


class ListedRanks:
    def __init__(self, claims: dict):
        ranks, one, joined = claims.get("listed_ranks"), claims.get("listed_one"), claims.get("coordination")
        self._list = None
        if ranks and one and joined:
            item = rf"(?:{one})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(ranks)})"
            self._list = re.compile(rf"(?<![\w'’-])(?P<list>(?:{item}\s*,\s*)*{item}\s*,?\s+(?:{joined})\s+)$", re.I)
            self._one = re.compile(rf"(?<![\w-])(?:{one})\s", re.I)

    def widen(self, text: str, raws: list[RawClaim]) -> list[RawClaim]:
        """``raws`` with the people listed right before a number added to it, when it counts the state's men; a
        figure of one inside such a list ('one officer and 9 soldiers') is no toll of its own."""
        if self._list is None:
            return raws
        lists = []
        for raw in raws:
            if raw.noun != "state" or raw.what not in HARM or raw.low is None or raw.vague:
                continue
            m = self._list.search(text, max(0, raw.at - 160), raw.at)
            if m is None:
                continue
            n = len(self._one.findall(m.group("list")))
            raw.low += n
            raw.high = raw.high + n if raw.high is not None else None
            raw.start = min(raw.start, m.start("list"))
            lists.append((m.start("list"), raw.at))
        return [r for r in raws if not any(a <= r.at < b for a, b in lists)] if lists else raws
