"""Communal clashes: 'clashes between herders and farmers', 'Dinka and Murle youths clashed', 'des affrontements
entre éleveurs et agriculteurs'. A reciprocal clash names its two sides in two phrases, the first on side A and
the second on side B; people named there by their livelihood or community (herders, villagers, youths) fight in
it, so they are a communal militia (ACLED's identity militia), not the civilians a one-sided attack hurts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import vocab
from ..actors import ActorDictionary
from ..records import Actor, Evidence
from .communities import militia_of, names_regex
from .needed_words import may_hold, needed_words
from .scan import caseless
from .text import CaselessRegex, words_regex
from .views import DocumentContext

_REACH = 120  # characters around a cue word within which a clash's two phrases lie


@dataclass(frozen=True, slots=True)
class Reciprocal:
    """The two phrases of a reciprocal clash, in sentence offsets."""

    first: tuple[int, int]
    second: tuple[int, int]

    def side(self, start: int, end: int) -> str | None:
        """A for a mention inside the first phrase, B inside the second, else None."""
        if self.first[0] <= start and end <= self.first[1]:
            return vocab.SIDE_A
        if self.second[0] <= start and end <= self.second[1]:
            return vocab.SIDE_B
        return None


class CommunalClashes:
    """Finds reciprocal clashes (``triggers.reciprocal_clash``: patterns with groups ``x`` and ``y``) and the
    community nouns (``triggers.community_nouns``) that make a phrase of one a communal militia."""

    def __init__(self, data: dict, actor_dict: ActorDictionary):
        self.actor_dict = actor_dict
        # each with the words one of which its every match holds ('clashed', 'between'): a phrase that may start at
        # any word is tried at every word of the window, so a window without one of its words is not searched
        self._patterns = [(re.compile(p, re.I), needed_words(p)) for p in data["triggers"].get("reciprocal_clash", [])]
        # the patterns may start at any word: tried only around a word each of them holds
        self._cue = CaselessRegex(data["triggers"].get("reciprocal_cue", "(?!)"))  # spans only: on the caseless copy
        self._nouns = words_regex(data["triggers"].get("community_nouns", []))

    def phrases(self, text: str) -> list[Reciprocal]:
        out: list[Reciprocal] = []
        folded = caseless(text)  # where the needed words are looked for (None: no test)
        for cue in self._cue.finditer(text):
            lo = text.rfind(" ", 0, cue.start() - _REACH) + 1 if cue.start() > _REACH else 0  # at a word's start
            hi = min(len(text), cue.end() + _REACH)
            for rx, needs in self._patterns:
                if folded is not None and not may_hold(needs, folded[lo:hi]):
                    continue
                for m in rx.finditer(text, lo, hi):
                    found = Reciprocal(m.span("x"), m.span("y"))
                    if m.start() <= cue.start() < m.end() and found not in out:
                        out.append(found)
        return out

    @staticmethod
    def side(phrases: list[Reciprocal], start: int, end: int) -> str | None:
        return next((s for p in phrases if (s := p.side(start, end))), None)

    def unnamed(self, text: str, phrases: list[Reciprocal], taken: list[tuple[int, int]]):
        """(start, end, side, head, noun) of the phrases where no actor was named: ``head`` the other phrase's last
        word for a first phrase of one word ('Dinka' of 'Dinka and Nuer youths' gets ' youths'), ``noun`` whether
        a community noun ('youths', 'clansmen') is in the phrase."""
        for p in phrases:
            for span, other, side in ((p.first, p.second, vocab.SIDE_A), (p.second, p.first, vocab.SIDE_B)):
                if any(span[0] <= a < span[1] for a, _ in taken):
                    continue
                one_word = side == vocab.SIDE_A and " " not in text[span[0]:span[1]]
                head = " " + text[other[0]:other[1]].split()[-1] if one_word else ""
                yield span[0], span[1], side, head, bool(self._nouns.search(text, *span))

    @staticmethod
    def communal(v, phrases: list[Reciprocal], language: str) -> list[Reciprocal]:
        """The clashes whose sides are only communities (not soldiers or a rebel group fighting villagers); a
        community's armed men ('Turkana raiders') are theirs."""
        def community(b, r: Reciprocal) -> bool:
            span = r.first if r.side(b.start - v.s.start, b.end - v.s.start) == vocab.SIDE_A else r.second
            return b.kind in (vocab.CIVILIANS, vocab.IDENTITY_MILITIA) or b.generic and \
                b.kind == vocab.UNIDENTIFIED_GROUP and bool(names_regex(language).search(v.s.text, *span))
        return [r for r in phrases if all(community(b, r) for b in v.actors
                                          if r.side(b.start - v.s.start, b.end - v.s.start))]

    def militia(self, v, start: int, end: int, phrases: list[Reciprocal], ctx: DocumentContext,
                head: str = "") -> tuple[str, str]:
        """The militia a community phrase of a clash names: 'Fulani herders' the dictionary's Fulani militia of
        the report's country, 'Dinka' of 'Dinka and Nuer youths' with the shared head noun; else a communal one."""
        phrase = next((p for r in phrases for p in (r.first, r.second) if p[0] <= start and end <= p[1]), None)
        words = (v.s.text[phrase[0]:phrase[1]] if phrase else v.s.text[start:end]) + head  # "éleveurs arabes"
        entry = self.actor_dict.resolve(words, ctx.doc.language, ctx.year)
        if entry and entry.name and entry.kind == vocab.IDENTITY_MILITIA and entry.country in (None, ctx.country):
            return entry.name, entry.kind
        community = militia_of(words, ctx.doc.language, ctx.country)  # "Berom villagers": the Berom's militia
        if community:
            return community, vocab.IDENTITY_MILITIA
        return vocab.communal_militia(ctx.country), vocab.IDENTITY_MILITIA

    def add_unnamed(self, v, ctx: DocumentContext, phrases: list[Reciprocal], found: dict[str, Actor]) -> None:
        """'Dinka and Nuer youths clashed', 'clashes between Fulani and Berom', 'clashes between clansmen': a side
        named by a community (resources/communities.json), with the other phrase's head noun, or by a community
        noun alone."""
        taken = [(a.start - v.s.start, a.end - v.s.start) for a in v.actors]
        for start, end, side, head, noun in self.unnamed(v.s.text, phrases, taken):
            name, kind = self.militia(v, start, end, phrases, ctx, head)
            if noun or not name.startswith(vocab.COMMUNAL_PREFIX):
                found.setdefault(name, Actor(name, kind, side, ctx.country, [
                    Evidence(v.s.start + start, v.s.start + end, v.s.text[start:end])]))

