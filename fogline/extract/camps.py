"""Camps of the displaced: 'Zamzam camp', 'the Kalma IDP camp' is the event's place as the curated lists name
camps ('X camp'), beside the town it is named after; an army camp keeps the town's name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lang import resources_or_english
from ..records import Evidence, Place
from .views import DocumentContext


def camp_place(found: Place, ctx: DocumentContext) -> Place:
    """The camp named after the event's place, at precision 2. A plain 'X camp' is one only in a sentence about
    the displaced or refugees (``camp_cue``)."""
    ev = found.evidence
    after, cue, name = _camp_words(ctx.doc.language)
    if ev is None or not found.location or after.search(" " + found.location.lower()):  # already 'X camp'
        return found
    m = after.match(ctx.doc.text, ev.end, ev.end + 40)
    camp = ev
    if m is None and (owned := _owned_rx(ctx.doc.language).match(ctx.doc.text, ev.end, ev.end + 60)):
        # "El Fasher's Abu Shouk displacement camp": the camp the town owns, not the town ("Bakassi IDP": the
        # name ends where the camp's words begin)
        start = owned.start("name")
        for end in (start + w.end() for w in re.finditer(r"\S+", owned.group("name"))):
            if m := after.match(ctx.doc.text, end, end + 40):
                camp = Evidence(start, end, ctx.doc.text[start:end])
                break
    if m is None:
        return found
    v = ctx.view_at(ev.start)
    if not m.group("kind") and not (v and cue.search(v.s.text)):
        return found
    return replace(found, location=name.format(camp.text), geonames_id=None, evidence=camp,
                   geo_precision=max(2, found.geo_precision or 2))


@cache
def _owned_rx(language: str) -> re.Pattern:
    """A possessive and the capitalised name it owns, right after a town ("'s Abu Shouk")."""
    possessive = resources_or_english(language)["demonyms"].get("possessive") or "(?!)"
    return re.compile(rf"(?:{possessive})\s+(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){{0,2}})")


@cache
def _camp_words(language: str) -> tuple[re.Pattern, re.Pattern, str]:
    """``camp_after`` (group ``kind``: the word saying whose camp), ``camp_cue`` and ``camp_name`` of places.json."""
    data = resources_or_english(language)["places"]
    return re.compile(data.get("camp_after", "(?!)")), re.compile(data.get("camp_cue", "(?!)"), re.I), \
        data.get("camp_name", "{}")
