"""Sides and actors: who took part in an event and on which side (A initiates, B is the target or opponent),
and which actor a generic descriptor ('the separatists', 'gunmen') stands for. Who only tells the event is
asked of :mod:`.sources`; the rules that align allies and opponents are in :mod:`.alignment`.
"""

from __future__ import annotations

import re

from .. import vocab
from ..actors import ActorDictionary
from ..records import Actor, Claim, Evidence
from ..text import fold
from .alignment import fix_sides, opposed
from .attribution import AttributionReader
from .authors import Authors
from .communal import CommunalClashes
from .generic_groups import GenericGroups, _with_words_before
from .parties import ActorMention
from .quoted_groups import QuotedGroups
from .segment import EventDraft
from .sources import Sources
from .text import CaselessRegex, words_regex
from .triggers import TriggerReader
from .views import DocumentContext, by_sentence_index, doc_slice, text_after

A, B = vocab.SIDE_A, vocab.SIDE_B


class Sides(GenericGroups):
    """Reads the parties of an event draft from its sentences: voice and word order give sides."""

    def __init__(self, data: dict, actor_dict: ActorDictionary, triggers: TriggerReader,
                 attribution: AttributionReader):
        self.actor_dict = actor_dict
        self.triggers = triggers
        self.attribution = attribution
        self.sources = Sources(data, attribution, triggers.agent_before)
        self.authors = Authors(data, self.sources, self.armed_group, self._says_unclaimed)
        # "the attackers" point back to whoever the report says attacked; "an armed group", "terrorists" do not
        self._attackers = words_regex(data["triggers"].get("attacker_words", []))
        # "the FLA gave a toll of eleven dead": a sentence that only counts tells no one's side by its word order
        self._count_nouns = words_regex(data["triggers"].get("count_nouns", []))
        # "attacked by the separatists and militants from an al-Qaeda affiliate, JNIM": one side, whatever the order
        self._coordinated = re.compile(data["triggers"].get("coordinated", "(?!)"), re.I)
        # "people" are civilians only when the event has no armed target ("clashes killed 20 people")
        self._held_before = re.compile(data["demonyms"].get("territory_before", "(?!)"), re.I)
        self._held_after = re.compile(data["demonyms"].get("territory_after", "(?!)"), re.I)
        # "a patrol escorting traders was hit": the people a force guards are no party of the attack on it
        self._protected = re.compile(data["demonyms"].get("protected_before", "(?!)"), re.I)
        # "des avions de l'armée ont bombardé", "jets of the air force struck": whose aircraft, inside the trigger
        self._aircraft_of = re.compile(data["demonyms"].get("agent_of_aircraft", "(?!)"), re.I)
        self._unclaimed = CaselessRegex(data["demonyms"].get("unclaimed", "(?!)"))
        self._weak_civilians = {fold(w) for w in data["demonyms"].get("weak_civilian_nouns", [])}
        self._weak_rx = words_regex(data["demonyms"].get("weak_civilian_nouns", []))
        self._quoted = QuotedGroups(data, actor_dict)  # "“our men hold the town,” the spokesman said"
        self._communal = CommunalClashes(data, actor_dict)  # "clashes between herders and farmers": both fight
        # "ont attaqué la base militaire": the installation an attack strikes stands for the soldiers who hold it
        inst = data["triggers"].get("military_installation")
        self._installation = re.compile(inst, re.I) if inst else None
        self._installation_subject = re.compile(data["triggers"].get("installation_subject") or "(?!)", re.I)

    def actors(self, draft: EventDraft, ctx: DocumentContext, claims: list[Claim]) -> list[Actor]:
        """Named and generic actors of the event's sentences, with sides from voice and word order."""
        views, country = ctx.views, ctx.country
        hurt = {c.of for c in claims if c.what in vocab.HARM}  # whose dead, wounded or captured are counted
        if country and any(c.of == vocab.UNKNOWN and c.what in vocab.HARM and self._weak_rx.search(c.evidence.text)
                           for c in claims):  # "vingt personnes tuées": nobody's side, yet people of the country
            hurt.add(vocab.civilians_of(country))
        found: dict[str, Actor] = {}
        holder: dict[str, bool] = {}  # name → every mention only says who holds a place ("an area controlled by")
        source: dict[str, bool] = {}  # name → every mention is the speaker of a clause with its own subject
        by_sentence = by_sentence_index(draft.hits, ctx) if len(draft.sentences) * len(draft.hits) > 64 else None
        for idx in draft.sentences:
            v = views[idx]
            hits = [h for h in draft.hits if v.s.start <= h.start < v.s.end] if by_sentence is None \
                else by_sentence.get(idx, [])
            anchor = max(hits, key=lambda h: (h.spec.strong, h.spec.rank)) if hits else None
            passive = bool(v.actors and anchor and (self.triggers.passive_before.search(  # read for its actors only
                doc_slice(v, anchor.start - 25, anchor.start)) or self.triggers.target_before.search(
                doc_slice(v, anchor.start - 60, anchor.start)) or self.triggers.passive_before.search(
                doc_slice(v, anchor.start - 25, _first_word_end(ctx.text, anchor.start, anchor.end)))))
            counts_only = bool(v.actors) and all(
                self._count_nouns.fullmatch(ctx.text, h.start, h.end) for h in hits)
            unclaimed = bool(v.actors) and self._says_unclaimed(v.s.text)
            named = [(b.start, b.end) for b in v.actors if b.name and not b.generic]
            last: tuple[ActorMention, str] | None = None  # the last party placed by word order, and its side
            reciprocal = self._communal.phrases(v.s.text) if anchor and anchor.spec.event_type == vocab.BATTLES \
                else []
            communal = self._communal.communal(v, reciprocal, ctx.doc.language)
            part = draft.parts.get(idx)
            for a in v.actors:
                if part and not part[0] <= a.start < part[1]:
                    continue  # the other incident's part of a sentence that tells two
                fights = self._communal.side(reciprocal, a.start - v.s.start, a.end - v.s.start)
                if a.start in v.affiliations or unclaimed and self.armed_group(a):
                    continue  # "no group claimed it, but the TTP is active there": context, not a party
                if a.generic and a.kind != vocab.CIVILIANS and _beside_named(v, a, named):
                    continue  # "VDP militiamen", "les miliciens VDP": a named group beside the noun is its own
                name, kind = a.name, a.kind
                if (kind == vocab.CIVILIANS or reciprocal) and not fights and (
                        self.sources.speaker_follows.match(text_after(v, a.end))
                        or self.sources.speaker_precedes.search(doc_slice(v, a.start - 30, a.start))):
                    continue  # "residents said", "police said" of a clash between two others: a source
                if (a.generic or name is None) and country and kind in (vocab.CIVILIANS, vocab.UNIDENTIFIED_GROUP) \
                        and self._communal.side(communal, a.start - v.s.start, a.end - v.s.start):
                    name, kind = self._communal.militia(v, a.start - v.s.start, a.end - v.s.start, communal, ctx)
                elif a.generic and kind == vocab.PROTESTERS:
                    if not country or draft.best.event_type != vocab.PROTESTS:
                        continue  # protesters are a party only of force used against them
                    name = vocab.protesters_of(country)
                elif a.generic or name is None:
                    if kind == vocab.CIVILIANS:
                        if not country:
                            continue
                        name = vocab.civilians_of(country)
                    else:
                        words = _with_words_before(v.s.text, a.start - v.s.start, a.end - v.s.start)
                        name, kind = self.generic_armed(draft, ctx, words)  # "Islamist rebels"
                        if name is None:
                            continue
                if kind == vocab.OTHER_KIND:
                    continue
                before = doc_slice(v, a.start - 40, a.start)
                if kind == vocab.CIVILIANS and a.generic and self._protected.search(before):
                    continue
                holder[name] = holder.get(name, True) and bool(
                    self._held_before.search(before) or self._held_after.search(text_after(v, a.end))
                    or self.attribution.spokesman(before))  # "a spokesman for the Arakan Army"
                told_here = self.sources.reports_clause(v, a, anchor) or self.sources.according_to(v, a, anchor) \
                    or self.sources.accuses(v, a)
                source[name] = source.get(name, True) and told_here
                side = B
                if anchor and not told_here:  # a speaker's place in the sentence says nothing of its side
                    before = a.start < anchor.start or a.start <= anchor.start < a.end  # "une frappe américaine"
                    by_agent = self.triggers.agent_before.search(doc_slice(v, a.start - 14, a.start)) or \
                        0 <= a.start - anchor.end <= 8 \
                        and self.sources.genitive.match(doc_slice(v, anchor.end, a.start)) \
                        or anchor.start < a.start < anchor.end and self._owns_aircraft(v, anchor, a)
                    ordered = before and not passive and not counts_only  # "the FLA gave a toll of …": no order
                    side = A if ordered or (not before or counts_only) and by_agent else B
                    if ordered and self.triggers.opponent_before.search(doc_slice(v, a.start - 60, a.start)):
                        side = B  # "after clashes with the army, M23 rebels took Nyabiondo": whom they fought
                    if last and self._joined(v, last[0], a):
                        side = last[1]
                    if before and self.triggers.victim_clause.search(doc_slice(v, a.end, anchor.start)):
                        side = B  # "nine soldiers were killed when militants attacked …"
                    last = (a, side)
                    if kind == vocab.CIVILIANS:
                        side = B
                if draft.family == vocab.FAMILY_AIRCRAFT:
                    side = A
                side = fights or side
                if name not in found:
                    found[name] = Actor(name, kind, side, a.country, [])
                ev = Evidence(a.start, a.end, v.s.text[a.start - v.s.start:a.end - v.s.start])
                if len(found[name].evidence) < 5:
                    found[name].evidence.append(ev)
            if country and communal:
                self._communal.add_unnamed(v, ctx, communal, found)
            elif country and not any(a.kind in (vocab.CIVILIANS, vocab.PROTESTERS) for a in found.values()):
                self._weak_victims(v, country, found)
        for a in self._quoted.parties(draft, ctx, claims, set(found)):
            found[a.name] = a
        if country and not any(a.kind in (vocab.STATE_FORCES, vocab.FOREIGN_FORCES) for a in found.values()):
            held = self._garrison(draft, views)
            if held is not None:  # "Des terroristes ont attaqué la base militaire de Boulkessi": its soldiers
                name = self.actor_dict.state_forces_of(country) or vocab.NATIONAL_MILITARY + country
                found[name] = Actor(name, vocab.STATE_FORCES, B, country, [held])
        actors = list(found.values())
        if any(source.values()):  # "police said gunmen killed four people": the police only tell it
            rest = [a for a in actors if not source.get(a.name) or a.name in hurt]
            if any(a.kind != vocab.CIVILIANS for a in rest):
                actors = rest
                found = {a.name: a for a in rest}
        first = draft.sentences[0]
        struck: set[str] = set()  # parties named just before a passive sentence that has none: its targets
        if not actors and first > 0 and not views[first - 1].background and not draft.apart:
            # "It was first hit by mines at Tadjereret": the parties were named just before
            prev = views[first - 1]
            anchor = next((h for h in draft.hits if views[first].s.start <= h.start < views[first].s.end), None)
            passive = anchor is not None and bool(self.triggers.passive_before.search(  # "was targeted", "by mines"
                doc_slice(views[first], anchor.start - 25, _first_word_end(ctx.text, anchor.start, anchor.end)))
                or self.triggers.agent_before.search(doc_slice(views[first], anchor.start - 14, anchor.start)))
            for a in prev.actors:
                if a.name and not a.generic and a.kind not in (vocab.CIVILIANS, vocab.OTHER_KIND) \
                        and a.name not in found:
                    found[a.name] = Actor(a.name, a.kind, B, a.country, [Evidence(
                        a.start, a.end, prev.s.text[a.start - prev.s.start:a.end - prev.s.start])])
                    if passive:
                        struck.add(a.name)
            actors = list(found.values())
        if actors and not any(a.side == B for a in actors):
            # the other party is often named only where the report gives its side of the story
            # ("Ukraine said it was holding back enemy forces in Pobeda")
            for i in draft.other_sentences:
                for a in views[i].actors:
                    if (a.name and not a.generic and a.name not in found
                            and a.kind not in (vocab.CIVILIANS, vocab.OTHER_KIND)
                            and any(opposed(a, x) or a.kind == x.kind == vocab.STATE_FORCES and a.country != x.country
                                    for x in actors)):
                        found[a.name] = Actor(a.name, a.kind, B, a.country, [Evidence(
                            a.start, a.end, views[i].s.text[a.start - views[i].s.start:a.end - views[i].s.start])])
            actors = list(found.values())
        actors = self.authors.claimed_responsibility(actors, draft, ctx, hurt)
        self._victims_are_targets(actors, draft, ctx, claims)
        homes = {self.actor_dict.by_name(a.name).home_country for a in actors
                 if a.kind == vocab.FOREIGN_FORCES and self.actor_dict.by_name(a.name)}
        actors = [a for a in actors if not (a.kind == vocab.STATE_FORCES and a.country and country
                                             and a.country != country and a.country in homes)]
        if any(a.kind == vocab.CIVILIANS for a in actors) and \
                all(a.kind in (vocab.CIVILIANS, vocab.STATE_FORCES) for a in actors):
            # "a suicide bomber killed 12 people …; police confirmed the attack": the police only tell it
            told = self.sources.told(draft, ctx)
            actors = [a for a in actors if a.kind == vocab.CIVILIANS or not told.get(a.name) or a.name in hurt]
        fix_sides(actors, {a.name for a in actors if (e := self.actor_dict.by_name(a.name)) and e.pro_government})
        if struck and all(a.name in struck for a in actors):  # "Il a été ciblé par des mines": all targets
            for a in actors:
                a.side = B
        if self.authors.lone_victims(actors, draft, hurt):
            actors += self.authors.claimed_by(actors, draft, ctx)
        armed_groups = {a.side for a in actors if self.armed_group(a)}
        actors = [a for a in actors if not (a.kind == vocab.UNIDENTIFIED_GROUP and a.side in armed_groups)]
        # "fighters" beside "the separatists" (the FLA) on the same side are those separatists
        kind = draft.best.event_type
        targets = [a for a in actors if a.side == B and a.kind != vocab.STATE_FORCES]
        if targets and all(a.kind == vocab.CIVILIANS for a in targets) and \
                not any(c.of == a.name for a in actors if a.kind == vocab.STATE_FORCES for c in claims):
            actors = self.sources.drop_narrators(actors, draft, ctx)
        actors = self.sources.drop_sources(actors, draft, ctx, hurt,
                                           lone=kind in (vocab.REMOTE_VIOLENCE, vocab.VIOLENCE_AGAINST_CIVILIANS))
        if any(a.kind == vocab.CIVILIANS and a.side == B for a in actors):
            # "a village controlled by the Arakan Army": who holds the place struck is no party of an attack
            # on its civilians
            rest = [a for a in actors if not (holder.get(a.name) and a.kind != vocab.CIVILIANS and a.name not in hurt)]
            if any(a.side == A and a.kind != vocab.CIVILIANS for a in rest):
                actors = rest
        if any(a.side == B and a.kind != vocab.CIVILIANS for a in actors):
            actors = [a for a in actors if not (a.kind == vocab.CIVILIANS and a.evidence and all(
                fold(e.text) in self._weak_civilians for e in a.evidence))]
        armed = {a.side for a in actors if a.kind != vocab.CIVILIANS}
        if kind == vocab.BATTLES and armed == {A, B}:
            # two armed sides fight: civilians are parties only when the report counts civilian victims
            counted = {c.of for c in claims if c.of.startswith(vocab.CIVILIANS_PREFIX) and c.what != vocab.DISPLACED}
            counted |= {o for o in hurt if o.startswith(vocab.CIVILIANS_PREFIX)}
            actors = [a for a in actors if a.kind != vocab.CIVILIANS or a.name in counted]
        remote_or_civilian = kind in (vocab.REMOTE_VIOLENCE, vocab.VIOLENCE_AGAINST_CIVILIANS)
        if (country and draft.family == vocab.FAMILY_VIOLENCE
                and (remote_or_civilian or any(a.side == B for a in actors))
                and not any(a.side == A and a.kind != vocab.CIVILIANS for a in actors)):
            # an attack whose perpetrator the report does not name (ACLED's convention), unless the event's
            # other sentences name one armed actor that is not only a source ("Russia launched 145 drones")
            author = self.authors.elsewhere(actors, draft, ctx, hurt)
            actors.insert(0, author or Actor(vocab.unidentified_group(country), vocab.UNIDENTIFIED_GROUP, A,
                                             None, []))
            for a in actors[1:]:
                a.side = B
        return actors

    def _garrison(self, draft: EventDraft, views) -> Evidence | None:
        """The military installation an attack's trigger strikes: its object, inside or right after the trigger
        ('ont attaqué la base militaire'), or the subject of a passive clause up to the trigger ('Le camp militaire
        a été la cible d'une attaque'); not one named to say where ('près du camp militaire')."""
        if self._installation is None:
            return None
        for idx in draft.sentences:
            v = views[idx]
            for h in draft.hits:
                if not v.s.start <= h.start < v.s.end or h.spec.family != vocab.FAMILY_VIOLENCE:
                    continue
                m = self._installation.search(v.s.text, h.start - v.s.start, min(h.end + 25, v.s.end) - v.s.start)
                if m and m.start() < h.end - v.s.start:
                    return Evidence(v.s.start + m.start(), v.s.start + m.end(), m.group())
                m = self._installation_subject.match(v.s.text, 0, h.start - v.s.start)
                if m:
                    return Evidence(v.s.start + m.start("i"), v.s.start + m.end("i"), m.group("i"))
        return None

    def _owns_aircraft(self, v, anchor, a: ActorMention) -> bool:
        """The trigger opens with aircraft and the mention is their owner ("des hélicoptères de l'armée ont
        pilonné", "jets of the air force struck"): the agent, though it stands inside the trigger."""
        words = doc_slice(v, anchor.start, a.start)
        return bool(self.triggers.aircraft.match(words) and self._aircraft_of.search(words))

    def _weak_victims(self, v, country: str, found: dict[str, Actor]) -> None:
        """'killing nine people': the civilians of the report's country, weighed later (kept only when the event
        has no armed target); not a source ('people said')."""
        for m in self._weak_rx.finditer(v.s.text):
            start, end = v.s.start + m.start(), v.s.start + m.end()
            if any(a.start < end and start < a.end for a in v.actors) or \
                    self.sources.speaker_follows.match(text_after(v, end)) or \
                    self.sources.speaker_precedes.search(doc_slice(v, start - 30, start)):
                continue
            name = vocab.civilians_of(country)
            found.setdefault(name, Actor(name, vocab.CIVILIANS, B, country, []))
            if len(found[name].evidence) < 5:
                found[name].evidence.append(Evidence(start, end, m.group()))

    def _joined(self, v, first: ActorMention, a: ActorMention) -> bool:
        """``a`` is coordinated with ``first`` ("X and Y", "Y from X") or names it ("a jihadist group, JNIM",
        not "…, the army said")."""
        m = self._coordinated.match(doc_slice(v, first.end, a.start))
        return bool(m) and (m.group("apposition") is None or first.generic and not a.generic
                            and not self.attribution.speaks(text_after(v, a.end)))

    def _victims_are_targets(self, actors: list[Actor], draft: EventDraft, ctx: DocumentContext,
                             claims: list[Claim]) -> None:
        """An actor that is only ever counted among the dead, wounded or captured, never heard,
        is the target when another armed actor is the initiator ("the rebels said they killed 25
        soldiers in the ambush")."""
        speakers = set()
        for i in draft.sentences + draft.other_sentences:
            v = ctx.views[i]
            t = v.s.text.casefold()
            for a in v.actors:
                after = t[a.end - v.s.start:a.end - v.s.start + 25]
                if a.name and self.attribution.speaks(after):
                    speakers.add(a.name)
        initiators = [a for a in actors if a.side == A and a.kind not in (vocab.CIVILIANS, vocab.STATE_FORCES)
                      or a.side == A and a.name in speakers]
        for a in actors:
            if a.side == A and a.name not in speakers and any(x is not a for x in initiators) and \
                    any(c.of == a.name and c.claimant != a.name for c in claims):
                a.side = B


def _beside_named(v, a: ActorMention, named: list[tuple[int, int]]) -> bool:
    """Does a named mention touch ``a``, before or after it, with nothing but a space or hyphen between?"""
    gaps = [(e, a.start) if e <= a.start else (a.end, b) for b, e in named if e <= a.start or a.end <= b]
    return any(not doc_slice(v, lo, hi).strip(" -") for lo, hi in gaps)


def _first_word_end(text: str, start: int, end: int) -> int:
    """Where the trigger's first word and the space after it end: a trigger that holds its own auxiliary ('was
    overrun by') is passive as one after it ('was ' + 'overrun')."""
    space = text.find(" ", start, end)
    return space + 1 if space >= 0 else start
