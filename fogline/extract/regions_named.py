"""The region a report names through its speakers and actors ('police in Zamfara State said', 'the Kano State
Police Command', 'la police de l'État de Kano', 'a police spokesman in Jos said'): not the event's place, but
where a state's police and officials speak for. It gives the region to an event whose place has none (a village
no list knows, or only the country)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..gazetteer import PlaceEntry, fold
from ..records import Place
from .admin2 import capitals
from .name_runs import candidates, runs
from .places import PlaceReader
from .segment import EventDraft
from .views import DocumentContext


def spoken_region(found: Place, draft: EventDraft, ctx: DocumentContext, reader: PlaceReader) -> Place:
    """``found`` with the region of its country that the event's sentences name (the first), else the one
    region of that country that the report's news sentences name, if they name only one."""
    code = next((c.country_code for c in (reader.gaz.country(found.country),) if c), None)
    if code is None:
        return found
    own = draft.sentences + draft.other_sentences
    region = next((r for i in own for r in regions_named(reader, ctx.views[i].s.text, code)), None)
    if region is None:
        named = {fold(r.admin1 or r.name): r for v in ctx.views if not v.background
                 for r in regions_named(reader, v.s.text, code)}
        if len(named) != 1:
            return found
        region = next(iter(named.values()))
    # no coordinates here: an event without any takes the report's place first (events.py), then the region's
    return replace(found, admin1=region.admin1)


def filed_region(found: Place, cities: frozenset[str], gazetteer) -> Place:
    """``found`` with the region of the dateline's city ('BANNU: Militants attacked a checkpoint in the Jani Khel
    area', 'BUNIA, Congo (Reuters) - ... in Lala'), when the city lies in the event's country and is not its
    capital: a story filed from a provincial town tells of its region. The city itself is never the place."""
    c = gazetteer.country(found.country) if found.country else None
    if c is None or not cities:
        return found
    capital = fold(capitals().get(c.country_code) or "")
    towns = [e for n in cities if n != capital for e in gazetteer.lookup(n)
             if fold(e.name) == n and e.country_code == c.country_code and e.admin1]
    if not towns:
        return found
    return replace(found, admin1=max(towns, key=lambda e: e.population).admin1)


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


@lru_cache(maxsize=4096)  # one reader per language; asked for each event without a region
def regions_named(reader: PlaceReader, text: str, code: str) -> tuple[PlaceEntry, ...]:
    """The regions of one country that ``text`` names with a region word, actors and speakers included ('police
    in Zamfara State said', 'the Zamfara State Police Command', 'la police de l'État de Kano'), and the
    regions of its speakers' towns other than the capital ('a police spokesman in Jos said'), which the
    reading of places skips as not the event's place. A bare region name counts only when no town bears it."""
    out = []
    for m in runs(reader._name_rx, reader._possessive_cut, text):
        for s, e in candidates(text, m.start(), m.end(), False, reader._possessive_end):
            found = reader.gaz.admin1(text[s:e], code)
            if found and (reader._region_after.match(text[e:e + 20]) or reader._region_before.search(
                    text[max(0, s - 30):s]) or not any(t.country_code == code for t in reader.gaz.lookup(text[s:e]))
                          and not reader.gaz.country(text[s:e])):  # bare 'Niger' is the country, not the state
                out.append(found[0])
                break
            towns = [t for t in reader.gaz.lookup(text[s:e]) if t.country_code == code and t.admin1] \
                if reader._speaker_after.match(text[e:e + 40]) else []  # "a police spokesman in Jos said"
            if towns:
                town = max(towns, key=lambda t: t.population)
                if fold(town.name) != fold(capitals().get(code) or ""):
                    out += reader.gaz.admin1(town.admin1, code)[:1]
                break
    return tuple(out)
