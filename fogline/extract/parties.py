"""Actor mentions: aliases from the actor dictionary, nationality + force nouns, generic descriptors."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from ..actors import ActorDictionary, ActorEntry
from ..lang import resources
from ..text import fold
from ..vocab import (
    CIVILIANS,
    INTERNATIONAL_CIVILIANS,
    MILITARY,
    NATIONAL_MILITARY,
    NATIONAL_POLICE,
    OTHER_KIND,
    POLICE_FORCES,
    STATE_FORCES,
    STATE_LIKE,
    civilians_of,
)
from . import pattern_cache
from .scan import holds_any, start_literals
from .text import scanned_pattern, trie_alternation


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int  # offsets within the searched string
    end: int
    name: str | None  # canonical name; None for generic descriptors until resolved
    kind: str
    country: str | None
    generic: bool
    home_country: str | None = None
    local: bool = False  # its words mean another actor in some countries: named again once the country is known
    force: str | None = None  # a generic state-force word's force ("police"): which of the state's forces


_fold = partial(fold, same_length=True)  # offsets in the folded text are offsets in the text


_WORD_START = re.compile(r"(?<![\w-])[\w]")  # where a word starts (after "l'", a space or a hyphen)


def _holds(needs: re.Pattern | None, text: str) -> bool:
    """Can a pattern that needs what ``needs`` finds match ``text`` (None: no test, it may)?"""
    return needs is None or needs.search(text) is not None


def _begins(rx: re.Pattern | None) -> tuple[str, ...] | None:
    """The few words one of which begins every match of ``rx`` (``start_literals``; None: no test)."""
    return start_literals(rx.pattern) if rx is not None else None


def _may(words: tuple[str, ...] | None, text: str) -> bool:
    """Can a pattern whose matches begin with one of ``words`` match ``text`` (None: no test, it may)?"""
    return words is None or any(map(text.__contains__, words))


class ActorReader:
    def __init__(self, dictionary: ActorDictionary, language: str, demonyms: dict):
        self.dictionary = dictionary
        self.language = language
        self.aliases = dictionary.aliases(language)
        self.local = dictionary.local_aliases(language)
        self.acronyms = dictionary.acronyms(language)
        self._acronym_keys = {a.lower() for a in self.acronyms}
        self.demonyms = {_fold(k): v for k, v in demonyms.get("demonyms", {}).items()}
        self._alias_rx = pattern_cache.compile(
            rf"(?<![\w-])(?:{trie_alternation({**self.aliases, **self.local})})(?![\w-])")
        # prefix trees of the literal words: the same matches as the longest-first alternations, faster
        dem = trie_alternation(self.demonyms) or "(?!)"
        names = {_fold(k): v for k, v in demonyms.get("country_names", {}).items()}  # "Russie" → Russia
        # "Moscow said", "accused Kigali of": a capital speaks and is accused for its state, as the country's name
        names |= {_fold(k): v for k, v in demonyms.get("capital_cities", {}).items()}
        countries = trie_alternation({_fold(c) for c in self.demonyms.values()} | set(names)) or "(?!)"
        nouns = trie_alternation(_fold(w) for w in demonyms.get("state_nouns", [])) or "(?!)"
        armed = trie_alternation(_fold(w) for w in demonyms.get("armed_after_government", [])) or "(?!)"
        self._armed_after = pattern_cache.compile(rf" (?:{armed})(?![\w-])")  # "Ethiopian government drones"
        state_words = trie_alternation(_fold(w) for w in demonyms.get("state_words_before_arms", []))
        # "a junta airstrike", "military drones": the report's state forces
        self._state_arms_rx = pattern_cache.compile(
            rf"(?<![\w-])(?:{state_words}) (?:{armed})(?![\w-])") if state_words else None
        # "the junta bombed a school", "le régime a pilonné Idlib": a government that strikes is its forces
        agents = trie_alternation(_fold(w) for w in demonyms.get("state_agent_words", []))
        verbs = demonyms.get("state_agent_verbs")
        self._strikes_after = pattern_cache.compile(rf" (?:{verbs})(?![\w-])") if verbs else None
        self._state_agent_rx = pattern_cache.compile(
            rf"(?<![\w-])(?:{agents})(?= (?:{verbs})(?![\w-]))") if agents and verbs else None
        self._known_states = {e.country for e in dictionary.entries if e.country and not e.generic}
        self._titles: dict[str, str] = {}  # folded country → the country as the demonyms file writes it
        for c in self.demonyms.values():
            self._titles.setdefault(_fold(c), c)
        for k, c in names.items():
            self._titles.setdefault(k, c)
        plural = {_fold(k): v for k, v in demonyms.get("plural_people", {}).items()}
        self.plural_people = plural
        verbs = demonyms.get("country_subject_verbs", "(?!)")
        self._plural_rx = pattern_cache.compile(rf"(?<![\w-])(?:{trie_alternation(plural) or '(?!)'})(?![\w-])")
        self._country_subject_before = pattern_cache.compile(demonyms.get("country_subject_before", "^$"))
        self._country_subject_rx = pattern_cache.compile(rf"(?<![\w-])(?P<cty>{countries})(?= (?:{verbs})\b)")
        self._needs_verb = holds_any(rf" (?:{verbs})")  # "Russia said" needs the verb: most sentences lack one
        # what a sentence must hold for a pattern to match (a force noun, a civilian noun): a cheap test first
        self._needs_noun = holds_any(nouns)
        accused = demonyms.get("country_accused_before")
        self._country_accused_rx = pattern_cache.compile(  # "accused Russia of", "accuse la Russie d'"
            rf"(?<![\w-])(?:{accused})(?P<cty>{countries})(?={demonyms.get('country_accused_after', ' ')})"
        ) if accused else None
        civ = trie_alternation(_fold(w) for w in demonyms.get("civilian_nouns", [])) or "(?!)"
        self._needs_civ = holds_any(civ)
        self._nationalities = {**{_fold(k): v for k, v in demonyms.get("civilian_nationalities", {}).items()},
                               **self.demonyms}
        nat = trie_alternation(self._nationalities) or "(?!)"
        self._civilians_rx = pattern_cache.compile(  # "Chinese nationals", "ressortissants indiens"
            rf"(?<![\w-])(?:(?P<dem>{nat}) (?P<n1>{civ})|(?P<n2>{civ}) (?P<dem2>{nat}))(?![\w-])")
        self._counted = {_fold(k): v for k, v in demonyms.get("counted_nationals", {}).items()}
        numbers = resources(language).get("numbers", {})
        weak = {_fold(w) for w in numbers.get("weak_numbers", [])}
        count = trie_alternation(w for w in map(_fold, [*numbers.get("units", {}), *numbers.get("vague", {})])
                                 if w not in weak) or "(?!)"
        self._counted_rx = pattern_cache.compile(  # "killing 20 Palestinians", "des dizaines de Syriens"
            rf"(?<![\w-])(?:\d[\d,.]*|{count}){demonyms.get('counted_link', ' ')}"
            rf"(?P<pl>{trie_alternation(self._counted) or '(?!)'})(?![\w-])") if self._counted else None
        conj = trie_alternation(_fold(w) for w in demonyms.get("conjunctions", [])) or "(?!)"
        # "Mozambican and Rwandan troops", "soldats maliens et burkinabè": one force noun, two states
        self._coord_before = pattern_cache.compile(rf"(?<![\w-])(?P<dem>{dem}),? (?:{conj}) $")
        self._coord_after = pattern_cache.compile(rf"^,? (?:{conj}) (?P<dem>{dem})(?![\w-])")
        self._dem_start = pattern_cache.compile(rf"(?:{demonyms.get('determiner', '')})(?:{dem})(?![\w-])")
        self._dem_end = pattern_cache.compile(rf"(?<![\w-])(?:{dem})$")
        det = demonyms.get("determiner", "")  # "the Malian army" (folded text: lower case, "'" for "’")
        possessive = demonyms.get("possessive") or "(?!)"  # "Mali's army"
        self._state_rx = pattern_cache.compile(
            rf"(?<![\w-])(?:{det}(?P<dem>{dem})(?: (?:\w+ ){{0,2}}?)?(?P<n1>{nouns})"
            rf"|(?P<n3>{nouns}) (?P<dem3>{dem})"  # "soldats maliens", "armée malienne"
            rf"|(?P<cty>{countries})(?:{possessive}) (?:\w+ )?(?P<n2>{nouns}))(?![\w-])")

        self._civilians_rx = scanned_pattern(self._civilians_rx.pattern) or self._civilians_rx
        self._state_rx = scanned_pattern(self._state_rx.pattern) or self._state_rx
        self._country_subject_rx = scanned_pattern(self._country_subject_rx.pattern) or self._country_subject_rx
        # the rarer patterns need one of a few words: a sentence without any is not searched (same matches)
        self._may_state_arms, self._may_plural = _begins(self._state_arms_rx), _begins(self._plural_rx)
        self._may_accused = _begins(self._country_accused_rx)
        self._may_state_agent = _begins(self._state_agent_rx)
        self._resolved: dict[tuple[str, int | None], ActorEntry | None] = {}  # (alias, year) → resolve
        self._merchant_ship = re.compile(demonyms.get("merchant_ship", "(?!)"), re.I)  # whose crew is international

    def find(self, text: str, year: int | None) -> list[ActorMention]:
        folded = _fold(text)
        found: list[ActorMention] = []
        taken = 0  # the end of a group's full name read over a shorter phrase's match
        for m in self._alias_rx.finditer(folded):
            if m.start() < taken:
                continue
            original = text[m.start():m.end()]
            key = m.group()
            if key in self._acronym_keys and fold(original, lower=False) not in self.acronyms:
                continue  # acronyms only as written: "FLA", "IS", not "fla", "is"
            entry = self._resolve(key, year) if key in self.aliases else None
            local = key in self.local
            if (entry is None or entry.generic) and " " in key \
                    and (longer := self._longer_name(folded, m, year)) is not None:
                found.append(longer)  # "combattants de l'État islamique en Afrique de l'Ouest": the full name
                taken = longer.end
                continue
            if entry is None and local:  # unnamed until the report's country says who it is (localise)
                kind = self.local[key][0].kind
                found.append(ActorMention(m.start(), m.end(), None, kind, None, True, None, True))
                continue
            if entry is None or entry.name == INTERNATIONAL_CIVILIANS and not self._merchant_ship.search(folded):
                continue  # "two crew members died" of a helicopter: only a merchant ship's crew are international
            found.append(ActorMention(m.start(), m.end(), entry.name, entry.kind, entry.country,
                                      entry.generic, entry.home_country, local, entry.force))
        found = [self._government_arms(f, folded) if f.kind == OTHER_KIND and f.country else f for f in found]
        for m in self._state_arms_rx.finditer(folded) if self._state_arms_rx and _may(self._may_state_arms,
                                                                                        folded) else ():
            if not any(f.start < m.end() and m.start() < f.end and not f.generic for f in found):
                found = [f for f in found if not (f.start < m.end() and m.start() < f.end)]
                found.append(ActorMention(m.start(), m.end(), None, STATE_FORCES, None, True))
        for m in self._state_agent_rx.finditer(folded) if self._state_agent_rx and _may(self._may_state_agent,
                                                                                        folded) else ():
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                found.append(ActorMention(m.start(), m.end(), None, STATE_FORCES, None, True))
        civilians = [(m, self._nationalities.get(m.group("dem") or m.group("dem2")))
                     for m in (self._civilians_rx.finditer(folded) if _holds(self._needs_civ, folded) else ())]
        if self._counted_rx:
            civilians += [(m, self._counted.get(m.group("pl"))) for m in self._counted_rx.finditer(folded)]
        for m, country in civilians:  # civilians of the nationality, wherever the event is
            if not country or any(f.start < m.end() and m.start() < f.end and not f.generic for f in found):
                continue
            found = [f for f in found if not (f.start < m.end() and m.start() < f.end)]
            found.append(ActorMention(m.start(), m.end(), civilians_of(country), CIVILIANS, country, False))
        # nationality + force noun ("Malian troops"), "Russians", "Russia said": the state's forces,
        # unless a dictionary alias already covers the words ("Russian Africa Corps")
        states = [(m, self.demonyms.get(m.group("dem") or m.group("dem3")) if m.group("dem") or m.group("dem3")
                   else self._titles.get(m.group("cty"))) for m in self._state_rx.finditer(folded)] \
            if _holds(self._needs_noun, folded) else []
        if _may(self._may_plural, folded):
            states += [(m, self.plural_people.get(m.group())) for m in self._plural_rx.finditer(folded)]
        states += [(m, self._titles.get(m.group("cty"))) for m in (self._country_subject_rx.finditer(folded)
                                                                     if _holds(self._needs_verb, folded) else ())
                   if text[m.start()].isupper()  # "Russia said", not "rebels in northern Mali said"
                   and self._country_subject_before.search(text[max(0, m.start() - 20):m.start()])]
        if self._country_accused_rx and _may(self._may_accused, folded):
            states += [(m, self._titles.get(m.group("cty"))) for m in self._country_accused_rx.finditer(folded)
                       if text[m.start("cty")].isupper()]
        for m, country in states:
            force = self._force(m)
            name = self._military_of(country) if force is None else (
                self.dictionary.police_of(country, force) or NATIONAL_POLICE + country if country else None)
            start, end = m.span("cty") if m.re is self._country_accused_rx else m.span()
            if not name or any(f.start < end and start < f.end and not f.generic for f in found):
                continue
            found = [f for f in found if not (f.start < end and start < f.end)]
            entry = self.dictionary.by_name(name)
            found.append(ActorMention(start, end, name, STATE_FORCES, country, False,
                                      entry.home_country if entry else None, False, force))
        found += self._coordinated(folded, found)
        found.sort(key=lambda a: a.start)
        return found

    def _longer_name(self, folded: str, m: re.Match, year: int | None) -> ActorMention | None:
        """A named group whose alias starts inside a phrase's match and runs past it ("combattants de [l'État
        islamique en Afrique de l'Ouest]"): its name, else the words after the phrase (a region, "Ouest") would be
        read as a place."""
        for w in _WORD_START.finditer(folded, m.start() + 1, m.end()):
            n = self._alias_rx.match(folded, w.start())  # anchored at each of the phrase's few words: cheap
            entry = self._resolve(n.group(), year) if n and n.end() > m.end() and n.group() in self.aliases else None
            if entry is not None and not entry.generic:
                return ActorMention(n.start(), n.end(), entry.name, entry.kind, entry.country, False,
                                    entry.home_country, n.group() in self.local, entry.force)
        return None

    def _resolve(self, key: str, year: int | None):
        """``dictionary.resolve`` of a folded alias, remembered: a report names the same few actors in sentence after
        sentence, and the dictionary does not change under a reader."""
        try:
            return self._resolved[key, year]
        except KeyError:
            if len(self._resolved) > 50_000:  # a long-running server reads many years' reports: stay small
                self._resolved.clear()
            entry = self._resolved[key, year] = self.dictionary.resolve(key, self.language, year)
            return entry

    def _military_of(self, country: str | None) -> str | None:
        """The military a nationality names ("Ivorian soldiers"): the dictionary's, else ACLED's "Military Forces
        of X" for a state the dictionary does not know at all (not for one whose nationality a rival uses)."""
        name = self.dictionary.state_forces_of(country)
        if name or not country or country in self._known_states:
            return name
        return NATIONAL_MILITARY + country

    def _government_arms(self, f: ActorMention, folded: str) -> ActorMention:
        """A government's name followed by a force or weapon word ("Ethiopian government drones") is its
        military, which acts; the government itself is only a claimant."""
        m = self._armed_after.match(folded, f.end)
        strikes = m is None and self._strikes_after is not None and self._strikes_after.match(folded, f.end)
        name = self.dictionary.state_forces_of(f.country) if m or strikes else None
        if not name:
            return f
        entry = self.dictionary.by_name(name)
        return ActorMention(f.start, m.end() if m else f.end, name, STATE_FORCES, f.country, False,
                            entry.home_country if entry else None)

    def _coordinated(self, folded: str, found: list[ActorMention]) -> list[ActorMention]:
        """The other state of a coordinated nationality ("Mozambican and Rwandan troops", "les soldats maliens
        et nigériens"): the same kind of force of that state."""
        extra: list[ActorMention] = []
        for f in found:
            if f.generic or f.kind not in STATE_LIKE or not f.name:
                continue
            words = folded[f.start:f.end]
            m = None
            if self._dem_start.match(words):
                m = self._coord_before.search(folded, max(0, f.start - 40), f.start)
            elif self._dem_end.search(words):
                m = self._coord_after.match(folded[f.end:f.end + 40])
                if m:
                    m = re.match(rf"(?s:.{{{f.end}}}){m.re.pattern[1:]}", folded)  # same match, absolute offsets
            country = self.demonyms.get(m.group("dem")) if m else None
            if not country or country == (f.home_country or f.country):  # a foreign force's country is its host
                continue
            force = self.dictionary.police_force(f.name)
            name = self.dictionary.state_forces_of(country) if force is None else \
                self.dictionary.police_of(country, force)
            start, end = m.span("dem")
            if not name or any(x.start < end and start < x.end for x in found + extra):
                continue
            entry = self.dictionary.by_name(name)
            extra.append(ActorMention(start, end, name, STATE_FORCES, country, False,
                                      entry.home_country if entry else None, False, force))
        return extra

    def _force(self, m: re.Match) -> str | None:
        """The force a nationality + noun names ("Cameroonian gendarmes": the police), from the noun's
        generic entry; None for the military."""
        if "n1" not in m.re.groupindex:
            return None
        noun = m.group("n1") or m.group("n2") or m.group("n3")
        return next((e.force for e in self.aliases.get(noun, ()) if e.generic and e.force), None) if noun else None

    def localise(self, mentions: list[ActorMention], text: str, offset: int, year: int | None,
                 country: str | None) -> list[ActorMention]:
        """Mentions whose words mean another actor in the report's country named again ("al-Shabaab"
        in a Mozambican report is the Islamic State's Mozambique province); words that mean an actor
        only in its own countries are dropped elsewhere. ``offset``: where ``text`` starts."""
        out = []
        for a in mentions:
            if not a.local:
                out.append(a)
                continue
            key = fold(text[a.start - offset:a.end - offset])
            entry = self.dictionary.resolve_local(key, self.language, year, country)
            if entry is None and key in self.aliases:
                out.append(replace(a, local=False))
            elif entry is not None:
                out.append(ActorMention(a.start, a.end, entry.name, entry.kind, entry.country, entry.generic,
                                        entry.home_country, False, entry.force))
        return out


def name_state_forces(views: list, countries: list[str], name: str | None, dictionary: ActorDictionary) -> None:
    """'the army', 'troops' → the state forces of the report's country; 'policemen', 'gendarmes' → its police
    (its gendarmerie where the dictionary has one); ACLED's "Military/Police Forces of X" where it has none."""
    if not countries:
        return
    country = countries[0]
    names = {None: name or NATIONAL_MILITARY + country, MILITARY: name or NATIONAL_MILITARY + country}
    for force in POLICE_FORCES:  # ACLED's naming where the dictionary has no entry
        names[force] = dictionary.police_of(country, force) or NATIONAL_POLICE + country
    for v in views:
        if any(a.generic and a.kind == STATE_FORCES for a in v.actors):  # else the same list (relative_actors)
            v.actors = [ActorMention(a.start, a.end, names.get(a.force), STATE_FORCES, country, False, None,
                                     False, a.force)
                        if a.generic and a.kind == STATE_FORCES else a for a in v.actors]
