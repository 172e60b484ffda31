"""Events built from drafts: type, date, place, actors and claims; stale incidents become background and a
follow-up incident without a place or date of its own takes the one before (not another incident's, nor one of
another region's).
"""

from __future__ import annotations

import re
from datetime import date

from .. import vocab
from ..records import Actor, Background, Claim, Event, Evidence, Place
from .placing import Placer
from .regions_named import at_region
from .segment import HARM_REACH, EventDraft
from .sides import Sides
from .tolls import Tolls
from .views import DocumentContext

_SPACE = re.compile(r"\s+")


class EventBuilder:
    """Assembles ``Event`` records; the parts come from ``sides``, ``placing`` and ``tolls``."""

    def __init__(self, sides: Sides, placer: Placer, tolls: Tolls, data: dict):
        self.sides = sides
        self._peaceful_rx = re.compile(data["triggers"].get("peaceful_takeover", "(?!)"), re.I)
        self._short_rx = re.compile(data["triggers"].get("short_takeover", "(?!)"), re.I)
        self._short_before_rx = re.compile(data["triggers"].get("short_takeover_before", "(?!)"), re.I)
        self._disputed_rx = re.compile(data["triggers"].get("disputed_takeover", "(?!)"), re.I)
        self.placer = placer
        self.tolls = tolls

    def _peaceful(self, draft: EventDraft, ctx: DocumentContext) -> bool:
        """The takeover's sentences say it came without fighting and name no fight, strike or harm (the words that
        deny one, 'sans combat', aside)."""
        said = [(v.s.start + m.start(), v.s.start + m.end()) for i in draft.sentences
                for v in (ctx.views[i],) for m in self._peaceful_rx.finditer(v.s.text)]
        return bool(said) and not any((_fight(h.spec) or h.spec.harm or h.spec.event_type == vocab.REMOTE_VIOLENCE)
                                      and not any(a <= h.start < b for a, b in said) for h in draft.hits)

    def _short_hold(self, draft: EventDraft, ctx: DocumentContext) -> bool:
        """The place was held only for a while, told after a taking word in its sentence ('seized the town before
        being pushed back') or right before it ('briefly seized'); or the event's sentences say its capture is
        disputed or that the defenders kept it ('if confirmed', 'retained control'): no lasting change of hands.
        A duration told before the taking word ('after fighting for several hours, X took the town') is the
        fight's."""
        for h in draft.hits:
            if not h.spec.territory:
                continue
            s = next((ctx.views[i].s for i in draft.sentences if ctx.views[i].s.start <= h.start < ctx.views[i].s.end),
                     None)
            if s is None:
                continue
            at, end = h.start - s.start, h.end - s.start
            # an adverb before any word of the taking words: 'briefly seized', 'were briefly seized by'
            cuts = [at] + [m.end() for m in _SPACE.finditer(s.text, at, end)]
            if self._short_rx.search(s.text, end) or any(self._short_before_rx.search(s.text[max(0, k - 40):k])
                                                         for k in cuts):
                return True
        return any(self._disputed_rx.search(ctx.views[i].s.text) for i in draft.sentences + draft.other_sentences)

    def build(self, ctx: DocumentContext, drafts: list[EventDraft], claims_by_draft: list[list[Claim]],
              background: list[Background]) -> list[Event]:
        """One event per draft that is news; a stale one is added to ``background`` instead."""
        text, views, published = ctx.text, ctx.views, ctx.doc.published
        events: list[Event] = []
        previous: Place | None = None
        for draft, claims in zip(drafts, claims_by_draft, strict=True):
            event = self.event(draft, ctx, claims)
            if _stale(event, published):  # "the army recaptured Khartoum in March": context, not news
                s0 = views[draft.sentences[0]].s
                background.append(Background(Evidence.of(text, s0.start, s0.end),
                                             int(event.date[:4]) if event.date else None))
                continue
            if event.place.latitude is None:  # a follow-up incident of the same report happens nearby; another
                # incident ('in a separate attack') only somewhere in the report's area
                event.place = (None if draft.apart else previous) or self.placer.document_place(ctx) \
                    or at_region(event.place, self.placer.gazetteer)
            previous = event.place if event.place.latitude is not None else previous
            dated = next((e for e in reversed(events) if e.date_evidence is not None), None)
            if event.date_evidence is None and dated is not None and not draft.apart \
                    and not _other_region(event.place, dated.place):
                # "fighting also took place further south": the same time frame as the incident before
                event.date, event.date_precision, event.date_evidence = dated.date, dated.date_precision, \
                    dated.date_evidence
            events.append(event)
        told: set[tuple] = set()
        for e in events:
            e.claims = drop_restated(e.claims, told)
        return events

    def event(self, draft: EventDraft, ctx: DocumentContext, claims: list[Claim]) -> Event:
        """The event of one draft: ACLED type from its strongest trigger and its parties, date, place."""
        text, views, doc = ctx.text, ctx.views, ctx.doc
        spec = draft.best
        actors = self.sides.actors(draft, ctx, claims)
        event_type, sub = spec.event_type, spec.sub_event_type
        if spec.territory and self._peaceful(draft, ctx):
            # "entered the town without a fight", "après le départ des soldats": no fight, a transfer (ACLED)
            event_type, sub = vocab.STRATEGIC_DEVELOPMENTS, vocab.NON_VIOLENT_TRANSFER
        elif spec.territory and self._short_hold(draft, ctx):
            sub = vocab.ARMED_CLASH  # ACLED: a change of a day or less, or one not established, is an armed clash
        elif spec.territory:
            a_side = [a for a in actors if a.side == vocab.SIDE_A]
            where = self.placer.place(draft, ctx).country or ctx.country
            if a_side and a_side[0].kind == vocab.STATE_FORCES and a_side[0].country in (None, where):
                sub = vocab.GOVERNMENT_REGAINS_TERRITORY  # a foreign army taking a town "overtakes" it (ACLED)
        if event_type == vocab.BATTLES and sub == vocab.ARMED_CLASH:
            b_side = [a for a in actors if a.side == vocab.SIDE_B]
            if b_side and all(a.kind == vocab.CIVILIANS for a in b_side):
                event_type, sub = vocab.VIOLENCE_AGAINST_CIVILIANS, vocab.ATTACK
            elif not b_side and _one_sided_killing(draft, claims):
                # "gunmen killed 20 people", "un élu a été assassiné": no fight, no armed target; the dead are
                # the civilians of the country (ACLED), named only when the report says which country
                event_type, sub = vocab.VIOLENCE_AGAINST_CIVILIANS, vocab.ATTACK
                if ctx.country:
                    actors.append(Actor(vocab.civilians_of(ctx.country), vocab.CIVILIANS, vocab.SIDE_B, ctx.country,
                                        []))
        if spec.when_harmed and (event_type, sub) == (spec.event_type, spec.sub_event_type) and _hurt(draft, claims):
            event_type, sub = spec.when_harmed  # "pillé le village, blessant trois habitants": an attack (ACLED)
        if event_type == vocab.VIOLENCE_AGAINST_CIVILIANS and ctx.country \
                and not any(a.side == vocab.SIDE_B for a in actors):
            # "l'attaque d'un marché a fait cinq morts": violence against civilians names no target, its targets
            # are the civilians of the country (ACLED)
            actors.append(Actor(vocab.civilians_of(ctx.country), vocab.CIVILIANS, vocab.SIDE_B, ctx.country, []))
        self.tolls.victims.civilians(claims, actors, event_type, ctx.country)
        self.tolls.victims.attackers_unnamed(claims, actors, ctx)
        if event_type == vocab.VIOLENCE_AGAINST_CIVILIANS and sub == vocab.ATTACK:
            hurt = {c.what for c in claims if c.of.startswith(vocab.CIVILIANS_PREFIX)}
            if vocab.ABDUCTED in hurt and not hurt & {vocab.KILLED, vocab.WOUNDED} and not draft.harmed:
                sub = vocab.ABDUCTION  # "twenty women were abducted": no one killed
        date_m = draft.date
        date_value = draft.date_value
        precision = date_m.precision if date_m else None
        if date_m is None:
            # an incident's day told in any of its sentences ('The attack took place on Sunday. Gunmen stormed the
            # camp, the army said on Tuesday') before the day something was said
            dm = next((d for pool in ("event_dates", "dates") for idx in draft.sentences + draft.other_sentences
                       for d in getattr(views[idx], pool) if d.precision), None)
            if dm:
                date_m, date_value, precision = dm, dm.date, dm.precision
        if date_m is None and doc.published:
            date_value, precision = doc.published, vocab.WEEK
        if date_value is None:
            precision = None
        place = self.placer.place(draft, ctx)
        evidence = [Evidence.of(text, h.start, h.end) for h in draft.hits if h.spec.strong][:8]
        if not evidence:
            evidence = [Evidence.of(text, h.start, h.end) for h in draft.hits][:3]
        confidence = 0.4 + 0.1 * min(3, len(evidence)) + (0.1 if place.country else 0) + (0.1 if actors else 0)
        return Event(
            id="", event_type=event_type, sub_event_type=sub,
            date=date_value.isoformat() if date_value else None, date_precision=precision, place=place,
            actors=actors, claims=claims, evidence=evidence,
            date_evidence=Evidence.of(text, date_m.start, date_m.end) if date_m else None,
            confidence=min(confidence, 1.0))


def _fight(spec) -> bool:
    """A word of a fight ('clashes', 'ambush', 'fighting'): an armed clash of its own, not a taking of territory."""
    return spec.strong and not spec.territory and (spec.event_type, spec.sub_event_type) == (vocab.BATTLES,
                                                                                             vocab.ARMED_CLASH)


def _hurt(draft: EventDraft, claims: list[Claim]) -> bool:
    """A figure of people killed or wounded who are no armed party (civilians, or whoever the words leave unnamed)
    told next to the looting or abduction, no other event word between them ('pillé le village, blessant trois
    habitants'; 'saccagé le marché. Deux commerçants ont été blessés'): people were hurt in it. The words of the
    wounded are no event word in every language, so ``EventDraft.harmed`` cannot see them."""
    lesser = [h for h in draft.hits if h.spec.when_harmed]
    for c in claims:
        if c.what not in (vocab.KILLED, vocab.WOUNDED) or not c.low or not (
                c.of == vocab.UNKNOWN or c.of.startswith(vocab.CIVILIANS_PREFIX)):
            continue
        a, b = c.evidence.start, c.evidence.end
        for h in lesser:
            lo, hi = (h.end, a) if h.end <= a else (b, h.start)
            if 0 <= hi - lo <= HARM_REACH and not any(lo <= o.start < hi for o in draft.hits
                                                      if not o.spec.when_harmed and not a <= o.start < b):
                return True
    return False


def _one_sided_killing(draft: EventDraft, claims: list[Claim]) -> bool:
    """Words of killing open the incident, no word names a fight, strike or bomb (even one pointing back, 'the
    clashes'; looting beside the killing does not count), and no figure counts an armed party's dead."""
    harm = [h.spec.rank for h in draft.hits[:draft.lead] if h.spec.harm]
    if not harm or any((h.spec.strong or h.spec.rank > max(harm)) and not h.spec.when_harmed for h in draft.hits):
        return False
    return all(c.of == vocab.UNKNOWN or c.of.startswith(vocab.CIVILIANS_PREFIX)
               for c in claims if c.what in vocab.HARM)


def _other_region(a: Place, b: Place) -> bool:
    """Two places in different countries or first-level regions: 'In Kachin State, the KIA said it had captured a
    camp' is not in the time frame of the Sagaing air strike told before it."""
    return bool(a.country and b.country and a.country != b.country
                or a.admin1 and b.admin1 and a.admin1 != b.admin1)


def _stale(event: Event, published: date | None) -> bool:
    """News is about days and weeks; a month before the report's own month, or a day more than a
    month back, is context."""
    if not published or not event.date or event.date_precision not in (vocab.DAY, vocab.WEEK, vocab.MONTH):
        return False
    when = date.fromisoformat(event.date)
    if event.date_precision == vocab.MONTH:  # "in March", "last month", in a report from April: context
        return (when.year, when.month) != (published.year, published.month)
    return (published - when).days > 30


def drop_restated(claims: list[Claim], told: set[tuple] | None = None) -> list[Claim]:
    """The lede's toll restated in the body is one claim, not two; and a figure the outlet gives in its own voice
    that a named source gives too, in the same bounds ('led to the deaths of 10 separatists' … 'according to the
    army, ten separatists were killed'), is that source's claim, told twice. An open figure ('at least 10') and an
    exact one are two claims. ``told``: the figures a named source gave in the report's earlier events (updated):
    the same source's same figure in the lede's event and again in a later one ('the separatists said they killed
    dozens of soldiers' … 'killed “dozens” of soldiers in the ambush') is told once."""
    seen: set[tuple] = set()
    kept = []
    for c in claims:
        key = (c.what, c.of, c.low, c.high, c.claimant, c.status)
        again = (c.what, c.of, c.low, c.high, c.claimant)
        if told is not None and c.low is not None and c.claimant != vocab.THE_OUTLET and again in told:
            continue
        if key not in seen:
            seen.add(key)
            kept.append(c)
    if told is not None:
        told.update((c.what, c.of, c.low, c.high, c.claimant) for c in kept
                    if c.low is not None and c.claimant != vocab.THE_OUTLET)
    sourced = [c for c in kept if c.claimant != vocab.THE_OUTLET and c.low is not None]
    # "killed 12 people, the army said" … "the army said 12 soldiers died": the same source's same exact figure,
    # once with no party and once naming it, is one claim, of that party
    named = {(c.what, c.low, c.claimant) for c in kept if c.of != vocab.UNKNOWN and c.low is not None
             and c.high == c.low}
    return [c for c in kept if not (c.claimant == vocab.THE_OUTLET and c.low is not None and any(
        s.what == c.what and s.of == c.of and s.low == c.low and s.high == c.high
        for s in sourced)) and not (c.of == vocab.UNKNOWN and c.high == c.low and (c.what, c.low, c.claimant) in named)]
