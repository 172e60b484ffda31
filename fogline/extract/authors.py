"""Authors an event's own sentence does not name: the one armed group the report says claimed it, state forces
that are only its victims, and the one armed actor the sentences around it name (read by :mod:`.sides`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import vocab
from ..records import Actor, Evidence
from .alignment import opposed
from .parties import ActorMention
from .segment import EventDraft
from .sources import Sources
from .views import DocumentContext, doc_slice

A, B = vocab.SIDE_A, vocab.SIDE_B


class Authors:
    """Finds the author of an event beyond the sentence that tells it."""

    def __init__(self, data: dict, sources: Sources, armed_group: Callable[[ActorMention | Actor], bool],
                 unclaimed: Callable[[str], bool]):
        self.sources = sources
        self._armed_group = armed_group  # a named non-state group that fights the state
        self._unclaimed = unclaimed  # "no group claimed the attack" in a sentence
        self._hedged = re.compile(data["demonyms"].get("hedged_before", "(?!)"), re.I)  # "suspected"

    def claimed_responsibility(self, actors: list[Actor], draft: EventDraft, ctx: DocumentContext,
                                hurt: set[str]) -> list[Actor]:
        """The one armed group that the event's sentences say claimed it is its author (side A); it replaces an
        author the report only suspects ("suspected Boko Haram fighters … ISWAP claimed the attack") or leaves
        unidentified."""
        named: dict[str, Actor] = {}
        hedged: dict[str, bool] = {}
        own = draft.sentences + draft.other_sentences
        after = draft.sentences[-1] + 1  # "… killed 15 civilians. The group X claimed the attack.": the next one
        if after < len(ctx.views) and after not in own and len({a.name for a in ctx.views[after].actors}) == 1:
            own = [*own, after]  # "The Islamic State in West Africa (ISWA) had already claimed …": one group
        views = [ctx.views[i] for i in own if not ctx.views[i].background]
        # "… had already claimed credit for the attack", amid the event's sentences or right after them: told in
        # the past tense with no day or year of its own, a claim, not a past incident
        views += [v for i in range(draft.sentences[0], min(after + 1, len(ctx.views)))
                  if (v := ctx.views[i]).background and v.actors and not v.dates and v.year is None
                  and len({a.name for a in v.actors}) == 1]
        for v in views:
            for a in v.actors:
                if a.name and a.start not in v.affiliations and self.sources.claims_it(v, a) and self._armed_group(a):
                    named.setdefault(a.name, Actor(a.name, a.kind, A, a.country, [Evidence(
                        a.start, a.end, v.s.text[a.start - v.s.start:a.end - v.s.start])]))
        if len(named) != 1:
            return actors
        author = next(iter(named.values()))
        if author.name in hurt:
            return actors
        for v in views:  # read only when a claimant was found: who the report merely suspects
            for a in v.actors:
                if a.name:
                    hedged[a.name] = hedged.get(a.name, True) and bool(
                        self._hedged.search(doc_slice(v, a.start - 40, a.start)))
        rest = [a for a in actors if a.name != author.name and not (
            a.side == A and (a.kind == vocab.UNIDENTIFIED_GROUP or hedged.get(a.name) and self._armed_group(a)))]
        mine = next((a for a in actors if a.name == author.name), author)
        mine.side = A
        return [mine, *rest]

    @staticmethod
    def lone_victims(actors: list[Actor], draft: EventDraft, hurt: set[str]) -> bool:
        """State forces that are the only armed party of a violent event and whose own dead, wounded or
        captured the report counts are its target, not its author ("a roadside bomb killed six soldiers",
        "huit militaires ont été tués dans une attaque"): side B, so that the unnamed attacker is added."""
        armed = [a for a in actors if a.kind != vocab.CIVILIANS]
        if draft.family != vocab.FAMILY_VIOLENCE or not armed or \
                any(a.kind not in vocab.STATE_LIKE for a in armed):
            return False
        if all(a.name in hurt for a in armed):
            for a in armed:
                a.side = B
            return True
        return False

    def elsewhere(self, actors: list[Actor], draft: EventDraft, ctx: DocumentContext,
                          hurt: set[str]) -> Actor | None:
        """The one armed actor that the event's other sentences (or the sentence just before it) name, not as
        a source, not counted among the victims and not beside the event's targets: its author."""
        around = list(draft.other_sentences)
        first = draft.sentences[0]
        if first > 0 and not ctx.views[first - 1].background and not draft.apart:
            around.append(first - 1)
        told = self.sources.told(draft, ctx)
        have = {a.name for a in actors}
        found: dict[str, Actor] = {}
        for i in around:
            v = ctx.views[i]
            if v.background or self._unclaimed(v.s.text):
                continue
            for a in v.actors:
                if (not a.name or a.generic or a.name in have or a.name in hurt or told.get(a.name, False)
                        or a.kind in (vocab.CIVILIANS, vocab.OTHER_KIND) or a.start in v.affiliations
                        or any(not opposed(a, x) for x in actors if x.kind != vocab.CIVILIANS)):
                    continue
                found.setdefault(a.name, Actor(a.name, a.kind, A, a.country, [Evidence(
                    a.start, a.end, v.s.text[a.start - v.s.start:a.end - v.s.start])]))
        return next(iter(found.values())) if len(found) == 1 else None

    def claimed_by(self, actors: list[Actor], draft: EventDraft, ctx: DocumentContext) -> list[Actor]:
        """The author of an attack on state forces that the report names only where it gives that group's
        side of the story ("Al-Shabaab said its fighters planted the bomb"): the one non-state armed group
        named in the event's other sentences."""
        named: dict[str, Actor] = {}
        for i in draft.other_sentences:
            v = ctx.views[i]
            if v.background:
                continue
            for a in v.actors:
                if self._armed_group(a) and a.start not in v.affiliations and a.name not in named:
                    named[a.name] = Actor(a.name, a.kind, A, a.country, [Evidence(
                        a.start, a.end, v.s.text[a.start - v.s.start:a.end - v.s.start])])
        return list(named.values()) if len(named) == 1 and not any(a.name in named for a in actors) else []
