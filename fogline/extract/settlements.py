"""Settlements the gazetteer lacks ('the village of Kisiki', 'Tungan Kara, Zamfara State', 'killed five people
in Balga'): kept with their written name and the report's country, placed by a known place of the report; and
the words saying where a place lies. Apart from the place reader, which asks only of the runs it cannot resolve."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer, PlaceEntry
from ..text import fold
from . import pattern_cache
from .admin2 import Areas
from .beside import Beside
from .communities import folded_names
from .entry_choice import large_town
from .name_runs import CAP, runs
from .place_mention import UNLISTED, PlaceMention
from .text import CaselessRegex, alternation

_LAST_WORD = pattern_cache.compile(r"\s+(\S+)$")  # a name's last word and the spaces before it
_ONE_WORD = pattern_cache.compile(r"\S+")  # a name of one word: no word of it to cut
_LEADING_NAME = pattern_cache.compile(rf"{CAP}(?:[ -]{CAP}){{0,3}}")  # a run of capitalised words
_COMMA = pattern_cache.compile(r",\s+(?=[A-ZÀ-Ý])")  # "in Mir Ali, North Waziristan": a name, then where it lies


class Settlements:
    """The words of places.json that name a settlement, an area or a people around a name; the rest (cues, names,
    words that name no place) is the place reader's, shared."""

    def __init__(self, gazetteer: Gazetteer, data: dict, possessive: str, *, not_places: set[str],
                 demonyms: set[str], name_rx: re.Pattern, cue_rx: CaselessRegex, holder: re.Pattern,
                 beside: Beside, cut: re.Pattern, end: re.Pattern):
        self.gaz, self.not_places, self._demonyms, self.beside = gazetteer, not_places, demonyms, beside
        self._name_rx, self._cue_rx, self._holder = name_rx, cue_rx, holder
        self._possessive_cut, self._possessive_end = cut, end
        # "North Waziristan's Mir Ali", "Zamfara's Dansadau": a region or area owning a name says it is a settlement
        self._owner = pattern_cache.compile(rf"(?<![\w-])({CAP}(?:[ -]{CAP}){{0,3}})(?:{possessive})\s+$")
        self._settlement_before = CaselessRegex(data.get("settlement_before", "(?!)"))
        # "the farming community of X", as written: not "the Economic Community of West African States"
        self._before_cased = pattern_cache.compile(data.get("settlement_before_cased", "(?!)"))
        self._settlement_after = CaselessRegex(data.get("settlement_after", "(?!)"))
        self._settlement_tail = pattern_cache.compile(data.get("settlement_tail", "(?!)"))
        self._region_after_place = pattern_cache.compile(data.get("region_after_place", "(?!)"))
        # "the Mir Ali area of North Waziristan"
        self._area_of = pattern_cache.compile(data.get("settlement_area_of", "(?!)"))
        self._named_area = pattern_cache.compile(data.get("settlement_area", "(?!)"))  # "in the Kouakourou area"
        # "Kurmin Masara community", not "the Fulani community"
        self._unled_after = pattern_cache.compile(data.get("settlement_unled_after", "(?!)"))
        self._unled_before = pattern_cache.compile(data.get("settlement_unled_before", "(?!)"))
        # "in the X community in Kajuru": 'the' and a community word, then a known area it lies in
        self._community_in = pattern_cache.compile(data.get("settlement_community_in", "(?!)"))
        self._loose_before = pattern_cache.compile(data.get("settlement_loose_before", "(?!)"))
        # "Gidan Bature came under attack at 2 a.m.": the sentence's subject, the place attacked
        self._loose_after = pattern_cache.compile(data.get("settlement_loose_after", "(?!)"))
        self._feature_after = pattern_cache.compile(data.get("feature_after", "(?!)"))  # "the Mandara mountains"
        # "the Government Bilingual High School in Ndu": a building's name, not a settlement's
        self._facilities = {fold(w) for w in data.get("facility_words", [])}
        # "attacked Zaghawa villages": a people
        self._people_after = pattern_cache.compile(data.get("people_after", "(?!)"))
        # "Pigi County", "comté de Pigi": an area, left to the area reader (words that name only areas)
        area_words = alternation(data.get("area_unlisted", []))
        self._area_tail = pattern_cache.compile(rf"\s(?:{area_words})$", re.I) if area_words else None
        self._area_head = pattern_cache.compile(rf"(?<![\w-])(?:{area_words})\s*$", re.I) if area_words else None
        self._area_next = pattern_cache.compile(  # "Ukum LGA"
            rf"\s+(?:{area_words})(?![\w-])", re.I) if area_words else None
        area_words = alternation(data.get("area_before", []))  # "dans la province du Séno": an area's name
        self._area_named = pattern_cache.compile(rf"(?<![\w-])(?:{area_words})\s*$", re.I) if area_words else None

    def unlisted(self, text, s, e, country, skip, uses) -> PlaceMention | None:
        """'the village of Kisiki', 'la localité de Gorgadji': a settlement the gazetteer lacks keeps its
        written name; the event takes its coordinates from a known place of the report (see extract)."""
        while e > s and text[e - 1] in "'’":
            e -= 1
        if any(a <= s < b for a, b in skip) or _ONE_WORD.fullmatch(text, s, e) and (
                e - s < 3 or fold(text[s:e]) in self.not_places):
            return None  # the last tests first where nothing below changes them: most runs end here
        last = _LAST_WORD.search(text[s:e])  # "Godo Kebele": the settlement word is no part of the name
        if last and self._settlement_after.match(last.group()):
            e = s + last.start()
        # "the Mandara mountains", "Waza National Park": a natural area, its word part of the name
        feature = self._feature_after.match(text[e:e + 30]) or bool(last and self._feature_after.match(last.group()))
        if feature and feature is not True:
            e += feature.end()
        before = text[max(0, s - 40):s]
        if not (feature and self._cue_rx.search(before) or self._settlement_before.search(before)
                or self._before_cased.search(before)
                or self._settlement_after.match(text[e:e + 40])
                or (self._settlement_tail.match(text[e:e + 60]) or self._named_area.match(text[e:e + 40]))
                and self._cue_rx.search(before)
                or self._unled_after.match(text[e:e + 20]) and not self._unled_before.search(before)
                or self._cue_rx.search(before) and self._area_of_known(text, e, self._community_in)
                or self._owned(before, text[s:e]) or self._area_of_known(text, e)
                or self._cue_rx.search(before) and self._area_of_known(text, e, _COMMA)
                or self.beside.known_town_after(text, s, e, country)):
            return None  # "near Gorgadji, in the Séno province", "à Koui, à 40 km de Bocaranga"
        name = text[s:e]
        if self._area_tail and self._area_tail.search(name) or self._area_head and self._area_head.search(before) \
                or self._area_next and self._area_next.match(text, e, e + 40):
            return None  # an area, read by the area reader ("X village of Ukum local government area": not Ukum)
        while (last := _LAST_WORD.search(text[s:e])) and fold(last.group(1)) in self.not_places:
            e = s + last.start()  # "Hamadiya IDP camp": a word that names no place ends no name
            name = text[s:e]
        if not feature and (last := _LAST_WORD.search(name)) and fold(last.group(1)) in self._facilities:
            return None  # "the Government Bilingual High School in the Ndu municipality": a building
        if self._area_named and self._area_named.search(before) and Areas.of(self.gaz).lookup(name):
            return None  # "la province du Séno, au nord-est du pays": a known area, not a settlement
        if len(name) < 3 or fold(name) in self.not_places or any(a <= s < b or s <= a < e for a, b in skip) \
                or self._holder.search(name) or fold(name) in folded_names():
            return None  # … or a people ("between Fulani and Berom"), not a settlement
        uses.append(True)
        if country is None:  # the report's first known country
            return None
        entry = PlaceEntry(None, name, country.country_code, country.country, country.iso3, None,
                           country.latitude, country.longitude, 0, UNLISTED)
        return PlaceMention(s, e, entry, 1, s, e)  # the settlement itself; the event says 'near' (2)

    def _area_of_known(self, text: str, e: int, link: re.Pattern | None = None) -> bool:
        """Whether 'area of' and a known town, area or region follow ('the Mir Ali area of North Waziristan'):
        an area named after a settlement. Not 'the Nuer community', a people. ``link`` (a comma): 'in Mir Ali,
        North Waziristan' names a settlement and the area or region it lies in (not a town: a list of towns)."""
        m = (link or self._area_of).match(text[e:e + 40])
        run = self._name_rx.match(text, e + m.end()) if m else None
        if run is None:
            return False
        words = run.group().split()
        names = [" ".join(words[:n]) for n in range(len(words), 0, -1)]  # "Konduga LGA", then "Konduga"
        if link is None and large_town(self.gaz, names[-1]):
            return False  # "the Hayatabad area of Peshawar": a city's neighbourhood, placed at the city
        return any(link is None and (self.gaz.lookup(n) or self.gaz.country(n)) or self.gaz.admin1(n)
                   or Areas.of(self.gaz).lookup(n) for n in names)  # "the X area of central Mali": a country too

    def _owned(self, before: str, name: str) -> bool:
        """Whether ``name`` follows a region or area in the possessive ('North Waziristan's Mir Ali'), none of
        its words naming no place ("Borno's Governor Zulum"), the owner no town."""
        m = self._owner.search(before)
        if m is None or any(w in self.not_places for w in fold(name).split()) or self.gaz.lookup(m.group(1)):
            return False  # "El-Fasher's Daraja Oula": a town's neighbourhood stays at the town
        return bool(self.gaz.admin1(m.group(1)) or Areas.of(self.gaz).lookup(m.group(1)))

    def lies_in(self, after: str) -> bool:
        """Whether the words right after a place say where it lies (', in Y district', ', dans la commune de Y',
        ', 20 km from Y'): ``settlement_tail`` of places.json."""
        word = self._settlement_after.match(after)  # "Sebba village, in Pissila commune"
        if self._settlement_tail.match(after) or word and self._settlement_tail.match(after[word.end():]):
            return True  # ", commune de Y": the area's word is no word of the place's own ("X, une commune")
        bare = self._region_after_place.match(after)  # "Kirumba in Ituri", "Kirumba, en Ituri": a region alone
        run = _LEADING_NAME.match(after, bare.end()) if bare else None
        words = run.group().split() if run else []
        return any(self.gaz.admin1(" ".join(words[:n])) for n in range(len(words), 0, -1))

    def loose(self, text: str, countries: list[str], skip: list[tuple[int, int]]) -> list[PlaceMention]:
        """Capitalised names right after 'in' / 'à' that neither the gazetteer (in the report's countries) nor
        any list knows: settlements only when the event's own sentence names no other place (see placing)."""
        codes = [c.country_code for c in map(self.gaz.country, countries) if c]
        home = self.gaz.country(codes[0]) if codes else None
        out: list[PlaceMention] = []
        if home is None:
            return out
        for m in runs(self._name_rx, self._possessive_cut, text):
            s, e = m.start(), m.end()
            poss = self._possessive_end.search(text, s, e)  # "in Mali's north"
            e = poss.start() if poss else e
            while e > s and text[e - 1] in "'’":
                e -= 1
            name = text[s:e]
            key = fold(name)
            if poss or not (self._loose_before.search(text[max(0, s - 20):s])
                            or not text[:s].strip() and self._loose_after.match(text[e:e + 40])) \
                    or len(key) < 3 or any(a <= s < b or s <= a < e for a, b in skip):
                continue
            if key in self.not_places or key in self._demonyms or any(w in self.not_places for w in key.split()) \
                    or self._holder.search(name) or self._area_tail and self._area_tail.search(name):
                continue  # "Njikwa Subdivision": an area, left to the area reader
            if any(w in self._facilities for w in key.split()):
                continue  # "stormed Christ Apostolic Church", "attacked Camp Lafoole": a building, not a village
            if self.gaz.country(name) or self.gaz.admin1(name) or self._people_after.match(text[e:e + 40]):
                continue
            if any(x.country_code in codes for x in self.gaz.lookup(name)):
                continue
            entry = PlaceEntry(None, name, home.country_code, home.country, home.iso3, None,
                               home.latitude, home.longitude, 0, UNLISTED)
            out.append(PlaceMention(s, e, entry, 1, s, e))
        return out
