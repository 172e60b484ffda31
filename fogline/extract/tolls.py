"""Whose toll a figure is (a claim's ``of``): the actor the counted words name, the claimant's own
losses, civilians, or the claimant's opponent in the event.
"""

from __future__ import annotations

import re

from .. import vocab
from ..actors import ActorDictionary
from ..text import fold
from . import enemies
from .alignment import draft_actors, opposed
from .counted import Of, RawClaim
from .crews import CrewOwners
from .event_victims import EventVictims
from .parties import ActorMention
from .scan import caseless
from .segment import EventDraft
from .sides import Sides
from .speakers import SECURITY_SOURCES, SpeakerResolver
from .text import CaselessPattern, CaselessRegex, words_regex
from .views import DocumentContext, SentenceView, within


class Tolls(CrewOwners):
    """Names the party each figure counts, once the claimant is known (an army's 'enemy' is its opponent)."""

    def __init__(self, data: dict, actor_dict: ActorDictionary, sides: Sides, resolver: SpeakerResolver | None = None):
        self.actor_dict = actor_dict
        self.sides = sides
        self.resolver = resolver
        self._civilian_vehicles = words_regex(data["claims"].get("civilian_vehicles", []))
        self._military_vehicles = words_regex(data["claims"].get("military_vehicle_words", []))
        # "ten military personnel died" in a report whose police spoke first: the military's men, not the police's
        self._military_nouns = words_regex(data["claims"].get("military_nouns", []))
        self._party_voice = re.compile(data["attribution"].get("party_voice", "(?!)"), re.I)
        # read once the event's parties are known
        self.victims = EventVictims(actor_dict, self._party_voice, _people(data))
        # "confirmed the death of 12 people": people, victims, bodies are nobody's own losses
        self._not_own = words_regex(data["claims"].get("not_own_nouns", []))
        self._losses = re.compile(rf"\b(?:{data['claims'].get('loss_nouns', '(?!)')})\b", re.I)
        # what may open a clause before its subject: "that", "que"; a determiner may stand before the subject
        self._complementizer = re.compile(rf"(?:{data['claims'].get('complementizer', '(?!)')})\s*$", re.I)
        self._new_clause = re.compile(rf"(?:{data['claims'].get('complementizer', '(?!)')})(?![\w])", re.I)
        verbs = data["attribution"].get("verbs", [])
        # "The army said": a lead that ends with a reporting verb (IGNORECASE at every position costs milliseconds)
        self._verb_end = CaselessPattern(rf"\b(?:{'|'.join(verbs)})$") if verbs else None
        self._determiner = re.compile(rf"(?:^|\s)(?:{data['claims'].get('subject_determiners', '(?!)')})\s*$", re.I)
        self._clause_break = CaselessRegex(data["claims"].get("clause_break", ";"))
        # "The attackers lost 20 men while the army lost five": a clause-break word opens a clause and its subject
        self._after_break = re.compile(rf"(?:{data['claims'].get('clause_break', ';')})\s*$", re.I)
        self._own_words = words_regex(data["claims"].get("own_words", []))  # "their fighters": the speaker's own
        # "a Sudanese army aircraft … killed its three crew members": the crew are the craft's owner's
        self._crew = words_regex(data["claims"].get("crew_nouns", [])) if data["claims"].get("crew_nouns") else None
        self._crewed = words_regex(data["claims"].get("crewed_nouns", []))
        self._merchant = re.compile(data["demonyms"].get("merchant_ship", "(?!)"), re.I)  # a tanker's crew: no side's
        self._owner_cue = re.compile(data["claims"].get("owner_cue", "(?!)"), re.I)  # "… of the army", "de l'armée"
        # "Iranian-made drones": a nationality that says where a craft was made, not whose it is
        self.made_in = re.compile(data["claims"].get("made_in_after", "(?!)"), re.I)
        self.killing_verb = re.compile(data["claims"].get("killing_verb", "(?!)"), re.I)  # "killed 31 of its men"
        self.national_fighters = re.compile(data["claims"].get("national_fighters", "(?!)"))  # 'Ukrainian fighters'
        self.co_agent_join = re.compile(data["claims"].get("co_agent_join", "(?!)"), re.I)  # "Police and X killed"
        # "… an attack by Malian soldiers and their allies, killing 20 of them": the people named last before it
        self._them = re.compile(data["claims"].get("pronoun_partitive", "(?!)"), re.I)
        # "the army's death toll stood at 20": the party whose toll the possessive names
        self._toll_owner = re.compile(data["claims"].get("toll_possessive", "(?!)"), re.I)
        self._own_verbs = words_regex(data["claims"].get("own_loss_verbs", []))  # "lost", "acknowledged the loss of"
        self._pair = re.compile(data["claims"].get("partitive_pair", "(?!)"), re.I)  # "X and their Y": X
        # "Russia has lost 980 troops": the capitalised words that end right before a loss's figure
        gap = data["claims"].get("country_loss_gap", r"\s+")
        self._country_lead = re.compile(rf"(?<![\w-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})(?:{gap})$")
        # ", and the attackers lost …": a clause joined after a comma opens with its own subject
        self._joined_clause = re.compile(rf",\s*(?:{data['claims'].get('coordination', '(?!)')})$", re.I)
        # "six morts côté malien": the words that name a side after a toll ('côté', 'parmi les', 'dans les rangs')
        self._side_after = re.compile(data["claims"].get("side_after", "(?!)"), re.I)

    def _owner_of_toll(self, raw: RawClaim, v: SentenceView) -> str | None:
        """The named party right before a toll word in the possessive ("M23's toll rose to 15")."""
        for a in v.actors:
            end = a.end - v.s.start
            if a.name and not a.generic and a.kind not in (vocab.CIVILIANS, vocab.OTHER_KIND) and end <= raw.start \
                    and self._toll_owner.fullmatch(v.s.text, end, raw.start):
                return a.name
        return None

    def of(self, raw: RawClaim, claimant: str, v: SentenceView, draft: EventDraft, ctx: DocumentContext,
           speaker: tuple[int, int] | None = None) -> str:
        """Whose dead, wounded or vehicles a figure counts, from what the counted words say of them; ``speaker``:
        the sentence offsets of the claimant's phrase, if the sentence names it."""
        kind = raw.of_kind
        country = ctx.country
        crew = self._crew_owner(raw, v, draft, ctx) if self._crew is not None and raw.noun == "generic" else None
        if crew:
            return crew
        them_after = self._them.match(v.s.text, raw.end) or self._them.search(v.s.text, raw.at,
                                                                                min(raw.end, raw.at + 25))
        if kind == Of.UNKNOWN and raw.noun is None and them_after:
            # "killed 20 of them", "six of them had been killed": the figure counts the people named before
            them = self._antecedent(raw, v, draft, ctx, speaker)
            if them and raw.start < raw.at and raw.what in vocab.HARM \
                    and them == self.clause_subject(raw, v, draft, ctx, speaker):
                # "The attackers killed six of them": who kills is never whom 'them' counts; the party opposed to it
                them = enemies.opposed_to(self, them, draft, ctx)
            if them:
                return them
        if kind == Of.ACTOR and raw.of_actor:
            if raw.of_actor == ctx.state_forces:  # "30 Ugandan soldiers": the words' nationality, not the report's
                body = self._state_body(raw, v, draft, ctx)
                if body:
                    return body
                subject = (self.clause_subject(raw, v, draft, ctx, speaker) or self._country_subject(raw, v, draft, ctx)
                           ) if raw.own_admission else None
                if subject:  # "Ugandan troops lost 54 soldiers": the soldiers of the force that lost them
                    return subject
            entry = self.actor_dict.by_name(raw.of_actor)
            if entry and entry.kind == vocab.STATE_FORCES and entry.country and country and entry.country != country:
                foreign = self.foreign_of(entry.country, draft, ctx)
                if foreign:
                    return foreign
            return raw.of_actor
        if kind == Of.OWN or (raw.own_admission and kind in (Of.ENEMY, Of.UNKNOWN, Of.STATE, Of.TARGET)
                              and not (kind == Of.UNKNOWN and self._not_own.search(_counted(v, raw)))):
            # "the attackers lost six of their men, the army said": 'their' is the clause's subject, not the speaker
            subject = self.clause_subject(raw, v, draft, ctx, speaker) or self._country_subject(raw, v, draft, ctx)
            # "X said JNIM attacked its base and killed 20 of its men": the subject killed them, no loss of its own
            killer = raw.start < raw.at and raw.what in vocab.HARM and not self._own_verbs.search(
                v.s.text, raw.start, raw.at)
            if subject and subject != claimant and not killer:
                return subject
            foe = enemies.killers_foe(self, raw, v, draft, ctx, speaker, claimant) if killer and subject in (
                None, claimant) else None
            if foe:  # "JNIM said it attacked an army base and killed 31 of its men": the army's men
                return foe
            if claimant == SECURITY_SOURCES:  # "“We lost five men,” said an officer who asked not to be named"
                return ctx.state_forces or vocab.UNKNOWN
            forces = self._government_forces(claimant, v.s.text[raw.start:raw.noun_end or raw.end])
            if forces:  # "the government said 25 of its soldiers were killed": a government has no soldiers
                return forces
            # "« Nous avons perdu cinq hommes »" with no speaker found: the outlet or a label has no losses
            return claimant if self.actor_dict.by_name(claimant) or claimant.startswith(
                (vocab.NATIONAL_MILITARY, vocab.NATIONAL_POLICE)) else vocab.UNKNOWN
        if kind == Of.UNKNOWN and raw.what in vocab.HARM and raw.start < raw.at:
            owner = self._owner_of_toll(raw, v)
            if owner:
                return owner
        if kind == Of.CIVILIAN or (kind == Of.UNKNOWN and raw.what == vocab.DISPLACED):  # the displaced are civilians
            return vocab.civilians_of(raw.of_country or country) if (raw.of_country or country) else vocab.UNKNOWN
        # a party, an NGO or the UN named in the event fights no one: never whose dead or vehicles a figure counts
        parties = [p for p in draft_actors(draft, ctx) if p.kind != vocab.OTHER_KIND]
        if kind == Of.UNKNOWN and raw.what == vocab.KILLED and self._party_voice.search(_counted(v, raw)):
            kind = Of.ENEMY  # "deux d'entre eux ont été neutralisés": a party neutralises only its enemy
        if kind in (Of.ENEMY, Of.TARGET) and raw.noun in ("vehicle", "aircraft"):
            owner = enemies.craft_owner(self, raw, v, draft, ctx)
            if owner:  # "shot down a Ukrainian Su-27", "destroyed two Russian tanks": the nationality's forces
                return owner
        if kind == Of.ENEMY:
            named = {p.name for p in parties} | ctx.foreground_names()
            words = _counted_phrase(v, raw)  # "eight separatist fighters": the whole noun, not 'separatist'
            default = self.actor_dict.default_for(words, country, ctx.year, named)
            if default and default.name != claimant and default.kind == vocab.FOREIGN_FORCES:
                return default.name  # "50 « mercenaires »" in Mali: the Russian force the report names
            mine = next((p for p in parties if p.name == claimant), None)
            foe = enemies.national_foe(self, mine, words, draft, ctx) if mine else None
            if foe:  # "Russia's forces killed 35 Ukrainian fighters": Ukraine's forces, not a group the words made
                return foe
            if mine:
                other = [p for p in parties if opposed(p, mine) and not (  # the VDP fight beside the army
                    mine.kind in vocab.STATE_LIKE and getattr(self.actor_dict.by_name(p.name), "pro_government", False))
                ] or enemies.not_agents(
                    self, _rival_states(parties, mine), mine, raw, v, draft, ctx, speaker)
                if other:
                    return other[0].name
                home = enemies.group_enemy(self, mine, parties, ctx)
                if home:  # "ISWAP said it killed 15 'apostates'", the army unnamed: the country's forces
                    return home
            name, _kind = self.sides.generic_armed(draft, ctx, words)
            if mine is None and (name is None or name.startswith(vocab.UNIDENTIFIED_PREFIX)):
                invader = enemies.invader(self, raw, v, draft, ctx, parties, speaker)
                if invader:  # "air defences destroyed 20 enemy drones", said by no party, in a war of two states
                    return invader
            return name if name and name != claimant else vocab.UNKNOWN
        if kind == Of.STATE:
            body = self._state_body(raw, v, draft, ctx)
            if body:
                return body
            state = [p for p in parties if p.kind == vocab.STATE_FORCES]
            if state and self._military_nouns.search(_counted(v, raw)):
                military = [p.name for p in state if p.name.startswith(vocab.NATIONAL_MILITARY)]
                home = self.resolver.body(vocab.MILITARY, country) if self.resolver else None
                return (military or [home or state[0].name])[0]
            if state:
                return state[0].name
            # "six soldiers were killed" and no state force named: the forces of the report's country
            home = ctx.state_forces or (self.resolver.body(vocab.MILITARY, country) if self.resolver else None)
            return home or vocab.UNKNOWN
        if kind == Of.TARGET:
            said = _counted(v, raw)
            if country and self._civilian_vehicles.search(said) and not self._military_vehicles.search(said) \
                    and not ctx.military_convoy:
                return vocab.civilians_of(country)  # "des dizaines de camions-citernes détruits": traders' trucks
            mine = doer = None
            if raw.start < raw.at:  # "Les assaillants ont emporté trois véhicules, selon l'armée": the subject of
                subject = self.clause_subject(raw, v, draft, ctx, speaker)  # the verb before the figure did it,
                mine = doer = next((p for p in parties if p.name == subject), None)  # whoever tells it
                teller = next((p for p in parties if p.name == claimant), None)
                if mine is None and subject and subject != claimant and teller is not None:
                    return teller.name  # the unnamed attackers took or burnt the vehicles of the side that tells it
            if mine is None:
                mine = next((p for p in parties if p.name == claimant), None)
            targets = [p for p in parties if mine is None or opposed(p, mine)] or _rival_states(parties, mine)
            state = [p for p in targets if p.kind == vocab.STATE_FORCES]
            if not targets and mine is not None and mine.kind == vocab.STATE_FORCES \
                    and (doer is not None or claimant.startswith(vocab.NATIONAL_MILITARY)) \
                    and not self._military_vehicles.search(said):
                # "the army said its aircraft destroyed 11 motorbikes": an army's foe the event names by no name
                # (not the police's: 'gunmen burnt 10 cars, police said' counts the victims' cars)
                return self.sides.generic_armed(draft, ctx, "")[0] or vocab.UNKNOWN
            return (state or targets or [None])[0].name if (state or targets) else vocab.UNKNOWN
        if kind == Of.UNKNOWN and self._losses.search(v.s.text[raw.start:raw.end + 20]):
            # "28 pertes humaines", "losses of 12": with no owner, the losses of the side that counts them
            entry = self.actor_dict.by_name(claimant)
            if claimant == SECURITY_SOURCES:
                return ctx.state_forces or vocab.UNKNOWN
            if entry and entry.kind not in (vocab.OTHER_KIND, vocab.CIVILIANS):
                return claimant
        if kind == Of.UNKNOWN and raw.what in vocab.HARM and self.resolver is not None:
            side = self._side_after.match(v.s.text, raw.end)
            where = self.resolver.nationality(re.split(r"[,.;:()«»“”]", v.s.text[side.end():side.end() + 25])[0]) \
                if side and side.end() > raw.end else None
            if where:  # "au moins six morts côté malien": the dead of that nationality's forces
                return self.foreign_of(where, draft, ctx) if where != country and self.foreign_of(
                    where, draft, ctx) else (self.resolver.body(vocab.MILITARY, where) or vocab.UNKNOWN)
        if kind == Of.UNKNOWN and raw.what == vocab.CAPTURED:
            # "avoir fait sept prisonniers", "said it captured 12": the prisoners a party takes are its opponent's
            mine = next((p for p in parties if p.name == claimant), None)
            other = [p for p in parties if mine is not None and opposed(p, mine)] or _rival_states(parties, mine)
            if other:
                return other[0].name
        return vocab.UNKNOWN

    def _antecedent(self, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext,
                    speaker: tuple[int, int] | None) -> str | None:
        """Whom '20 of them' counts: the actor the sentence named last before the figure, outside the speaker's
        phrase ('Malian soldiers and their Russian allies': the first of two joined by 'and')."""
        before = [a for a in v.actors if a.end - v.s.start <= raw.start
                  and not (speaker and speaker[0] <= a.start - v.s.start < speaker[1])]
        if not before:
            return None
        a = before[-1]
        if len(before) > 1 and self._pair.fullmatch(ctx.text, before[-2].end, a.start):
            a = before[-2]
        if a.kind == vocab.CIVILIANS:  # a named one ("crew members" of a ship: Civilians (International)) is itself
            return a.name or (vocab.civilians_of(a.country or ctx.country) if (a.country or ctx.country) else None)
        return self._named(a, draft, ctx)

    def _named(self, a: ActorMention, draft: EventDraft, ctx: DocumentContext) -> str | None:
        """The actor a mention names; a generic one ('the soldiers', 'gunmen') is the force or group it stands for."""
        if a.generic or not a.name:
            return ctx.state_forces if a.kind == vocab.STATE_FORCES else \
                self.sides.generic_armed(draft, ctx, ctx.text[a.start:a.end])[0]
        return a.name

    def _country_subject(self, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext) -> str | None:
        """'It said Russia lost 980 troops': a country named right before the loss verb is the clause's subject;
        the losses are its forces' (the foreign force from there the event names, else its military)."""
        if self.resolver is None:
            return None
        m = self._country_lead.search(v.s.text, max(0, raw.start - 40), raw.start)
        where = self.resolver.nationality(m.group(1)) if m else None
        if where is None or fold(m.group(1)) != fold(where):  # the country's own name, not 'Russian' (an actor)
            return None
        foreign = self.foreign_of(where, draft, ctx) if where != ctx.country else None
        return foreign or self.resolver.body(vocab.MILITARY, where)

    def _state_body(self, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext) -> str | None:
        """The force a counted state noun names by its words: 'Ugandan soldiers' → Uganda's military (or the
        foreign force from there the report names), 'policemen' → the police of the report's country."""
        if self.resolver is None:
            return None
        said = v.s.text[raw.start:raw.noun_end or raw.end]
        where = self.resolver.nationality(said) or self.resolver.foreign_nationality(said)  # 'Egyptian soldiers'
        police = self.resolver.role(said) in vocab.POLICE_FORCES
        if where and where != ctx.country and not police:
            return self.foreign_of(where, draft, ctx) or self.resolver.body(vocab.MILITARY, where)
        if police:
            return self.resolver.body(self.resolver.role(said), where or ctx.country)
        return None

    def clause_subject(self, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext,
                       speaker: tuple[int, int] | None) -> str | None:
        """The actor that is the subject of the figure's clause ('The attackers also lost six of their men'),
        when it is not the speaker's phrase: at the start of the sentence or clause (after ';', a quote, 'that'
        or a reporting verb), at most a determiner before it."""
        text = v.s.text
        # "OUAGADOUGOU (Reuters) - Burkina Faso's army lost 11 men": a dateline opens no clause of its own
        filed = max((b for a, b in within(ctx.datelines, v) if a == 0), default=0)
        found: list[tuple[str | None, bool]] = []  # (the subject's actor, whether a ', and' clause opens it)
        for a in v.actors:
            start, end = a.start - v.s.start, a.end - v.s.start
            if start >= raw.start:
                break
            if speaker and speaker[0] <= start < speaker[1]:
                continue
            if self._clause_break.search(text, end, raw.start):  # "X said …, while Y said they lost two": not X
                continue
            if self._new_clause.search(text, end, raw.start):  # "X said Y attacked it and that five of its men …"
                continue
            lead = self._determiner.sub("", text[filed:start] if filed <= start else text[:start]).rstrip()
            scare = lead.endswith(("“", "«", '"')) and re.match(r"\s*[”»\"]", text[end:end + 3]) is not None
            if scare:  # "avoir tué 55 « terroristes » et perdu quatre de ses hommes": a quoted word, no clause
                continue
            joined = self._joined_clause.search(lead) is not None  # "The army lost 27 men, and the attackers lost …"
            opening = not lead or lead.endswith((";", ":", "“", "«")) or self._complementizer.search(lead) \
                or (lead.endswith('"') and lead.count('"') % 2 == 1) or self._ends_with_verb(lead) \
                or self._after_break.search(lead[-12:]) is not None \
                or (lead.endswith(",") and lead.count(",") == 1 and len(lead.split()) <= 4
                    and not any(ch.isdigit() for ch in lead)) or joined  # "Au Burkina Faso, les VDP ont perdu …"
            if not opening or text[end:raw.start].count(",") > 1:
                continue
            if a.generic or not a.name:
                if a.kind == vocab.CIVILIANS or self._own_words.search(text, max(0, start - 8), end):
                    found.append((None, joined))  # "X said their fighters … and lost three men": X's own
                elif a.kind == vocab.STATE_FORCES:
                    found.append((ctx.state_forces, joined))
                else:
                    found.append((self.sides.generic_armed(draft, ctx, text[start:end])[0], joined))
            else:
                found.append((a.name, joined))
        joined_ones = [f for f in found if f[1]]
        return (joined_ones[-1] if joined_ones else found[0])[0] if found else None

    def _government_forces(self, claimant: str, counted: str) -> str | None:
        """The force whose men a government counts as its own: its police for police nouns, else its military
        (None when the claimant is no government the dictionary knows)."""
        entry = self.actor_dict.by_name(claimant)
        if self.resolver is None or entry is None or entry.kind != vocab.OTHER_KIND or not entry.country \
                or self.resolver.body(vocab.GOVERNMENT, entry.country) != entry.name:
            return None
        role = self.resolver.role(counted)
        return self.resolver.body(role if role in vocab.POLICE_FORCES else vocab.MILITARY, entry.country)

    def foreign_of(self, home: str, draft: EventDraft, ctx: DocumentContext) -> str | None:
        """The foreign force from ``home`` among the draft's actors ('Russian soldiers' → Africa Corps)."""
        for p in draft_actors(draft, ctx):
            entry = self.actor_dict.by_name(p.name)
            if entry and entry.home_country == home:
                return p.name
        return None

    def _ends_with_verb(self, text: str) -> bool:
        """Does the text end with a reporting verb ('The army said')?"""
        return self._verb_end is not None and self._verb_end.search(text, caseless(text)) is not None


def _counted(v: SentenceView, raw: RawClaim) -> str:
    """The counted words of a claim ('separatist fighters'), for resolving generic descriptors."""
    return v.s.text[raw.start:raw.end]


_NEXT_WORDS = re.compile(r"(?:\s+[\w'’-]+){1,2}")


def _counted_phrase(v: SentenceView, raw: RawClaim) -> str:
    """The counted words and up to two words after them ('killed eight separatist' + 'fighters'): a descriptor's
    curated default names the whole noun phrase."""
    m = _NEXT_WORDS.match(v.s.text, raw.end)
    return v.s.text[raw.start:m.end() if m else raw.end]


def _rival_states(parties: list, mine) -> list:
    """The state forces of another country when the claimant is a state force too ('the air force said it shot
    down 268 drones' in a war of two states): a state's opponent need not be a non-state group."""
    if mine is None or mine.kind != vocab.STATE_FORCES or not mine.country:
        return []
    return [p for p in parties if p.kind == vocab.STATE_FORCES and p.country and p.country != mine.country]



def _people(data: dict) -> re.Pattern | None:
    """'personnes': a count of people that names no side where soldiers and civilians both fell (``no_side_nouns``)."""
    return words_regex(data["claims"]["no_side_nouns"]) if data["claims"].get("no_side_nouns") else None
