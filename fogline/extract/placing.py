"""Placing an event: the most precise place named with it, a settlement missing from the gazetteer placed
near a known one, else the report's own place or country.
"""

from __future__ import annotations

from dataclasses import replace

from ..gazetteer import Gazetteer
from ..records import Evidence, Place
from .context import DocumentContext
from .places import UNLISTED, PlaceMention
from .segment import EventDraft, best_place


class Placer:
    """Turns the place mentions of a draft into the event's ``Place`` (coordinates, ACLED precision)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def place(self, draft: EventDraft, ctx: DocumentContext) -> Place:
        views, countries = ctx.views, ctx.countries
        best = draft.place or draft.context_place
        if best is None or best.precision >= 3:
            for idx in draft.sentences + draft.other_sentences:
                cand = best_place(views[idx].places)
                if cand and (best is None or cand.precision < best.precision):
                    best = cand
        if best is None:
            if not countries:
                return Place()
            c = self.gazetteer.country(countries[0])
            return Place(country=c.country if c else countries[0], iso3=c.iso3 if c else None)
        e = best.entry
        if best.precision == 4:
            return Place(country=e.country, iso3=e.iso3, evidence=_evidence(ctx, best))
        if e.kind == UNLISTED:
            return self._unlisted_place(best, draft, ctx)
        location = None if best.precision == 3 else e.name
        return Place(location=location, country=e.country, iso3=e.iso3, admin1=e.admin1,
                     latitude=round(e.latitude, 4), longitude=round(e.longitude, 4),
                     geo_precision=min(best.precision, 3), geonames_id=e.geonames_id if best.precision < 3 else None,
                     evidence=_evidence(ctx, best))

    def document_place(self, ctx: DocumentContext) -> Place | None:
        """The most precise known place of the report's news sentences."""
        mentions = [p for v in ctx.views if not v.background for p in v.places
                    if p.precision < 4 and p.entry.kind != UNLISTED]
        if not mentions:
            return None
        draft = EventDraft("document", place=min(mentions, key=lambda p: (p.precision, p.start)))
        return self.place(draft, ctx)

    def _unlisted_place(self, best: PlaceMention, draft: EventDraft, ctx: DocumentContext) -> Place:
        """A settlement missing from the gazetteer: its name as written, placed at the nearest known
        place the report names with it (the same sentence first), precision 2 ('near'), else region."""
        near = [p for idx in draft.sentences + draft.other_sentences for p in ctx.views[idx].places
                if p.precision < 4 and p.entry.kind != UNLISTED]
        near.sort(key=lambda p: (abs(p.start - best.start) > 300, p.precision == 3, abs(p.start - best.start)))
        anchor = self.place(EventDraft("anchor", place=near[0]), ctx) if near else self.document_place(ctx)
        if anchor is None or anchor.latitude is None:
            c = best.entry
            return Place(location=c.name, country=c.country, iso3=c.iso3, evidence=_evidence(ctx, best))
        return replace(anchor, location=best.entry.name, geonames_id=None, evidence=_evidence(ctx, best),
                       geo_precision=2 if anchor.geo_precision in (1, 2) else 3)


def _evidence(ctx: DocumentContext, p: PlaceMention) -> Evidence:
    for v in ctx.views:
        if v.s.start <= p.start < v.s.end:
            return Evidence(p.start, p.end, v.s.text[p.start - v.s.start:p.end - v.s.start])
    raise ValueError("place outside every sentence")
