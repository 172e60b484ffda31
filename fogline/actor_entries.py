"""What one entry of the actor dictionary is, and the checks a dictionary file must pass.

Kept apart from the lookups (:mod:`fogline.actors`) so that tools reading or writing the data files
(tests, the ``actors`` export) need not build the dictionary's indexes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import vocab

__all__ = ["FORCES", "KINDS", "ActorEntry", "check_entry", "is_acronym", "merge_entry"]

FORCES = frozenset({vocab.MILITARY, *vocab.POLICE_FORCES})  # which state force a generic word names
KINDS = frozenset({
    vocab.STATE_FORCES, vocab.REBEL_GROUP, vocab.POLITICAL_MILITIA, vocab.IDENTITY_MILITIA, vocab.CIVILIANS,
    vocab.FOREIGN_FORCES, vocab.UNIDENTIFIED_GROUP, vocab.OTHER_KIND, vocab.PROTESTERS,
})


def is_acronym(alias: str) -> bool:
    """True for acronym-like aliases ("FAMa", "CSP-DPA", "AFC/M23", "U.N.") that must only be
    matched exactly and case-sensitively (lowercased "FAN", "IS", "AA" are ordinary words)."""
    alias = alias.strip()
    if not alias or len(alias.split(None, 1)) > 1:  # a space inside (no loop in Python: every alias is asked)
        return False
    letters = [c for c in alias if c.isalpha()]
    upper = sum(map(str.isupper, letters))
    return upper >= 2 and upper * 2 >= len(letters)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str | None  # canonical ACLED-style name; None for generic descriptors
    kind: str
    country: str | None
    home_country: str | None
    active: tuple[int | None, int | None]
    generic: bool
    successor: str | None = None  # canonical name that took over (renaming, merger)
    default_for: tuple[str, ...] = ()  # generic words that mean this actor in its country ("separatists")
    pro_government: bool = False  # a militia fighting beside the state (VDP, Wazalendo): never "the gunmen"
    by_nationality: bool = True  # "Yemeni forces" may name it (false where a rival uses the nationality)
    force: str | None = None  # generic state-force words: "police" names the country's police, not its army
    countries: tuple[str, ...] = ()  # where its local aliases mean it (default: its country)

    def active_in(self, year: int | None) -> bool:
        if year is None:
            return True
        start, end = self.active
        return (start is None or start <= year) and (end is None or year <= end)

    def _centrality(self, year: int) -> float:
        """How far ``year`` lies inside the active span (negative = outside it)."""
        start, end = self.active
        lo = float("inf") if start is None else year - start
        hi = float("inf") if end is None else end - year
        return min(lo, hi)


def check_entry(d: Mapping[str, Any], where: str) -> None:
    if d.get("kind") not in KINDS:
        raise ValueError(f"{where}: kind {d.get('kind')!r} not in {sorted(KINDS)}")
    if d.get("name") is None and not d.get("generic"):
        raise ValueError(f"{where}: an entry without a name must be generic")
    active = d.get("active", [None, None])
    if not (isinstance(active, list | tuple) and len(active) == 2):
        raise ValueError(f"{where}: active must be [first_year, last_year]")
    for key in ("aliases", "local_aliases"):
        aliases = d.get(key, {})
        if not isinstance(aliases, dict) or not all(isinstance(v, list) for v in aliases.values()):
            raise ValueError(f"{where}: {key} must map a language to a list of strings")
    if d.get("force") is not None and d["force"] not in FORCES:
        raise ValueError(f"{where}: force {d['force']!r} not in {sorted(FORCES)}")
    if d.get("local_aliases") and not (d.get("country") or d.get("in_countries")):
        raise ValueError(f"{where}: local aliases need a country")


def merge_entry(base: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for k, v in extra.items():
        if k in ("aliases", "local_aliases"):
            for lang, names in v.items():
                have = base.setdefault(k, {}).setdefault(lang, [])
                have.extend(n for n in names if n not in have)
        else:
            base[k] = v
