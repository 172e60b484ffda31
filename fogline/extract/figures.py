"""Counted figures in a sentence: a quantity, the noun it counts and the verb that says what happened.

The result (``RawClaim``) says what is counted and what kind of party it counts (the noun classes and the
verbs' kinds are in ``counted.py``); ``claims.py`` adds who says it and how sure, ``tolls.py`` names whose
toll it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..vocab import ABDUCTED, CAPTURED, HARM, KILLED, OTHER_WHAT, VEHICLE_WHATS, WOUNDED
from .counted import CountedNouns, Of, RawClaim, next_words, without_breakdown
from .figure_windows import apposed_number, described, matches, parenthetical
from .numbers import Quantity
from .parties import ActorMention
from .scan import caseless
from .singles import SingleReader
from .speaker_counts import SpeakerCounts
from .text import CaselessPattern, CaselessRegex, alternation, words_regex


class FigureReader:
    """Finds counted figures: a quantity, the noun it counts and the verb that says what happened."""

    def __init__(self, claims: dict, attribution: dict):
        self.nouns = CountedNouns(claims)
        verbs = words_regex([v for rule in claims.get("what", []) for v in rule["verbs"]])
        self._verb_c = CaselessPattern(verbs.pattern)  # on a sentence's caseless copy (``find``)
        self._own_verbs = words_regex(claims.get("own_loss_verbs", []))
        # what may stand between a subject and its verb ('its fighters had killed'): their own men killed, not died
        self._subject_gap = re.compile(claims.get("subject_gap", r"\s+"), re.I)
        self._aux_end = re.compile(rf"(?:{claims.get('subject_gap', r'(?!)')})$", re.I)
        # "its troops pursued the assailants and killed five of them": the owner's men did one thing, then killed
        self._then_verb = re.compile(rf"\s+(?:[\w'’-]+\s+){{1,8}}?(?:{claims.get('coordination', '(?!)')})"
                                     rf"(?:{claims.get('subject_gap', r'(?!)')})", re.I)
        self._own_side = CaselessRegex(claims.get("own_side_before", "(?!)"))
        self._enemy_side = CaselessRegex(claims.get("enemy_side_before", "(?!)"))
        self._not_count = CaselessRegex(rf"^\W{{0,2}}(?:{alternation(claims.get('not_a_count', []))})(?![\w])")
        # "riding 100 motorcycles, stormed the village, setting homes ablaze", "… et incendié des maisons": a verb
        # right next to another thing counts that thing, not the figure before it
        self._thing_before = CaselessRegex(rf"(?<![\w-])(?:{alternation(claims.get('not_a_count', []))})\s+$")
        # "a fait 14 victimes": nouns that, after a figure no verb counts, are a death toll (not 'plusieurs victimes')
        self._toll_noun = re.compile(rf"\s+({claims['toll_nouns']})(?![\w-])", re.I) if claims.get("toll_nouns") \
            else re.compile("(?!)")
        self._wounded_then = CaselessRegex(claims.get("wounded_then", "(?!)"))
        self._same_victims = CaselessRegex(claims.get("same_victims", "(?!)"))
        self.joined = re.compile(rf"\b(?:{claims.get('coordination', '(?!)')})\s+$", re.I)  # "my brother and 11"
        coord = claims.get("coordination", "(?!)")
        self._shared = CaselessRegex(rf"[\w\s'’«»\"-]*\s(?:{coord})\s*")
        self._coord_tail = CaselessRegex(rf"\s(?:{coord})\s+(?:\S+\s+)?$")  # "… et incendié": a verb of its own
        self._comma_or_coord = re.compile(rf",|\s(?:{coord})\s")
        self._comma_coord = CaselessRegex(rf",\s*(?:{coord})\s")
        self._coordinated = CaselessRegex(rf"[\w\s«»\"”“’'-]{{0,30}}?(?:\s(?:{coord})|,)\s*")
        self._subset = words_regex(claims.get("subset_words", []))
        self._subset_after = CaselessRegex(claims.get("subset_after", "(?!)"))
        self._part_of_toll = CaselessRegex(claims.get("part_of_toll", "(?!)"))
        self._part_of_toll_before = CaselessRegex(claims.get("part_of_toll_before", "(?!)"))
        self._relative_part = CaselessRegex(claims.get("relative_part", "(?!)"))
        self._media = CaselessRegex(claims.get("media_context", "(?!)"))
        self._lumped = CaselessRegex(claims.get("lumped", "(?!)"))
        self._lumped_before = CaselessRegex(claims.get("lumped_before", "(?!)"))
        # "rescued 17 hostages", "cinq otages ont été libérés": people freed, not a count of the abducted
        self._freed_before = CaselessRegex(claims.get("freed_before", "(?!)"))
        self._freed_after = CaselessRegex(claims.get("freed_after", "(?!)"))
        self._clause_break = CaselessRegex(claims.get("clause_break", ";"))
        self._partitive = CaselessRegex(claims.get("partitive", "(?!)"))
        # "the farmer was one of nine people killed": after a copula, the whole of the partitive is the toll
        self._copula_before = re.compile(rf"\b(?:{claims.get('copula_before', '(?!)')})\s+$", re.I)
        stop = claims.get("single_gap_stop", "(?!)")
        self._single_gap_stop = re.compile(rf"[.;:!?“”\"«»]|(?<![\w-])(?:{stop})(?![\w-])", re.I)
        self._clause_opener = re.compile(rf"(?<![\w-])(?:{stop})(?![\w-])", re.I)  # 'when', 'who', 'said'…
        # one person counted by an article or a definite role noun ('a soldier was killed', 'the base commander')
        self.speakers = SpeakerCounts(claims, attribution, self.nouns, self._single_gap_stop)
        self._said_any = self.speakers.said_any
        self.singles = SingleReader(claims, self.nouns, self._said_any, self._partitive, self._single_gap_stop)
        # "killed the 12", "rose to 30": words between a verb and its number
        self._verb_to_number = re.compile(rf"[\s\"“”'‘’«»]*(?:{alternation(claims.get('verb_to_number', []))})?"
                                          rf"[\s\"“”'‘’«»]*", re.I)  # "tué « 41 militaires »"
        # a comma and one of these ends the phrase a number counts: "12 soldiers, said the army"
        # "Les assaillants, au nombre de sept, ont été tués": the counted noun set before the number by a comma
        self._described = re.compile(claims["described_after"], re.I) if claims.get("described_after") else None
        self._apposed = re.compile(rf"(?P<noun>(?:[\w'’-]+\s+){{0,2}}[\w'’-]+)\s*,\s*"
                                   rf"(?:{claims.get('apposed_count_lead', '')})?$", re.I) \
            if claims.get("apposed_count_lead") else None
        # "16 militants had been killed and 104 passengers rescued": a figure after a passive verb and 'and' whose
        # noun has a participle of its own is that participle's, not the verb's before
        # "six (internally) displaced persons were killed": a participle right after the number, before its noun
        self._attributive = re.compile(claims["attributive_participle"]) if claims.get("attributive_participle") \
            else None
        self._elided = re.compile(claims["elided_passive"], re.I) if claims.get("elided_passive") else None
        self._clause_end = re.compile(rf"[.;:!?]|,\s+(?:{alternation(claims.get('clause_end_words', []))})\b")

    def counts_verb(self, text: str) -> bool:
        """Does the text have a verb that counts ('killed', 'wounded', 'seized')?"""
        return bool(self._verb_c.search(text, caseless(text)))  # IGNORECASE is several times slower

    def find(self, text: str, quantities: list[Quantity], actors: list[ActorMention],
             blocked: list[tuple[int, int]], folded: str | None = None) -> list[RawClaim]:
        """The figures of ``text`` (``folded``: its ``caseless`` copy, when the caller has it)."""
        folded = caseless(text) if folded is None else folded
        verbs = [(m.start(), m.end(), text[m.start():m.end()])  # the verb as written: the match may be on the copy
                 for m in self._verb_c.finditer(text, folded)]
        out: list[RawClaim] = []
        if verbs:
            quantities = self.singles.with_definite(text, folded, quantities, verbs)
        quantities = self._drop_partitive_totals(text, quantities)
        # "le bilan, initialement de 12 morts, s'élève à 20": a number inside a toll verb's words is no figure
        spans = [v for v in verbs if v[1] - v[0] > 16]  # only a toll phrase ("le bilan grimpe de 12 à") is that long
        if spans:
            quantities = [q for q in quantities if not any(v[0] < q.start and q.end < v[1] for v in spans)]
        qs = [q for q in quantities if not any(a <= q.start < b or q.start <= a < q.end for a, b in blocked)
              and not matches(self._not_count, text, folded, q.end, q.end + 40)
              and not (q.exact_word and not self.singles.counts_one(text, q, verbs))
              and not self.speakers.personal_loss(text, q, folded) and not self.speakers.counted(text, q, verbs, folded)
              and not (text[q.start:q.start + 1].isdigit() and self.nouns.names_a_number(text, q, next_words))]
        # "More than eight people, including three children, were killed": a part set off between commas right
        # after a figure does not end that figure's phrase; the verb after the part still counts the whole
        part = [i > 0 and self._part_of_previous(text, qs[i - 1], q) for i, q in enumerate(qs)]
        for i in range(2, len(qs)):  # "26 people, among them 18 civilians and eight soldiers,": the list's parts
            part[i] = part[i] or (part[i - 1] and self._coordinated.fullmatch(text, qs[i - 1].end, qs[i].start)
                                  is not None)
        for i, q in enumerate(qs):
            prev_end = qs[i - 1].end if i else 0
            k = i + 1
            while k < len(qs) and part[k]:
                k += 1
            next_start = qs[k].start if k < len(qs) else len(text)
            if out and self._extends_list(text, out[-1], q, verbs):
                continue
            if self._media.search(text[max(0, q.start - 60):q.start]):
                continue  # "videos of numerous corpses": what footage shows is not a count
            relative = out and self._relative_part.search(text, max(0, q.start - 20), q.start)
            if out and not relative and (self._subset_after.match(text[q.end:q.end + 30])
                                         or part[i] or self._subset_before(text, q)):
                continue  # "21 people, seven of them children", "wounded, including three children": a part
            if self._part_of_toll.match(text[q.end:q.end + 60]) \
                    or self._part_of_toll_before.search(text, max(0, q.start - 50), q.start):
                continue  # "Five of the victims were beheaded", "Among the dead were two officers": a part
            claim = self._one(text, q, verbs, actors, prev_end, next_start)
            if claim is None and out and self._coordinated.fullmatch(text[out[-1].noun_end:q.start]):
                # "tué 50 « mercenaires » et 10 soldats maliens": the verb of the first figure counts both
                claim = self._one(text, q, verbs, actors, out[-1].start, next_start, reach=q.start - out[-1].start,
                                  same_verb=True)
            if relative and claim is None and out[-1].at < q.start < out[-1].end:
                # "80 drones, of which 50 were shot down": the part, its noun elided, is what the whole's verb counts
                claim = replace(out.pop(), start=q.start, low=q.low, high=q.high, vague=q.vague, at=q.start)
            if relative and claim is not None and claim.start < q.start:
                continue  # "neuf morts, dont deux enfants": a part told with the whole's verb
            if claim and relative:  # "440 drones, of which 407 were shot down": the part is what the verb counts
                out = [c for c in out if c.end != claim.end]
            if claim and claim.noun is None and out and out[-1].noun in ("vehicle", "aircraft") \
                    and self._coordinated.fullmatch(text, out[-1].noun_end, q.start):
                claim = self._same_things(text, claim, out[-1], q, verbs)
            if claim:
                out.append(claim)
        return without_breakdown(text, out) if len(out) > 2 else out

    def _same_things(self, text: str, claim: RawClaim, prev: RawClaim, q: Quantity, verbs) -> RawClaim:
        """'five tanks were destroyed and three captured': a figure whose noun is elided after one of vehicles or
        aircraft counts the same things, its verb read with their noun (tanks captured are vehicles seized)."""
        verb = next((v for v in verbs if claim.start <= v[0] and v[1] <= claim.end and not q.start <= v[0] < q.end),
                    None)
        what = self.nouns.what(verb[2], prev.noun) if verb else None
        return replace(claim, what=what, noun=prev.noun, of_actor=prev.of_actor, of_kind=prev.of_kind,
                       of_country=prev.of_country) if what else claim

    def counted_after(self, text: str, pos: int) -> bool:
        """Does a counted noun (people, vehicles, aircraft) follow the number that ends at ``pos`` ('lundi 25
        élèves')?"""
        if not (text[pos - 1:pos].isdigit() and re.match(r"\s+\w", text[pos:pos + 2])):
            return False
        word = next_words(text, pos, 1)  # "a fait lundi 17 morts": a toll word counts as a counted noun does
        return self.nouns.noun_class(word) is not None or self.counts_verb(word)

    def _part_of_previous(self, text: str, prev: Quantity, q: Quantity) -> bool:
        """'eight people, including three children,': ``q`` is a part named right after ``prev``'s noun."""
        comma = text.rfind(",", prev.end, q.start)
        cut = prev.end if comma == -1 else comma  # "At least 30 people including 12 soldiers were killed"
        return self._subset_before(text, q) and re.fullmatch(r"[^,.;]{0,40}", text[prev.end:cut]) is not None

    def _subset_before(self, text: str, q: Quantity) -> bool:
        last = list(self._subset.finditer(text, max(0, q.start - 25), q.start))
        # "18 morts, dont six enfants, et une vingtaine de blessés": a comma and 'and' close the part
        return bool(last) and not re.search(r"[.;]", text[last[-1].end():q.start]) \
            and not self._comma_coord.search(text, last[-1].end(), q.start)

    def _extends_list(self, text: str, prev: RawClaim, q: Quantity, verbs) -> bool:
        """'12 trucks, tankers, one pickup and one armoured vehicle' is one figure: at least 14 ('several pickups
        and about 30 motorcycles' are two: a vague word counts nothing to add to)."""
        if prev.what not in VEHICLE_WHATS or prev.low is None or q.low is None or prev.vague or q.vague:
            return False  # "plusieurs pick-up et une trentaine de motos": a vague count adds to no other
        gap = text[prev.noun_end:q.start]
        if len(gap) > 80 or any(prev.noun_end <= v[0] < q.start for v in verbs) or re.search(r"[.;:]", gap) \
                or self._subset.search(gap):  # "15 vehicles, including one armoured car": a part, not more
            return False
        noun = self.nouns.vehicle.search(text[q.end:q.end + 40])
        if not noun or not re.match(r"^[\s\w-]*$", text[q.end:q.end + noun.start()]):
            return False
        prev.low += q.low
        more = prev.high is None or q.high is None or self.nouns.vehicle.search(gap)
        prev.high = None if more else prev.high + q.high
        prev.end = max(prev.end, q.end + noun.end())
        prev.noun_end = q.end + noun.end()
        return True

    def _thing_after(self, tail: str) -> bool:
        """Do a verb's next words (after at most one short determiner) name a thing no figure counts ('incendié
        des maisons')?"""
        det = re.match(r"\W*\w{1,4}\s+", tail)
        return bool(self._not_count.match(tail) or (det and self._not_count.match(tail[det.end():])))

    def _one(self, text, q, verbs, actors, prev_end, next_start, reach: int = 40,
             same_verb: bool = False) -> RawClaim | None:
        """The claim of figure ``q``; ``same_verb``: the verb of the figure before counts it too ('la mort de 11
        rebelles ainsi que de 2 soldats')."""
        before = [v for v in verbs if prev_end <= v[0] and v[1] <= q.start and q.start - v[1] <= reach]
        shared = self._shared.fullmatch(text[q.end:next_start]) is not None
        limit = len(text) if shared else max(next_start, q.end)  # "50 Russians and 10 soldiers were killed"
        after = [v for v in verbs if v[0] >= q.end and v[1] <= limit and v[0] - q.end <= 110]
        if len(after) > 1 and self._attributive is not None and self._attributive.fullmatch(
                text, q.end, after[0][1]) and self.nouns.noun_class(next_words(text, after[0][1], 1)) in _PEOPLE \
                and self.nouns.what(after[1][2], None) in (KILLED, WOUNDED):
            after = after[1:]  # "six displaced people were killed": the first participle is an adjective
        if after and "," in text[q.end:after[0][0]] and self.nouns.noun_class(text[q.end:q.end + 30]) == "vehicle":
            after = [v for v in after if not (self._thing_before.search(text, max(q.end, v[0] - 40), v[0])
                                              or self._thing_after(text[v[1]:v[1] + 40]))]
        # "“… 17 people this morning,” said a farmer who fled": a verb past a reporting verb is the speaker's
        # ("eight confirmed deaths": a participle right before the counting word is no reporting verb)
        after = [v for v in after if not self._clause_break.search(text[q.end:v[0]])
                 and not any(text[m.end():v[0]].strip() and not parenthetical(text, q.end, m)
                             and not self.speakers.spoken.passive(text, q.end, m.start())
                             for m in self._said_any.finditer(text, q.end, v[0]))]
        if after and after[0][1] <= next_start < len(text) and self._verb_to_number.fullmatch(
                text, after[0][1], next_start) and (self.nouns.fighters(text, q.end, after[0][0], actors)
                                                    or apposed_number(text, q, after[0][0])):
            # "Hundreds of gunmen stormed the base, killing 20 soldiers": a verb right before the next figure
            # counts that figure; the first is the attackers' number, no toll
            after = []
        verb, toll = None, None
        if before and self._verb_to_number.fullmatch(text[before[-1][1]:q.start]):
            verb, side = before[-1], "before"
        elif after:
            verb, side = after[0], "after"
        elif before and (same_verb or not self._clause_opener.search(text, before[-1][1], q.start)):
            # "29 soldiers were killed when hundreds of jihadists attacked": not past 'when' into another clause
            verb, side = before[-1], "before"
            elided = self._elided.match(text[max(0, verb[0] - 20):q.start] + "\0" + text[q.end:q.end + 40]) \
                if self._elided is not None else None
            if elided and not self.counts_verb(elided.group("p")):
                return None
        elif not q.vague and (toll := self._toll_noun.match(text, q.end)):
            verb, side = (toll.start(1), toll.end(1), toll.group(1)), "after"  # "faisant 14 victimes": a death toll
        else:
            return None
        comma = text.find(",", q.end)
        opener = self._clause_opener.search(text, q.end, q.end + 45)  # "lost 20 men when JNIM fighters attacked"
        np_end = verb[0] if side == "after" else min(next_start, self._end_of_clause(text, q.end), q.end + 45,
                                                     comma if comma != -1 else len(text),
                                                     self._next_verb(text, q, verbs),
                                                     opener.start() if opener else len(text))
        np, tail, np_at = text[q.end:np_end], verb[1] if side == "after" else None, q.end
        if side == "before":  # "the bodies of 14 people killed by RSF fighters": past the harm verb is the agent
            cut = next((v for v in verbs if q.end < v[0] and v[1] <= np_end
                        and self.nouns.what(v[2], None) in HARM), None)
            if cut is not None and not text[q.end:cut[0]].strip():  # "le bilan s'est alourdi à 14 morts parmi les
                np, tail = self.nouns.after_toll(text, cut[1], np_end), cut[1]  # soldats": the toll word's own side
                np_at = cut[1]
            elif cut is not None:
                np = np[:cut[0] - q.end]
        part = self._subset.search(np)
        if part:  # "12 people including a police officer were killed": the part names neither class nor owner
            np = np[:part.start()]
        noun = self.nouns.noun_class(np)
        if noun is None and side == "after" and verb[0] - q.end < 6:  # "quinze corps de soldats": the soldiers'
            noun = self.nouns.remains_class(text, verb[0])
            np = text[verb[0]:min(verb[1] + 40, len(text))] if noun else np
        if noun is None and side == "after" and verb[0] - q.end < 3 and re.match(r"\s+\w", text[verb[1]:]):
            stop = text.find(",", verb[1])  # "34 morts à Tahoua, au Niger, selon le gouvernement": not past a comma
            np = self.nouns.after_toll(text, verb[1], min(next_start, verb[1] + 40, stop if stop != -1 else len(
                text), self._end_of_clause(text, verb[1])))  # "nine burned trucks": the noun follows
            noun = self.nouns.noun_class(np)
        if noun is None and q.exact_word and side == "after" and verb[0] - q.end < 3 and self.singles.one_toll(text, q):
            noun = "generic"  # "un mort et deux blessés": the toll word counts the one person
        if noun in (None, "generic") and side == "before":  # "killing 20 people, all of them soldiers"
            noun, np = described(text, np_end, self._described, self.nouns.noun_class, noun, np)
        apposed = None
        if noun is None and not q.exact_word and self._apposed is not None:
            apposed = self._apposed.search(text, max(0, q.start - 50), q.start)
            noun = self.nouns.noun_class(apposed.group("noun")) if apposed else None
            apposed = apposed if noun else None
        if q.low is not None and q.exact_word and not (noun and re.match(r"^\W*(?:\S+\s+){0,3}?\S*", np)):
            return None
        if noun is None and side == "after" and q.exact_word:
            return None
        what = KILLED if toll else self.nouns.what(verb[2], noun)
        if what == WOUNDED and side == "after":  # "a civilian wounded in the attack later died": one of the dead
            later = next((v for v in after if v[0] > verb[1] and self._wounded_then.match(text[verb[1]:v[0]])), None)
            if later and self.nouns.what(later[2], noun) == KILLED:
                verb, what = later, KILLED
        if what == ABDUCTED and side == "after" and verb[0] - q.end < 3:  # "21 hostages were killed": the noun's
            harm = next((v for v in after[1:] if self.nouns.what(v[2], noun) in HARM), None)  # own verb says
            aux = self._aux_end.search(text, verb[1], harm[0]) if harm is not None else None  # "were killed"
            if aux and aux.group().strip() and not re.search(r"[,;:]", text[verb[1]:harm[0]]):
                verb, what = harm, self.nouns.what(harm[2], noun)
        if what is None and side == "before" and after and not q.exact_word:
            # "took 14 villagers hostage", "recovered 11 corpses": a verb before that counts no such noun leaves
            # the figure to the verb after it
            np_after = text[q.end:after[0][0]]
            noun_after = self.nouns.noun_class(np_after) if "," not in np_after else None
            if noun_after is None and not np_after.strip() and self.nouns.what(after[0][2], None) is not None:
                noun_after = self.nouns.noun_class(after[0][2])  # "recovered 32 bodies": the word is its own noun
                np_after = after[0][2]
            if noun_after is not None:  # "incendié une vingtaine de maisons … avec des otages": houses are none
                verb, side, np, noun = after[0], "after", np_after, noun_after
                what = self.nouns.what(verb[2], noun)
        if what is None:
            return None
        if (what == KILLED and side == "after" and self._lumped.match(text[verb[1]:verb[1] + 120])
                or what != OTHER_WHAT and self._lumped_before.search(text[max(0, verb[0] - 30):verb[0]])):
            what = OTHER_WHAT  # "killed and captured": one lump, not a death toll
        if what in (ABDUCTED, CAPTURED) and (self._freed_before.search(text, max(0, q.start - 40), q.start)
                                             or self._freed_after.match(text[verb[1]:verb[1] + 40])):
            what = OTHER_WHAT  # "rescued 17 hostages": the freed are no abduction's figure
        if q.exact_word and noun is None:
            return None
        if q.vague and side == "after" and noun in ("state", "enemy") and self.nouns.both_sides(np):
            return None  # "several soldiers and attackers were killed": no one party's toll
        of_actor, of_kind, of_country = self.nouns.of(text, np, q, actors, noun, tail) if apposed is None else \
            self.nouns.of_phrase(apposed.start("noun"), apposed.end("noun"), actors, noun)
        lead = re.split(r"[.;]", text[max(0, q.start - 80):q.start])[-1]
        owned = list(self.nouns.own.finditer(lead))
        at = q.start - len(lead) + owned[-1].end() if owned else 0
        if owned and side == "before" and (self._subject_gap.fullmatch(text, at, verb[0])
                                           or self._then_verb.fullmatch(text, at, verb[0])) \
                and not self._own_verbs.search(text[verb[0]:verb[1]]):
            owned = []  # "its fighters had killed 11 people": the owner's men are who killed, not who died
        if self._own_side.search(lead) or (  # "Côté ami : quatre (04) morts" in an army communiqué
                of_kind == Of.UNKNOWN and owned and not re.search(r"\d|[,;:]", lead[owned[-1].end():])):
            # "des pertes dans leurs rangs et la mort d'un commandant": still their own
            of_actor, of_kind, of_country = None, Of.OWN, None
        elif self._enemy_side.search(lead) and of_kind in (Of.UNKNOWN, "generic", Of.TARGET):
            of_actor, of_kind, of_country = None, Of.ENEMY, None
        elif of_kind == Of.UNKNOWN and (named := self.nouns.side_before(text, min(q.start, verb[0]), actors)):
            of_actor, of_kind, of_country = named  # "Côté FAMa, on déplore trois morts"
        if of_kind == Of.UNKNOWN and side == "before":
            gap = [a for a in actors if verb[1] <= a.start < q.start and not a.generic]
            if gap:
                of_actor, of_kind, of_country = gap[0].name, Of.ACTOR, gap[0].country
        start = min(q.start, verb[0])
        end = max(q.end, verb[1])
        admission = of_kind == Of.OWN or self._admits(text, q, verbs)
        noun_rx = {"vehicle": self.nouns.vehicle, "aircraft": self.nouns.aircraft}.get(noun) \
            or self.nouns.people.get(noun or "")
        nm = noun_rx.search(np[:60]) if noun_rx else None
        noun_end = np_at + nm.end() if nm else q.end
        if side == "before":
            end = max(end, noun_end)
        return RawClaim(start, end, what, q.low, q.high, q.vague, of_actor, of_kind, of_country, admission, noun_end,
                        noun, q.start)

    def _next_verb(self, text: str, q: Quantity, verbs) -> int:
        """Where 'and' + a verb of its own starts after the figure: 'tué 50 soldats et incendié leurs véhicules'
        counts soldiers, not the vehicles of the next verb."""
        v = next((v for v in verbs if v[0] >= q.end), None)
        if v is None or v[0] - q.end > 45:
            return len(text)
        m = self._coord_tail.search(text[q.end:v[0]])
        return q.end + m.start() if m else len(text)

    def _admits(self, text: str, q: Quantity, verbs) -> bool:
        """'lost five men' admits a loss; in 'lost five men and killed thirty assailants' the second figure has
        its own verb after the admission, so it is no loss of the speaker's."""
        lo = max(0, q.start - 40)
        own = list(self._own_verbs.finditer(text, lo, q.start))
        if not own:
            return False
        end = own[-1].end()  # "reconnu la mort de cinq soldats": a verb of the same phrase is still the admission
        return not any(end <= v[0] and v[1] <= q.start and self._comma_or_coord.search(text[end:v[0]]) for v in verbs)

    def same_victims(self, text: str, raw: RawClaim) -> bool:
        """'six others wounded', 'seven passengers dead and 15 wounded': the people of the figure before."""
        at = raw.at if raw.start <= raw.at < raw.end else raw.start  # "wounding 14 others": from the number on
        m = re.search(r"\d+|\b[a-zA-Z]+\b", text[at:raw.end])  # "Deux autres"
        after = text[at + m.end():at + m.end() + 60] if m else ""
        return bool(m and (self._same_victims.match(after) or raw.noun is None))

    def _drop_partitive_totals(self, text: str, quantities: list[Quantity]) -> list[Quantity]:
        """In 'one of two helicopters', '25 of the 30 drones' the figure is the part; the whole only says how many
        there were."""
        out = []
        for q in quantities:
            prev = out[-1] if out else None
            if prev and self._partitive.fullmatch(text[prev.end:q.start]) and (
                    prev.exact_word or (prev.low is not None and q.low is not None and prev.low < q.low)):
                if prev.exact_word and self._copula_before.search(text, max(0, prev.start - 12), prev.start):
                    out[-1] = q  # "the farmer was one of nine people killed": the whole is the toll
                continue  # "one of two helicopters", "shot down 25 of the 30 drones": the part is the figure
            out.append(q)
        return out

    def _end_of_clause(self, text: str, pos: int) -> int:
        m = self._clause_end.search(text, pos)
        return m.start() if m else len(text)


_PEOPLE = ("civilian", "state", "enemy", "generic")
