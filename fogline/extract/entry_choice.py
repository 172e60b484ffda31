"""Which gazetteer entry a place name written in one sentence stands for, among the entries of that name: the
report's countries choose first, then a curated, large or unambiguous place; a small foreign namesake none."""

from __future__ import annotations

from ..gazetteer import Gazetteer, PlaceEntry, fold

_NEXT_DOOR = 25  # degrees (latitude plus longitude) from a country's capital to a town of a neighbour
_AREA_OVER_TOWN = 50000  # a foreign town this large is meant rather than an area of a country at war
_CITY = 100000  # a town with neighbourhoods
# a town of another of the report's countries this large and this many times larger than the first country's
# namesake is the one meant ('Pokrovsk' in a report on Russia's war in Ukraine)
BIGGER_TOWN, BIGGER = 50000, 5
_TOWN = 5000  # smaller places of a neighbouring country are too often namesakes of a village of the report's


def pick(entries: list[PlaceEntry], codes: list[str], region: bool = False,
         cued: bool = False, centre: tuple[float, float] | None = None) -> PlaceEntry | None:
    """The entry in the report's countries; else a curated, large, or unambiguous cued place."""
    if not entries:
        return None
    if codes:
        ranked = [e for code in codes for e in entries if e.country_code == code]
        if ranked:
            # the first context country's place, unless another context country has a far bigger one
            # ("Donetsk" in a report on Russia and Ukraine is the Ukrainian city)
            # (a larger town of the first country under an old name, 'Pokrovsk' for Engels, is no reason to stay)
            others = [e for e in ranked if e.country_code != ranked[0].country_code]
            big = max(others, key=lambda e: e.population) if others else ranked[0]
            override = bool(others) and ranked[0].kind != "supplement" and much_bigger(big, ranked[0])
            return big if override else ranked[0]
    best = entries[0]
    if codes and not region and best.kind != "supplement" and best.population < 50000:
        return None  # "la province du Soum" in a report on Burkina Faso is not Senegal's village Soum
    if centre and not region and best.population < 100000 and \
            abs(best.latitude - centre[0]) + abs(best.longitude - centre[1]) > 25:
        return None  # "Koui" in a report on the Central African Republic is not a Chinese village
    if region or best.kind == "supplement" or best.population >= 50000:
        return best
    if cued and (len(entries) == 1 or best.population >= 5 * max(1, entries[1].population)):
        return best
    return None


def much_bigger(a: PlaceEntry, b: PlaceEntry) -> bool:
    """Whether town ``a`` is so much larger than its namesake ``b`` that a report naming both countries means it."""
    return a.population >= BIGGER_TOWN and a.population >= BIGGER * max(1, b.population)


def next_door(entries: list[PlaceEntry], centre: tuple[float, float] | None, name: str = "") -> PlaceEntry | None:
    """A report whose countries come only from nationality words and actors ('Russian forces shelled X'): the
    attackers' country need not be the place's. The largest town of the name near the report's country, when
    those near lie in one country and it is no hamlet, is the place (its country then joins the report's);
    namesakes far away (Lyman, South Carolina; Pokrovsk of Siberia) do not count, nor a town that had the name
    ``name`` once (Engels, once Pokrovsk) beside one that has it."""
    if not entries or centre is None:
        return None
    near = [e for e in entries if _distance(e, centre) <= _NEXT_DOOR]
    near = [e for e in near if fold(e.name) == fold(name)] or near
    if not near or len({e.country_code for e in near}) > 1:
        return None
    best = max(near, key=lambda e: e.population)
    return best if best.kind == "supplement" or best.population >= _TOWN else None


def large_town(gaz: Gazetteer, name: str) -> bool:
    """Whether a name is a large town (its district may share the name) and no region or country: a town this
    large has neighbourhoods ('the Hayatabad area of Peshawar'), a smaller one villages around it."""
    towns = gaz.lookup(name)
    return bool(towns) and towns[0].population >= _CITY and not (gaz.admin1(name) or gaz.country(name))


def bigger_next_door(entries: list[PlaceEntry], entry: PlaceEntry, centre: tuple[float, float] | None) -> PlaceEntry:
    """In a report whose countries come only from nationality words, a city of the name next door that is far
    larger than the hamlet of the attackers' country ('Russian missiles struck Nikolaev': Mykolaiv, not a Rostov
    village of 600 people)."""
    others = [e for e in entries if e.country_code != entry.country_code and not far_away(e, centre)]
    big = max(others, key=lambda e: e.population, default=None)
    return big if big is not None and much_bigger(big, entry) else entry


def far_away(entry: PlaceEntry, centre: tuple[float, float] | None) -> bool:
    """Whether a town lies farther from the report's country's centre than a neighbour's town could."""
    return centre is not None and _distance(entry, centre) > _NEXT_DOOR


def _distance(e: PlaceEntry, centre: tuple[float, float]) -> float:
    return abs(e.latitude - centre[0]) + abs(e.longitude - centre[1])


def not_an_area(town: PlaceEntry, areas: list[PlaceEntry]) -> bool:
    """Whether a small town outside the report's countries yields to a curated second-level area of the same name
    in another country ('Momo': the Cameroonian division, not the Italian village)."""
    return town.kind != "supplement" and town.population < _AREA_OVER_TOWN \
        and any(a.country_code != town.country_code for a in areas)


def beside(gaz: Gazetteer, entries: list[PlaceEntry], codes: list[str]) -> list[PlaceEntry]:
    """When no town of the name lies in the report's countries, a large one beside them goes first: 'Odessa' in
    a report on Russia's drones is Odesa, not Odessa, Texas."""
    if not codes or not entries or any(e.country_code in codes for e in entries):
        return entries
    centres = [(c.latitude, c.longitude) for c in map(gaz.country, codes[:3]) if c]
    floor = max(100000, entries[0].population // 5)
    near = [e for e in entries if e.population >= floor
            and any(abs(lat - e.latitude) + abs(lon - e.longitude) < 20 for lat, lon in centres)]
    if not near or near[0] is entries[0]:
        return entries
    top = max(near, key=lambda e: e.population)
    return [top] + [e for e in entries if e is not top]


def used(entries: list[PlaceEntry], uses: list[bool]) -> list[PlaceEntry]:
    """Gazetteer entries, noting in ``uses`` that the report's countries choose among them."""
    if entries:
        uses.append(True)
    return entries
