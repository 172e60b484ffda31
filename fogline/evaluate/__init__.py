"""Score extraction against gold annotations (the corpus format of ANNOTATION.md).

Events are matched one-to-one (same country, dates within a week, best agreement on type,
date, place and actors; ``matching``); fields are scored on matched events; claims with a number and a
specific ``what`` are scored per document at two levels: core (what + number) and full
(+ of whom + claimant); what is wrong is also counted by kind (``misses``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..pipeline import extract_document
from ..read import parse_published
from ..records import Document
from .matching import Canon, _claims_match, _countable, _same_place, match
from .misses import _core_misses, _date_miss, _full_misses, _place_miss, format_misses

__all__ = ["Canon", "GoldDoc", "Scores", "Tally", "evaluate", "format_errors", "format_misses", "format_report",
           "load_expected", "load_gold", "match", "_core_misses", "_date_miss", "_full_misses", "_place_miss",
           "_same_place"]

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
    core_misses: Counter = field(default_factory=Counter)
    full_misses: Counter = field(default_factory=Counter)
    # wrong locations by kind ("other place, same admin1; gold place known to the gazetteer") → count
    place_misses: Counter = field(default_factory=Counter)
    # wrong dates by kind ("the publication day; gold 1 day before") → count
    date_misses: Counter = field(default_factory=Counter)
    type_misses: Counter = field(default_factory=Counter)
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
            "claims_core_misses": dict(self.core_misses.most_common()),
            "claims_full_misses": dict(self.full_misses.most_common()),
            "location_misses": dict(self.place_misses.most_common()),
            "date_misses": dict(self.date_misses.most_common()),
            "type_misses": dict(self.type_misses.most_common()),
            "background_only_docs": self.background_docs,
            "events_on_background_only_docs": self.background_events,
        }


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
                sc.place_misses[_place_miss(p, g, gd.document.text)] += 1
            elif f == "date" and not ok:
                sc.date_misses[_date_miss(p, g, gd.document.published)] += 1
            elif f == "sub_event_type" and not ok:
                sc.type_misses[f"{p['event_type']}/{p[f]} → {g['event_type']}/{g[f]}"] += 1
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
    unmatched = {id(c) for i, e in enumerate(pred) if i not in matched_p for c in e["claims"]}
    unmatched |= {id(c) for j, e in enumerate(gd.events) if j not in matched_g for c in e["claims"]}
    for tally, full in ((sc.claims_core, False), (sc.claims_full, True)):
        tp, fps, fns = _claims_match(pc, gc, canon, full)
        tally.tp += tp
        tally.fp += len(fps)
        tally.fn += len(fns)
        if not full:
            sc.core_misses.update(_core_misses(fps, fns, unmatched, canon))
        if full:
            sc.full_misses.update(_full_misses(fps, fns, canon))
            for c in fps:
                err("wrong or spurious claim", claim=_claim(c), evidence=c["evidence"]["text"])
            for c in fns:
                err("missed claim", claim=_claim(c), evidence=c.get("words"))


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

