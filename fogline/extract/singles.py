"""One person or thing counted without a number: an article ('a soldier was killed', 'a helicopter') or a
definite role noun ('the base commander was killed', 'la mort du commandant'). Such a word is a figure of one
only as the harm verb's own subject or object; 'a soldier told AFP' and 'a soldier killed last year' are no
toll. ``figures`` asks here before it reads a figure of one."""

from __future__ import annotations

import re

from ..vocab import HARM
from .counted import CountedNouns, next_words
from .needed_words import needed_words
from .numbers import Quantity
from .text import CaselessPattern, CaselessRegex


class SingleReader:
    """``said_any``, ``partitive`` and ``gap_stop`` are the figure reader's: a reporting verb anywhere, 'of'
    in 'one of', and what ends the words between a person and the harm verb."""

    def __init__(self, claims: dict, nouns: CountedNouns, said_any: CaselessRegex, partitive: CaselessRegex,
                 gap_stop: re.Pattern) -> None:
        self.nouns = nouns
        self._said_any, self._partitive, self._single_gap_stop = said_any, partitive, gap_stop
        self._partitive_one = {w.lower() for w in claims.get("partitive_one", [])}  # "one of its commanders"
        # how far after 'a'/'un' its counted noun may be: 'a Malian soldier' (2), 'un camp militaire' is no soldier (1)
        self._weak_noun_words = int(claims.get("weak_noun_words", 2))
        # "deux soldats tués et un autre blessé": 'another' counts one more only before its own harm word
        self._another_word = re.compile(claims.get("another_word", "(?!)"), re.I)
        self._another_harmed = re.compile(claims.get("another_harmed", "(?!)"), re.I)
        # "l'attaque a fait un mort et deux blessés", "one dead": a toll word closing its phrase right after 'un'
        self._one_toll = re.compile(claims["one_toll"], re.I) if claims.get("one_toll") else None
        self._articles = {w.lower() for w in claims.get("articles_for_things", [])}  # "a helicopter", not "a soldier"
        # "no bodies were shown", "aucun corps n'a été retrouvé": no body seen is no toll of zero
        remains = claims.get("remains_nouns") or []
        self._remains = re.compile(rf"(?<!\w)(?:{'|'.join(remains)})(?!\w)", re.I) if remains else None
        # "a soldier was killed", "killed a civilian": a person after an article is one of this event's toll only as
        # the harm verb's own subject or object; these are the words that may stand between them (before the verb:
        # words of the same clause, up to a word that opens another clause or a reporting verb)
        self._single_to_verb = re.compile(claims.get("single_before_verb", r"[\s\S]{0,60}"), re.I)
        self._verb_to_single = re.compile(claims.get("single_after_verb", "(?!)"), re.I)
        # "Une kamikaze s'est fait exploser, tuant quatre civils": the person before an active participle is its agent
        self._agent_participle = re.compile(claims.get("agent_participle") or "(?!)", re.I)
        # "la mort du commandant", "the base commander was killed": one person named by a definite role noun
        self._definite_single = CaselessPattern(claims["definite_single"]) if claims.get("definite_single") else None
        # the words one of which every match holds (its nouns): a sentence without any of them is not searched
        self._definite_words = needed_words(claims["definite_single"]) if claims.get("definite_single") else None

    def with_definite(self, text: str, folded: str, quantities: list[Quantity], verbs) -> list[Quantity]:
        """The quantities and the definite role nouns counted as one (``verbs``: the sentence's counting verbs)."""
        if self._definite_single is None or (
                self._definite_words is not None and not any(w in folded for w in self._definite_words)):
            return quantities
        return self._definite(text, folded, quantities, verbs)

    def counts_one(self, text: str, q: Quantity, verbs) -> bool:
        """'one soldier', 'a helicopter', 'one of its commanders': a single counted thing; 'an armed group' is not.
        'A soldier was killed', 'killed a civilian': a person after an article counts only as the subject or
        object of the harm verb itself ('a soldier told AFP', 'a soldier killed last year' are no toll)."""
        part = self._partitive.match(text, q.end)
        if part and text[q.start:q.end].lower() in self._partitive_one:
            return self.nouns.noun_class(next_words(text, part.end(), 3)) is not None
        if self.one_toll(text, q):
            return True
        head = next_words(text, q.end, self._weak_noun_words)
        if self._another_word.match(head):
            return self._another_harmed.match(text[q.end:q.end + 60]) is not None
        noun = self.nouns.noun_class(head)
        if q.low == 0 and self._remains is not None and self._remains.search(head):
            return False
        if noun in ("vehicle", "aircraft"):
            return True
        if noun is None:
            return False
        if text[q.start:q.end].lower() not in self._articles:
            return True
        return self._harmed_one(text, q, q.end + self.nouns.people[noun].search(head).end(), noun, verbs)

    def one_toll(self, text: str, q: Quantity) -> bool:
        """'un mort', 'one dead': an article right before a toll word that ends its phrase is a figure of one
        (the toll word is both its noun and its verb)."""
        return q.low == 1 and self._one_toll is not None and self._one_toll.match(text[q.end:q.end + 40]) is not None

    def _definite(self, text: str, folded: str, quantities: list[Quantity], verbs) -> list[Quantity]:
        """'The base commander was killed', 'la mort du commandant': a definite role noun that is the harm verb's
        own subject or object is a figure of one (its determiner stands for the number)."""
        found = []
        for m in self._definite_single.finditer(text, folded):
            q = Quantity(m.start("det"), m.end("det"), 1, 1, False, True)
            if any(o.start < m.end() and m.start() < o.end for o in quantities):
                continue
            noun = self.nouns.noun_class(text[m.start("noun"):m.end()])
            if noun is not None and self._harmed_one(text, q, m.end(), noun, verbs):
                found.append(q)
        return sorted(quantities + found, key=lambda q: q.start) if found else quantities

    def _harmed_one(self, text: str, q: Quantity, noun_end: int, noun: str, verbs) -> bool:
        """Is the one person counted at ``q`` the subject of the next harm verb or the object of the one before?"""
        first = next((v for v in verbs if v[0] >= noun_end), None)  # the verb of the clause the person opens
        if first and self._single_to_verb.fullmatch(text, noun_end, first[0]) \
                and self.nouns.what(first[2], noun) in HARM and not self._agent_participle.fullmatch(text, *first[:2]) \
                and not (self._single_gap_stop.search(text, noun_end, first[0])
                         or self._said_any.search(text, noun_end, first[0])):
            return True
        return any(v[1] <= q.start and self._verb_to_single.fullmatch(text, v[1], q.start)
                   and self.nouns.what(v[2], noun) in HARM for v in verbs)
