"""Two incidents told in one sentence ('CODECO militiamen killed seven villagers in Djugu, while ADF rebels killed
12 people in Irumu'; 'Bandits killed five people in Maru and abducted 30 others in Tsafe'): the sentence is read as
two parts, one per incident, when each part has its own event word and its own place and the places are apart.
Each incident keeps its part of the sentence: the actors and figures of the other part are not its own."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..lang import resources_or_english
from .draft_places import event_place, placed_by_region, places_conflict
from .text import CaselessPattern
from .views import DocumentContext, SentenceView

if TYPE_CHECKING:  # for annotations only: segment makes the drafts
    from ..records import Claim
    from .segment import EventDraft

Span = tuple[int, int]  # absolute offsets
Part = tuple[SentenceView, Span]  # a view of one part of a sentence (its own event words and places), its span


def sentence_parts(ctx: DocumentContext) -> dict[int, tuple[Part, Part]]:
    """The sentences that tell two incidents apart: their two parts, each a view of its own words and its span."""
    out = {}
    for v in ctx.views:
        if len(v.triggers) > 1 and len(v.places) > 1 and not v.background:
            split = _split(ctx, v)
            if split is not None:
                out[v.s.index] = split
    return out


def _split(ctx: DocumentContext, v: SentenceView) -> tuple[Part, Part] | None:
    rx = _break_rx(ctx.doc.language)
    text, base = v.s.text, v.s.start
    for m in rx.finditer(text, v.folded):
        cut_a, cut_b = base + m.start(), base + m.end()
        first = _part(v, v.s.start, cut_a)
        second = _part(v, cut_b, v.s.end)
        if first is None or second is None:
            continue
        a, b = event_place(first, first.triggers), event_place(second, second.triggers)
        if not (_led(first, a) and _led(second, b)):
            continue  # "in the Sumy and Kharkiv regions, killing three": one place list, not two clauses
        if places_conflict(placed_by_region(first, a), placed_by_region(second, b)):
            return (first, (v.s.start, cut_a)), (second, (cut_b, v.s.end))
    return None


def _part(v: SentenceView, lo: int, hi: int) -> SentenceView | None:
    """The view of one part: its own event words (one of harm or a strong one) and places, or None."""
    hits = [h for h in v.triggers if lo <= h.start < hi]
    places = [p for p in v.places if lo <= p.start < hi]
    if not places or not any(h.spec.strong or h.spec.harm for h in hits):
        return None
    return replace(v, triggers=hits, places=places)


def _led(part: SentenceView, place) -> bool:
    """Whether the part tells its incident before its place ('killed five people in Maru'): a clause of its own,
    not the tail of a list of places ('the Sumy and Kharkiv regions')."""
    return place is not None and any((h.spec.strong or h.spec.harm) and h.start < place.start for h in part.triggers)


def keep_parts(drafts: list[EventDraft], split: dict[int, tuple[Part, Part]]) -> None:
    """Each draft's part of a split sentence: the span of the part that holds its event words there."""
    for d in drafts:
        for idx in d.sentences:
            for part, span in split.get(idx, ()):
                if any(h in part.triggers for h in d.hits):
                    d.parts[idx] = span


def part_claims(drafts: list[EventDraft], claims_by_draft: list[list[Claim]]) -> None:
    """A figure read in a split sentence goes to the draft whose part holds it."""
    owner = {(idx, span): i for i, d in enumerate(drafts) for idx, span in d.parts.items()}
    if not owner:
        return
    moved: list[list[Claim]] = [[] for _ in drafts]
    for i, claims in enumerate(claims_by_draft):
        keep = []
        for c in claims:
            j = next((k for (_idx, (lo, hi)), k in owner.items() if lo <= c.evidence.start < hi), i)
            (keep if j == i else moved[j]).append(c)
        claims_by_draft[i] = keep
    for j, extra in enumerate(moved):
        if extra:
            claims_by_draft[j] = sorted(claims_by_draft[j] + extra, key=lambda c: c.evidence.start)


@cache
def _break_rx(language: str) -> CaselessPattern:
    return CaselessPattern(resources_or_english(language)["triggers"].get("incident_break", "(?!)"))
