"""The region a report names through its speakers and actors ('police in Zamfara State said', 'the Kano State
Police Command', 'la police de l'État de Kano', 'a police spokesman in Jos said'): not the event's place, but
where a state's police and officials speak for. It gives the region to an event whose place has none (a village
no list knows, or only the country)."""

from __future__ import annotations

from dataclasses import replace

from ..gazetteer import fold
from ..records import Place
from .context import DocumentContext
from .places import PlaceReader
from .segment import EventDraft


def spoken_region(found: Place, draft: EventDraft, ctx: DocumentContext, reader: PlaceReader) -> Place:
    """``found`` with the region of its country that the event's sentences name (the first), else the one
    region of that country that the report's news sentences name, if they name only one."""
    code = next((c.country_code for c in (reader.gaz.country(found.country),) if c), None)
    if code is None:
        return found
    own = draft.sentences + draft.other_sentences
    region = next((r for i in own for r in reader.regions_named(ctx.views[i].s.text, code)), None)
    if region is None:
        named = {fold(r.admin1 or r.name): r for v in ctx.views if not v.background
                 for r in reader.regions_named(v.s.text, code)}
        if len(named) != 1:
            return found
        region = next(iter(named.values()))
    # no coordinates here: an event without any takes the report's place first (events.py), then the region's
    return replace(found, admin1=region.admin1)


def at_region(found: Place, gazetteer) -> Place:
    """A place known only by its region (a village no list knows, 'police in Zamfara State said'): the region's
    coordinates, at precision 3."""
    if found.latitude is not None or not found.admin1:
        return found
    c = gazetteer.country(found.country) if found.country else None
    region = next(iter(gazetteer.admin1(found.admin1, c.country_code if c else None)), None)
    if region is None:
        return found
    return replace(found, latitude=round(region.latitude, 4), longitude=round(region.longitude, 4), geo_precision=3)
