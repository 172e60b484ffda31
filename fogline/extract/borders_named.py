"""The region of a border area: an event placed only 'near the border with Niger' (a report on Benin) or in 'the
tri-border area' lies in the one region of its country along that border (``resources/borders.json``), at
precision 3; ACLED codes a border area to its region when nothing finer is named."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache

from ..gazetteer import RESOURCES
from ..records import Evidence, Place
from .places import PlaceReader
from .segment import EventDraft
from .views import DocumentContext

_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?")  # a country's name, one or two words


@cache
def _borders() -> dict[str, dict[str, str]]:
    data = json.loads((RESOURCES / "borders.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def border_region(found: Place, draft: EventDraft, ctx: DocumentContext, reader: PlaceReader) -> Place:
    """``found`` (a country, no region) in the region along the border its event's sentences name."""
    country = reader.gaz.country(found.country) if found.country else None
    table = _borders().get(country.country_code) if country else None
    if not table:
        return found
    for idx in draft.sentences + draft.other_sentences:
        v = ctx.views[idx]
        across = _across(reader, v.s.text) - {country.country_code}
        point = None if across else reader.borders.tripoint(v.s.text)
        name = table.get("+".join(sorted(across))) if across else table.get("*") if point else None
        region = next(iter(reader.gaz.admin1(name, country.country_code)), None) if name else None
        if region:
            found = replace(found, admin1=region.admin1, latitude=round(region.latitude, 4),
                            longitude=round(region.longitude, 4), geo_precision=3)
            if point:  # 'le triple point': the natural location named, as written
                s, e = v.s.start + point.start(), v.s.start + point.end()
                found = replace(found, location=point.group(), evidence=Evidence(s, e, point.group()))
            return found
    return found


def _across(reader: PlaceReader, text: str) -> set[str]:
    """The countries ``text`` names across a border ('the borders with Niger and Burkina Faso', 'the Somali
    border', 'la frontière burkinabè'), as ISO2 codes."""
    out = set()
    for m in _NAME.finditer(text):
        for name in (m.group(), m.group().split()[0]):
            c = reader.country_of(name)
            if c and reader.borders.neighbour(text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 20]):
                out.add(c.country_code)
                break
    return out
