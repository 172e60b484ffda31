"""A person that a sentence with no reporting verb introduces by name and role ('Abdou Moussa, a farmer in the
village, hid in his house during the attack.'): the 'he said' of the next sentences is that person, not the
source quoted before (wire copy introduces a witness first and quotes them after)."""

from __future__ import annotations

from .speaker_memory import SpeakerMemory
from .views import DocumentContext, SentenceView, relative_actors


def introduce(claims, ctx: DocumentContext, v: SentenceView, memory: SpeakerMemory) -> None:
    """Remembers the person the sentence opens with, when its role names a speaker ('a farmer': residents)."""
    rx = claims.attribution.introduced_person
    m = rx.match(v.s.text) if rx is not None else None  # anchored: one try per sentence
    if m is None:
        return
    sp = claims.resolver.resolve(v.s.text, m.start(2), m.end(2), relative_actors(v), memory, ctx.country)
    if sp is None:
        return
    memory.last_person = sp.name
    memory.person_words = claims.attribution.person_pronouns
    memory.learn(m.group(1), sp.name)  # "Moussa said" later: the same person
