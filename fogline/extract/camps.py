"""Camps of the displaced: 'Zamzam camp', 'the Kalma IDP camp' is the event's place as the curated lists name
camps ('X camp'), beside the town it is named after; an army camp keeps the town's name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lang import resources_or_english
from ..records import Place
from .context import DocumentContext


def camp_place(found: Place, ctx: DocumentContext) -> Place:
    """The camp named after the event's place, at precision 2. A plain 'X camp' is one only in a sentence about
    the displaced or refugees (``camp_cue``)."""
    ev = found.evidence
    after, cue, name = _camp_words(ctx.doc.language)
    if ev is None or not found.location or after.search(" " + found.location.lower()):  # already 'X camp'
        return found
    m = after.match(ctx.doc.text, ev.end, ev.end + 40)
    if m is None:
        return found
    v = ctx.view_at(ev.start)
    if not m.group("kind") and not (v and cue.search(v.s.text)):
        return found
    return replace(found, location=name.format(ev.text), geonames_id=None,
                   geo_precision=max(2, found.geo_precision or 2))


@cache
def _camp_words(language: str) -> tuple[re.Pattern, re.Pattern, str]:
    """``camp_after`` (group ``kind``: the word saying whose camp), ``camp_cue`` and ``camp_name`` of places.json."""
    data = resources_or_english(language)["places"]
    return re.compile(data.get("camp_after", "(?!)")), re.compile(data.get("camp_cue", "(?!)"), re.I), \
        data.get("camp_name", "{}")
