"""The first person of a quotation: "“Our men now control Kalembe,” the spokesman said" makes the spokesman's group
a party of the event although no sentence of it names the group. Who speaks a quote is what the claims already
say: the claimant of the figures told in the quote or right after it ("…,” he said. He said dozens of rebels
were killed")."""

from __future__ import annotations

from .. import vocab
from ..actors import ActorDictionary
from ..records import Actor, Claim, Evidence
from .segment import EventDraft
from .structure import quote_near
from .text import CaselessRegex, words_source
from .views import DocumentContext

AFTER = 300  # characters after a quote's end where the figures of its speaker are still told


class QuotedGroups:
    """Reads the groups behind a quote's "we" (attribution.json ``quoted_group_words``)."""

    def __init__(self, data: dict, actor_dict: ActorDictionary):
        words = data["attribution"].get("quoted_group_words", [])
        # spans only (the words are read from the text): matched on the caseless copy, faster than IGNORECASE
        self._words = CaselessRegex(words_source(words)) if words else None
        self.actor_dict = actor_dict

    def parties(self, draft: EventDraft, ctx: DocumentContext, claims: list[Claim], known: set[str]) -> list[Actor]:
        """The speakers' groups of the event's quoted first persons, not among ``known``, on side A: a group
        quoted on its own fight tells what it did ('we drove them out', 'nos éléments contrôlent'); ``fix_sides``
        sets it against the party it fought."""
        if self._words is None:
            return []
        text, out = ctx.doc.text, {}
        for idx in draft.sentences:
            v = ctx.views[idx]
            for m in self._words.finditer(v.s.text):
                start = v.s.start + m.start()
                quote = quote_near(text, start)
                group = self._speaker_group(quote, claims) if quote else None
                if group is None or group.name in known or group.name in out:
                    continue
                out[group.name] = Actor(group.name, group.kind, vocab.SIDE_A, group.country,
                                        [Evidence(start, v.s.start + m.end(), v.s.text[m.start():m.end()])])
        return list(out.values())

    def _speaker_group(self, quote: tuple[int, int], claims: list[Claim]):
        """The armed group that claims the figures nearest the quote, inside it or just after it."""
        near = [c for c in claims if quote[0] <= c.evidence.start <= quote[1] + AFTER]
        # the figures inside the quote name its speaker when there are any ('a rescuer' is no group: not the
        # claimant of a figure after it)
        near = [c for c in near if c.evidence.start < quote[1]] or near
        for c in sorted(near, key=lambda c: abs(c.evidence.start - quote[0])):
            entry = self.actor_dict.by_name(c.claimant)
            if entry is not None and entry.name and not entry.generic and entry.kind != vocab.CIVILIANS:
                return entry
            if c.evidence.start <= quote[1]:  # "“We have recovered 17 bodies …,” said a rescuer": the quote's own
                return None  # figure is a source's, so its "we" is no group's (not the next speaker's after it)
        return None
