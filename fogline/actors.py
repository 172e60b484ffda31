"""Curated actor dictionary: canonical ACLED-style names, kinds and multilingual aliases.

The data lives in ``fogline/resources/actors.json`` (a list of objects, see that file). Users can
add or extend entries with extra JSON files listed in the environment variable ``FOGLINE_ACTORS``
(``os.pathsep``-separated). An extra entry whose ``name`` matches an existing canonical name
overrides the fields it gives and adds its aliases; other entries are appended.

Lookups use :func:`fogline.text.fold` on both sides, so ``"Front de libération de l’Azawad"`` and
``"front de liberation de l'azawad"`` are the same key. Generic entries (``name`` is ``None``)
hold descriptors such as "gunmen" or "civilians" that the extractor names from context
(:meth:`ActorDictionary.unidentified`, :meth:`ActorDictionary.civilians`); a generic entry with
``"force": "police"`` (or ``"gendarmerie"``) holds the words that name a country's police, not its army.

``local_aliases`` (same shape as ``aliases``) are words that mean the entry only in reports of its
``country`` (or of the countries listed in ``in_countries``): "al-Shabaab" in Mozambique, "ADF" in
Cameroon, "Islamic State" in Nigeria. The extractor names them once it knows the report's country.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from . import lang as _lang
from .actor_entries import KINDS, ActorEntry, check_entry, is_acronym, merge_entry
from .text import fold
from .vocab import FOREIGN_FORCES, GENDARMERIE, NATIONAL_MILITARY, NATIONAL_POLICE, POLICE, STATE_FORCES

__all__ = ["KINDS", "ActorDictionary", "ActorEntry", "is_acronym"]

RESOURCE = Path(__file__).with_name("resources") / "actors.json"
ENV_VAR = "FOGLINE_ACTORS"
FUZZY_CUTOFF = 92.0
FUZZY_MIN_LEN = 5
_REGIME = re.compile(r"\s*\((?:19|20)\d\d-(?:(?:19|20)\d\d)?\)\s*")
_SPELLED_OUT = re.compile(r"^(.*\S)\s+\(([^()]*[A-Z][^()]*)\)$")  # "Full Name (ACRONYM)"


class ActorDictionary:
    """Canonical actors and their aliases. Build with :meth:`default` or :meth:`from_records`."""

    def __init__(self, records: Iterable[Mapping[str, Any]]):
        self.entries: list[ActorEntry] = []
        self._aliases: dict[str, dict[str, list[ActorEntry]]] = {}  # lang -> folded -> entries
        self._originals: dict[tuple[ActorEntry, str], list[str]] = {}  # (entry, lang) -> aliases as written
        self._by_name: dict[str, ActorEntry] = {}
        self._national: dict[str, str] | None = None
        self._police: dict[tuple[str, str], str] | None = None
        self._local: dict[str, dict[str, list[ActorEntry]]] = {}  # lang -> folded -> entries (by country)
        self._by_folded_name: dict[str, ActorEntry] = {}
        self._fuzzy: dict[str, tuple[list[str], list[list[ActorEntry]]]] = {}
        self._acronyms: dict[str, frozenset[str]] = {}
        self._local_acronyms: dict[str, set[str]] = {}

        for i, rec in enumerate(records):
            check_entry(rec, f"actor #{i} ({rec.get('name')!r})")
            a = rec.get("active") or [None, None]
            entry = ActorEntry(rec.get("name"), rec["kind"], rec.get("country"), rec.get("home_country"),
                               (a[0], a[1]), bool(rec.get("generic", False)), rec.get("successor"),
                               tuple(fold(w) for w in rec.get("default_for", [])),
                               bool(rec.get("pro_government", False)), bool(rec.get("by_nationality", True)),
                               rec.get("force"),
                               tuple(rec.get("in_countries") or ([rec["country"]] if rec.get("country") else [])))
            if entry.name is not None:
                if entry.name in self._by_name:
                    raise ValueError(f"duplicate canonical name {entry.name!r}")
                self._by_name[entry.name] = entry
                self._by_folded_name[fold(entry.name)] = entry
            if entry not in self.entries:  # identical generic entries pool their aliases
                self.entries.append(entry)
            for lang, names in rec.get("aliases", {}).items():
                self._originals.setdefault((entry, lang), []).extend(names)
            for lang, names in rec.get("local_aliases", {}).items():
                for alias in names:
                    bucket = self._local.setdefault(lang, {}).setdefault(fold(alias), [])
                    if entry not in bucket:
                        bucket.append(entry)
                    if is_acronym(alias):
                        self._local_acronyms.setdefault(lang, set()).add(fold(alias, lower=False))

        langs = {lang for (_, lang) in self._originals} | {"en", "fr"}
        for lang in sorted(langs):
            table: dict[str, list[ActorEntry]] = {}
            acronyms: set[str] = set()
            for entry in self.entries:
                names = list(self._originals.get((entry, lang), []))
                if entry.name is not None:
                    names.append(entry.name)  # canonical names are aliases in every language
                for alias in names:
                    key = fold(alias)
                    if not key:
                        continue
                    bucket = table.setdefault(key, [])
                    if entry not in bucket:
                        bucket.append(entry)
                    if is_acronym(alias):
                        acronyms.add(fold(alias, lower=False))
            # an alias listed in another case than its acronym ('Jnim', 'Famas') matches as written too
            keys = {a.lower() for a in acronyms}
            acronyms |= {fold(alias, lower=False) for entry in self.entries
                         for alias in self._originals.get((entry, lang), [])
                         if not is_acronym(alias) and fold(alias) in keys and alias != alias.lower()}
            self._aliases[lang] = table
            self._acronyms[lang] = frozenset(acronyms | self._local_acronyms.get(lang, set()))
        self._with_defaults: dict[str | None, list[ActorEntry]] = {}  # country -> entries with default_for
        for entry in self.entries:
            if entry.successor is not None and entry.successor not in self._by_name:
                raise ValueError(f"{entry.name!r}: unknown successor {entry.successor!r}")
            if entry.default_for:
                self._with_defaults.setdefault(entry.country, []).append(entry)

    # ------------------------------------------------------------------ construction
    def state_forces_of(self, country: str | None) -> str | None:
        """The national military of a country, what "the army" and "Malian troops" stand for: ACLED's
        "Military Forces of X" (the shortest such name; sub-units and police are other entries)."""
        if self._national is None:
            national: dict[str, str] = {}
            # a state's own forces first; a military the dictionary knows only abroad ("Military Forces of the
            # United States", kind foreign forces) when the state has no other: "a US airstrike" is still its own
            for kinds in ((STATE_FORCES,), (FOREIGN_FORCES,)):
                found: dict[str, str] = {}
                for e in self._by_name.values():
                    if e.kind in kinds and e.country and e.by_nationality and e.name.startswith(NATIONAL_MILITARY) \
                            and e.country not in national and len(e.name) < len(found.get(e.country, e.name + "_")):
                        found[e.country] = e.name
                national |= found
            self._national = national
        return self._national.get(country) if country else None

    @staticmethod
    def police_force(name: str) -> str | None:
        """Which police force an ACLED state-forces name is ("police" or "gendarmerie"); None for others."""
        if not name.startswith(NATIONAL_POLICE):
            return None
        return GENDARMERIE if GENDARMERIE in fold(name) else POLICE

    def police_of(self, country: str | None, force: str = POLICE) -> str | None:
        """The police of a country, what "policemen" and "the police" stand for in its reports: ACLED's
        "Police Forces of X"; for "gendarmes" its gendarmerie entry when there is one."""
        if self._police is None:
            police: dict[tuple[str, str], str] = {}
            for e in self._by_name.values():
                which = self.police_force(e.name)
                if e.kind == STATE_FORCES and e.country and which:
                    if len(e.name) < len(police.get((e.country, which), e.name + "_")):
                        police[(e.country, which)] = e.name
            self._police = police
        if not country:
            return None
        return self._police.get((country, force)) or self._police.get((country, POLICE))

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> ActorDictionary:
        return cls(records)

    @classmethod
    def from_files(cls, paths: Iterable[str | os.PathLike[str]]) -> ActorDictionary:
        merged: list[dict[str, Any]] = []
        index: dict[str, dict[str, Any]] = {}
        for path in paths:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if not isinstance(data, list):
                raise ValueError(f"{path}: expected a JSON list of actor objects")
            for rec in data:
                name = rec.get("name")
                if name is not None and name in index:
                    merge_entry(index[name], rec)
                    continue
                rec = dict(rec)
                rec["aliases"] = {k: list(v) for k, v in rec.get("aliases", {}).items()}
                rec["local_aliases"] = {k: list(v) for k, v in rec.get("local_aliases", {}).items()}
                merged.append(rec)
                if name is not None:
                    index[name] = rec
        return cls(merged)

    @classmethod
    def default(cls) -> ActorDictionary:
        """The packaged dictionary plus the files listed in ``$FOGLINE_ACTORS`` (cached per value)."""
        return _default(os.environ.get(ENV_VAR, ""))

    # ------------------------------------------------------------------ lookups
    def aliases(self, language: str) -> dict[str, list[ActorEntry]]:
        """Folded alias -> entries for ``language`` (precomputed; do not mutate)."""
        return self._aliases.get(language, {})

    def acronyms(self, language: str) -> frozenset[str]:
        """Acronym aliases of ``language`` folded with ``lower=False`` ("FAMa", "FAN", "IS"):
        match these case-sensitively, the rest of :meth:`aliases` case-insensitively."""
        return self._acronyms.get(language, frozenset())

    def local_aliases(self, language: str) -> dict[str, list[ActorEntry]]:
        """Folded alias -> entries whose alias means them only in reports of their own countries
        ("al-Shabaab" in Mozambique, "ADF" in Cameroon, "Joint Forces" in Sudan)."""
        return self._local.get(language, {})

    def resolve_local(self, key: str, language: str, year: int | None, country: str | None) -> ActorEntry | None:
        """The entry a local alias (folded ``key``) names in a report of ``country``; None elsewhere."""
        hits = [e for e in self._local.get(language, {}).get(key, ()) if country in e.countries]
        return self._successor(self._choose(hits, year), year) if hits else None

    def aliases_of(self, entry: ActorEntry, language: str) -> list[str]:
        """The aliases of ``entry`` in ``language`` as written in the JSON."""
        return list(self._originals.get((entry, language), []))

    def default_for(self, descriptor: str, country: str | None, year: int | None,
                    prefer: set[str] | frozenset[str] = frozenset()) -> ActorEntry | None:
        """The actor a generic word means in a country and year: in Mali in 2025 'the separatists'
        are the FLA. Among several, one named in ``prefer`` (the report) wins; when none of them is
        named, another actor of the country with curated defaults, of the same kind, that the report
        names alone wins. None when no curated default applies."""
        key = f" {fold(descriptor)} "
        fit = [(max((len(d) for d in e.default_for if f" {d} " in key), default=0), e)
               for e in self._with_defaults.get(country, ()) if e.active_in(year)]
        best = max((n for n, _ in fit), default=0)
        if not best:
            return None
        hits = [e for n, e in fit if n == best]  # "Islamist rebels" in Congo are the ADF, "rebels" the M23
        named = [e for e in hits if e.name in prefer]
        if not named:  # "the rebels" of a report that names only the ADF are the ADF, not the M23
            others = [e for _, e in fit if e.name in prefer and e.kind == hits[0].kind]
            if len(others) == 1:
                return others[0]
        return self._choose(named or hits, year)

    def by_name(self, name: str) -> ActorEntry | None:
        """Entry with this canonical name (exact, then folded). Falls back to an alias that
        points to exactly one non-generic actor in any language (e.g. the gold variant
        "Military Forces of Mali" or "...Defense of the People of Azawad"), then to the name
        without ACLED's regime tag ("Police Forces of Kenya (2022-)")."""
        hit = self._by_name.get(name)
        if hit is not None:
            return hit
        key = fold(name)
        hit = self._by_folded_name.get(key)
        if hit is not None:
            return hit
        found = {e for table in self._aliases.values() for e in table.get(key, []) if not e.generic}
        if not found:  # a local alias ("Joint Forces") means one actor in its country
            found = {e for table in self._local.values() for e in table.get(key, []) if not e.generic}
        if len(found) == 1:
            return found.pop()
        tag = _REGIME.search(name)  # ACLED's regime tag: "Military Forces of Nigeria (2023-)"
        if tag is None:
            return self._spelled_out(name)
        bare = _REGIME.sub(" ", name).strip()
        hit = self.by_name(bare) if bare else None
        head = name[:tag.start()].strip()  # a unit after the tag ("... (2021-) Air Force"): its force
        return hit or (self.by_name(head) if head and head != bare else None)

    def _spelled_out(self, name: str) -> ActorEntry | None:
        """A name written out with its acronym after it ("March 23 Movement (M23)", "Haitian National Police
        (PNH)"): the entry its full words name, else the one its acronym names."""
        m = _SPELLED_OUT.match(name)
        short = m.group(2) if m else ""
        if not (is_acronym(short) or short.isupper() and not any(c.isspace() for c in short)):
            return None  # not "Civilians (Mali)", "Police Forces of X (Gendarmerie)"; "M23", "3R" are
        return self.by_name(m.group(1)) or self.by_name(m.group(2))

    def resolve(self, text: str, language: str, year: int | None = None) -> ActorEntry | None:
        """Entry for a mention: exact folded alias of ``language`` (also without wrapping quotes
        and leading determiners/numbers: "the Malian army", "les FAMa"); then an exact non-generic
        alias of another language; then fuzzy (rapidfuzz WRatio >= 92) against non-generic,
        non-acronym aliases of ``language`` of at least 5 characters. When several entries
        share the alias, ``year`` picks one (see :meth:`_choose`); with a ``year`` after an
        entry's last active year its ``successor`` is returned (CMA in 2025 -> FLA)."""
        key = fold(text)
        if not key:
            return None
        table = self.aliases(language)
        hits = table.get(key)
        if not hits:  # second try without wrapping quotes and leading determiners/numbers
            bare = _lead(language, _lang.LANG_DIR).sub("", key.strip("' "))
            if bare and bare != key and table.get(bare):
                hits, key = table[bare], bare
        if not hits:
            hits = [e for lang, table in self._aliases.items() if lang != language
                    for e in table.get(key, []) if not e.generic]
        if not hits and len(key) >= FUZZY_MIN_LEN and not is_acronym(text):
            hits = self._fuzzy_hits(key, language)
        if not hits:
            return None
        return self._successor(self._choose(hits, year), year)

    def _fuzzy_hits(self, key: str, language: str) -> list[ActorEntry]:
        if language not in self._fuzzy:
            choices: list[str] = []
            owners: list[list[ActorEntry]] = []
            for alias, entries in self.aliases(language).items():
                specific = [e for e in entries if not e.generic]
                if specific and len(alias) >= FUZZY_MIN_LEN and not any(
                        is_acronym(o) for e in specific for o in self._originals_for(e, language, alias)):
                    choices.append(alias)
                    owners.append(specific)
            self._fuzzy[language] = (choices, owners)
        choices, owners = self._fuzzy[language]
        results = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=5)
        if not results:
            return []
        best = results[0][1]
        hits: list[ActorEntry] = []
        for _, score, idx in results:
            if score == best:
                hits.extend(e for e in owners[idx] if e not in hits)
        return hits

    def _originals_for(self, entry: ActorEntry, language: str, key: str) -> list[str]:
        names = self._originals.get((entry, language), []) + ([entry.name] if entry.name else [])
        return [n for n in names if fold(n) == key]

    @staticmethod
    def _choose(hits: list[ActorEntry], year: int | None) -> ActorEntry:
        """Pick among entries sharing an alias: specific before generic; then, with a year,
        the entry whose active span contains it most centrally (a hand-over year goes to the
        incumbent: Wagner in 2024, Africa Corps from 2025; CSP-DPA in 2024, FLA from 2025),
        ties to the earlier start; without a year, the most recent (open-ended) entry."""
        specific = [e for e in hits if not e.generic] or hits
        if len(specific) == 1:
            return specific[0]

        def start(e: ActorEntry) -> float:
            return float("-inf") if e.active[0] is None else e.active[0]

        def end(e: ActorEntry) -> float:
            return float("inf") if e.active[1] is None else e.active[1]

        if year is None:
            return max(specific, key=lambda e: (end(e), start(e)))
        return max(specific, key=lambda e: (e._centrality(year), -start(e)))

    def _successor(self, entry: ActorEntry, year: int | None) -> ActorEntry:
        seen = {entry}
        while (year is not None and entry.successor is not None and entry.active[1] is not None
               and year > entry.active[1]):
            nxt = self._by_name[entry.successor]
            if nxt in seen:
                break
            seen.add(nxt)
            entry = nxt
        return entry

    # ------------------------------------------------------------------ generic names


@lru_cache(maxsize=32)
def _lead(language: str, _folder) -> re.Pattern[str]:  # a new language folder: new data
    """Leading determiners and numbers dropped on a second lookup ("the Malian army", "les FAMa", "56
    civilians"): the language's ``actor_determiners`` (demonyms.json); an elided one ends with "'"."""
    try:
        words = [fold(w) for w in _lang.resources(language)["demonyms"].get("actor_determiners", [])]
    except LookupError:
        words = []
    whole = [re.escape(w) for w in words if not w.endswith("'")] + [r"\d+"]
    elided = [re.escape(w) for w in words if w.endswith("'")]
    alts = [rf"(?:{'|'.join(whole)})\s+"] + ([rf"(?:{'|'.join(elided)})\s*"] if elided else [])
    return re.compile(rf"^(?:{'|'.join(alts)})+(?=\S)")


@lru_cache(maxsize=8)
def _default(env_value: str) -> ActorDictionary:
    extra = [p for p in env_value.split(os.pathsep) if p.strip()]
    return ActorDictionary.from_files([RESOURCE, *extra])
