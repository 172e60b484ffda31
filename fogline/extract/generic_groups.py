"""What a generic armed actor ('the separatists', 'gunmen', 'the attackers') stands for: the curated default of
those words in the report's country, the one armed group the event's sentences or the report name, else an
unidentified armed group; and whether a report says no group claimed the attack. A mixin of ``Sides``."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..records import Actor
from .parties import ActorMention
from .segment import EventDraft
from .views import DocumentContext


class GenericGroups:
    @lru_cache(maxsize=20000)  # noqa: B019 (generic_armed asks once per event; one reader per language)
    def _says_unclaimed(self, sentence: str) -> bool:
        """'no group claimed the attack' in the sentence (remembered per sentence text)."""
        return bool(self._unclaimed.search(sentence))

    def _unclaimed_in(self, own: list[int], ctx: DocumentContext) -> bool:
        """Whether one of these sentences says no group claimed the attack; a long report's drafts hold hundreds
        of sentences, asked per actor: the report's such sentences are then read once."""
        if len(own) <= 16:
            return any(self._says_unclaimed(ctx.views[i].s.text) for i in own)
        said = ctx.memo.get("unclaimed")
        if said is None:
            said = ctx.memo["unclaimed"] = frozenset(i for i, v in enumerate(ctx.views)
                                                     if self._says_unclaimed(v.s.text))
        return not said.isdisjoint(own)

    def generic_armed(self, draft: EventDraft | None, ctx: DocumentContext,
                      words: str = "") -> tuple[str | None, str]:
        """What 'the separatists', 'gunmen' stand for: the curated default for those words in this
        country if the report names it, a non-state group named in the event's own sentences, the
        curated default, else an unidentified armed group."""
        views, country = ctx.views, ctx.country
        named_in_doc = ctx.foreground_names(named_only=True)
        default = self.actor_dict.default_for(words, country, ctx.year, named_in_doc) if words else None
        if default and default.name in ctx.party_names():
            return default.name, default.kind
        own = draft.sentences + draft.other_sentences if draft else []
        # "no group claimed the attack": a group named beside it is context, not the attacker
        unclaimed = self._unclaimed_in(own, ctx)
        for i in (draft.sentences if draft and not unclaimed else []):  # named with the event itself
            for a in views[i].actors:
                if self.armed_group(a) and a.start not in views[i].affiliations:
                    return a.name, a.kind
        if default:
            return default.name, default.kind
        if draft and not unclaimed and self._attackers.search(words):
            # "Separatist fighters attacked … killed four of the attackers": the group the event's own words
            # describe the attackers as, when its curated default names one
            for i in draft.sentences:
                for a in views[i].actors:
                    if a.generic and a.kind in vocab.ARMED_GROUP_KINDS + (vocab.UNIDENTIFIED_GROUP,):
                        said = _with_words_before(views[i].s.text, a.start - views[i].s.start, a.end - views[i].s.start)
                        d = self.actor_dict.default_for(said, country, ctx.year, named_in_doc)
                        if d is not None and self.armed_group(d):
                            return d.name, d.kind
        named = None if unclaimed else self._only_armed_group(ctx)
        if named and self._attackers.search(words):  # "the attackers" of a report that names one group
            return named.name, named.kind
        here = self._only_armed_group(ctx, own, members=False) if named and own else None
        if here and here.name == named.name:
            # "militants" of an event whose own paragraphs, and the whole report, name one group only
            return here.name, here.kind
        if country:
            return vocab.unidentified_group(country), vocab.UNIDENTIFIED_GROUP
        return None, vocab.UNIDENTIFIED_GROUP

    def _only_armed_group(self, ctx: DocumentContext, within: list[int] | None = None,
                          members: bool = True) -> ActorMention | None:
        """The armed group a report (or the sentences ``within``) names, when it names exactly one (outside
        background); ``members=False``: not counting a group named only as someone's affiliation ("a
        member of the FLA")."""
        named: dict[str, ActorMention] = {}
        for w in (ctx.views if within is None else [ctx.views[i] for i in within]):
            if not w.background:
                for a in w.actors:
                    if self.armed_group(a) and (members or a.start not in w.affiliations) \
                            and a.start not in w.elsewhere:
                        named.setdefault(a.name, a)
        return next(iter(named.values())) if len(named) == 1 else None

    def armed_group(self, a: ActorMention | Actor) -> bool:
        """A named non-state armed group that fights the state (not a pro-government militia)."""
        if not a.name or getattr(a, "generic", False) or a.kind not in vocab.ARMED_GROUP_KINDS:
            return False
        entry = self.actor_dict.by_name(a.name)
        return not (entry and entry.pro_government)


def _with_words_before(text: str, start: int, end: int, n: int = 2) -> str:
    rx = _TWO_WORDS_BEFORE if n == 2 else re.compile(rf"(?:[\w'’-]+\s+){{0,{n}}}$")
    m = rx.search(text[max(0, start - 40):start])
    return (m.group() if m else "") + text[start:end]


_TWO_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+\s+){0,2}$")  # compiled once: asked for every generic actor
