"""Sources, not parties: an actor heard in an event's sentences only as the one who tells it ("police said
gunmen killed four people", "according to the army, …") is a source of the report, not a side of the event.
"""

from __future__ import annotations

import re

from .. import vocab
from ..records import Actor
from .attribution import AttributionReader
from .parties import ActorMention
from .segment import EventDraft
from .speaker_memory import SpeakerMemory
from .text import CaselessRegex
from .views import DocumentContext, doc_slice, relative_actors, text_after

A, B = vocab.SIDE_A, vocab.SIDE_B


class Sources:
    """Tells, from the reporting clauses around a mention, whether an actor only speaks."""

    def __init__(self, data: dict, attribution: AttributionReader, agent_before: re.Pattern):
        self.attribution = attribution
        self.speaker_follows = re.compile(data["attribution"].get("speaker_follows", "(?!)"), re.I)
        # only asked whether it matches: on the window's caseless copy (IGNORECASE is several times slower)
        self.speaker_precedes = CaselessRegex(data["attribution"].get("speaker_precedes", "(?!)"))
        self._accuser = re.compile(data["attribution"].get("accuser_follows", "(?!)"), re.I)
        self._responsibility = re.compile(data["demonyms"].get("claims_responsibility", "(?!)"), re.I)
        self._own_clause = re.compile(data["demonyms"].get("speaker_own_clause", "(?!)"), re.I)
        # "qu'une frappe de l'armée a tué", "that an attack by the army killed": the agent right after the trigger
        self.genitive = re.compile(data["demonyms"].get("agent_after_trigger", "(?!)"), re.I)
        self._agent = agent_before  # "strikes by the army": the trigger reader's

    def claims_it(self, v, a: ActorMention) -> bool:
        """The mention claims the attack ("ISWAP claimed responsibility", "a revendiqué l'attaque")."""
        return bool(self._responsibility.match(text_after(v, a.end, 200)))

    def according_to(self, v, a: ActorMention, anchor) -> bool:
        """'According to the police, gunmen abducted 20 pupils', '…, selon l'armée': a source, when another armed
        actor is the trigger's subject (not "cette offensive a permis, selon l'armée, de neutraliser …")."""
        return bool(anchor and self.speaker_precedes.search(doc_slice(v, a.start - 30, a.start))) and any(
            x.name != a.name and x.kind != vocab.CIVILIANS and (x.start <= anchor.start or self._agent_of(v, x, anchor))
            for x in v.actors)

    def _agent_of(self, v, x: ActorMention, anchor) -> bool:
        """The mention is the trigger noun's agent, right after it ("une frappe de l'armée", "strikes by the
        army"): the subject of the clause the trigger opens."""
        if not 0 <= x.start - anchor.end <= 14:
            return False
        gap = doc_slice(v, anchor.end, x.start)
        return bool(self.genitive.match(gap) or self._agent.search(gap))

    def accuses(self, v, a: ActorMention) -> bool:
        """'The FLA accused the army of a massacre', 'a dénoncé un crime commis par l'armée': whoever accuses
        tells the event; the accused is its party."""
        return bool(self._accuser.match(text_after(v, a.end, 80)))

    def reports_clause(self, v, a: ActorMention, anchor) -> bool:
        """The mention is the speaker of a reporting verb whose clause holds the event's trigger and another
        actor as its subject ("Kenyan police said al-Shabaab militants killed four people"): a source there,
        not a party; "the army said its troops killed 25 fighters" keeps the army (no other subject)."""
        if anchor is None or a.end > anchor.start:
            return False
        after = text_after(v, a.end, 80)
        verb = self.attribution.is_verb(after, len(after) - len(after.lstrip(" ,")))
        if verb is None:
            return False
        end = a.end + verb.end()
        if self._own_clause.search(doc_slice(v, a.end + verb.start(), end + 12)):
            return False
        for x in v.actors:  # the clause's subject: right after the verb, no pronoun before it ("said it …")
            if x.name != a.name and end <= x.start and (x.start <= anchor.start or self._agent_of(v, x, anchor)) \
                    and x.kind != vocab.CIVILIANS:
                gap = doc_slice(v, end, x.start)
                return len(gap) <= 40 and self.attribution.pronoun(gap) is None
        return False

    def drop_narrators(self, actors: list[Actor], draft: EventDraft, ctx: DocumentContext) -> list[Actor]:
        """In an attack on civilians, state forces heard only as a source ('the army said', 'Ukraine's air
        force said') are not a party when another armed actor is the perpetrator."""
        told = self.told(draft, ctx)
        others = [a for a in actors if a.kind not in (vocab.CIVILIANS, vocab.STATE_FORCES)]
        if not others:
            return actors
        return [a for a in actors if not (a.kind == vocab.STATE_FORCES and told.get(a.name))]

    def drop_sources(self, actors: list[Actor], draft: EventDraft, ctx: DocumentContext,
                      hurt: set[str], lone: bool = False) -> list[Actor]:
        """Any actor heard only as a source ('the Kachin Independence Army said', 'a vigilante leader said'),
        whose own losses the report does not count, is no party when the others make both sides. With ``lone`` (a
        strike or an attack on civilians) a state force that only tells it goes even as the only target named
        ("Militants fired rockets at Ashkelon, the Israeli army said", "Gunmen attacked a market, police said")."""
        maybe = [a for a in actors if a.kind != vocab.CIVILIANS and a.side == B and a.name not in hurt]
        if not maybe or not any(a.side == A and a.kind != vocab.CIVILIANS for a in actors):
            return actors  # the speakers are read only when dropping one could matter
        told = None
        if any(a.side == B and a not in maybe for a in actors):
            told = self.told(draft, ctx)
            rest = [a for a in actors if a not in maybe or not told.get(a.name)]
            if len(rest) < len(actors) and any(a.side == B for a in rest) and \
                    any(a.side == A and a.kind != vocab.CIVILIANS for a in rest):
                return rest
        forces = [a for a in maybe if a.kind == vocab.STATE_FORCES] if lone else []
        if not forces:
            return actors
        told = told if told is not None else self.told(draft, ctx)
        return [a for a in actors if a not in forces or not told.get(a.name)]

    def told(self, draft: EventDraft, ctx: DocumentContext) -> dict[str, bool]:
        """Actor name → True when every mention of it in the event's sentences is a speaker's (each sentence's
        speakers read once per document, in ``ctx.spoken``)."""
        told: dict[str, bool] = {}
        for i in draft.sentences + draft.other_sentences:
            v = ctx.views[i]
            for a in v.actors:  # the cheap tests first: the sentence's speakers are read only when they decide
                spoke = told.get(a.name, True) and not self.claims_it(v, a) and (  # "ISWAP claimed the attack"
                    self.attribution.speaks(text_after(v, a.end))
                    or any(st <= a.start < en for st, en in self._spoken(ctx, i)))
                told[a.name] = spoke
        return told

    def _spoken(self, ctx: DocumentContext, i: int) -> list[tuple[int, int]]:
        """The spans of sentence ``i``'s speakers, read without memory: the same for every event (``ctx.spoken``)."""
        spans = ctx.spoken.get(i)
        if spans is None:
            v = ctx.views[i]
            speakers = self.attribution.speakers(v.s.text, relative_actors(v), SpeakerMemory(), v.folded)
            spans = ctx.spoken[i] = [(v.s.start + sp.start, v.s.start + sp.end) for sp in speakers]
        return spans
