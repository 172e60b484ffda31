"""Namesakes: which of the towns of a written name the report points to (its countries, the regions and towns
it names, the part of the country it names, the dateline's country, population), and the dateline's city,
which is where the story was filed, never the event's place by itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache

from ..gazetteer import Gazetteer, fold
from ..lang import resources_or_english
from .areas import area_reader
from .entry_choice import much_bigger
from .place_mention import UNLISTED, PlaceMention
from .views import DocumentContext

_SPELLING_CUTOFF = 90  # rapidfuzz ratio of a name written another way ('Agelhok' / 'Aguelhok')
_SPELLING_LENGTH = 6  # shorter names differ by one letter from too many others


class Namesakes:
    """Chooses among the gazetteer's towns of one name by the report's context."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def choose(self, best: PlaceMention | None, ctx: DocumentContext) -> PlaceMention | None:
        """Among the towns of the written name, the one the report points to: its countries (places, actors,
        nationality words; the first most), a region it names, other towns it names nearby, then population.
        A curated place gives way only to a town of a region the report names."""
        if best is None or best.precision >= 3 or best.entry.kind not in ("city", "supplement"):
            return best
        written = ctx.doc.text[best.start:best.end]
        names = {fold(written), fold(best.entry.name)}
        cands = {(e.country_code, e.latitude, e.longitude): e for e in self.gazetteer.lookup(written)
                 if fold(e.name) in names}
        if len(cands) < 2:
            return best
        codes = [c.country_code for c in map(self.gazetteer.country, ctx.countries[:3]) if c]
        news, regions, filed = self._report(ctx)
        own = fold(best.entry.name)
        towns = [e for e, key in zip(news, self._folded(news, ctx), strict=True) if key != own]
        sides = self._sides(ctx)

        def context(e) -> float:  # what the report says beyond the order of its countries
            near = any(abs(t.latitude - e.latitude) + abs(t.longitude - e.longitude) < 2 for t in towns)
            side = any(cc == e.country_code and self._on_side(e, cc, way) for cc, way in sides)
            return 5 * ((e.country_code, e.admin1) in regions) + 2 * near + 2 * side + 2 * (e.country_code == filed)

        def score(e) -> float:
            return ((3 - codes.index(e.country_code)) * 2 if e.country_code in codes else 0) + context(e) \
                + math.log10(e.population + 10) / 2
        top = max(cands.values(), key=score)
        if best.entry.kind == "supplement" and ((top.country_code, top.admin1) not in regions or
                                               (best.entry.country_code, best.entry.admin1) in regions):
            return best
        if best.entry.country_code in codes and much_bigger(best.entry, top) and context(top) <= context(best.entry):
            return best  # 'Pokrovsk' of Ukraine, not Russia's village, unless the report says more than its countries
        if top != best.entry and score(top) > score(best.entry) + 1:
            return replace(best, entry=top)
        return best

    def _report(self, ctx: DocumentContext) -> tuple[list, set[tuple[str, str]], str | None]:
        """What the whole report says, read once per report (asked for each namesake): the towns of its news
        sentences, the regions they name, and the dateline's country ("KYIV, Ukraine (AP) —": context, never the
        place itself)."""
        found = ctx.memo.get("namesake_context")
        if found is None:
            news = [p for v in ctx.views if not v.background for p in v.places]
            found = ctx.memo["namesake_context"] = (
                [p.entry for p in news if p.precision < 3 and p.entry.kind != UNLISTED],
                {(p.entry.country_code, p.entry.admin1) for p in news if p.precision == 3},
                self.dateline_country(ctx))
        return found

    @staticmethod
    def _folded(news: list, ctx: DocumentContext) -> list[str]:
        """The folded names of the report's towns (once per report: asked for each namesake)."""
        found = ctx.memo.get("namesake_folded")
        if found is None:
            found = ctx.memo["namesake_folded"] = [fold(e.name) for e in news]
        return found

    def _sides(self, ctx: DocumentContext) -> set[tuple[str, str]]:
        """(country code, compass point) of the report's news sentences: 'eastern Ukraine', 'le nord du Mali'.
        Read once per report (asked for each namesake: a long report asked it anew at every one)."""
        out = ctx.memo.get("compass_sides")
        if out is not None:
            return out
        rx, compass = _compass(ctx.doc.language)
        out = ctx.memo["compass_sides"] = set()
        for v in ctx.views:
            if v.background:
                continue
            for m in rx.finditer(v.s.text):
                c = self.gazetteer.country(m.group(2)) or self.gazetteer.country(m.group(2).split()[0])
                if c:
                    out.add((c.country_code, compass[m.group(1).lower()]))
        return out

    def _on_side(self, e, cc: str, way: str) -> bool:
        """Whether a place lies in that part of its country, against the mean of the country's regions."""
        lat, lon, tlat, tlon = _middle(self.gazetteer, cc)  # a quarter of the country's span, each way
        dlat, dlon = e.latitude - lat, e.longitude - lon
        return {"north": dlat > tlat, "south": dlat < -tlat, "east": dlon > tlon, "west": dlon < -tlon,
                "northeast": dlat > tlat / 2 and dlon > tlon / 2, "northwest": dlat > tlat / 2 and dlon < -tlon / 2,
                "southeast": dlat < -tlat / 2 and dlon > tlon / 2, "southwest": dlat < -tlat / 2 and dlon < -tlon / 2,
                "center": abs(dlat) < tlat and abs(dlon) < tlon}.get(way, False)

    def dateline_city(self, ctx: DocumentContext) -> frozenset[str]:
        """The folded cities of the dateline: 'NAIROBI/MOGADISHU (Reuters)' files from both."""
        city = area_reader(ctx.doc.language, self.gazetteer).dateline_city(ctx.doc.text)
        return frozenset(fold(c) for c in city.split("/") if c.strip()) if city else frozenset()

    def dateline_country(self, ctx: DocumentContext) -> str | None:
        """The country of the dateline's city ('KYIV, Ukraine (AP) —'): where the reporter is, most often the war."""
        names = self.dateline_city(ctx)
        towns = [e for n in names for e in self.gazetteer.lookup(n) if fold(e.name) == n and e.population >= 100000]
        return max(towns, key=lambda e: e.population).country_code if towns else None

    def spelled_otherwise(self, m: PlaceMention):
        """The gazetteer's town of a name written another way ('Tinzaouatene' / 'Tin-Zaouatene'), in the report's
        country, when every near spelling lies in one region: transliterations of one name vary more than the
        lists' aliases."""
        key = fold(m.entry.name)
        if len(key) < _SPELLING_LENGTH:
            return None
        found = self.gazetteer.fuzzy(m.entry.name, m.entry.country_code, cutoff=_SPELLING_CUTOFF, curated_only=False)
        if not found or fold(found[0].name)[:1] != key[:1] or len({e.admin1 for e in found}) != 1:
            return None
        return found[0] if found[0].admin1 else None


@cache
def _compass(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """'eastern Ukraine', 'north of Mali', 'le nord du Mali': a compass word of places.json, its ``compass_link``,
    then a name."""
    places = resources_or_english(language)["places"]
    compass = {k.lower(): v for k, v in places.get("compass", {}).items()}
    words = "|".join(sorted(map(re.escape, compass), key=len, reverse=True)) or "(?!)"
    name = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
    link = places.get("compass_link")  # "north of the", "nord du": between the word and a name
    link = rf"(?:(?i:{link}))?" if link else ""
    return re.compile(rf"(?<![\w-])(?i:({words}))\s+{link}({name})"), compass


@cache
def _middle(gazetteer: Gazetteer, cc: str) -> tuple[float, float, float, float]:
    """Mean position of a country's first-level regions, where 'northern' and 'eastern' are measured from, and
    a quarter of their span north-south and east-west: how far from it a place must lie to be in that part."""
    points = [(e.latitude, e.longitude) for e in gazetteer.regions_of(cc)]
    if len(points) < 2:
        c = gazetteer.country(cc)
        return (c.latitude, c.longitude, 1.0, 1.0) if c else (0.0, 0.0, 1.0, 1.0)
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return (sum(lats) / len(lats), sum(lons) / len(lons), max(0.25, (max(lats) - min(lats)) / 4),
            max(0.25, (max(lons) - min(lons)) / 4))
