"""Second-level areas named as such ("Konduga local government area", "Beni territory", "territoire de Djugu",
"cercle de Bankass"): the area's region and coordinates, read from the words of the language's places.json
(``area_after``, ``area_before``) and the curated areas of ``fogline.extract.admin2``."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..gazetteer import Gazetteer, PlaceEntry
from ..lang import resources_or_english
from ..text import fold
from . import pattern_cache
from .admin2 import AREA, Areas
from .case_classes import lowered
from .place_mention import UNLISTED, PlaceMention
from .scan import caseless, start_literals
from .text import alternation, longest_first

_LINE = re.compile(r"\n[ \t]*")  # where a line of the page starts
_OPENING = 400  # characters of a page before its report's dateline: a headline, a standfirst, a byline

_WORD = r"[A-ZÀ-ÝŒ][\w'’-]*"
_CAP_WORD = re.compile(r"(?<![\w-])[A-ZÀ-ÝŒ][^\s,;:.()]*")  # a capitalised word, as area names split on spaces
_WORD_CHAR = re.compile(r"[\w-]")
_NEXT_CAP = re.compile(r"[ -][A-ZÀ-ÝŒ][\w'’-]*")  # the capitalised word right after a name
_GLOSS = re.compile(r"[A-ZÀ-Ý][\w'’-]*,\s+$")  # "Mir Ali, North Waziristan": a place, then the area it lies in


class AreaReader:
    def __init__(self, data: dict, gazetteer: Gazetteer, possessive: str = ""):
        self.gaz = gazetteer
        self.areas = Areas.of(gazetteer)
        particles = alternation([re.escape(w) for w in data.get("name_particles", [])], sort=False)
        name = rf"{_WORD}(?:(?:[ /-]|\s(?:{particles})\s){_WORD}){{0,3}}"
        after, before = data.get("area_after", []), data.get("area_before", [])
        self._after = pattern_cache.compile(rf"(?<![\w-])({name})\s+(?i:({alternation(after)}))(?![\w-])") \
            if after else None
        self._before = re.compile(rf"(?<![\w-])({alternation(before)})\s*({name})", re.I) if before else None
        # "North Waziristan's Mir Ali": a curated area owning a place is named as an area
        self._owner = pattern_cache.compile(rf"(?<![\w-])({name})(?:{possessive})\s+[A-ZÀ-Ý]") if possessive else None
        unlisted = data.get("area_unlisted", [])
        # a sentence with no area word (most) is not searched: the few words one of which begins each, caseless
        self._after_words, self._before_words = _beginnings(after), _beginnings(before)
        self._unlisted_word = re.compile(rf"(?:{alternation(unlisted)})(?:\s|$)", re.I) if unlisted else None
        self._not_places = {fold(w) for w in data.get("not_places", [])}
        # "Rumbek East county", "Jos North LGA": a compass word beside a town's name names the town's area
        self._compass = {fold(w) for k, v in data.get("compass", {}).items() for w in (k, v)}
        # "in Kurram, a district bordering ...", "the X area of North Waziristan": an area no town, region or
        # country shares its name with, after a place cue ('in', 'of', 'à', 'dans'), is named even without its word
        # its aliases too, and each form without its accents: English news writes "Cite Soleil" for "Cité Soleil"
        forms = {f for n, e in self.areas.written for f in (n, fold(n, lower=False))
                 if fold(n) not in self._not_places and not gazetteer.admin1(n) and not gazetteer.country(n)
                 and not any(t.country_code == e.country_code for t in gazetteer.lookup(n))}
        self._bare: dict[str, list[str]] = {}  # first word -> the names it starts, longest first
        for n in longest_first(forms):
            self._bare.setdefault(n.split()[0], []).append(n)
        sep = r"(?:\s+|(?<=['’]))"
        self._cue = re.compile(rf"(?<![\w-])(?:{alternation(data.get('in', []))}){sep}{data.get('determiner', '')}$",
                               re.I) if data.get("in") else None
        self._dateline = re.compile(data.get("dateline", "(?!)"))

    def find(self, text: str, codes: list[str]) -> list[PlaceMention]:
        """Areas named with their area word in ``text``; ``codes``: the report's countries (ISO2), first first."""
        return list(self._find(text, tuple(codes)))

    @lru_cache(maxsize=4096)  # noqa: B019 (one reader per language; placing asks again for each event's sentences)
    def _find(self, text: str, codes: tuple[str, ...]) -> tuple[PlaceMention, ...]:
        out: list[PlaceMention] = []
        folded = caseless(text)
        for rx, from_left, words in ((self._after, True, self._after_words), (self._before, False, self._before_words)):
            if rx is None or words is not None and folded is not None and not any(map(folded.__contains__, words)):
                continue
            for m in rx.finditer(text):
                s, e = m.span(1 if from_left else 2)
                if from_left and not text[s].isupper():
                    continue
                hit = self._resolve(text, s, e, codes, drop_left=from_left)
                word = m.group(2 if from_left else 1)
                if hit is None and self._unlisted_word and self._unlisted_word.fullmatch(word + " "):
                    hit = self._unlisted(text, s, e, codes)
                if hit and not any(h.name_start <= hit.name_start < h.name_end for h in out):
                    out.append(hit)
        for s, e in self._bare_names(text) if self._cue else ():
            entry = pick(self.areas.lookup(text[s:e]), codes)
            # a report naming no country ('in North Waziristan', ISPR style) is placed by the area's one country
            if entry and (entry.country_code in codes or not codes) and (self._cue.search(text[max(0, s - 30):s])
                                                                         or _GLOSS.search(text, max(0, s - 40), s)) \
                    and not any(h.start <= s < h.end or s <= h.start < e for h in out):
                out.append(PlaceMention(s, e, entry, 2, s, e))
        for m in self._owner.finditer(text) if self._owner else ():
            s, e = m.span(1)
            entry = pick(self.areas.lookup(text[s:e]), codes)
            if entry and not any(h.start <= s < h.end or s <= h.start < e for h in out):
                out.append(PlaceMention(s, e, entry, 2, s, e))
        return tuple(sorted(out, key=lambda h: h.start))

    def _bare_names(self, text: str):
        """Spans of the bare area names of ``text`` (whole words), not the head of a longer known name
        ('Khyber' of 'Khyber Pakhtunkhwa', a region)."""
        for m in _CAP_WORD.finditer(text):
            for name in self._bare.get(m.group(), ()):
                e = m.start() + len(name)
                if text.startswith(name, m.start()) and not _WORD_CHAR.match(text, e):
                    if not self._longer_known(text, m.start(), e):
                        yield m.start(), e
                    break

    def _longer_known(self, text: str, s: int, e: int) -> bool:
        """Whether the name at ``s:e`` and the capitalised word after it are a region, country or town."""
        nxt = _NEXT_CAP.match(text, e)
        if nxt is None:
            return False
        longer = text[s:nxt.end()]
        return bool(self.gaz.admin1(longer) or self.gaz.country(longer) or self.gaz.lookup(longer))

    def _resolve(self, text: str, s: int, e: int, codes: list[str], drop_left: bool) -> PlaceMention | None:
        """The longest known area in the run: 'Borno State's Konduga' -> 'Konduga' (words dropped from the left
        before an area word, from the right after one)."""
        words = [(m.start() + s, m.end() + s) for m in re.finditer(r"[^\s/]+(?:/[^\s/]+)*", text[s:e])]
        spans = [(words[i][0], e) for i in range(len(words))] if drop_left else \
            [(s, words[i][1]) for i in range(len(words) - 1, -1, -1)]
        for a, b in spans:
            name = text[a:b].rstrip("'’")
            if name.endswith(("'s", "’s")):
                continue
            entry = pick(self.areas.lookup(name), codes)
            if entry:
                return PlaceMention(a, b, entry, 2, a, b)
        return None

    def _unlisted(self, text: str, s: int, e: int, codes: list[str]) -> PlaceMention | None:
        """An area the curated lists lack, named with a word that only names areas ('Pigi County'): its
        written name in the report's first country, placed later at the region or place named with it. A name
        the gazetteer knows as a town, region or country is left to the place reader."""
        cut = max(text.rfind("'s ", s, e), text.rfind("’s ", s, e))
        s = cut + 3 if cut >= 0 else s  # "Jonglei State's Pigi County"
        name = text[s:e].rstrip("'’")
        words = fold(name).split()
        country = self.gaz.country(codes[0]) if codes else None
        if country is not None and words and any(w in self._compass for w in words) \
                and (town := self._town_area(name, country)):
            return PlaceMention(s, e, town, 2, s, e)
        if country is None or not words or any(w in self._not_places for w in words) or len(name) < 3:
            return None
        known = [e.country_code for e in self.gaz.lookup(name) + self.gaz.admin1(name)]
        if not name[0].isupper() or self.gaz.country(name) or set(known) & set(codes):
            return None
        entry = PlaceEntry(None, name, country.country_code, country.country, country.iso3, None,
                           country.latitude, country.longitude, 0, UNLISTED)
        return PlaceMention(s, e, entry, 2, s, e)

    def _town_area(self, name: str, country: PlaceEntry) -> PlaceEntry | None:
        """'Rumbek East', 'Jos North', 'South Gondar': a town of the report's first country and a compass word,
        the name of an area around it the lists lack: the town's region and coordinates, the name as written."""
        words = name.split()
        if len(words) < 2:
            return None
        if fold(words[-1]) in self._compass:
            town = " ".join(words[:-1])
        elif fold(words[0]) in self._compass:
            town = " ".join(words[1:])
        else:
            return None
        if any(fold(w) in self._not_places for w in town.split()):
            return None
        found = [t for t in self.gaz.lookup(town) if t.country_code == country.country_code and t.admin1]
        if not found:
            return None
        t = max(found, key=lambda t: t.population)
        return PlaceEntry(None, name, country.country_code, country.country, country.iso3, t.admin1,
                          t.latitude, t.longitude, 0, AREA)

    def countries(self, text: str) -> list[str]:
        """For a report that names no country: the country of the areas it names ('Faskari LGA'), else of
        its dateline city ('JUBA —'), where the story was filed, which is then context only."""
        found = [a.entry.country for a in self.find(text, []) if a.entry.kind != UNLISTED]
        if found:
            return [max(found, key=found.count)]
        filed = self.dateline_country(text)
        return [filed] if filed else []

    def dateline_country(self, text: str) -> str | None:
        """The country of the dateline's city, when it is a city of 100,000 people or more."""
        city = (self.dateline_city(text) or "").split("/")[0].strip()  # 'NAIROBI/MOGADISHU': the first
        towns = [e for e in self.gaz.lookup(city) if e.population >= 100000 and fold(e.name) == fold(city)] \
            if city else []  # by its own name: 'Islamabad' is also an old name of Chittagong
        return max(towns, key=lambda e: e.population).country if towns else None

    def dateline_city(self, text: str) -> str | None:
        """The city of the dateline ('JUBA —', 'Islamabad (AFP) –'): where the story was filed. A page may put its
        headline or a byline on the lines before it: the first line of the report's opening that is one."""
        starts = [0, *(m.end() for m in _LINE.finditer(text, 0, _OPENING))]
        m = next(filter(None, (self._dateline.match(text[s:s + 120]) for s in starts)), None)
        if not m:
            return None
        head = re.match(r"\s*([^,(—–:-]+?)\s*(?:[,(—–:]|-\s|$)", m.group())
        return head.group(1).strip() if head else None


def _beginnings(words: list[str]) -> tuple[str, ...] | None:
    """The few lower-case words one of which begins every case-insensitive match of ``words`` in the caseless copy
    of a text (``start_literals``); None when they cannot be listed (no test)."""
    pattern = lowered(alternation(words)) if words else None
    return start_literals(pattern, 24) if pattern else None


def pick(entries: list[PlaceEntry], codes: list[str]) -> PlaceEntry | None:
    """The area in the report's first country that has one; else the only country that has one."""
    for code in codes:
        for entry in entries:
            if entry.country_code == code:
                return entry
    return entries[0] if entries and len({e.country_code for e in entries}) == 1 else None


@cache
def area_reader(language: str, gazetteer: Gazetteer) -> AreaReader:
    data = resources_or_english(language)
    return AreaReader(data["places"], gazetteer, data["demonyms"].get("possessive") or "")
