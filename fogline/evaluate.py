"""Score extraction against gold annotations (the corpus format of ANNOTATION.md).

Events are matched one-to-one (same country, dates within a week, best agreement on type,
date, place and actors); fields are scored on matched events; claims with a number and a
specific ``what`` are scored per document at two levels: core (what + number) and full
(+ of whom + claimant).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .actors import ActorDictionary
from .gazetteer import Gazetteer
from .pipeline import extract_document
from .read import parse_published
from .records import Document
from .text import fold
from .vocab import (
    CIVILIANS,
    CIVILIANS_PREFIX,
    GOVERNMENT,
    GOVERNMENT_OF,
    LOCAL_SOURCES,
    NATIONAL_MILITARY,
    NATIONAL_POLICE,
    RESIDENTS,
    SOCIAL_MEDIA,
    STATE_FORCES,
    THE_OUTLET,
    UNIDENTIFIED_GROUP,
    UNIDENTIFIED_PREFIX,
    UNITED_NATIONS,
    UNKNOWN,
)

FIELDS = ("event_type", "sub_event_type", "date", "country", "admin1", "location")


@dataclass
class GoldDoc:
    path: str
    document: Document
    events: list[dict]
    background_only: bool


def load_gold(paths: list[str]) -> tuple[list[GoldDoc], list[str]]:
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.rglob("*.json")) if p.is_dir() else [p]
    docs, errors = [], []
    for f in files:
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
            if "gold" not in d:
                continue
            text = d.get("text")
            if text is None and d.get("source_file"):
                text = (f.parent / d["source_file"]).read_text(encoding="utf-8")
            if not text:
                raise ValueError("no text")
            doc = Document(id=str(d.get("id") or f.stem), text=text, language=d.get("language") or "en",
                           published=parse_published(d.get("published")), url=d.get("url"),
                           outlet=d.get("outlet"), title=d.get("title"), source=str(f))
            events = d["gold"].get("events", [])
            docs.append(GoldDoc(str(f), doc, events, not events))
        except (OSError, ValueError, KeyError) as exc:
            errors.append(f"{f}: {exc}")
    return docs, errors


def load_expected(reports: Path, expected: Path) -> list[GoldDoc]:
    """Reports in JSONL plus a ``{id: {"events": [...]}}`` annotation file (the bundled samples)."""
    notes = json.loads(expected.read_text(encoding="utf-8"))
    docs = []
    for line in reports.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        events = notes.get(r["id"], {}).get("events", [])
        doc = Document(id=r["id"], text=r["text"], language=r.get("language") or "en",
                       published=parse_published(r.get("published")), url=r.get("url"), outlet=r.get("outlet"),
                       title=r.get("title"), source=str(reports))
        docs.append(GoldDoc(str(reports), doc, events, not events))
    return docs


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


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    events: Tally = field(default_factory=Tally)
    actors: Tally = field(default_factory=Tally)
    claims_core: Tally = field(default_factory=Tally)
    claims_full: Tally = field(default_factory=Tally)
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    # claims right on what and number but wrong on whom or by whom: "of: unknown→civilians" → count
    full_misses: Counter = field(default_factory=Counter)
    # wrong locations by kind ("other place, same admin1; gold place known to the gazetteer") → count
    place_misses: Counter = field(default_factory=Counter)
    # wrong dates by kind ("the publication day; gold 1 day before") → count
    date_misses: Counter = field(default_factory=Counter)
    background_docs: int = 0
    background_events: int = 0
    documents: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": self.events.prf(),
            "fields": {f: {"accuracy": round(c / n, 3) if n else None, "n": n} for f, (c, n) in self.fields.items()},
            "actors": self.actors.prf(),
            "claims_core": self.claims_core.prf(),
            "claims_full": self.claims_full.prf(),
            "claims_full_misses": dict(self.full_misses.most_common()),
            "location_misses": dict(self.place_misses.most_common()),
            "date_misses": dict(self.date_misses.most_common()),
            "background_only_docs": self.background_docs,
            "events_on_background_only_docs": self.background_events,
        }


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


def evaluate(docs: list[GoldDoc]) -> tuple[dict[str, Any], list[dict]]:
    """Scores overall and per language, and the list of errors."""
    canon = Canon()
    by_lang: dict[str, Scores] = {}
    total = Scores()
    errors: list[dict] = []
    for gd in docs:
        ex = extract_document(gd.document).to_dict()
        pred = ex["events"]
        for sc in (total, by_lang.setdefault(gd.document.language, Scores())):
            _score_doc(sc, gd, pred, canon, errors if sc is total else None)
    report = {"overall": total.to_dict(), "by_language": {k: v.to_dict() for k, v in sorted(by_lang.items())}}
    return report, errors


def _score_doc(sc: Scores, gd: GoldDoc, pred: list[dict], canon: Canon, errors: list[dict] | None) -> None:
    doc_id = gd.document.id
    sc.documents += 1
    if gd.background_only:
        sc.background_docs += 1
        sc.background_events += len(pred)
    pairs = match(pred, gd.events, canon)
    sc.events.tp += len(pairs)
    sc.events.fp += len(pred) - len(pairs)
    sc.events.fn += len(gd.events) - len(pairs)
    def err(kind, **kw):
        if errors is not None:
            errors.append({"doc": doc_id, "kind": kind, **kw})

    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, p in enumerate(pred):
        if i not in matched_p:
            err("spurious event", event=_brief(p), evidence=[e["text"] for e in p["evidence"][:3]])
    for j, g in enumerate(gd.events):
        if j not in matched_g:
            err("missed event", event=_brief(g), evidence=g.get("date_text") or g.get("location_text"))
    for i, j in pairs:
        p, g = pred[i], gd.events[j]
        for f in FIELDS:
            if f == "date" and gd.document.published is None and g.get("date_text") and p.get("date") is None:
                continue  # relative gold date, no published date: not scored
            if f == "location" and g.get("location") is None and p.get("location") is None:
                ok = True
            elif f in ("admin1", "location", "country"):
                ok = _same_place(p.get(f), g.get(f))
            else:
                ok = p.get(f) == g.get(f)
            sc.fields[f][1] += 1
            sc.fields[f][0] += ok
            if f == "location" and not ok:
                sc.place_misses[_place_miss(p, g)] += 1
            elif f == "date" and not ok:
                sc.date_misses[_date_miss(p, g, gd.document.published)] += 1
            if not ok:
                ev = p.get({"date": "date_evidence", "location": "location_evidence",
                            "admin1": "location_evidence"}.get(f, "")) or {}
                err("wrong field", field=f, pred=p.get(f), gold=g.get(f), evidence=ev.get("text"),
                    event=_brief(g))
        pa = {canon(a["name"]) for a in p["actors"]}
        ga = {canon(a["name"]) for a in g["actors"]}
        sc.actors.tp += len(pa & ga)
        sc.actors.fp += len(pa - ga)
        sc.actors.fn += len(ga - pa)
        if pa != ga:
            err("actors", missing=sorted(ga - pa), extra=sorted(pa - ga), event=_brief(g))
    pc = [c for e in pred for c in e["claims"] if _countable(c)]
    gc = [c for e in gd.events for c in e["claims"] if _countable(c)]
    for tally, full in ((sc.claims_core, False), (sc.claims_full, True)):
        tp, fps, fns = _claims_match(pc, gc, canon, full)
        tally.tp += tp
        tally.fp += len(fps)
        tally.fn += len(fns)
        if full:
            sc.full_misses.update(_full_misses(fps, fns, canon))
            for c in fps:
                err("wrong or spurious claim", claim=_claim(c), evidence=c["evidence"]["text"])
            for c in fns:
                err("missed claim", claim=_claim(c), evidence=c.get("words"))


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


def _place_miss(p: dict, g: dict) -> str:
    """A wrong location's kind, not its name: what was given against what the gold holds, and whether the
    gazetteer knows the gold place at all (a coverage miss, not a reading one)."""
    if not p.get("location"):
        kind = "no place given"
    elif not g.get("location"):
        kind = "a place where the gold has only a region"
    else:
        kind = "other place, " + ("same admin1" if _same_place(p.get("admin1"), g.get("admin1")) else "other admin1")
    if g.get("location"):
        known = bool(Gazetteer.default().lookup(g["location"]))
        kind += "; gold place " + ("known to" if known else "missing from") + " the gazetteer"
    return f"{kind}; precision {p.get('geo_precision')} → {g.get('geo_precision')}"


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
    """The claims-full, location and date breakdowns per language: predicted kind → gold kind, most frequent first."""
    lines = []
    for key, title in (("claims_full_misses", "claims right on what and number, wrong on whom (of) or by whom "
                                              "(claimant), as predicted → gold:"),
                       ("location_misses", "locations wrong on matched events, by kind:"),
                       ("date_misses", "dates wrong on matched events, by kind:")):
        lines.append(title)
        for name, r in [("overall", report["overall"])] + list(report["by_language"].items()):
            lines.append(f"  {name}:")
            lines += [f"    {n:>3}  {k}" for k, n in r[key].items()] or ["      none"]
    return "\n".join(lines)


def _brief(e: dict) -> str:
    return (f"{e.get('date')} {e['event_type']}/{e['sub_event_type']} {e.get('location') or e.get('admin1')} "
            f"[{', '.join(a['name'] + ':' + a['side'] for a in e['actors'])}]")


def _claim(c: dict) -> str:
    hi = "+" if c.get("high") is None else (f"-{c['high']}" if c["high"] != c["low"] else "")
    return f"{c['what']} {c['low']}{hi} of {c['of']} by {c['claimant']} ({c.get('status')})"


def format_report(report: dict[str, Any]) -> str:
    rows = [("overall", report["overall"])] + list(report["by_language"].items())
    lines = [f"{'':10} {'docs':>5} {'ev P':>6} {'ev R':>6} {'ev F1':>6} {'type':>6} {'sub':>6} {'date':>6} "
             f"{'ctry':>6} {'adm1':>6} {'loc':>6} {'act F1':>6} {'clm core':>8} {'clm full':>8} {'bg ev':>6}"]
    for name, r in rows:
        f = r["fields"]
        acc = [f[k]["accuracy"] for k in FIELDS]
        lines.append(
            f"{name:10} {r['documents']:>5} {r['events']['p']:>6.2f} {r['events']['r']:>6.2f} "
            f"{r['events']['f1']:>6.2f} "
            + " ".join(f"{a:>6.2f}" if a is not None else f"{'-':>6}" for a in acc)
            + f" {r['actors']['f1']:>6.2f} {r['claims_core']['f1']:>8.2f} {r['claims_full']['f1']:>8.2f}"
            f" {r['events_on_background_only_docs']:>6}")
    return "\n".join(lines)


def format_errors(errors: list[dict]) -> str:
    out = []
    for e in errors:
        rest = {k: v for k, v in e.items() if k not in ("doc", "kind")}
        out.append(f"{e['doc']:<10} {e['kind']:<24} " + "; ".join(f"{k}={v}" for k, v in rest.items()))
    return "\n".join(out)

