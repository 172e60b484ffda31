"""Speakers read late, when the attribution windows named none for a figure: the subject of a reporting verb after
the figure read by role, whether the sentence has a verb of its own (then it does not go on with the last source),
and whether its words are a party's (then they are no witness's). Kept apart from :mod:`.claims`, which decides in
what order these readings apply; ``reader`` is the ``ClaimReader``."""

from __future__ import annotations

import re

from .. import vocab
from .counted import RawClaim
from .earlier_mentions import Before
from .segment import EventDraft
from .speaker_memory import Speaker, SpeakerMemory
from .speakers import SECURITY_SOURCES
from .views import DocumentContext, SentenceView, relative_actors

_PERSON = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s*){2,4}")  # "Majok Deng": a name standing alone between commas


def party_words(reader, memory: SpeakerMemory, v: SentenceView, draft: EventDraft, ctx: DocumentContext) -> bool:
    """'Residents said … Dozens of terrorists were neutralised.': a party's words ('neutralised', 'the enemy') after a
    witness or a local source spoke are no longer theirs (a security source speaks them too)."""
    last = memory.last_speaker
    return bool(memory.country_forces) and not reader.attribution.party(last) and last != SECURITY_SOURCES \
        and reader.party_voice.search(v.s.text, v.folded) is not None and (
            any(a.name == memory.country_forces for i in draft.sentences for a in ctx.views[i].actors)
            or any(a.kind == vocab.STATE_FORCES for a in v.actors))  # "The army later neutralised 8 of them."


def own_subject(reader, v: SentenceView) -> bool:
    """Has the sentence a reporting verb of its own with a subject other than a stand-in for a body named before
    ('HumAngle, a local outlet, reported', not 'the office said')?"""
    spans = reader.attribution.verb_spans(v.s.text, v.folded)
    if not spans:
        return False
    start, end = reader.attribution.subject_window(v.s.text, spans[0][0], spans)
    return not reader.resolver.stand_in(v.s.text[max(start, v.s.text.rfind(",", start, end) + 1):end])


def named_after(reader, ctx: DocumentContext, v: SentenceView, raw: RawClaim, memory: SpeakerMemory) -> Speaker | None:
    """'At least 12 people were killed, Zagazola Makama, a counter-insurgency expert, said': the words between the
    comma after the figure and the reporting verb that follows, which the attribution windows could not name, read by
    role (a named person no party claims is a local source), rather than the outlet's voice."""
    text = v.s.text
    comma = text.find(",", raw.end)
    m = next((m for m in reader.attribution.verbs_in(text, v.folded) if m.start() > comma), None) \
        if comma != -1 else None
    if m is None or m.start() - comma > 120 or re.search(r"[;“”\"«»]", text[comma:m.start()]):
        return None
    # the verb's own subject, the last part between commas ('two of them police officers, the office said': the
    # office, not the police), or a person's name before its apposition ('Majok Deng, a youth leader, told')
    cuts = [comma] + [i for i in range(comma + 1, m.start()) if text[i] == ","]
    parts = [(a + 1, b) for a, b in zip(cuts, cuts[1:] + [m.start()], strict=True) if text[a + 1:b].strip()]
    if not parts:
        return None
    start = parts[-1][0]
    if len(parts) >= 2 and _PERSON.fullmatch(text, parts[-2][0], parts[-2][1]):
        start = parts[-2][0]
    return reader.resolver.resolve(text, start, m.start(), relative_actors(v), memory, ctx.country, m.group(),
                                   Before(ctx.text, v.s.start))
