"""Who says a figure: speakers of attribution verbs, 'according to', spokesmen, pronouns."""

from __future__ import annotations

import re

from .. import vocab
from ..text import fold
from . import pattern_cache
from .parties import ActorMention
from .phrase_speakers import phrase_speaker
from .scan import caseless
from .speaker_memory import Speaker, SpeakerMemory
from .subjects import SubjectReader, apposition_start, clause_mark
from .text import CasedWords, CaselessPattern, CaselessRegex, alternation, words_regex

_NAME_WORD = r"[A-Z][a-zà-ÿ'’-]+(?:[A-Z][a-zà-ÿ'’-]+)*"  # 'Jean-Paul', 'McDonald': one name word


class AttributionReader:
    def __init__(self, data: dict):
        aux = data.get("verb_auxiliary")  # "a déclaré": one optional auxiliary before any verb
        verbs = alternation(data.get("verbs", []))
        self._verbs = re.compile(rf"(?<![\w-])(?:(?:{aux})\s+)?(?:{verbs})(?![\w])", re.I) if aux \
            else words_regex(data.get("verbs", []))
        self._verbs_c = CaselessPattern(self._verbs.pattern)  # on a sentence's caseless copy (``speakers``)
        self._verbs_seen: dict[int, tuple] = {}  # id(copy) → (copy, text, its verbs): see _verb_matches
        self._preps = CaselessPattern(words_regex(data.get("prepositions", [])).pattern)
        self._aside_source = re.compile(data.get("aside_source", "(?!)"), re.I)  # ", citing X, said"
        self._pronouns = words_regex(data.get("pronouns", []))
        self._pronouns_c = CaselessPattern(self._pronouns.pattern)
        self._spokes = words_regex(data.get("spokesman", []))
        self._spokes_c = CaselessPattern(self._spokes.pattern)
        self.sources = [(label, CasedWords(words)) for label, words in data.get("sources", {}).items()]
        self.labels = {label for label, _ in self.sources} | set(vocab.INDEPENDENT) | {vocab.SOCIAL_MEDIA}
        self._unverified = CaselessPattern(words_regex(data.get("unverified", [])).pattern)
        self._denial = CaselessPattern(words_regex(data.get("denial", [])).pattern)
        self._confirm = words_regex(data.get("confirmation", []))
        # "L'attaque, revendiquée par X, a fait 50 morts, selon Y": who claims the act, not who gives its figure
        self._act_claim = CaselessRegex(data.get("act_claim", "(?!)"))
        self._quote_close = re.compile(r"[”\"’'»]\s*,?\s*$")
        self._impersonal = CaselessRegex(data.get("impersonal_verb", "(?!)"))  # "a-t-on appris de …"
        # "…, a-t-il précisé", "précise-t-elle": a subject pronoun joined to the verb is its speaker, whatever
        # stands before the comma ("Les militaires ont arrêté 20 hommes, a-t-il précisé": not the soldiers)
        self._clitic = re.compile(data["subject_clitic"], re.I) if data.get("subject_clitic") else None
        self._figures = CaselessRegex(data.get("unverified_figures", "(?!)"))
        self._same_source = re.compile(data.get("same_source", "(?!)"), re.I)
        self._same_source_c = CaselessPattern(self._same_source.pattern)
        self.bare_sources = re.compile(data.get("bare_sources", "(?!)"), re.I)  # "sources said", after security ones
        # "a member of a militia fighting the jihadists said": the clause names the speaker's foe, not the speaker
        self._opposing = CaselessRegex(data["opposing_clause"]) if data.get("opposing_clause") else None  # spans only
        self._speaker_pronouns = {fold(w) for w in data.get("speaker_pronouns", [])}
        self.organisation_pronouns = {fold(w) for w in data.get("organisation_pronouns", [])}
        self.person_pronouns = {fold(w) for w in data.get("person_pronouns", [])}  # 'he': a person introduced
        self.bare_spokesman = re.compile(data["bare_spokesman"], re.I) if data.get("bare_spokesman") else None
        self.introduced_person = re.compile(data["introduced_person"]) if data.get("introduced_person") else None
        self.statement_pronouns = {fold(w) for w in data.get("statement_pronouns", [])}
        # "X claimed the attack, publishing what it said were …": pronouns that stand for the sentence's subject
        self.subject_pronouns = {fold(w) for w in data.get("subject_pronouns", [])}
        # a person's name: capitalised words and the particles between them ("Omar ag Biya", "Ould Sidi")
        particles = alternation([re.escape(w) for w in data.get("name_particles", [])], sort=False)
        self._person = pattern_cache.compile(rf"(?<![\w-]){_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{particles}))*")
        self.not_names = {fold(w) for w in data.get("not_names", [])}  # "The camp coordinator": 'The' is no name
        # "…, according to a statement": a statement with no owner named is the sentence's subject's
        self._statement = words_regex(data.get("statement_words", [])) if data.get("statement_words") else None
        self._inverted_subject = re.compile(data.get("inverted_subject", "(?!)"))  # "…, said the army"
        # "told Reuters": the words after such a verb are its hearer, never its speaker
        self._addressee = CaselessRegex(data.get("addressee_verb", "(?!)"))
        self._not_apposition = CaselessRegex(data.get("not_apposition", "(?!)"))  # ", but also Y,": a second subject
        self._coordination = CaselessPattern(data.get("coordination_before", "(?!)"))  # "… and acknowledged"
        self.subjects = SubjectReader(data)
        self._passive_before = re.compile(data["passive_before"], re.I) if data.get("passive_before") else None
        suffix = data.get("participle_suffix")  # "…, adding": "ing"
        self._participle = tuple(suffix.split("|")) if suffix else ()
        words = data.get("window_end_words", "(?!)")
        self._window_end = CaselessPattern(rf"[.;:“\"«]|\b(?:{words})\b")
        self._toll_ref = CaselessRegex(data.get("toll_reference", "(?!)"))
        # "claimed by JNIM, which said …": a relative pronoun as the subject stands for the phrase before its comma
        # "Kinos Katuho, président de la société civile": a role after a name, no article (French); its source label
        self._apposed_role = re.compile(data["apposed_role"], re.I) if data.get("apposed_role") else None
        self._relative = CaselessRegex(rf"\s*(?:{alternation(data.get('relative_subjects', []))})\s*"
                                       ) if data.get("relative_subjects") else None

    def speaker_end(self, text: str, start: int, end: int) -> int:
        """Where a speaker's phrase ``text[start:end]`` ends: before a clause that names whom it fights or fled
        ('a farmer who fled the paramilitaries')."""
        cut = self._opposing.search(text, start, end) if self._opposing is not None else None
        return cut.start() if cut and cut.start() > start else end

    def party(self, name: str) -> bool:
        """Is a claimant an actor, not a source label ('the source' may stand for 'a security source')?"""
        return name not in self.labels and name != vocab.SECURITY_SOURCES

    def speaks_after_quote(self, text: str) -> bool:
        """Does a reporting verb follow a closing quote in this sentence ('“…,” said X', '« … », a-t-il dit')? A
        whole quote right after such a sentence goes on with that speaker's words."""
        close = max(text.rfind(c) for c in "”\"»")
        return close >= 0 and self._verbs_c.search(text[close:], caseless(text[close:])) is not None

    def speaks(self, text: str) -> bool:
        """Does this text start with an attribution verb ('… said', '… a déclaré')?"""
        head = text[:40]
        m = self._verbs_c.search(head, caseless(head))
        return bool(m and not text[:m.start()].strip(" ,"))

    def _end(self, text: str, pos: int, folded: str | None) -> int:
        rx, searched = self._window_end.on(text, folded)
        m = rx.search(searched, pos)
        return min(m.start() if m else len(text), pos + 140)

    def not_apposition(self, words: str) -> bool:
        """Do the words after a comma open an aside ('qui …', 'proche de la junte'), not whom a speaker speaks for?"""
        return self._not_apposition.match(words) is not None

    def spokesman(self, text: str) -> bool:
        """Does the phrase name a spokesman, commander or member of something ('a spokesman for')?"""
        return bool(self._spokes.search(text))

    def pronoun(self, text: str) -> re.Match | None:
        """The first pronoun or stand-in ('it', 'the group', 'the ministry') in a phrase."""
        return self._pronouns.search(text)

    @property
    def speaker_pronouns(self) -> set[str]:
        return self._speaker_pronouns

    def is_verb(self, text: str, pos: int) -> re.Match | None:
        """An attribution verb starting at ``pos`` ('said', 'a déclaré')."""
        return self._verbs.match(text, pos)

    def verbs_in(self, text: str, folded: str | None = None):
        """Every attribution verb of a text, in order. Found on the caseless copy (several times faster; ``folded``
        when the caller has it), each matched again where it starts, so that its words are the text's."""
        match = self._verbs.match
        for m in self._verb_matches(text, caseless(text) if folded is None else folded):
            yield match(text, m.start())

    def verb_spans(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        """Where ``verbs_in`` finds its verbs (faster: on the caseless copy ``folded`` when the caller has it)."""
        return [m.span() for m in self._verb_matches(text, caseless(text) if folded is None else folded)]

    def _verb_matches(self, text: str, folded: str | None) -> list[re.Match]:
        """The attribution verbs of a sentence, found once: the structure's frames, the speakers and an event's
        sources ask for the same sentence's verbs. Remembered by the identity of the sentence's copy (a copy made
        again is searched again), a few thousand at most."""
        if folded is None:
            return [m for m in self._verbs_c.finditer(text, folded) if not self._passive(text, m)]
        seen = self._verbs_seen.get(id(folded))
        if seen is not None and seen[0] is folded and seen[1] is text:
            return seen[2]
        found = [m for m in self._verbs_c.finditer(text, folded) if not self._passive(text, m)]
        if len(self._verbs_seen) >= 4096:  # a long-running server: stay small
            self._verbs_seen.clear()
        self._verbs_seen[id(folded)] = (folded, text, found)
        return found

    def _passive(self, text: str, m: re.Match) -> bool:
        """'19 wounded soldiers had been admitted', 'were reported killed': a passive verb has no speaker ('was
        speaking to reporters' is no passive)."""
        if self._passive_before is None or m.group().split()[0].lower().endswith(self._participle or ("\0",)):
            return False
        return self._passive_before.search(text, max(0, m.start() - 30), m.start()) is not None

    def earlier_verb(self, text: str, pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The reporting verb a verb at ``pos`` is coordinated with ('X confirmed the attack but said …'): the
        last one before it in the same clause, when 'and', 'but' or 'then' stands just before this one, or when it
        is a participle after a comma ('X told reporters, adding that …')."""
        end = next((b for a, b in spans if a == pos), pos)
        participle = bool(self._participle) and text[pos:end].lower().endswith(self._participle) and \
            text[:pos].rstrip().endswith(",")
        cm = None if participle else self._conjunction_before(text, pos)
        if not participle and (cm is None or self._new_subject(text[cm:pos])):
            return None
        stop = clause_mark(text, pos)
        earlier = [(a, b) for a, b in spans if b <= pos and a > stop and pos - b < 150]
        return earlier[-1] if earlier else None

    def _conjunction_before(self, text: str, pos: int) -> int | None:
        """Where 'and', 'but' or 'then' (and one word at most) stands right before ``pos``, else None (read on the
        last words only: the pattern is anchored at the end)."""
        lo = max(0, pos - 40)
        window = text[lo:pos]
        cm = self._coordination.search(window, caseless(window))  # the copy: IGNORECASE is several times slower
        return lo + cm.start() if cm else None

    def _new_subject(self, coordination: str) -> bool:
        """'… but residents said', '… and Police said': the word after the conjunction is a subject of its own (a
        name, a source label or a pronoun), not an adverb of the first subject's verb ('and later said')."""
        words = coordination.split()
        if len(words) < 2:
            return False
        last = words[-1]
        return last[:1].isupper() or bool(self._pronouns.fullmatch(last)) or any(
            rx.search(last) for _, rx in self.sources)

    def subject_window(self, text: str, pos: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
        """Where the subject of the reporting verb at ``pos`` lies: the words before it back to the clause's
        start; for a verb coordinated with an earlier one, that verb's subject ('X blamed Y … and said')."""
        earlier = self.earlier_verb(text, pos, spans)
        if earlier is not None:
            return self.subject_window(text, earlier[0], spans)
        start = max(self.subjects.window_start(text, pos), self.own_subject(text, pos))
        return self.antecedent(text, start, pos) or (start, pos)

    def own_subject(self, text: str, pos: int) -> int:
        """'… and witnesses said': where the subject of the verb at ``pos`` starts when a conjunction opens a new
        subject just before it (after the conjunction), else -1."""
        cm = self._conjunction_before(text, pos)
        if cm is not None and self._new_subject(text[cm:pos]):
            return cm + len(text[cm:pos].split()[0])
        return -1

    def names_toll(self, text: str) -> bool:
        """Does the sentence name a toll ('le bilan', 'the toll') at all? (most do not: one scan)"""
        return self._toll_ref.search(text) is not None

    def opens_with_toll(self, text: str) -> bool:
        """Does the sentence open on the toll itself ('Le bilan provisoire fait aussi état de 13 blessés')?"""
        lead = len(text) - len(text.lstrip())
        return self._toll_ref.match(text, lead) is not None

    def toll_subject(self, text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
        """Is the subject of the verb at ``pos`` the toll itself ('Le bilan fait état de 12 morts, selon X')? Then
        the verb names no speaker."""
        start, end = self.subject_window(text, pos, spans)
        return bool(self._toll_ref.fullmatch(text[start:end].strip(" ,")))

    def antecedent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """'…, which said': when the subject window ``text[start:end]`` is a relative pronoun alone, the phrase
        it stands for (back from the comma before it to the clause's start), else None."""
        if self._relative is None or not self._relative.fullmatch(text, start, end):
            return None
        comma = text.rfind(",", 0, start + 1)
        if comma < 0 or text[comma + 1:start].strip():
            return None
        return self.subjects.window_start(text, comma), comma

    def unverified(self, text: str, folded: str | None = None) -> bool:
        """``folded``: the ``caseless`` copy of ``text``, when the caller has it (as for every method below)."""
        return bool(self._unverified.search(text, caseless(text) if folded is None else folded))

    def figures_unverified(self, text: str, folded: str | None = None) -> bool:
        """'All the figures of the statement could not be confirmed': about a party's numbers, not one."""
        return self.unverified(text, folded) and bool(self._figures.search(text))

    def act_claim(self, verb: str) -> bool:
        """Does a speaker's verb name who claimed the act ('revendiquée par') rather than who reports?"""
        return bool(verb) and self._act_claim.fullmatch(verb.strip()) is not None

    def denial(self, text: str, folded: str | None = None) -> bool:
        return bool(self._denial.search(text, caseless(text) if folded is None else folded))

    def opening_preposition(self, text: str, folded: str | None = None) -> tuple[int, int] | None:
        """The words after a preposition that opens the sentence ('Selon l'officier, …'), up to its comma."""
        m = self._preps.search(text[:12], (caseless(text) if folded is None else folded)[:12])
        if m is None or text[:m.start()].strip():
            return None
        comma = text.find(",", m.end())
        return (m.end(), comma) if comma != -1 and comma - m.end() <= 80 else None

    def speakers(self, text: str, actors: list[ActorMention], memory: SpeakerMemory,
                 folded: str | None = None) -> list[Speaker]:
        """Every attribution in a sentence, in text order. Words are read from ``text`` by offset: the matches
        may be on the caseless copy."""
        if folded is None:
            folded = caseless(text)
        out: list[Speaker] = []
        spans: list[tuple[int, int]] | None = None  # the sentence's verbs, found when a coordination asks
        joined = None  # two speakers of one verb possible at all: asked once, when a verb needs a subject
        for m in self._preps.finditer(text, folded):
            comma = text.find(",", m.end())
            window_end = min(self._end(text, m.end(), folded), comma if comma != -1 else len(text))
            shut = text.find(")", m.end(), window_end)  # "(GSIM, ou JNIM selon l'acronyme arabe) affirme": the
            if shut != -1 and text.find("(", m.end(), shut) == -1:  # aside's parenthesis closes the phrase
                window_end = shut
            if comma != -1 and self._aside_source.match(text[m.start():m.end()]) and text[:m.start()].rstrip(
                    ).endswith(",") and self._verbs.match(text[comma + 1:].lstrip()):
                continue  # "HRW, citing witnesses, said …": the witnesses are HRW's sources; HRW speaks
            sp = self._first_joint(text, m.end(), window_end, actors, memory, text[m.start():m.end()], folded) \
                or self._resolve(text, m.end(), window_end, actors, memory, text[m.start():m.end()], prefer="first",
                                 folded=folded)
            if sp:
                out.append(sp)
        for m in self._verb_matches(text, folded):
            verb = text[m.start():m.end()]
            before = text[:m.start()]
            participle = verb.lower().endswith(self._participle)
            cm = self._coordination.search(before, folded[:m.start()] if folded is not None else None)
            own_subject = -1
            if cm and self._new_subject(before[cm.start():]):
                # "… and witnesses said": the word after the conjunction is a new subject, no adverb
                own_subject, cm = cm.start() + len(before[cm.start():].split()[0]), None
            coordinated = cm or (participle and re.search(r",\s*$", before))
            if out and coordinated:
                prev = out[-1]  # "X said … and acknowledged …", "X blamed …, giving a toll of": the same speaker
                out.append(Speaker(prev.name, prev.is_actor, prev.start, prev.end, verb, verb_end=m.end()))
                continue
            if coordinated and spans is None:
                spans = self.verb_spans(text, folded)
            if coordinated and self.earlier_verb(text, m.start(), spans) is not None:
                # "X blamed the White Army for the attack and said …": the subject of the first verb, which the
                # words here could not name (the role resolver may); never the first verb's object
                continue
            same = self._same_source.match(text[m.end():m.end() + 30].lstrip(" ,"))
            if same and memory.last_speaker:  # "…, a-t-on indiqué de même source"
                start = m.end() + text[m.end():].find(same.group())
                last = memory.last_speaker
                out.append(Speaker(last, self.party(last), start, start + len(same.group()), verb))
                continue
            clitic = self._clitic.search(text, m.start(), m.end() + 9) \
                if self._clitic and not self._quote_close.search(before) else None  # a quote: read below
            if clitic and (clitic.start() < m.end() or not text[m.end():clitic.start()].strip()):
                earlier = [s for s in out if s.start < clitic.start()]  # "Selon l'officier, « … », a-t-il dit"
                target = earlier[-1].name if earlier else memory.pronoun(fold(clitic.group("p")),
                                                                          self._speaker_pronouns)
                if target:
                    out.append(Speaker(target, self.party(target), clitic.start("p"), clitic.end("p"), verb))
                    continue
            inverted = self._quote_close.search(before) or self._impersonal.search(verb) or (
                before.rstrip().endswith(",") and self._inverted_subject.match(text[m.end():])
                and not self._addressee.fullmatch(verb) and not self.subjects.before_verb(before, self._not_apposition))
            if inverted:  # "…,” said Ramadan, a spokesman for …" / "…, said the army"
                end = self.comma_cut(text, m.end(), self._end(text, m.end(), folded))
                sp = self._first_joint(text, m.end(), end, actors, memory, verb, folded) \
                    or self._resolve(text, m.end(), end, actors, memory, verb, "first", folded=folded)
            else:
                ws = max(self.subjects.window_start(text, m.start()), own_subject)
                narrow = apposition_start(text, m.start(), ws)
                sp = None
                ante = self.antecedent(text, ws, m.start())
                if ante is not None:  # "…, which said": the phrase before the comma, its last actor
                    ws, narrow = ante[0], None
                    sp = self._resolve(text, ws, ante[1], actors, memory, verb, prefer="last", folded=folded)
                if narrow is not None and self._not_apposition.match(text[narrow:m.start()]):
                    # "X, who asked not to be named, told", "X, but also Y, said": the subject is X, before it
                    comma = narrow - 1
                    head = max(ws, text.rfind(",", ws, comma) + 1)
                    sp = self._resolve(text, head, comma, actors, memory, verb, prefer="last", folded=folded,
                                       weak=False)
                    narrow = None
                if narrow is not None:
                    sp = self._resolve(text, narrow, m.start(), actors, memory, verb, prefer="last", folded=folded,
                                       weak=False)
                sp = sp or self._resolve(text, ws, m.start(), actors, memory, verb, prefer="last", folded=folded)
                if sp is not None and narrow is not None:
                    sp.apposition = (narrow, m.start())
                if joined is None:
                    joined = self.subjects.joined(text)
                if joined:
                    sp = self._joint_speaker(text, m.start(), actors, memory, verb, folded) or sp
                if sp is None and ws > 0 and (participle or cm):
                    # "Ramadan, the spokesman for the separatists, …, acknowledging …", "The RSF attacked army
                    # positions near Bara, …, on Monday, and said …": the sentence's subject
                    first = next((a for a in actors if a.start < m.start()), None)
                    subject_end = text.find(",", 0, m.start())
                    if subject_end > 0 and (first is None or first.start < subject_end + 60):
                        sp = self._resolve(text, 0, min(m.start(), subject_end + 60), actors, memory, verb,
                                           prefer="first", folded=folded)
                    elif subject_end < 0 and cm and first is not None and first.name and not first.generic \
                            and len(text[:first.start].split()) <= 1:
                        # "The RSF described its withdrawal as 'tactical' and said …": no comma, the named body
                        # that opens the sentence
                        sp = self._resolve(text, first.start, first.end, actors, memory, verb, prefer="first",
                                           folded=folded)
            if sp:
                out.append(sp)
        out.sort(key=lambda s: s.start)
        return out

    def comma_cut(self, text: str, pos: int, end: int) -> int:
        """Where a speaker after its verb ends (``end`` at most): at the first comma, unless an apposition follows
        it ('said Ramadan, a spokesman for …'); '…, a annoncé le gouvernement, dans le bilan le plus lourd
        enregistré par l'armée' is not the army's word."""
        comma = text.find(",", pos, end)
        if comma == -1 or not text[pos:comma].strip():  # "…», a-t-il affirmé, ajoutant …": no words to cut
            return end
        after = text[comma + 1:end].lstrip()
        if self.subjects.opens_apposition(after) or self._spokes.match(after):
            return end
        return comma

    def _first_joint(self, text, start, end, actors, memory, verb, folded) -> Speaker | None:
        """'selon des élus locaux et un responsable rebelle', '…, ont indiqué des habitants et une source militaire':
        two sources joined after the verb; the guide names the first (None: no such pair, or the first names none)."""
        joint = self.subjects.joint_first(text, start, end) if self.subjects.joined(text[start:end]) else None
        return self._resolve(text, *joint, actors, memory, verb, "first", folded=folded) if joint else None

    def _joint_speaker(self, text, pos, actors, memory, verb, folded) -> Speaker | None:
        """The first of two joined speakers of the verb at ``pos``, when it is a speaker phrase that ends at the
        'and' ('the army attacked the village and residents said' is a clause, not a speaker)."""
        joint = self.subjects.joint_first(text, self.subjects.window_start(text, pos), pos)
        if joint is None:
            return None
        sp = self._resolve(text, *joint, actors, memory, verb, prefer="last", folded=folded)
        # the speaker is the whole first phrase: at most two words (a determiner, an adjective) before it
        return sp if sp is not None and not text[sp.end:joint[1]].strip(" ,") \
            and len(text[joint[0]:sp.start].split()) <= 2 else None

    def _resolve(self, text, start, end, actors, memory, verb, prefer, folded: str | None = None,
                 weak: bool = True) -> Speaker | None:
        """The speaker of ``text[start:end]`` (see :func:`.phrase_speakers.phrase_speaker`)."""
        return phrase_speaker(self, text, start, end, actors, memory, verb, prefer, folded, weak)
