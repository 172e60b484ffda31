"""Place mentions resolved through the gazetteer, with ACLED geo-precision; a settlement it lacks is
:mod:`.settlements`'."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..gazetteer import Gazetteer, PlaceEntry
from ..text import fold
from . import pattern_cache
from .admin2 import Areas
from .beside import Beside
from .border_words import BorderWords
from .country_after import CountryAfter
from .demonym_places import DemonymPlaces
from .entry_choice import beside, bigger_next_door, far_away, next_door, not_an_area, pick, used
from .features import FeatureWords
from .name_runs import CAP, candidates, runs
from .place_mention import UNLISTED, PlaceMention
from .role_cities import RoleCities
from .run_trims import RunTrims
from .scan import caseless
from .settlements import Settlements
from .text import CaselessRegex, alternation

_PARAGRAPH = pattern_cache.compile(r"\n[ \t]*")  # where a paragraph (or a line) starts
_GLOSS = pattern_cache.compile(r"[A-ZÀ-ÝŒ][\w'’-]*\s*\($")  # "Kaya (": a bracket right after a name


class PlaceReader:
    def __init__(self, gazetteer: Gazetteer, data: dict, demonyms: dict):
        self.gaz = gazetteer
        near = alternation(data.get("near", []))
        # "Kharkiv regional governor", "Kharkiv Governor Oleh Syniehubov": an office of the region, not the city
        office = data.get("region_office_after", [])
        region_after = alternation(data.get("region_after", []) + office)
        region_before = alternation(data.get("region_before", []))
        det, place_of = data.get("determiner", ""), data.get("place_of", "")
        sep = r"(?:\s+|(?<=['’]))"  # "near X", and the elided "près d'X"
        self._near_rx = CaselessRegex(rf"(?:{near}){sep}{det}{place_of}$")
        self._region_after = pattern_cache.compile(rf"^\s+(?:{region_after})\b", re.I)
        self._office_after = pattern_cache.compile(rf"^\s+(?:{alternation(office)})\b", re.I)
        # "Kharkiv Mayor Ihor Terekhov": the town whose office it is
        self._town_office = pattern_cache.compile(rf"^\s+(?:{alternation(data.get('town_office_after', []))})\b",
                                                  re.I)
        # asked before every name a region has: on the window's caseless copy (IGNORECASE is several times slower)
        self._region_before = CaselessRegex(rf"(?:{region_before})(?:\s+|(?<=['’]))$")
        self._compass = CaselessRegex(data.get("region_compass_before", "(?!)"))  # "southern Kaduna": the region
        area_after = alternation(data.get("area_after", []))  # "Bokkos local government area": the area, not the town
        self._area_after = CaselessRegex(rf"^\s+(?:{area_after})(?![\w-])") if area_after else None
        # up to four capitalised words, with a lower-case particle between two ("Ras el Ma", "Tin-Zaouatène")
        particles = alternation([re.escape(w) for w in data.get("name_particles", [])], sort=False)
        # "el-Fasher", "al-Qaim": a lower-case article hyphenated before the name is part of it
        prefixes = alternation([re.escape(w) for w in data.get("name_prefixes", [])], sort=False)
        prefix = rf"(?:(?:{prefixes})-)?" if prefixes else ""
        self._name_rx = pattern_cache.compile(
            rf"(?<![\w-]){prefix}{CAP}(?:[ -](?:(?:{particles})[ -]?)?{CAP}){{0,3}}")
        self._of_country = pattern_cache.compile(rf"\s+(?:{particles})\s+(.+)$")  # "l'Est du Burkina Faso"
        # "Mali's Kidal region": a possessive cuts a run of capitalised words
        possessive = demonyms.get("possessive") or "(?!)"
        self._possessive_cut = pattern_cache.compile(rf"(?:{possessive})\s+(?=[A-ZÀ-Ý])")
        self._possessive_end = pattern_cache.compile(rf"(?:{possessive})$")
        cues = alternation(data.get("in", []) + data.get("near", []))
        self._cue_rx = CaselessRegex(rf"(?<![\w-])(?:{cues}){sep}{det}(?:[\w-]+\s+)?$")
        self.not_places = {fold(w) for w in data.get("not_places", [])}
        self._region_words = {w for w in self.not_places if gazetteer.admin1(w)}  # 'sahel', 'north': see _own_region
        self.glued = {fold(w) for w in data.get("glued_before", [])}  # 'À', 'Au': a cue glued to a name
        # "the Somali capital", "the eastern Ukrainian town of": a nationality word is a place only as a region
        self._demonyms = {fold(w) for w in demonyms.get("demonyms", {})}
        self._speaker_after = CaselessRegex(data.get("speaker_after", "(?!)"))
        self._not_place_after = CaselessRegex(data.get("not_place_after", "(?!)"))  # "11:30 a.m. Sanaa time"
        self._pair_after = CaselessRegex(data.get("pair_after", "(?!)"))
        self._town_noun = CaselessRegex(data.get("town_noun_after", "(?!)"))  # "the Kabkabiya market"
        self._attacked_after = CaselessRegex(data.get("settlement_loose_after", "(?!)"))  # "X was attacked"
        self._region_aside = pattern_cache.compile(data.get("region_aside_after", "(?!)"))  # ", whose capital X"
        # "flown to X", and where people came from ("gunmen coming from X"): not where it happened
        self._origin = CaselessRegex(data.get("origin_before", "(?!)"))
        self.borders = BorderWords(data, demonyms)  # "near the border with Burkina Faso": not the report's country
        self.country_after = CountryAfter(data.get("country_after"), gazetteer)  # "Illela in Niger"
        self._elsewhere = CaselessRegex(f"(?:{data.get('elsewhere_before', '(?!)')})|(?:{self._origin.pattern})")
        self._pair_before = CaselessRegex(data.get("pair_before", "(?!)"))
        # "the 3rd Division based in Jos": a unit's home, the sentence's place only when it names no other town
        self._unit_home = CaselessRegex(data.get("unit_home_before", "(?!)"))
        # "..., according to a lawmaker from X", "selon une source à X": where a speaker is, like a unit's home
        # "traders from X": where people came from, alike
        self._speaker_home = CaselessRegex(f"(?:{data.get('speaker_home_before', '(?!)')})"
                                           f"|(?:{data.get('people_home_before', '(?!)')})")
        # "In X, police said ...": the town opening the sentence is where its speakers are
        self._opening = CaselessRegex(data.get("speaker_home_opening", "(?!)"))
        self._speaker_home_after = CaselessRegex(data.get("speaker_home_after", "(?!)"))
        # "A source in X, who asked not to be named, said ...": the speakers the sentence opens with are in X
        self._speaker_subject = pattern_cache.compile(data.get("speaker_subject_before", "(?!)"), re.I)
        self._speech_after = CaselessRegex(data.get("speaker_verb_after", "(?!)"))
        # "three Jos residents", "a Maiduguri businessman": where people are from, like a unit's home
        self._people_after = pattern_cache.compile(data.get("people_town_after", "(?!)"))
        self._people_before = pattern_cache.compile(data.get("people_town_before", "(?!)"), re.I)
        self._deployed = CaselessRegex(data.get("deployed_before", "(?!)"))  # "troops were deployed to X": a region
        self._holder = pattern_cache.compile(data.get("holder_adjective", "(?!)"))  # "the RSF-held town of": no name
        self._trims = RunTrims(gazetteer, self.glued, self._demonyms, self.not_places, self._holder,  # 'À Djibo'
                               {fold(w) for w in data.get("article_glued", [])})  # 'The Kabkabiya market'
        self._dateline = pattern_cache.compile(data.get("dateline", "(?!)"))
        # "the Somali capital", "Haiti's capital", "la capitale malienne": the country's capital city
        self._roles = RoleCities(data.get("capital_of", []), gazetteer, self.country_of, self._aside)
        # "Russia fired 40 missiles at Ukrainian cities": the country a nationality word gives what was hit
        self._demonym_places = DemonymPlaces(data.get("country_by_demonym", []), self.country_of)
        self._features = FeatureWords(data.get("feature_before"), gazetteer)  # "dans le parc W"
        self.beside = Beside(gazetteer, data, self.not_places, self._name_rx)  # "X, in Y", "on their way to Y"
        # "the village of Kisiki", "killed five people in Balga": settlements the gazetteer lacks
        self.settlements = Settlements(gazetteer, data, possessive, not_places=self.not_places, demonyms=self._demonyms,
                                       name_rx=self._name_rx, cue_rx=self._cue_rx, holder=self._holder,
                                       beside=self.beside, cut=self._possessive_cut, end=self._possessive_end)

    def dateline_end(self, text: str) -> int:
        """End of a dateline ('MOPTI, Nov 4 (Wire) -', 'Dakar, Senegal —'): where the story was filed,
        not where it happened."""
        m = self._dateline.match(text[:120])
        return m.end() if m else 0

    def datelines(self, text: str) -> list[tuple[int, int]]:
        """Spans of the datelines that open the report or one of its paragraphs: a page often puts a title,
        a standfirst or a byline before the agency's 'Goma (AFP) –'."""
        out = []
        for start in [0, *(m.end() for m in _PARAGRAPH.finditer(text))]:
            m = self._dateline.match(text[start:start + 120])
            if m and m.end() > 0:
                out.append((start, start + m.end()))
        return out

    def find(self, text: str, countries: list[str], skip: list[tuple[int, int]],
             uses_countries: list[bool] | None = None, abroad: bool = False) -> list[PlaceMention]:
        """The places of ``text``; ``uses_countries`` (a list) gets True appended when the answer may depend on
        ``countries`` (a name the gazetteer knows, a fuzzy try, an unlisted settlement): only such sentences need
        reading again when the report's countries change. ``abroad``: the countries come only from nationality
        words and actors ('Russian forces shelled X'), so a town of a neighbouring country may be the place."""
        out: list[PlaceMention] = []
        homes: list[PlaceMention] = []  # towns named as a unit's home ('the 6th Brigade based in X')
        speakers: set[int] = set()  # of them, where quoted speakers are ('according to officials in X')
        uses = [] if uses_countries is None else uses_countries
        codes, home = self._codes(tuple(countries))  # once per report's countries, not per sentence
        codes = list(codes)
        capital_places = [PlaceMention(s, e, town, 1, s, e) for s, e, town in self._roles.find(text, skip, home, uses)]
        capital_places += self._demonym_places.find(text, skip + [(c.start, c.end) for c in capital_places])
        skip = skip + [(c.start, c.end) for c in capital_places]
        out += capital_places
        features = self._features.named(text)
        # a road's words, asked around each name: not where the sentence lacks the words they need (asked once here)
        folded = caseless(text)
        pair_after, pair_before = (None if rx.absent(folded) else rx for rx in (self._pair_after, self._pair_before))
        for m in self._trims.trimmed(runs(self._name_rx, self._possessive_cut, text), text):
            feature = self._features.find(text, m.start(), m.end()) if features else None
            if feature and not any(a <= feature[0] < b or feature[0] <= a < m.end() for a, b in skip):
                out.append(PlaceMention(feature[0], m.end(), feature[1], 2, feature[0], m.end()))  # an area: 'near'
                continue
            # "the Gao-Ansongo road", "l'axe Gao-Ansongo" (resource patterns start with ^ / end with $)
            pair = bool(pair_after and pair_after.match(text[m.end():m.end() + 40])
                        or pair_before and pair_before.search(text[max(0, m.start() - 40):m.start()]))
            for s, e in candidates(text, m.start(), m.end(), pair, self._possessive_end):
                if any(a <= s < b or s <= a < e for a, b in skip):
                    continue
                name = text[s:e]
                key = fold(name)
                if len(key) < 3 or key in self.not_places and not (
                        key in self._region_words and self._own_region(text, s, e, name, codes)):
                    continue
                if key in self._demonyms and not self._region_cued(text, s, e) or self._holder.search(name):
                    continue
                mention = self._resolve(text, s, e, name, codes, home, uses, abroad)
                if mention and mention.precision == 4:
                    mention = self._longest_country(text, mention)
                poss_tail = bool(self._possessive_end.fullmatch(text[e:m.end()]))  # "Mogadishu's Hodan district"
                area = bool(self._area_after and self._area_after.match(text[e:e + 40]))  # "Magumeri LGA"
                # "Kharkiv Governor Oleh Syniehubov": the region, whoever holds its office
                area = area or bool(mention and (self._office_after if mention.precision == 3 else self._town_office)
                                    .match(text[e:e + 20]))
                if mention and e < m.end() and not pair and not poss_tail and not area:
                    rest = fold(text[e:m.end()]).split()
                    of = self._of_country.match(text, e, m.end())
                    of_country = bool(of and mention.precision == 3 and self.gaz.country(of.group(1)))
                    if not all(w in self.not_places for w in rest) and not of_country:
                        # "Rida Lyammouri" is a person, not the place "Rida"; but "in Tungan Kara, Zamfara
                        # State" names a settlement the gazetteer lacks, whatever "Tungan" is elsewhere
                        unlisted = self.settlements.unlisted(text, m.start(), m.end(), home, skip, uses)
                        if unlisted:
                            out.append(unlisted)
                        break
                if mention and not pair and not self._cued(text, s, mention, codes):
                    continue  # "the Damboa-Maiduguri road" names its two towns as places, whatever precedes it
                if mention and pair and mention.precision <= 2:
                    mention = replace(mention, precision=2, pair=True)  # on the road from X: near X
                if mention and (self._speaker_after.match(text[e:e + 40])
                                or self._not_place_after.match(text[e:e + 20])):
                    break  # "a former official in Kidal said": where the speaker is, not the event
                if mention and self._elsewhere.search(text[max(0, s - 80):s]):
                    break  # "the wounded were flown to Kidal": where they went, not the event
                if mention and mention.precision < 3 and self._deployed.search(text[max(0, s - 80):s]):
                    out.append(replace(mention, precision=3))  # where forces went: its region, not the place
                    break
                spoken = mention and mention.precision < 3 and bool(
                    self._speaker_home.search(text[max(0, s - 90):s])
                    or s < 40 and self._opening.match(text[:s]) and self._speaker_home_after.match(text[e:e + 60])
                    or s < 90 and self._speaker_subject.match(text[:s]) and self._speech_after.search(text, e))
                if spoken:
                    speakers.add(s)  # where speakers are: not the place of the region the sentence names either
                if mention and mention.precision < 3 and (
                        spoken or self._unit_home.search(text[max(0, s - 60):s])
                        or self._people_after.match(text[e:e + 40])
                        and self._people_before.search(text, max(0, s - 20), s)):
                    homes.append(mention)
                    break
                if mention:
                    if pair and home and s > m.start() and text[s - 1] == "-" and mention.precision < 3:
                        out += self._pair_head(text, m.start(), s - 1, home)  # "the Kawuri-Konduga road"
                    out.append(mention)
                    break
            else:
                unlisted = self.settlements.unlisted(text, m.start(), m.end(), home, skip, uses)
                if unlisted:
                    out.append(unlisted)
        if homes:  # another town is where it happened; the home still says the country (and region)
            other = any(p.precision < 3 for p in out)
            region = any(p.precision == 3 for p in out)
            out = sorted(out + [replace(h, precision=3) if other or region and h.start in speakers else h
                                for h in homes], key=lambda p: p.start)
        out = sorted(out, key=lambda p: p.start) if capital_places else out
        return self._without_region_asides(text, out) if any(p.precision == 3 for p in out) else out

    def _without_region_asides(self, text: str, out: list[PlaceMention]) -> list[PlaceMention]:
        """Less the towns named in a clause about a region ('in North Darfur, whose capital El Fasher has been under
        siege', 'in Cabo Delgado, home to a gas project near Palma'): they say what the region is, not where."""
        keep, region = [], None
        for p in out:
            if p.precision < 3 and region is not None and p.start - region.end <= 80 \
                    and self._region_aside.match(text[region.end:p.start]):
                continue
            region = p if p.precision == 3 else region
            keep.append(p)
        return keep

    def _pair_head(self, text: str, s: int, e: int, home: PlaceEntry) -> list[PlaceMention]:
        """The first town of a road's pair that no list knows ('the Kawuri-Konduga road'): a settlement of the
        report's country, 'near' like the other, and the first named."""
        name = text[s:e]
        key = fold(name)
        if len(key) < 3 or key in self.not_places or key in self._demonyms or self._holder.search(name) \
                or self.gaz.country(name) or self.gaz.admin1(name):
            return []
        entry = PlaceEntry(None, name, home.country_code, home.country, home.iso3, None, home.latitude,
                           home.longitude, 0, UNLISTED)
        return [PlaceMention(s, e, entry, 2, s, e, pair=True)]

    def _longest_country(self, text: str, m: PlaceMention) -> PlaceMention:
        """The longest country name ending with the one found, words of any case before it included: 'the
        Republic of Congo' is Brazzaville's, 'République démocratique du Congo' Kinshasa's."""
        base = max(0, m.start - 45)
        starts = [base + w.start() for w in re.finditer(r"(?<!\S)\S", text[base:m.start])]
        for start in starts[-4:]:  # the longest first
            country = self.gaz.country(text[start:m.end])
            if country:
                return m if country == m.entry else replace(m, start=start, entry=country, name_start=start)
        return m

    def _aside(self, text: str, s: int, e: int) -> bool:
        """Whether words before or after a place make it where people went or a speaker is ('flown to X')."""
        return bool(self._elsewhere.search(text[max(0, s - 80):s]) or self._speaker_after.match(text[e:e + 40]))

    def area_word_after(self, text: str, end: int) -> bool:
        """Whether an area's word follows a name ('Konduga LGA', 'Longechuk county')."""
        return bool(self._area_after and self._area_after.match(text[end:end + 40]))

    def origin(self, before: str) -> bool:
        """Whether the words before a name make it where people or fire came from ('coming from', 'venus du')."""
        return bool(self._origin.search(before[-80:]))

    def initial_places(self, text: str, countries: list[str], skip: list[tuple[int, int]]) -> list[PlaceMention]:
        """'In Maiduguri, ...', 'À Bangui, ...': the place right after a sentence's capitalised first word when
        that word is no name (the capitalised run reads the two as one name and finds neither)."""
        first = re.match(r"\s*([^\s-]+)\s+(?=[A-ZÀ-Ý])", text)
        if not first or fold(first.group(1)) not in self.not_places:
            return []
        lowered = text[:first.end()].lower() + text[first.end():]  # same offsets; "in" is a cue again
        return [p for p in self.find(lowered, countries, skip) if p.start == first.end()]

    def _own_region(self, text: str, s: int, e: int, name: str, codes: list[str]) -> bool:
        """A word no place elsewhere ('Sahel', 'North') named as a region of the report's country ("Burkina
        Faso's Sahel region", 'la région du Nord'): that region."""
        return bool(codes) and self._region_cued(text, s, e) and any(
            x.country_code in codes for x in self.gaz.admin1(name))

    def _region_cued(self, text: str, s: int, e: int) -> bool:
        return bool(self._region_after.match(text[e:e + 40]) or self._region_before.search(text[max(0, s - 60):s]))

    def _resolve(self, text, s, e, name, codes, home, uses, abroad=False) -> PlaceMention | None:
        """``codes``: the report's country codes; ``home``: the first one's entry; ``uses``, ``abroad``: see
        ``find``."""
        before = text[max(0, s - 60):s]
        gloss = self._glossed(text, s, e)
        regions = self.gaz.admin1(name)  # the words around are read for a region only when one has the name
        after = text[e:e + 40]
        compass = bool(regions) and not gloss and bool(self._compass.search(before)) and not self.gaz.country(name)
        if regions and (gloss or self._region_cued(text, s, e) or compass):
            entry = pick(used(regions, uses), codes, region=True)
            if entry and (not compass or entry.country_code in codes):  # 'southern Kaduna': the report's region
                end = e + self._region_after.match(after).end() if self._region_after.match(after) else e
                return PlaceMention(s, end, entry, 3, s, e)
        country = self.gaz.country(name)
        if country and name[0].isupper():
            # "near the border with Niger": the country across the border is not where it happened
            return None if self.borders.neighbour(before) else PlaceMention(s, e, country, 4, s, e)
        cued = bool(self._cue_rx.search(before[-40:])) or gloss
        centre = (home.latitude, home.longitude) if home else None
        entries = used(self.gaz.lookup(name), uses)
        entry = self.country_after.choose(entries, text, e) or \
            pick(beside(self.gaz, entries, codes), codes, cued=cued, centre=centre)
        if abroad and (entry is None or far_away(entry, centre)):
            entry = next_door(entries, centre, name) or entry  # not Siberia's Pokrovsk for 'Russian drones hit X'
        elif abroad and entry.kind != "supplement":
            entry = bigger_next_door(entries, entry, centre)
        if entry and (code := self.country_after.code(text, e)) and code != entry.country_code \
                and not any(x.country_code == code for x in entries) and (c := self.gaz.country(code)):
            # "Boni, Burkina Faso" with only Mali's Boni known: the country written says where; a settlement there
            entry = PlaceEntry(None, name, c.country_code, c.country, c.iso3, None, c.latitude, c.longitude, 0,
                               UNLISTED)
        if entry and entry.country_code not in codes and not_an_area(entry, Areas.of(self.gaz).lookup(name)):
            return None  # "in Momo": a Cameroonian division (the area reader's), not an Italian village
        if entry and codes and entry.country_code not in codes and far_away(entry, centre) \
                and fold(entry.name, compact=True) != fold(name, compact=True):
            return None  # "Ngoma village" in a report on Nigeria: a village, not Goma's other name far away
        if entry:
            near = bool(self._near_rx.search(text[max(0, s - 120):s])) or self.beside.km_before(before[-30:]) \
                or bool(self._area_after and self._area_after.match(after))
            start = s
            return PlaceMention(start, e, entry, 2 if near else 1, s, e)
        entry = pick(used(regions, uses), codes, region=True)
        if entry:
            return PlaceMention(s, e, entry, 3, s, e)
        if len(name) >= 5:
            uses.append(True)  # a fuzzy try in the report's countries
        if codes and len(name) >= 5:
            for code in codes[:2]:
                fuzzy = self.gaz.fuzzy(name, code)
                if fuzzy and fuzzy[0].kind == "supplement":
                    return PlaceMention(s, e, fuzzy[0], 1, s, e)
        return None

    @staticmethod
    def _glossed(text: str, s: int, e: int) -> bool:
        """'Kaya (Centre-Nord)', 'à Tassia, commune de Tondikiwindi (Tillabéri)': a name in brackets right after
        a place's name is where that place lies, its region first."""
        return text[e:e + 1] == ")" and bool(_GLOSS.search(text[max(0, s - 40):s]))

    def _cued(self, text: str, start: int, m: PlaceMention, codes: list[str]) -> bool:
        """A small place needs a cue ('in', 'near', 'town of', a region word) or to be a curated place; so does a
        city abroad of a report whose countries are known ('the parish priest of St. Mary's', not Mary of
        Turkmenistan)."""
        if m.precision >= 3 or m.entry.kind == "supplement" or m.entry.population >= 100000 and (
                not codes or m.entry.country_code in codes):
            return True
        if self._glossed(text, start, m.name_end) or self._town_office.match(text[m.name_end:m.name_end + 20]):
            return True  # "Kaya (Centre-Nord)", "Mykolaiv Mayor Oleksandr Senkevych"
        if (not codes or m.entry.country_code in codes) and self._town_noun.match(text[m.name_end:m.name_end + 30]):
            return True  # "the Kabkabiya market", "Konduga residents": the town, named before what is in it
        if (not codes or m.entry.country_code in codes) \
                and self._attacked_after.match(text[m.name_end:m.name_end + 60]):
            return True  # "Oicha was attacked at night": the town an attack names
        if (not codes or m.entry.country_code in codes) and self.beside.distance_after(text, m.name_end):
            return True  # "targeted Kutum, 100 km northwest of El Fasher": a distance set off after it names a place
        before = text[max(0, start - 40):start]
        return bool(self._cue_rx.search(before) or self._holder.search(before.rstrip()))  # "Boko Haram-held X"

    def country_of(self, word: str) -> PlaceEntry | None:
        """The country a name or a nationality word names ('Niger', 'Burkinabe')."""
        return self.gaz.country(word) or self.gaz.country(self.borders.demonym_country(word))

    @lru_cache(maxsize=256)  # noqa: B019 (one reader per language, kept for the process)
    def _codes(self, countries: tuple[str, ...]) -> tuple[tuple[str, ...], PlaceEntry | None]:
        """The codes of the report's countries known to the gazetteer, and the first one's entry."""
        codes = tuple(c for c in map(self._code, countries) if c)
        return codes, self.gaz.country(codes[0]) if codes else None

    def _code(self, country: str) -> str | None:
        entry = self.gaz.country(country)
        return entry.country_code if entry else None
