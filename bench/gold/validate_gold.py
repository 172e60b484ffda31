#!/usr/bin/env python3
"""Validate held-out gold files (bench/gold/<lang>/*.json) against ANNOTATION.md conventions.

Checks: valid JSON; required fields; enum values (event types/sub-types, claim 'what'/'status',
date_precision, actor side); ISO dates; every 'words', 'date_text', 'location_text' and actor
'text' string is an exact substring of 'text'; low <= high. Prints warnings for soft issues and
a count of docs/events/claims. Exit code 1 if any hard error.

Usage: python3 bench/gold/validate_gold.py [DIR ...]   (default: bench/gold/en next to this file)
"""
import datetime
import glob
import json
import os
import sys
from collections import Counter, defaultdict

TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
WHAT = {"killed", "wounded", "captured", "missing", "abducted", "vehicles destroyed", "vehicles seized",
        "aircraft lost", "displaced", "other"}
STATUS = {"claimed", "reported", "confirmed", "unverified", "denied"}
PREC = {"day", "week", "month", "year", None}
DOC_KEYS = ["id", "url", "outlet", "language", "published", "title", "text", "cluster", "gold", "notes"]
EV_KEYS = ["summary", "incident", "event_type", "sub_event_type", "date", "date_precision", "date_text",
           "country", "admin1", "location", "location_text", "geo_precision", "actors", "claims"]
CL_KEYS = ["what", "of", "low", "high", "words", "claimant", "status"]


def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None


def main(dirs):
    errors, warns = [], []
    n_docs = n_ev = n_cl = 0
    stats = Counter()
    incidents = defaultdict(list)
    clusters = defaultdict(list)
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "*.json"))):
            name = os.path.basename(path)
            def E(m, name=name):  # noqa: N802
                errors.append(f"{name}: {m}")

            def W(m, name=name):  # noqa: N802
                warns.append(f"{name}: {m}")
            try:
                doc = json.load(open(path, encoding="utf-8"))
            except Exception as e:
                E(f"invalid JSON: {e}")
                continue
            n_docs += 1
            for k in DOC_KEYS:
                if k not in doc:
                    E(f"missing key {k}")
            if doc.get("id") + ".json" != name:
                E("id does not match file name")
            text = doc.get("text") or ""
            nw = len(text.split())
            stats["words"] += nw
            if not 150 <= nw <= 450:
                W(f"text has {nw} words (target 150-450)")
            pub = doc.get("published")
            pubd = iso(pub) if pub else None
            if pub is not None and pubd is None:
                E(f"published not ISO: {pub}")
            if pub is None:
                stats["published null"] += 1
            clusters[doc.get("cluster")].append(doc.get("id"))
            gold = doc.get("gold", {})
            events = gold.get("events", [])
            if not isinstance(gold.get("background"), list):
                E("gold.background must be a list")
            if not events:
                stats["docs without events"] += 1
            if len(events) >= 2:
                stats["docs with 2+ events"] += 1
            for i, ev in enumerate(events):
                n_ev += 1
                tag = f"event {i+1}"
                for k in EV_KEYS:
                    if k not in ev:
                        E(f"{tag}: missing key {k}")
                et, st = ev.get("event_type"), ev.get("sub_event_type")
                if et not in TYPES:
                    E(f"{tag}: bad event_type {et!r}")
                elif st not in TYPES[et]:
                    E(f"{tag}: sub_event_type {st!r} not valid for {et}")
                stats[f"type {et} / {st}"] += 1
                if ev.get("date") is not None:
                    dd = iso(ev["date"])
                    if dd is None:
                        E(f"{tag}: date not ISO {ev['date']!r}")
                    elif pubd and dd > pubd:
                        W(f"{tag}: event date {dd} after published {pubd}")
                if ev.get("date_precision") not in PREC:
                    E(f"{tag}: bad date_precision {ev.get('date_precision')!r}")
                for k in ("date_text", "location_text"):
                    v = ev.get(k)
                    if v is not None and v not in text:
                        E(f"{tag}: {k} not in text: {v!r}")
                if ev.get("geo_precision") not in (1, 2, 3):
                    E(f"{tag}: bad geo_precision {ev.get('geo_precision')!r}")
                names = set()
                sides = set()
                for a in ev.get("actors", []):
                    names.add(a.get("name"))
                    sides.add(a.get("side"))
                    if a.get("side") not in ("A", "B"):
                        E(f"{tag}: actor {a.get('name')!r} bad side {a.get('side')!r}")
                    for t in a.get("text", []):
                        if t not in text:
                            E(f"{tag}: actor text not in text: {t!r}")
                if "A" not in sides:
                    W(f"{tag}: no side-A actor")
                incidents[ev.get("incident")].append((doc["id"], ev.get("date"), et, st))
                for j, c in enumerate(ev.get("claims", [])):
                    n_cl += 1
                    ctag = f"{tag} claim {j+1}"
                    for k in CL_KEYS:
                        if k not in c:
                            E(f"{ctag}: missing key {k}")
                    if c.get("what") not in WHAT:
                        E(f"{ctag}: bad what {c.get('what')!r}")
                    if c.get("status") not in STATUS:
                        E(f"{ctag}: bad status {c.get('status')!r}")
                    stats[f"status {c.get('status')}"] += 1
                    lo, hi = c.get("low"), c.get("high")
                    for v in (lo, hi):
                        if v is not None and not isinstance(v, int):
                            E(f"{ctag}: low/high must be int or null")
                    if isinstance(lo, int) and isinstance(hi, int) and lo > hi:
                        E(f"{ctag}: low > high")
                    if hi is not None and lo is None:
                        E(f"{ctag}: high without low")
                    if c.get("words") not in text:
                        E(f"{ctag}: words not in text: {c.get('words')!r}")
                    of = c.get("of")
                    if of not in names and of != "unknown" and not str(of).startswith("Civilians ("):
                        W(f"{ctag}: 'of' {of!r} is not one of the event's actors")
    for inc, lst in incidents.items():
        types = {(t, s) for _, _, t, s in lst}
        dates = {d for _, d, _, _ in lst}
        if len(types) > 1:
            warns.append(f"incident {inc}: differing types across reports {sorted(types)}")
        if len(dates) > 1:
            warns.append(f"incident {inc}: differing dates across reports {sorted(map(str, dates))}")
    for w in warns:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    multi = {k: v for k, v in clusters.items() if len(v) > 1}
    print(f"\n{n_docs} docs, {n_ev} events, {n_cl} claims; {stats['docs without events']} docs without events, "
          f"{stats['docs with 2+ events']} docs with 2+ events, {stats['published null']} with published=null, "
          f"{len(incidents)} distinct incidents, {len(multi)} multi-report clusters: "
          + ", ".join(f"{k} {v}" for k, v in sorted(multi.items())))
    print(f"average words per text: {stats['words'] / max(n_docs, 1):.0f}")
    for k in sorted(s for s in stats if s.startswith(("type", "status"))):
        print(f"  {k}: {stats[k]}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1:] or [os.path.join(here, "en")]))
