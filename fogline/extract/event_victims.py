"""Whose victims an event's figures count, read once its parties and sides are known: "people" killed in an attack
whose only targets are civilians are those civilians; attackers "neutralised" in an event whose only armed group
is unidentified are that group."""

from __future__ import annotations

import re

from .. import vocab
from ..actors import ActorDictionary
from ..records import Actor, Claim
from .views import DocumentContext


class EventVictims:
    """Gives the figures no words gave to a side the victims the event's parties make plain."""

    def __init__(self, actor_dict: ActorDictionary, party_voice: re.Pattern, people: re.Pattern | None = None):
        self.actor_dict = actor_dict
        self._party_voice = party_voice  # "neutralised", "the enemy": a party's words, its enemies' dead
        self._people = people  # "personnes": words that name no side

    def civilians(self, claims: list[Claim], actors: list[Actor], event_type: str = "",
                              country: str | None = None) -> None:
        """'killing 21 people' in a strike whose only targets are civilians: the people are those civilians
        (not the attackers an army says it 'neutralised'). So too in an attack on civilians (ACLED's type), and in
        an event whose other figures count civilians and no armed party ('killing 40 civilians' … '41 people
        were killed'), and at last in any event with civilians among its targets: 'people' that the words give to no
        side are those civilians (the guide's annotators code them so). The vehicles burnt or taken there are
        theirs too. In force used against protesters, the dead not of the force are the protesters."""
        if event_type == vocab.PROTESTS and country:  # "killing five people" as police fired on protesters:
            force = {a.name for a in actors if a.side == vocab.SIDE_A}  # the dead not of the force are protesters
            for c in claims:
                if c.what in vocab.HARM and c.of not in force:
                    c.of = vocab.protesters_of(country)
            return
        targets = [a for a in actors if a.side == vocab.SIDE_B]
        civilians = [a.name for a in targets if a.kind == vocab.CIVILIANS]
        counted = {c.of for c in claims if c.what in vocab.HARM and c.of != vocab.UNKNOWN}
        mixed = False
        if civilians and not any(a.kind != vocab.CIVILIANS for a in targets):
            name = civilians[0]
        elif event_type == vocab.VIOLENCE_AGAINST_CIVILIANS and (civilians or country):
            name = civilians[0] if civilians else vocab.civilians_of(country)
        elif counted and all(o.startswith(vocab.CIVILIANS_PREFIX) for o in counted) and len(counted) == 1:
            name = next(iter(counted))
        elif civilians:  # civilians among the targets: the victims no words give to another side are theirs
            name, mixed = civilians[0], True
        else:
            return
        for c in claims:  # the vehicles of such an attack are those civilians' too ('burning 10 cars')
            if c.of == vocab.UNKNOWN and (c.what in vocab.HARM or c.what in vocab.VEHICLE_WHATS) \
                    and not self._party_voice.search(c.evidence.text) \
                    and not (mixed and self._people is not None and self._people.search(c.evidence.text)):
                c.of = name  # "vingt personnes" where soldiers fell too: no side stated

    def attackers_unnamed(self, claims: list[Claim], actors: list[Actor], ctx: DocumentContext) -> None:
        """'Quinze assaillants ont été neutralisés' in an event whose only armed group is an unidentified one: the
        attackers are that group, not a group the report names elsewhere ('la zone est un fief du JNIM'), unless
        the figure's own words name it."""
        unnamed = [a.name for a in actors if a.kind == vocab.UNIDENTIFIED_GROUP]
        if len(unnamed) != 1 or any(a.kind in vocab.ARMED_GROUP_KINDS for a in actors):
            return
        for c in claims:
            entry = self.actor_dict.by_name(c.of) if c.of != vocab.UNKNOWN else None
            if entry is None or entry.kind not in vocab.ARMED_GROUP_KINDS:
                continue
            v = ctx.view_at(c.evidence.start)
            if v is not None and not any(a.name == c.of and not a.generic and c.evidence.start - 60 <= a.start
                                         < c.evidence.end + 60 for a in v.actors):
                c.of = unnamed[0]
