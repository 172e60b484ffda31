"""The speaker a phrase names, for the attribution reader (``reader``): the same source as before, a named actor,
a source label ('residents', 'security sources'), a pronoun standing for the last speaker, a person the report
tied to a body, the role after a person's name, a generic descriptor's group, or the subject of 'a statement'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import vocab
from ..text import fold
from .speaker_memory import Speaker

if TYPE_CHECKING:  # attribution reads phrases with this module
    from .attribution import AttributionReader

APPOSITION = re.compile(r"\s*,\s*([^,.;:«»“”()]{3,90})")  # ", président de la société civile": a role after a name


def phrase_speaker(reader, text, start, end, actors, memory, verb, prefer, folded: str | None = None,
                   weak: bool = True) -> Speaker | None:
    """The speaker of ``text[start:end]``; ``weak=False``: not from a generic descriptor alone."""
    end = reader.speaker_end(text, start, end)
    window = text[start:end]
    if not window.strip():
        return None
    wf = folded[start:end] if folded is not None else None  # the window's caseless copy (same offsets)
    same = reader._same_source_c.search(window, wf)
    if same and memory.last_speaker:  # "a-t-on indiqué de même source", "the same source said"
        last = memory.last_speaker
        return Speaker(last, reader.party(last), start + same.start(), start + same.end(), verb)
    if memory.last_speaker == vocab.SECURITY_SOURCES and reader.bare_sources.fullmatch(window.strip(" ,")):
        return Speaker(vocab.SECURITY_SOURCES, False, start, end, verb)  # "… security sources said. … sources said"
    inside = [a for a in actors if start <= a.start < end and a.kind != vocab.CIVILIANS]
    named = [a for a in inside if not a.generic]
    if named and all(a.kind == vocab.OTHER_KIND for a in named):
        for label, rx in reader.sources:  # "a former UN mission worker" is a local source, not the UN
            sm = rx.search(window, wf)
            if sm and sm.end() - sm.start() > named[0].end - named[0].start:
                return Speaker(label, False, start + sm.start(), start + sm.end(), verb)
    spokes = reader._spokes_c.search(window, wf)
    persons = [p for p in reader._person.finditer(window)
               if not any(start + p.start() < a.end and a.start < start + p.end() for a in actors)]
    if named:
        a = named[0] if prefer == "first" or spokes else named[-1]
        for p in persons:
            memory.learn(p.group(), a.name)
        body = a.kind == vocab.OTHER_KIND and not (a.name or "").startswith(vocab.GOVERNMENT_OF)
        return Speaker(a.name, True, a.start, a.end, verb, organisation=body)  # 'the group' after it: that body
    for label, rx in reader.sources:
        sm = rx.search(window, wf)
        if sm:
            pm = reader._pronouns_c.search(window, wf)
            if pm and pm.start() <= sm.start() < pm.end():  # "…, a précisé cette source": the last speaker
                target = memory.pronoun(fold(window[pm.start():pm.end()]), reader._speaker_pronouns)
                if target:
                    return Speaker(target, reader.party(target), start + pm.start(), start + pm.end(), verb)
            for p in persons:  # "X, coordinator of civil society, said": later "Mr X added" is the same source
                memory.learn(p.group(), label)
            return Speaker(label, False, start + sm.start(), start + sm.end(), verb)
    pm = reader._pronouns_c.search(window, wf)
    if pm and (prefer == "last" or pm.start() < 12):
        word = fold(window[pm.start():pm.end()])
        subject = _sentence_subject(text, actors, start) if word in reader.subject_pronouns else None
        if subject is not None and not window[pm.end():].strip(" ,"):  # the pronoun right before its verb
            # "Islamic State claimed the attack, publishing photographs of what it said were …": 'it' is the named
            # body that opens the sentence, not the witness quoted before
            return Speaker(subject.name, True, start + pm.start(), start + pm.end(), verb, organisation=_body(subject))
        target = memory.pronoun(word, reader._speaker_pronouns)
        if target:
            return Speaker(target, reader.party(target), start + pm.start(), start + pm.end(), verb)
    for p in persons:
        org = memory.person(p.group())
        if org:
            return Speaker(org, org not in reader.labels, start + p.start(), start + p.end(), verb)
    app = APPOSITION.match(text, end) if persons and not inside and weak and reader._apposed_role else None
    app = app if app and reader._apposed_role.match(app.group(1)) else None
    sp = phrase_speaker(reader, text, app.start(1), app.end(1), actors, memory, verb, "first", folded, False) \
        if app else None  # "par Kinos Katuho, président de la société civile": whom the person speaks for
    if sp is not None and sp.name in reader.labels:
        memory.learn(persons[0].group(), sp.name)
        return Speaker(sp.name, sp.is_actor, start + persons[0].start(), start + persons[0].end(), verb)
    if inside and weak:  # a generic descriptor: "the separatists said" → the group it stands for
        a = inside[-1 if prefer == "last" else 0]
        target = memory.generic(text[a.start:a.end]) if memory.generic else None
        target = target or memory.pronoun(fold(a.kind), reader._speaker_pronouns)
        if target:
            return Speaker(target, True, a.start, a.end, verb)
    bare = reader.bare_spokesman.match(window) if reader.bare_spokesman and not inside and not persons else None
    subject = _sentence_subject(text, actors, start) if bare else None
    if subject is not None:  # "The Red Cross recovered 31 bodies, a spokesman said": the subject's spokesman
        return Speaker(subject.name, True, start + bare.start(), start + bare.end(), verb, organisation=_body(subject))
    sm = reader._statement.search(window) if reader._statement and not inside and not persons else None
    if sm:  # "The army lost four soldiers, according to a statement": the subject's statement
        subject = next((a for a in actors if a.end <= start and a.name and not a.generic
                        and a.kind not in (vocab.CIVILIANS, vocab.OTHER_KIND)), None)
        if subject is not None and len(text[:subject.start].split()) <= 1:  # opening the sentence ('Le JNIM')
            return Speaker(subject.name, True, start + sm.start(), start + sm.end(), verb)
    return None


def _sentence_subject(text: str, actors, before: int):
    """The named party or body that opens the sentence (at most one word before it: 'The RSF'), when it stands
    before ``before``; None otherwise."""
    first = next((a for a in actors if a.start < before), None)
    if first is None or first.generic or not first.name or first.kind == vocab.CIVILIANS:
        return None
    return first if len(text[:first.start].split()) <= 1 and first.end <= before else None


def _body(a) -> bool:
    """Is a named actor a body that only tells (an NGO, the UN), not a party nor a government?"""
    return a.kind == vocab.OTHER_KIND and not (a.name or "").startswith(vocab.GOVERNMENT_OF)


def label_phrase(text: str, sp: Speaker, breaks: re.Pattern | None = None,
                  attribution: AttributionReader | None = None) -> tuple[int, int]:
    """The whole phrase around a source label, for reading its role: 'United States officials', 'officials of the
    group and a local charity' (from the last comma or quote before it to its verb, if the verb follows)."""
    start = max(text.rfind(c, 0, sp.start) for c in (",", ";", ":", "“", "”", '"', "«", "»", "(")) + 1
    if breaks is not None:  # "… but residents said": from the clause's start ('but', 'while')
        start = max([start] + [m.end() for m in breaks.finditer(text, start, sp.start)])
    if attribution is not None and sp.verb and text.find(sp.verb, sp.end) >= 0:  # "… and witnesses said"
        own = attribution.own_subject(text, text.find(sp.verb, sp.end))
        start = max(start, own if own <= sp.start else -1)  # "residents and police said": not past the speaker
    said = text.rfind(sp.verb, start, sp.start) if sp.verb else -1
    start = said + len(sp.verb) if said != -1 else start  # "…, ont affirmé des élus et un responsable": after it
    verb = text.find(sp.verb, sp.end) if sp.verb else -1
    if 0 <= verb - sp.end <= 80:
        end = verb
    else:  # "selon des sources sécuritaires locales", "…, said security sources in the region": to the phrase's end
        stops = [i for i in (text.find(c, sp.end) for c in ",.;:“”\"«»(") if i >= 0]
        end = min(stops + [len(text), sp.end + 60])
    comma = text.find(",", sp.end, end)  # "a resident, who is close to the group, told": not the relative clause
    end = max(comma if comma != -1 else end, sp.end)
    joint = attribution.subjects.joint_first(text, start, end) if attribution is not None else None
    return start, joint[1] if joint and joint[0] <= sp.start < joint[1] else end  # "residents and the army said"
