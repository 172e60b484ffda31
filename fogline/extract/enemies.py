"""Whose losses an enemy word or a craft counts when the counted words name no party: a group's 'apostates' when
the event names no force, a governor's 'enemy drones' in a war of two states, 'a Ukrainian Su-27'.

Kept apart from :mod:`.tolls` (which decides every figure's side) because these answers need the event's parties
as a whole (who is named, who is foreign), not the counted words alone; ``tolls`` is the ``Tolls`` asking.
"""

from __future__ import annotations

from .. import vocab
from .alignment import draft_actors
from .counted import RawClaim
from .segment import EventDraft
from .views import DocumentContext, SentenceView


def group_enemy(tolls, mine, parties: list, ctx: DocumentContext) -> str | None:
    """An insurgent group's enemy when the event names no force: the forces of the report's country (not when
    another armed group is named, which may be the one it fought; never a militia that fights beside the army,
    the CJTF's 'terrorists')."""
    if mine.kind not in (vocab.REBEL_GROUP, vocab.POLITICAL_MILITIA) or getattr(
            tolls.actor_dict.by_name(mine.name), "pro_government", False) or any(
            p.kind in vocab.ARMED_GROUP_KINDS + (vocab.UNIDENTIFIED_GROUP,) and p.name != mine.name for p in parties):
        return None
    return _country_forces(tolls, ctx)


def national_foe(tolls, mine, words: str, draft: EventDraft, ctx: DocumentContext) -> str | None:
    """A state force's foe that the counted words name by a nationality and a neutral noun ('killed 35 Ukrainian
    fighters', told by Russia's forces): the forces of that other state, not a group the words made."""
    m = tolls.national_fighters.search(words) if mine.kind == vocab.STATE_FORCES and tolls.resolver else None
    where = tolls.resolver.nationality(m.group(1)) if m else None
    if not where or where == mine.country:
        return None
    return tolls.foreign_of(where, draft, ctx) or tolls.resolver.body(vocab.MILITARY, where)


def opposed_to(tolls, name: str, draft: EventDraft, ctx: DocumentContext) -> str | None:
    """The first party of the draft on the other side of ``name`` (a state force against a group); None when the
    draft names none (then the words' own class decides)."""
    entry = tolls.actor_dict.by_name(name)
    state = entry.kind in vocab.STATE_LIKE if entry else name.startswith((vocab.NATIONAL_MILITARY,
                                                                          vocab.NATIONAL_POLICE))
    other = [p for p in draft_actors(draft, ctx) if p.name != name and p.kind != vocab.CIVILIANS
             and p.kind != vocab.OTHER_KIND and (p.kind in vocab.STATE_LIKE) != state]
    return other[0].name if other else None


def killers_foe(tolls, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext,
                speaker: tuple[int, int] | None, killer: str) -> str | None:
    """Whose men 'its' counts when the speaker is who killed them ('JNIM said it attacked an army base and killed
    31 of its men'): no one kills its own, so the party named last before the figure, else the killer's opponent
    (an insurgent's, when the event names none: the forces of the report's country)."""
    entry = tolls.actor_dict.by_name(killer)
    if not tolls.killing_verb.match(v.s.text, raw.start):  # "the deaths of three of its members": no killer
        return None
    if entry is None and not killer.startswith(vocab.UNIDENTIFIED_PREFIX):
        return None  # a source label ('local sources') kills no one
    other = tolls._antecedent(raw, v, draft, ctx, speaker)
    other = other if other and other != killer else opposed_to(tolls, killer, draft, ctx)
    if other is None and (entry is None or entry.kind in vocab.ARMED_GROUP_KINDS) \
            and not getattr(entry, "pro_government", False):
        other = _country_forces(tolls, ctx)
    return other


def invader(tolls, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext, parties: list,
            speaker: tuple[int, int] | None) -> str | None:
    """The enemy of a report's country told by no party: the one foreign state force its event names, when the
    event names no force of the country itself and no armed group, and that force is not who struck."""
    country = ctx.country
    if not country or any(p.kind in vocab.ARMED_GROUP_KINDS or p.kind == vocab.UNIDENTIFIED_GROUP
                          or (p.kind in vocab.STATE_LIKE and p.country == country) for p in parties):
        return None
    foreign = {p.name for p in parties if p.kind == vocab.STATE_FORCES and p.country and p.country != country}
    if len(foreign) != 1:
        return None
    name = next(iter(foreign))
    subject = tolls.clause_subject(raw, v, draft, ctx, speaker) if raw.start < raw.at else None
    return None if subject == name else name


def craft_owner(tolls, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext) -> str | None:
    """The forces a nationality word among a craft's counted words names ('a Ukrainian Su-27', where the model's
    name hides the word from the actor reader), not where it was made ('Iranian-made drones': ``made_in``)."""
    if tolls.resolver is None:
        return None
    said = v.s.text[raw.at:raw.noun_end or raw.end]
    dem = tolls.resolver.nationality_match(said)
    if dem is None or tolls.made_in.match(said, dem.end()):
        return None
    where = tolls.resolver.nationality(dem.group())
    if where and where != ctx.country:
        return tolls.foreign_of(where, draft, ctx) or tolls.resolver.body(vocab.MILITARY, where)
    return tolls.resolver.body(vocab.MILITARY, where) if where else None


def not_agents(tolls, rivals: list, mine, raw: RawClaim, v: SentenceView, draft: EventDraft, ctx: DocumentContext,
               speaker: tuple[int, int] | None) -> list:
    """The rival states that are not among who did the harm: 'Police and Kenyan officers killed 30 gang members'
    joins the Kenyans to the verb's subject (or to the side that tells it), killers beside the police, not their
    enemy ('repelled a Russian assault, killing 40 enemy soldiers' still counts the Russians)."""
    if not rivals or raw.start >= raw.at:
        return rivals
    subject = tolls.clause_subject(raw, v, draft, ctx, speaker) or mine.name  # the side that tells it, else
    mentions = sorted((a for a in v.actors if a.start - v.s.start < raw.start), key=lambda a: a.start)
    first = next((k for k, a in enumerate(mentions) if a.name == subject), None)
    if first is None:
        return rivals
    agents = {subject}
    for prev, a in zip(mentions[first:], mentions[first + 1:], strict=False):
        if not tolls.co_agent_join.fullmatch(ctx.text, prev.end, a.start):
            break
        agents.add(a.name)
    return [p for p in rivals if p.name not in agents]


def _country_forces(tolls, ctx: DocumentContext) -> str | None:
    """The forces of the report's country: the one the report names, else the military body of its country."""
    return ctx.state_forces or (tolls.resolver.body(vocab.MILITARY, ctx.country) if tolls.resolver else None)
