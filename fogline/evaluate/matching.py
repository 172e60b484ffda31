"""Which predicted event is which gold event, and when two values are the same: an actor by any of its names,
a place by any spelling the gazetteer knows, a figure within a factor of two when both are open."""

from __future__ import annotations

from datetime import date

from ..actors import ActorDictionary
from ..gazetteer import Gazetteer
from ..text import fold
from ..vocab import LOCAL_SOURCES, RESIDENTS, SOCIAL_MEDIA, THE_OUTLET, UNITED_NATIONS


class Canon:
    """Same actor whatever the spelling: aliases and ACLED name variants compare equal."""

    def __init__(self):
        self.actors = ActorDictionary.default()

    def __call__(self, name: str | None) -> str:
        if not name:
            return ""
        entry = self.actors.by_name(name)
        if entry and entry.name:
            return entry.name
        return fold(name)


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _same_place(a: str | None, b: str | None) -> bool:
    """Equal names, or two spellings of one gazetteer place ("Anefis" / "Anefif")."""
    if fold(a or "") == fold(b or ""):
        return True
    if not a or not b:
        return False
    gaz = Gazetteer.default()
    ids_a = {(e.name, e.country_code) for e in gaz.lookup(a)[:3]} | {(e.name, e.country_code) for e in gaz.admin1(a)}
    ids_b = {(e.name, e.country_code) for e in gaz.lookup(b)[:3]} | {(e.name, e.country_code) for e in gaz.admin1(b)}
    return bool(ids_a & ids_b)


def _pair_score(p: dict, g: dict, canon: Canon) -> float | None:
    if g.get("country") and p.get("country") and fold(g["country"]) != fold(p["country"]):
        return None
    d = _days(p.get("date"), g.get("date"))
    if d is not None and d > 7:
        return None
    s = 1.0
    s += 1.0 if p["event_type"] == g["event_type"] else 0
    s += 0.5 if p["sub_event_type"] == g["sub_event_type"] else 0
    s += 1.0 if d == 0 else (0.5 if d is not None and d <= 2 else 0)
    s += 0.5 if _same_place(p.get("admin1"), g.get("admin1")) else 0
    s += 0.5 if g.get("location") and _same_place(p.get("location"), g.get("location")) else 0
    pa = {canon(a["name"]) for a in p["actors"]}
    ga = {canon(a["name"]) for a in g["actors"]}
    s += len(pa & ga) / max(1, len(pa | ga))
    return s


def match(pred: list[dict], gold: list[dict], canon: Canon) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = _pair_score(p, g, canon)
            if s is not None:
                pairs.append((s, i, j))
    used_p, used_g, out = set(), set(), []
    for _s, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _countable(c: dict) -> bool:
    return c.get("what") not in (None, "other") and c.get("low") is not None


def _same_number(p: dict, g: dict) -> bool:
    if p["low"] == g["low"] and p.get("high") == g.get("high"):
        return True
    if p.get("high") is None and g.get("high") is None and p["low"] and g["low"]:
        return max(p["low"], g["low"]) <= 2 * min(p["low"], g["low"])
    return p["low"] == g["low"]


# Source labels outside ANNOTATION.md's vocabulary that some gold files use, read as the guide's label.
CLAIMANT_LABELS = {"local officials": "local sources", "security sources": "local sources",
                   "witnesses": "residents"}
# The sources that are no actor, compared as labels (an actor's name is compared as its canonical name).
_LABELS = frozenset(fold(x) for x in (LOCAL_SOURCES, RESIDENTS, THE_OUTLET, SOCIAL_MEDIA, UNITED_NATIONS))


def _claimant(name: str, canon: Canon) -> str:
    n = fold(name or "")
    n = CLAIMANT_LABELS.get(n, n)
    if n in _LABELS:
        return n
    return canon(name)


def _claims_match(pred: list[dict], gold: list[dict], canon: Canon, full: bool) -> tuple[int, list, list]:
    left = list(gold)
    tp, fps = 0, []
    for p in pred:
        hit = next((g for g in left if g["what"] == p["what"] and _same_number(p, g)
                    and (not full or (canon(p["of"]) == canon(g["of"])
                                      and _claimant(p["claimant"], canon) == _claimant(g["claimant"], canon)))),
                   None)
        if hit is not None:
            left.remove(hit)
            tp += 1
        else:
            fps.append(p)
    return tp, fps, left
