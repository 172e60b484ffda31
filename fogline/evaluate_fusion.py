"""Score cross-report fusion: pairwise linking of reports that share an incident (``fogline eval --fusion``)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from .evaluate import Tally, load_gold
from .pipeline import ingest
from .store import Store


def evaluate_fusion(paths: list[str], order: str = "sorted") -> dict[str, Any]:
    """Pairwise linking of reports: two reports are linked when they share an incident. Gold links
    come from the gold events' ``incident`` (default: the file's ``cluster``). The reports are
    extracted and fused in an in-memory store, in sorted or reversed order."""
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.rglob("*.json")) if p.is_dir() else [p]
    gold_incidents: dict[str, set[str]] = {}
    docs, _ = load_gold([str(f) for f in files])
    for gd in docs:
        raw = json.loads(Path(gd.path).read_text(encoding="utf-8"))
        gold_incidents[gd.document.id] = {e.get("incident") or raw.get("cluster") for e in gd.events} or set()
    ordered = sorted(docs, key=lambda d: d.document.id, reverse=(order == "reversed"))
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/fusion.db") as store:
        for gd in ordered:  # one report at a time, fused on arrival
            ingest(store, [gd.document])
        incidents = store.incidents()
    pred: dict[str, set[str]] = {d.document.id: set() for d in docs}
    for inc in incidents:
        for doc_id in inc["documents"]:
            pred.setdefault(doc_id, set()).add(inc["id"])
    ids = sorted(pred)
    t = Tally()
    errors = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            g = bool(gold_incidents.get(a, set()) & gold_incidents.get(b, set()))
            p = bool(pred[a] & pred[b])
            t.tp += g and p
            t.fp += p and not g
            t.fn += g and not p
            if g != p:
                errors.append({"pair": [a, b], "gold_linked": g, "predicted_linked": p})
    return {"pairs": t.prf(), "incidents": len(incidents), "documents": len(ids), "errors": errors,
            "incident_sets": sorted(sorted(inc["documents"]) for inc in incidents)}
