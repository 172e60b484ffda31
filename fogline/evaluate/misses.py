"""What is wrong, counted by kind and never by name (``fogline eval --misses``): claims right on their figure but
wrong on whom or by whom, and the wrong locations and dates of matched events; a held-out set can say what kind
of error is left without being read."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from datetime import date
from typing import Any

from ..extract.sentences import split_sentences
from ..gazetteer import Gazetteer
from ..text import fold
from ..vocab import (
    CIVILIANS,
    CIVILIANS_PREFIX,
    GOVERNMENT,
    GOVERNMENT_OF,
    NATIONAL_MILITARY,
    NATIONAL_POLICE,
    STATE_FORCES,
    UNIDENTIFIED_GROUP,
    UNIDENTIFIED_PREFIX,
    UNKNOWN,
)
from .matching import _LABELS, Canon, _claimant, _same_number, _same_place


def _kind_of(name: str | None, canon: Canon) -> str:
    """A claimant's or victim's kind, not its name: what the breakdown of claims-full misses counts."""
    n = _claimant(name or "", canon)
    if n in _LABELS or n in ("", fold(UNKNOWN)):
        return n or fold(UNKNOWN)
    if name.startswith(CIVILIANS_PREFIX):
        return CIVILIANS
    if name.startswith(GOVERNMENT_OF):
        return GOVERNMENT
    if name.startswith((NATIONAL_MILITARY, NATIONAL_POLICE)):
        return STATE_FORCES
    if name.startswith(UNIDENTIFIED_PREFIX):
        return UNIDENTIFIED_GROUP
    entry = canon.actors.by_name(name)
    return entry.kind if entry else "unlisted actor"


def _full_misses(fps: list[dict], fns: list[dict], canon: Canon) -> Counter:
    """Pairs each wrong claim with a missed one of the same what and number and names what differs, by kind."""
    out: Counter = Counter()
    left = list(fns)
    for p in fps:
        g = next((g for g in left if g["what"] == p["what"] and _same_number(p, g)), None)
        if g is None:
            continue
        left.remove(g)
        if canon(p["of"]) != canon(g["of"]):
            out[f"of: {_kind_of(p['of'], canon)} → {_kind_of(g['of'], canon)}"] += 1
        if _claimant(p["claimant"], canon) != _claimant(g["claimant"], canon):
            out[f"claimant: {_kind_of(p['claimant'], canon)} → {_kind_of(g['claimant'], canon)}"] += 1
    return out


def _shape(c: dict) -> str:
    if c.get("high") is None:
        return "open"
    return "exact" if c["high"] == c["low"] else "range"


def _core_misses(fps: list[dict], fns: list[dict], unmatched: set[int], canon: Canon) -> Counter:
    """Claims wrong on what or number, by kind: spurious or missed, whether the other side holds a figure of the
    same what with another number (and which is larger), the figure's shape and claimant's kind, and whether its
    event is matched;
    ``unmatched`` holds the ids of claims whose event has no counterpart."""
    out: Counter = Counter()
    for label, mine, theirs, other in (("spurious", fps, fns, "the gold"), ("missed", fns, fps, "we")):
        for c in mine:
            same = [o for o in theirs if o["what"] == c["what"]]
            if not same:
                rel = f"{other} {'has' if other == 'the gold' else 'give'} no other {c['what']} figure"
            else:
                near = min(same, key=lambda o: abs(o["low"] - c["low"]))
                rel = f"{other} {'has' if other == 'the gold' else 'give'} another {c['what']} figure (" + (
                    "larger" if near["low"] > c["low"] else "smaller" if near["low"] < c["low"] else "same low") + ")"
            kind = f"{label} {c['what']} ({_shape(c)}) by {_kind_of(c['claimant'], canon)}; {rel}"
            if id(c) in unmatched:
                kind += "; its event unmatched"
            out[kind] += 1
    return out


def _place_miss(p: dict, g: dict, text: str | None = None) -> str:
    """A wrong location's kind, not its name: what was given against what the gold holds, whether the
    gazetteer knows the gold place at all (a coverage miss, not a reading one), and (given the report's ``text``)
    where the gold's place words stand against the sentence ours came from."""
    if not p.get("location"):
        kind = "no place given"
    elif not g.get("location"):
        kind = "a place where the gold has only a region"
    else:
        kind = "other place, " + ("same admin1" if _same_place(p.get("admin1"), g.get("admin1")) else "other admin1")
    if g.get("location"):
        known = bool(Gazetteer.default().lookup(g["location"]))
        kind += "; gold place " + ("known to" if known else "missing from") + " the gazetteer"
    kind += _where(p, g, text) if text else ""
    return f"{kind}; precision {p.get('geo_precision')} → {g.get('geo_precision')}"


def _where(p: dict, g: dict, text: str) -> str:
    """'; the gold's words in a later sentence than ours' (same, earlier, later; or not found as written)."""
    ours, words = (p.get("location_evidence") or {}).get("start"), g.get("location_text")
    if ours is None or not words:
        return ""
    at = text.find(words)
    if at < 0:
        return "; the gold's words not in the text as written"
    starts = [s.start for s in split_sentences(text)]
    mine, theirs = bisect_right(starts, ours), bisect_right(starts, at)
    where = "the same sentence as ours" if mine == theirs else \
        "an earlier sentence than ours" if theirs < mine else "a later sentence than ours"
    return "; the gold's words in " + where


def _date_miss(p: dict, g: dict, published: date | None) -> str:
    """A wrong date's kind: none given, the publication day taken, or how far off and in which direction."""
    if not p.get("date"):
        return "no date given"
    if not g.get("date"):
        return "a date where the gold has none"
    d = (date.fromisoformat(p["date"]) - date.fromisoformat(g["date"])).days
    far = f"{abs(d)} day{'s' if abs(d) > 1 else ''}" if abs(d) <= 7 else ("8–31 days" if abs(d) <= 31 else "> 31 days")
    kind = f"{far} {'after' if d > 0 else 'before'} the gold"
    if published and p["date"] == published.isoformat():
        kind = "the publication day, " + kind
    return f"{kind}; precision {p.get('date_precision')} → {g.get('date_precision')}"


def format_misses(report: dict[str, Any]) -> str:
    """The claims, location, date and event-type breakdowns per language, most frequent first."""
    lines = []
    for key, title in (("claims_core_misses", "claims wrong on what or number (core), by kind:"),
                       ("claims_full_misses", "claims right on what and number, wrong on whom (of) or by whom "
                                              "(claimant), as predicted → gold:"),
                       ("location_misses", "locations wrong on matched events, by kind:"),
                       ("date_misses", "dates wrong on matched events, by kind:"),
                       ("type_misses", "sub-event types wrong on matched events, as predicted → gold:")):
        lines.append(title)
        for name, r in [("overall", report["overall"])] + list(report["by_language"].items()):
            lines.append(f"  {name}:")
            lines += [f"    {n:>3}  {k}" for k, n in r[key].items()] or ["      none"]
    return "\n".join(lines)
