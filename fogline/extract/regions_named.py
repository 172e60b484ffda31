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
    if found.latitude is not None:
        return replace(found, admin1=region.admin1)
    return replace(found, admin1=region.admin1, latitude=round(region.latitude, 4),
                   longitude=round(region.longitude, 4), geo_precision=3)
