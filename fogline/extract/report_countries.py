"""The report's countries, most mentioned first: what its places, country names, nationality words and actors'
homes say of where it is. Apart from the context so that one reader weighs every sign."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .. import vocab
from ..gazetteer import Gazetteer, fold
from . import pattern_cache
from .admin2 import AREA
from .places import PlaceReader
from .text import CaselessPattern, trie_alternation

if TYPE_CHECKING:  # for annotations only: context builds its views, then asks this reader
    from .views import SentenceView

_SURE_TOWN = 100000  # a town this large, found with no country, says where the report is
_FAR = 25  # degrees (latitude plus longitude) from the first country's centre: no neighbour's town
_CAPITALISED = pattern_cache.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)?")  # "Haïti", "Éthiopie"


class ReportCountries:
    """Counts the signs of the report's countries, sentence by sentence."""

    def __init__(self, gazetteer: Gazetteer, places: PlaceReader, demonyms: dict):
        self.gazetteer, self.places = gazetteer, places
        self._demonym_country = {k.lower(): c for k, c in demonyms.get("demonyms", {}).items()}
        self._demonym_rx = CaselessPattern(
            rf"(?<![\w-])(?:{trie_alternation(w.lower() for w in demonyms.get('demonyms', {}))})(?![\w-])")

    def names_a_country(self, text: str) -> bool:
        """Whether the text names a country by its name (not only by nationality words and actors)."""
        return any(self.country_named(w) for w in _CAPITALISED.findall(text) if len(w) > 3)

    def counted(self, views: list[SentenceView], named: list[list[str]], sure: bool = False) -> list[str]:
        """The report's countries, most mentioned first: country names, nationalities, actors' home.
        ``named``: what ``named`` found in each view (read once, places change between calls);
        ``sure``: not the small towns found by another of their names, read with no country to choose."""
        counts: dict[str, int] = {}
        for v, countries in zip(views, named, strict=True):
            weight = 1 if v.background else 2
            for p in v.places:  # a named place is the strongest sign of where the report is
                if sure and p.precision < 3 and p.entry.kind == "city" and p.entry.population < _SURE_TOWN \
                        and fold(p.entry.name) != fold(v.s.text[p.name_start:p.name_end]):
                    continue  # a small town abroad known by another name ('Kairu' for Kyle, Texas)
                counts[p.entry.country] = counts.get(p.entry.country, 0) + weight * (3 if p.precision < 4 else 1)
            for c in countries:
                counts[c] = counts.get(c, 0) + weight
        return sorted(counts, key=lambda c: -counts[c])

    def without_far_towns(self, views: list[SentenceView], named: list[list[str]], countries: list[str],
                          filed: str | None = None) -> list[str]:
        """The countries less those whose only signs are small towns far from the first country a region, an area
        or a name says ('the village of Kani' read with no country: a curated Burmese village, in a report on
        Niger's Tillaberi region), or of another country than the dateline city's, ``filed`` (``behind_dateline``)."""
        countries = self.behind_dateline(views, countries, filed)
        if len(countries) < 2:
            return countries
        said = {c for cs in named for c in cs} | {p.entry.country for v in views for p in v.places
                                                  if p.precision >= 3 or p.entry.kind == AREA}
        home = next((self.gazetteer.country(c) for c in countries if c in said), None)
        if home is None:
            return countries
        def far_town(v, p) -> bool:  # small, or known by another name ('Kalari' for Cagliari), and far away
            written = v.s.text[p.name_start - v.s.start:p.name_end - v.s.start]
            return p.precision < 3 and (p.entry.population < _SURE_TOWN or fold(p.entry.name) != fold(written)) \
                and abs(p.entry.latitude - home.latitude) + abs(p.entry.longitude - home.longitude) > _FAR
        far = {c for c in countries if c not in said and all(
            far_town(v, p) for v in views for p in v.places if p.entry.country == c)}
        return [c for c in countries if c not in far]

    def behind_dateline(self, views: list[SentenceView], countries: list[str], filed: str | None) -> list[str]:
        """For a report naming no country: the dateline city's country, not the first country counted when it has
        only small towns to show for it ('PESHAWAR: ... a convoy in Shewa', a hamlet of Afghanistan read with no
        country to choose)."""
        if not countries or filed is None or countries[0] == filed:
            return countries
        def sure(v: SentenceView, p) -> bool:  # not a small town, nor a city by another of its names ('Lama')
            written = v.s.text[p.name_start - v.s.start:p.name_end - v.s.start]
            return p.precision >= 3 or p.entry.kind != "city" or p.entry.population >= _SURE_TOWN \
                and fold(p.entry.name) == fold(written)
        if any(p.entry.country == countries[0] and sure(v, p) for v in views for p in v.places):
            return countries
        return [filed, *(c for c in countries[1:] if c != filed)]  # its small towns are namesakes

    def named(self, v: SentenceView, beyond: list[str]) -> list[str]:
        """The countries a sentence names without places, in order: country names, actors' home, nationalities
        (a country named goes first of equals: 'Boko Haram ... in Niger' is a report on Niger). A country named
        across a border ('near the border with Niger', 'the Somali border') goes to ``beyond``."""
        homes = [a.country for a in v.actors if a.country and not a.local
                 and a.kind not in (vocab.FOREIGN_FORCES, vocab.OTHER_KIND, vocab.CIVILIANS)]
        out: list[str] = []
        text = v.s.text
        demonyms: list[str] = []
        for m in self._demonym_rx.finditer(text, v.folded):  # "Malian", "malienne"
            c = self._demonym_country.get(text[m.start():m.end()].lower())
            if c:
                before, after = text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 20]
                across = self.places.borders.neighbour(before, after)
                (beyond if across else demonyms).append(c)
        for m in _CAPITALISED.finditer(text):
            w = m.group()
            entry = self.country_named(w) if len(w) > 3 else None
            if entry is None:
                continue
            before = text[max(0, m.start() - 80):m.start()]
            if not self.places.origin(before):  # "gunmen coming from Nigeria": not where the report is
                across = self.places.borders.neighbour(before, text[m.end():m.end() + 20])  # 'the Chad border'
                (beyond if across else out).append(entry.country)
        return out + homes + demonyms

    @lru_cache(maxsize=65536)  # noqa: B019 (one reader per language lives for the whole process)
    def country_named(self, word: str):
        """A country named by a capitalised word or two; "In Niger", "Au Niger": the sentence's first word (a
        cue no place, of places.json) glued to the country's name by the two-word match."""
        found = self.gazetteer.country(word)
        if found is None and " " in word:
            head, tail = word.split(" ", 1)
            if fold(head) in self.places.not_places or fold(head) in self.places.glued:
                found = self.gazetteer.country(tail)
        return found
