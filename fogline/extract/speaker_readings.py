"""A figure's speaker read again: a source label by role on its whole phrase, the body an apposition names, the
subject of the sentence's first reporting verb, the speaker opening the sentence after a whole quote, the speaker
phrase the structure reader found. A mixin of ``ClaimReader``, whose readers it uses."""

from __future__ import annotations

import re

from .. import vocab
from .counted import RawClaim
from .earlier_mentions import Before
from .phrase_speakers import label_phrase
from .quote_spans import after_quote, closes_quote
from .speaker_memory import Speaker, SpeakerMemory
from .speakers import SECURITY_SOURCES
from .views import DocumentContext, SentenceView, relative_actors, shift


class SpeakerReadings:
    def _relabelled(self, ctx: DocumentContext, v: SentenceView, sp: Speaker, rel_actors, memory: SpeakerMemory):
        """A source label read again by role on its whole phrase: a state body ('United States officials'), a
        label this language decides, a named body ('the Sudan Doctors Network', not 'doctors')."""
        if sp.is_actor or sp.name == SECURITY_SOURCES or sp.organisation:
            return sp
        pm = self.attribution.pronoun(v.s.text[sp.start:sp.end])
        if pm and pm.end() - pm.start() == sp.end - sp.start:  # "ont ajouté ces sources": the last speaker's label
            return sp
        a, b = label_phrase(v.s.text, sp, self._clause_break, self.attribution)
        comma = v.s.text.rfind(",", 0, a + 1)
        named_from = v.s.text.rfind(",", 0, comma) + 1
        body = self.resolver.orgs.by_apposition(v.s.text, named_from, b) if comma > 0 \
            and self.resolver.orgs.may_name(v.s.text[named_from:comma]) else None
        if body is None and sp.name == vocab.LOCAL_SOURCES and v.s.text.startswith(",", sp.end):
            body = self.resolver.orgs.apposed(v.s.text, sp.end, rel_actors)  # "Selon X, responsable de l'ONG Y, …"
        if body is not None:  # "…, a déclaré la Convention pour le respect des droits humains (CRDH), une ONG"
            return Speaker(body[0], False, body[1], body[2], sp.verb, organisation=True)
        again = self.resolver.resolve(v.s.text, a, b, rel_actors, memory, ctx.country, sp.verb,
                                      Before(ctx.text, v.s.start))
        if again and again.name != sp.name and (again.is_actor or again.name in self.resolver.label_names
                                                or again.name == SECURITY_SOURCES or again.organisation):
            return again
        return sp

    def _subject_speaker(self, ctx: DocumentContext, v: SentenceView, memory: SpeakerMemory) -> Speaker | None:
        """The role the subject of the sentence's first reporting verb names ('The ministry confirmed …'); when
        that verb's subject names none ('X, who confirmed the attack, said'), the next verb's."""
        for n, m in enumerate(self.attribution.verbs_in(v.s.text, v.folded)):
            before, end = v.s.text[:m.start()], m.start()
            quoted = re.search(r"[“\"«]", before) is not None
            if n > 2 or quoted and not (n == 0 and (after_quote(before) or closes_quote(before))):
                return None
            start = self.attribution.subjects.window_start(v.s.text, m.start())
            if quoted and after_quote(before):  # "“We repulsed them,” army spokesman X said."
                start = after_quote(before)
            elif quoted:  # "“We repulsed them,” said army spokesman X.": the speaker after the verb
                start, end = m.end(), self.attribution.comma_cut(v.s.text, m.end(), len(v.s.text.rstrip(" .")))
            if not v.s.text[start:end].strip():
                return None
            sp = self.resolver.resolve(v.s.text, start, end, relative_actors(v), memory, ctx.country,
                                       m.group(), Before(ctx.text, v.s.start))
            if sp is not None:
                return sp
        opening = self.attribution.opening_preposition(v.s.text, v.folded)
        if opening is not None:  # "Selon l'officier, les FARDC ont …": the role the phrase names speaks on
            return self.resolver.resolve(v.s.text, *opening, relative_actors(v), memory, ctx.country, "",
                                         Before(ctx.text, v.s.start))
        return None

    def _refined(self, ctx: DocumentContext, v: SentenceView, sp: Speaker, rel_actors, memory: SpeakerMemory):
        """The regexes' speaker read again by role: '…, X, a police spokesman, said' (the role the apposition
        names); 'the ministry added', 'Le ministère de l'Intérieur a confirmé' (the ministry named before, else
        the report's country's, not the last speaker)."""
        if sp.is_actor and self.resolver.orgs.may_name(v.s.text):
            a, b = label_phrase(v.s.text, sp, self._clause_break, self.attribution)
            org = self.resolver.orgs.find(v.s.text[a:b])  # "le Collectif pour la défense des militaires (CDM)":
            if org is not None and a + org[1] <= sp.start and sp.end <= a + org[2] \
                    and org[2] - org[1] > sp.end - sp.start + 3 and not (  # a party's word inside the body's name
                        sp.name.startswith((vocab.NATIONAL_MILITARY, vocab.NATIONAL_POLICE))
                        and self.resolver.orgs.state_office(org[0])):  # (not the army's own 'Centre … de l'armée')
                return Speaker(org[0], False, a + org[1], a + org[2], sp.verb, organisation=True)
        if sp.apposition and not self.resolver.local_office(v.s.text[sp.start:sp.end]):  # not the governor's rank
            again = self.resolver.resolve(v.s.text, *sp.apposition, rel_actors, memory, ctx.country, sp.verb,
                                          Before(ctx.text, v.s.start), generic=False) or sp
            named_from = v.s.text.rfind(",", 0, max(0, sp.apposition[0] - 1)) + 1  # a name of many words before it
            body = None if again.is_actor else (self.resolver.orgs.by_apposition(v.s.text, *sp.apposition) or
                                                self.resolver.orgs.by_apposition(v.s.text, named_from,
                                                                                 sp.apposition[1]))
            if body is not None:  # "The Emergency Lawyers, a rights group tracking …, said": that body by name
                return Speaker(body[0], False, body[1], body[2], sp.verb, organisation=True)
            return again
        a, b = label_phrase(v.s.text, sp, self._clause_break, self.attribution)
        if self.resolver.state_stand_in(v.s.text[sp.start:sp.end]):
            # "le ministère nigérien de la Défense": the whole phrase, when its words name another body
            end = b if self.resolver.role(v.s.text[sp.start:b]) != self.resolver.role(v.s.text[sp.start:sp.end]) \
                else sp.end
            return self.resolver.resolve(v.s.text, sp.start, end, rel_actors, memory, ctx.country, sp.verb,
                                         Before(ctx.text, v.s.start)) or sp
        if sp.name != SECURITY_SOURCES and self.resolver.role(v.s.text[a:b]) == SECURITY_SOURCES:
            return Speaker(SECURITY_SOURCES, False, sp.start, sp.end, sp.verb)  # "a police source told AFP"
        if sp.is_actor and sp.name.startswith(vocab.NATIONAL_MILITARY) and self.resolver.office(v.s.text[a:b]) in (
                vocab.GOVERNMENT, vocab.POLICE):  # "Malian authorities": the nationality word is no army
            return self.resolver.resolve(v.s.text, a, b, rel_actors, memory, ctx.country, sp.verb,
                                         Before(ctx.text, v.s.start)) or sp
        return sp

    def _next_speaker(self, ctx: DocumentContext, v: SentenceView, nxt: SentenceView, memory: SpeakerMemory):
        """The speaker that opens the sentence after a whole quote ('X said.', 'X, a spokesman, told AFP'), with
        offsets made relative to the quote's sentence."""
        m = next(self.attribution.verbs_in(nxt.s.text), None)
        if m is None or m.start() > 150 or re.search(r"[“\"«]", nxt.s.text[:m.start()]):
            return None
        sp = self.resolver.resolve(nxt.s.text, 0, m.start(), shift(nxt.actors, -nxt.s.start), memory, ctx.country,
                                   m.group(), Before(ctx.text, nxt.s.start))
        if sp is None:
            return None
        delta = nxt.s.start - v.s.start
        return Speaker(sp.name, sp.is_actor, sp.start + delta, sp.end + delta, sp.verb)

    def _framed(self, ctx: DocumentContext, v: SentenceView, raw: RawClaim, actors, memory: SpeakerMemory):
        """The claimant of the speaker phrase the structure reader found for this figure (None if none)."""
        st = ctx.structure.get(v.s.index)
        frame = st.figure_in(v.s.start + raw.start, v.s.start + raw.end) if st else None
        if frame is None or frame.speaker is None:
            return None
        verb = ctx.text[frame.reporting.start:frame.reporting.end] if frame.reporting else ""
        if self.attribution.act_claim(verb):  # "L'attaque, qui a fait 12 morts, a été revendiquée par X": no figure
            return None
        return self.resolver.resolve(v.s.text, frame.speaker.start - v.s.start, frame.speaker.end - v.s.start,
                                     actors, memory, ctx.country, verb, Before(ctx.text, v.s.start))
