"""Organisations as speakers: a body's own name in a speaker phrase ('the Syrian Observatory for Human Rights',
"l'association Tabital Pulaaku", 'MSF said'), and a name that an apposition says is a body's ("X, président de
l'ONG Y"). Head nouns, connectors and name forms are language data (``roles.json``); read by :mod:`.speakers`.
"""

from __future__ import annotations

import re

from .. import vocab
from . import pattern_cache
from .attribution import AttributionReader
from .phrase_speakers import APPOSITION
from .text import CaselessRegex, alternation, words_regex, words_source


class OrganisationNames:
    """Finds the proper name of an organisation a speaker phrase holds."""

    def __init__(self, roles: dict, data: dict, attribution: AttributionReader):
        self.attribution = attribution
        # "rapporte notre correspondant X", "our reporter X": the outlet's own staff are its own voice
        self.outlet_staff = CaselessRegex(words_source(data["attribution"].get("outlet", [])))  # spans only
        # a body's own name ('the Sudan Doctors Network', "l'Observatoire syrien des droits de l'homme"): capitalised
        # words, the connectors between them, and a head noun that names an organisation
        heads = roles.get("organisation_heads", [])
        self._head = pattern_cache.compile(rf"(?<![\w-])(?:{'|'.join(heads)})(?![\w-])") if heads else None
        joins = alternation(roles.get("name_connectors", []), sort=False) or "(?!)"
        cap = r"(?-i:[A-ZÀ-Ý][\w'’-]*)"
        self.name_rx = re.compile(rf"{cap}(?:\s+(?:(?:{joins})\s+)*{cap})*")
        # French names a body by a common noun before its name ("l'association Tabital Pulaaku") or by lowercase
        # words closed by its acronym ("le Réseau national de défense des droits humains (RNDDH)"): the name group
        named = roles.get("organisation_names", [])
        self._named = re.compile("|".join(f"(?:{x})" for x in named)) if named else None
        # 'the Chilga District Administration Council': a local administration is a local source (the guide)
        self._local = words_regex(roles.get("local_body_words", [])) if roles.get("local_body_words") else None
        # "The Britain-based Syrian Observatory": determiners and where a body is based, before its name
        self.lead = re.compile(rf"^(?:(?:{'|'.join(roles.get('name_determiners', []) or ['(?!)'])})\s*)+")
        # ", a rights group tracking …": an apposition that says the name before it is an organisation's
        self.apposition = re.compile(roles["organisation_apposition"], re.I) \
            if roles.get("organisation_apposition") else None
        # "le Centre d'information et de communication de l'armée": an office of a state force, not a body of its own
        state = roles.get("state_body_heads", [])
        self._state_head = re.compile(rf"(?:{'|'.join(state)})(?![\w-])") if state else None
        # the language's possessive ("'s"; French has none): what follows a body's name is what it owns
        self._possessive = re.compile(rf"(?:{data['demonyms'].get('possessive') or '(?!)'})\b")
        # "le porte-parole de Tabital Pulaaku": a role of a name is that body's, unless the name is a place's ("un
        # responsable de Bobo Dioulasso", "un porte-parole du Burkina Faso"); the extractor sets this from its gazetteer
        self.is_place = lambda name: False

    def find(self, phrase: str) -> tuple[str, int, int] | None:
        """The proper name of an organisation in the phrase ('the Syrian Observatory for Human Rights' → 'Syrian
        Observatory for Human Rights') with its offsets, when one of its words is an organisation head noun."""
        if self._head is None or not self._head.search(phrase):  # most phrases name no body: one scan
            return None
        if self._named is not None:
            m = self._named.search(phrase)
            name = next((g for g in m.groups() if g), None) if m else None
            if not name or (self._local and self._local.search(name)) or self._un_body(name) \
                    or (m.groupdict().get("s") and self.is_place(name)):
                return None  # a local administration's body; a UN agency is the UN (its label); a place
            return name, phrase.find(name, m.start()), phrase.find(name, m.start()) + len(name)
        for m in self.name_rx.finditer(phrase):
            name = m.group()
            lead = self.lead.match(name)
            cut = lead.end() if lead else 0
            name = name[cut:]
            owner = self._possessive.search(name)  # "the Sudan Doctors Network's tally", "Amnesty International's
            name = name[:owner.start()] if owner else name  # Nigeria office": the body, not what it owns
            if len(name.split()) >= 2 and self._head.search(name) and not (
                    self._local and self._local.search(name)):
                return name, m.start() + cut, m.start() + cut + len(name)
        return None

    def state_office(self, name: str) -> bool:
        """Does a body's name open with the head noun of a state force's office ('Centre', 'Direction')?"""
        return self._state_head is not None and self._state_head.match(name) is not None

    def _un_body(self, name: str) -> bool:  # 'OIM', 'BINUH': a UN body the language's sources list as the UN
        return any(rx.search(name) for label, rx in self.attribution.sources if label == vocab.UNITED_NATIONS)

    def may_name(self, text: str) -> bool:  # the cheap cue: a head noun where ``organisation_names`` are read
        return self._named is not None and self._head.search(text) is not None

    def bare(self, phrase: str) -> tuple[str, int, int] | None:
        """A subject that is a body's name by its form alone: an acronym ('MSF said') or capitalised words joined
        by a connector no person's name has ('Save the Children said'); not the outlet's own name."""
        words = phrase.strip(" ,")
        lead = self.lead.match(words)
        name = words[lead.end():] if lead else words
        if not name or self.outlet_staff.search(words):
            return None
        acronym = re.fullmatch(r"[A-Z]{2,6}", name) is not None
        joined = self.name_rx.fullmatch(name) is not None and len(name.split()) >= 3 and any(
            w[:1].islower() for w in name.split()[1:-1])
        if not (acronym or joined) or self._un_body(name):  # "a indiqué le BINUH": the UN's mission is the UN
            return None
        at = phrase.find(name)
        return name, at, at + len(name)

    def one_word_apposed(self, phrase: str) -> tuple[str, int, int] | None:
        """'DTEK, the country's largest private energy company,', 'Ukrenergo, the national grid operator': one
        capitalised word (an acronym too) whose apposition says it is a body: that body's name."""
        m = _ONE_WORD.match(phrase)
        if m is None or self.apposition is None or not self.apposition.match(m.group("app")) \
                or self.outlet_staff.search(phrase) or self._un_body(m.group("name")):
            return None
        return m.group("name"), m.start("name"), m.end("name")

    def apposed(self, text: str, end: int, actors) -> tuple[str, int, int] | None:
        """The body an apposition right after a person names ('X, président de l'ONG Y' → 'Y'), with its offsets
        in ``text``; None when it names none or names a listed actor (whose own reading stands)."""
        app = APPOSITION.match(text, end)
        if app is None or any(app.start(1) <= a.start < app.end(1) for a in actors):
            return None
        org = self.find(app.group(1))
        return (org[0], app.start(1) + org[1], app.start(1) + org[2]) if org else None

    def by_apposition(self, text: str, start: int, end: int) -> tuple[str, int, int] | None:
        """'The Emergency Lawyers, a rights group tracking …': a capitalised name whose apposition says it is a
        group or an organisation is that body's name (with its offsets in ``text``); None otherwise."""
        comma = text.find(",", start, end)
        if self.apposition is None or comma == -1 or not self.apposition.match(text, comma + 1, end):
            return None
        phrase = text[start:comma]
        if self._named is not None:  # "la Convention pour le respect des droits humains (CRDH), une ONG"
            org = self.find(phrase)
            return (org[0], start + org[1], start + org[2]) if org else None
        lead = self.lead.match(phrase.strip())
        name = phrase.strip()[lead.end() if lead else 0:]
        if not name or not self.name_rx.fullmatch(name):
            return None
        at = text.find(name, start, comma)
        return name, at, at + len(name)


_ONE_WORD = re.compile(r"\s*(?P<name>[A-Z][\w'’&-]*)\s*,(?P<app>[^,;]+),?\s*$")
