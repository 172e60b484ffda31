"""Alignment: which side each party is on. Allies share a side; a state and a non-state armed group oppose.
"""

from __future__ import annotations

from .. import vocab
from ..records import Actor
from .parties import ActorMention
from .segment import EventDraft
from .views import DocumentContext

A, B = vocab.SIDE_A, vocab.SIDE_B


def fix_sides(actors: list[Actor], loyal: frozenset[str] | set[str] = frozenset()) -> None:
    """Allies share a side: foreign forces with the state. A state (or a militia fighting beside it, named in
    ``loyal``) and a non-state armed group are opponents: when word order put them on one side, the group
    that is not the state initiates if everyone was a target, else the first-named keeps side A. A lone
    side becomes A."""
    armed = [a for a in actors if a.kind != vocab.CIVILIANS]
    state = [a for a in armed if a.kind in vocab.STATE_LIKE or a.name in loyal]
    nonstate = [a for a in armed if not (a.kind in vocab.STATE_LIKE or a.name in loyal)]
    if state and nonstate and {a.side for a in state} == {a.side for a in nonstate}:
        if state[0].side == B:
            for a in nonstate:
                a.side = A
        else:
            first_is_state = armed[0] in state
            for a in (nonstate if first_is_state else state):
                a.side = B
    state_sides = {a.side for a in actors if a.kind == vocab.STATE_FORCES}
    for a in actors:  # "soldiers and militia volunteers were killed in an ambush": the state's allies beside it
        if (a.kind == vocab.FOREIGN_FORCES or a.name in loyal and nonstate) and len(state_sides) == 1:
            a.side = next(iter(state_sides))
    if armed and all(a.side == B for a in actors):
        if len(armed) < len(actors):
            for a in armed:
                a.side = A
        else:
            armed[0].side = A


def opposed(p: ActorMention | Actor, mine: ActorMention | Actor) -> bool:
    """A state-like actor and a non-state one (civilians oppose no one)."""
    if p.name == mine.name:
        return False
    return (p.kind in vocab.STATE_LIKE) != (mine.kind in vocab.STATE_LIKE) and p.kind != vocab.CIVILIANS


def draft_actors(draft: EventDraft, ctx: DocumentContext) -> list[ActorMention]:
    """The named actors of a draft's sentences, first mention of each (once per draft: asked per figure)."""
    key = ("draft actors", id(draft), len(draft.sentences), len(draft.other_sentences))
    known = ctx.memo.get(key)
    if known is not None and known[0] is draft:
        return list(known[1])
    named = ctx.memo.get("named actors")
    if named is None:  # per sentence once per report: asked per figure, over a draft's sentences (a long report's
        # drafts hold hundreds, most naming no one)
        named = ctx.memo["named actors"] = {
            i: found for i, v in enumerate(ctx.views)
            if (found := [a for a in v.actors if a.name and not a.generic and a.start not in v.affiliations])}
    seen: dict[str, ActorMention] = {}
    for i in filter(named.__contains__, draft.sentences + draft.other_sentences):
        for a in named[i]:
            if a.name not in seen:
                seen[a.name] = a
    ctx.memo[key] = (draft, list(seen.values()))  # the draft kept: its id stays its own
    return list(seen.values())
