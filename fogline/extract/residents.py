"""The town of the people who tell it (issue 14): 'Gunmen killed 12 people in northwestern Nigeria, residents of
Kauru said', 'Residents of Kutum said fighters stormed the town': an event the report places no finer than a
region is near the town its residents, villagers or survivors live in. Not officials' or a spokesman's town
(where they sit: regions_named takes only its region), nor the capital or the dateline city. Language data:
``residents_of`` of places.json."""

from __future__ import annotations

from functools import cache

from ..gazetteer import fold
from ..lang import resources_or_english
from .admin2 import capitals
from .place_mention import PlaceMention
from .places import PlaceReader
from .segment import EventDraft
from .text import CaselessRegex
from .views import DocumentContext


def residents_town(draft: EventDraft, ctx: DocumentContext, reader: PlaceReader,
                   filed: frozenset[str]) -> PlaceMention | None:
    """The known town of the report's first country whose residents the event's own sentences quote, as a place
    'near' it (precision 2); ``filed``: the folded dateline city names."""
    rx = _residents_rx(ctx.doc.language)
    code = next((c.country_code for c in map(reader.gaz.country, ctx.countries[:1]) if c), None)
    if rx is None or code is None:
        return None
    for idx in draft.sentences:
        v = ctx.views[idx]
        for m in rx.finditer(v.s.text):
            run = reader._name_rx.match(v.s.text, m.end())
            if run is None:
                continue
            towns = [t for t in reader.gaz.lookup(run.group()) if t.country_code == code and t.admin1]
            if towns and fold(towns[0].name) not in filed and fold(towns[0].name) != capitals().get(code):
                s = v.s.start + run.start()
                return PlaceMention(s, s + len(run.group()), towns[0], 2, s, s + len(run.group()))
    return None


def residents_named(text: str, start: int, language: str) -> bool:
    """Whether the place at ``start`` is named as where residents who speak live ('..., residents of Zurmi
    said'): their town, not one the event's clause names."""
    rx = _residents_rx(language)
    window = max(0, start - 60)
    return rx is not None and any(window + m.end() == start for m in rx.finditer(text[window:start + 1]))


@cache
def _residents_rx(language: str) -> CaselessRegex | None:
    pattern = resources_or_english(language)["places"].get("residents_of")
    return CaselessRegex(pattern) if pattern else None  # spans only: the caseless copy, faster than IGNORECASE
