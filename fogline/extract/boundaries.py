"""Claim boundaries: figures that count a whole war, campaign or several operations are background, not claims
of the event being reported ('the insurgency has killed 27,000 people since 2009'); nor are figures of a past
event told just before ('a similar raid in 2019 ... At least five soldiers were killed on that day').

Language data: ``aggregate`` and ``that_event`` in ``lang/<code>/boundaries.json``.
"""

from __future__ import annotations

from ..lang import resources
from .text import AnyWords
from .views import DocumentContext

_DAY_KINDS = ("weekday", "relative")


def _data(language: str) -> dict:
    return resources(language)["boundaries"]


def _pattern(words: list[str], end: str = "") -> AnyWords | None:
    """Matched as IGNORECASE, on the sentence's caseless copy when there is one (faster). Only asked whether a
    sentence holds one: a phrase that may start with any word ('[\\w-]+ million people') is searched apart, so the
    others keep their start scanner."""
    return AnyWords(words, end) if words else None


def _clause(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` starts (after the comma, colon or semicolon before it)."""
    return max(text.rfind(c, 0, at) for c in ",;:") + 1


class Boundaries:
    def __init__(self, language: str, data: dict | None = None):
        """``data``: the language's boundaries file, when the caller has it loaded."""
        data = _data(language) if data is None else data
        self._aggregate = _pattern(data.get("aggregate", []))
        self._that_event = _pattern(data.get("that_event", []), r"(?![\w-])")
        # "400,000 people are displaced across the region": a standing total in one clause of a news sentence
        self._stock = _pattern(data.get("stock", []))
        # "thousands of residents have fled since the attack": a figure tied to the event, not a war's total
        self._this_event = _pattern(data.get("this_event", []))

    def aggregate(self, text: str, folded: str | None = None) -> bool:
        """Does the sentence count many events or a standing total anywhere (its figures' clauses then decide)?"""
        return self._counts_many(text, folded) or bool(self._stock and self._stock.search(text, folded))

    def _counts_many(self, text: str, folded: str | None = None) -> bool:
        return bool(self._aggregate and self._aggregate.search(text, folded)) and not self._tied(text, folded)

    def _tied(self, text: str, folded: str | None) -> bool:
        """Words tie the figure to the event told ('have fled since the attack'); asked only of an aggregate
        cue's sentence or clause."""
        return bool(self._this_event and self._this_event.search(text, folded))

    def aggregate_clause(self, text: str, folded: str | None, start: int, end: int) -> bool:
        """Does the clause of the figure at ``start:end`` (from the comma, colon or semicolon before it to the one
        after) count several events ('killed 35 militants in two operations on Monday, the army said', '…, ce
        qui porte à 300 le nombre de soldats tués cette année')? Such a sum is no claim of either event, even in
        a sentence that dates one."""
        a = max(text.rfind(c, 0, start) for c in ",;:") + 1
        b = min((i for i in (text.find(c, end) for c in ",;:") if i != -1), default=len(text))
        clause = folded[a:b] if folded is not None else None
        return any(rx is not None and rx.search(text[a:b], clause) for rx in (self._aggregate, self._stock)) \
            and not self._tied(text, folded)  # "Depuis cette attaque, des milliers …": the sentence ties it

    def mark(self, ctx: DocumentContext) -> None:
        """Sentences whose figures count many events become background (unless they date an event of their own:
        'on Friday' keeps 'fighting since January killed 12 on Friday' news); so do sentences whose figures
        point back ('on that day', 'ce jour-là') at the past event of a background sentence just before."""
        prev_background = False
        # an undated report that tells its news in days ('on Tuesday', 'mardi') tells a month alone ('in March',
        # 'en mars dernier') of another, past time: its figures are background (a dated report has this from
        # context.py's past months)
        by_days = ctx.doc.published is None and any(d.kind in _DAY_KINDS for v in ctx.views for d in v.dates)
        for v in ctx.views:
            if by_days and not v.background and v.quantities and v.dates \
                    and all(d.kind in ("month", "year") for d in v.dates):
                v.background = True
            if not v.background and v.quantities and not v.event_dates:
                if self._counts_many(v.s.text, v.folded) and not self._news_beside(v) and not self._news_first(v) or (
                        prev_background and self._that_event and self._that_event.search(v.s.text, v.folded)):
                    v.background = True
            prev_background = v.background

    def _news_first(self, v) -> bool:
        """Whether the sentence tells its news with a figure of its own before a clause that counts many events
        ('RSF fighters killed 30 civilians in X, activists said, adding that 200 have been killed since the start
        of the month'): news; the sum is still no claim (``aggregate_clause`` in claims)."""
        text, folded, base = v.s.text, v.folded, v.s.start
        if not v.triggers:
            return False
        figures = [q for q in v.quantities if not q.exact_word]
        many = [q.start for q in figures if self.aggregate_clause(text, folded, q.start, q.end)]
        if not many:
            return False
        first = _clause(text, min(many))
        own = {_clause(text, q.start) for q in figures if q.start < first
               and not self.aggregate_clause(text, folded, q.start, q.end)}
        return any(_clause(text, h.start - base) in own for h in v.triggers)

    def _news_beside(self, v) -> bool:
        """Whether the sentence tells its own news in a clause of its own, every figure of it counting the war
        in another ('The strike hit the market in X, where thousands of displaced people have sought refuge'):
        news, its place the event's; its figures are still no claim (``aggregate_clause`` in claims)."""
        text, folded, base = v.s.text, v.folded, v.s.start
        figures = [q for q in v.quantities if not q.exact_word]  # 'a statement': no figure
        if not v.triggers or not v.places \
                or not all(self.aggregate_clause(text, folded, q.start, q.end) for q in figures):
            return False
        # the news clause names the place: "... have failed to halt the fighting, and millions have been
        # displaced across North Kivu" tells no news of its own
        news = {_clause(text, h.start - base) for h in v.triggers
                if not self.aggregate_clause(text, folded, h.start - base, h.end - base)}
        return any(_clause(text, p.start - base) in news for p in v.places)
