"""Whose crew a figure counts: the owner of the craft the sentence (or one a little before it) names, a merchant
ship's seafarers being civilians of no side. A mixin of ``Tolls``, whose patterns it reads."""

from __future__ import annotations

import re

from .. import vocab
from .counted import RawClaim
from .segment import EventDraft
from .views import DocumentContext, SentenceView


class CrewOwners:
    def _crew_owner(self, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext) -> str | None:
        """Whose crew a figure counts ('a U.N. helicopter came under fire, killing a crew member', 'shot down a
        Sudanese army aircraft and killed its three crew members'): the actor named right before the last craft
        the sentence names before the figure (its own words, not the claimant, say whose the craft is)."""
        crew = self._crew.search(v.s.text, raw.start, raw.noun_end or raw.end)
        if not crew:
            return None
        # the craft may stand inside the counted words ("two commercial ship crew members"): up to the crew noun
        craft = max(self._crewed.finditer(v.s.text, 0, crew.start()), key=lambda m: m.start(), default=None)
        if craft is None and (after := self._crewed.search(v.s.text, crew.end(), crew.end() + 25)) \
                and after.start() - crew.end() <= 10 \
                and self._merchant.search(v.s.text, after.start(), after.end() + 20):
            return vocab.INTERNATIONAL_CIVILIANS  # "membres d'équipage du navire commercial": the ship named after
        if craft is not None:  # "a commercial ship … killed three of its crew": seafarers, not its attacker's men
            merchant = self._merchant.search(v.s.text, max(0, craft.start() - 30), craft.end())
            return vocab.INTERNATIONAL_CIVILIANS if merchant else self._craft_owner(v, craft, draft, ctx)
        at = v.s.index  # only a figure of a crew asks
        for i in range(at - 1, max(-1, at - 4), -1):
            w = ctx.views[i]  # "Un hélicoptère de l'armée s'est écrasé. … Les deux membres d'équipage …": the
            craft = max(self._crewed.finditer(w.s.text), key=lambda m: m.start(), default=None)  # craft named
            owner = self._craft_owner(w, craft, draft, ctx) if craft is not None else None  # a little before
            if owner:
                return owner
        return None

    def _craft_owner(self, v: SentenceView, craft: re.Match, draft: EventDraft, ctx: DocumentContext) -> str | None:
        """The actor named right before a craft or just after it with an owner's word ('a helicopter of the army');
        the report's state forces for a military craft no one is named with."""
        text = v.s.text
        owner = next((a for a in reversed(v.actors) if a.end - v.s.start <= craft.start()
                      and re.fullmatch(r"[\s'’]*(?:[\w.-]+\s+){0,2}", text[a.end - v.s.start:craft.start()])), None) \
            or next((a for a in v.actors if 0 <= a.start - v.s.start - craft.end() < 40  # "a helicopter of the army"
                     and self._owner_cue.match(text[craft.end():a.start - v.s.start])), None)
        if owner is None:
            return (ctx.state_forces or None) if self._military_vehicles.search(
                text, max(0, craft.start() - 20), craft.start()) else None
        return None if owner.kind == vocab.CIVILIANS else self._named(owner, draft, ctx)
