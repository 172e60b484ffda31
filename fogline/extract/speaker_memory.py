"""A speaker found in a sentence, and what a reader remembers of the speakers and actors of a report read in
order: who 'it', 'the group', 'the source' and a surname named alone stand for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import vocab
from ..text import fold
from .parties import ActorMention

_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(slots=True)
class Speaker:
    name: str  # canonical actor name or a source label ("local sources", "residents", ...)
    is_actor: bool
    start: int  # evidence offsets within the sentence
    end: int
    verb: str
    apposition: tuple[int, int] | None = None  # "…, X, a police spokesman, said": the phrase between the commas
    organisation: bool = False  # a named body the actor dictionary does not know ('the Sudan Doctors Network')
    verb_end: int = -1  # where the reporting verb ends, when it follows the speaker: '… and said' of 'X … and said'


class SpeakerMemory:
    """Who 'it', 'the group' and 'Ramadan' refer to, learned while reading a document in order."""

    def __init__(self, plural_endings: tuple[str, ...] = (), place_words: frozenset[str] = frozenset()):
        self.plural_endings = plural_endings  # attribution.json: 'the sources' after 'a military source'
        self.place_words = place_words  # country names and nationality words, folded: never a person's name
        self.last_speaker: str | None = None
        self.last_state: str | None = None
        self.last_nonstate: str | None = None
        self.people: dict[str, str] = {}
        self.country_forces: str | None = None
        self.generic = None  # callable: generic descriptor text → the actor it stands for in this report
        self.framed: Speaker | None = None  # the structure reader's speaker of the current sentence
        self.last_generic_group: str | None = None  # the words of the last unnamed armed group ("jihadists")
        self.is_group_word = None  # callable: is this stand-in a group word ('the group', 'le groupe')?
        self.only_group: str | None = None  # the report's only named armed group ("" none; None not looked up)
        self.recent: list[tuple[str, list[str]]] = []  # the last speakers: (claimant, the words that named them)
        self.spoke_at = -1  # the index of the last sentence a speaker was found in
        self.last_organisation: str | None = None  # the last speaker, when it is a named body ('the Network said')
        self.organisation_words: set[str] = set()  # stand-ins that may point to it ('the group')
        self.organisations: set[str] = set()  # every named body no list knows that spoke: third parties
        self.last_party: str | None = None  # the last speaker that is an actor: who issues 'the statement'
        self.statement_words: set[str] = set()  # stand-ins for a statement ('the statement')
        self.last_person: str | None = None  # a person introduced by name and role since the last speaker
        self.person_words: set[str] = set()  # the pronouns that may stand for that person ('he', 'she')

    def spoke(self, sp: Speaker, text: str, also: tuple[int, int] | None = None) -> None:
        """``sp`` (offsets in ``text``) is the sentence's speaker: 'it' and 'the source' may point to it next;
        ``also``: other words that named it ('a local official' of 'a local official, Musa Bala, said')."""
        self.last_speaker = sp.name
        self.last_person = None
        if sp.is_actor:
            self.last_party = sp.name
        self.last_organisation = sp.name if sp.organisation else None
        if sp.organisation:
            self.organisations.add(sp.name)
        words = fold(text[sp.start:sp.end]).split() + (fold(text[also[0]:also[1]]).split() if also else [])
        self.recent = self.recent[-3:] + [(sp.name, words)]

    def named_by(self, head: str) -> str | None:
        """The last speaker whose words hold the stand-in's noun: 'the source' after 'a military source', 'the
        group' after 'a doctors' group'."""
        for name, words in reversed(self.recent):
            if any(w == head or any(w == head + e or w + e == head for e in self.plural_endings) for w in words):
                return name
        return None

    def saw(self, mention: ActorMention) -> None:
        if mention.generic or mention.name is None or mention.kind == vocab.CIVILIANS:
            return
        if mention.kind == vocab.STATE_FORCES:
            self.last_state = mention.name
        elif mention.kind != vocab.OTHER_KIND and mention.kind != vocab.FOREIGN_FORCES:
            self.last_nonstate = mention.name

    def learn(self, person: str, org: str) -> None:
        for tok in person.split():
            if len(tok) >= 3 and tok[0].isupper() and fold(_POSSESSIVE.sub("", tok)) not in self.place_words:
                self.people[tok] = org  # "Ali", "Diop": short surnames are names too ('Niger's' is no name)

    def person(self, text: str) -> str | None:
        for tok in reversed(text.split()):
            if tok in self.people:
                return self.people[tok]
        return None

    def pronoun(self, word: str, speaker_pronouns: set[str]) -> str | None:
        """'it', 'elle', 'the statement' → the last speaker; 'the source' → the last speaker named with that noun;
        'the group' right after a named organisation spoke → that organisation, else (like 'the rebels') the last
        non-state actor ('the army' is named by the actor dictionary before it gets here)."""
        if word == vocab.STATE_FORCES:
            return self.last_state or self.country_forces
        if " " in word:  # "the source", "the group": a speaker named with that noun
            named = self.named_by(word.rsplit(" ", 1)[1])
            if named:
                return named
        if word in self.statement_words and self.last_party:
            return self.last_party  # "The army said … security sources reported … the statement said": the army's
        if self.last_organisation and word in self.organisation_words:
            return self.last_organisation  # "The Sudan Doctors Network said … The group said": that network
        if self.last_person and word in self.person_words:
            return self.last_person  # "Abdou Moussa, a farmer, hid in his house. “…,” he said.": the farmer
        if word in speaker_pronouns:
            return self.last_speaker or self.last_nonstate or self.last_state
        if self.last_nonstate is None and self.last_speaker in (None, self.last_state, self.country_forces) \
                and self.last_generic_group and self.generic \
                and self.is_group_word and self.is_group_word(word):
            # "Jihadists attacked …, the army said. The group said": those jihadists, never the state that spoke
            # ("the separatists" name their own group)
            own = self.generic(word)
            if own and not own.startswith(vocab.UNIDENTIFIED_PREFIX):
                return own
            return self.generic(self.last_generic_group)
        return self.last_nonstate
