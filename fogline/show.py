"""Plain-text tables for the terminal: events, claims, one event with its evidence sentences."""

from __future__ import annotations

from typing import Any


def _trunc(s: Any, n: int) -> str:
    s = "" if s is None else str(s)
    return s if len(s) <= n else s[: n - 1] + "…"


def _table(headers: list[str], rows: list[list[Any]], widths: list[int]) -> str:
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    for r in rows:
        out.append("  ".join(_trunc(c, w).ljust(w) for c, w in zip(r, widths, strict=True)))
    return "\n".join(out)


def _actors(e: dict) -> str:
    a = " + ".join(x["name"] for x in e["actors"] if x["side"] == "A")
    b = " + ".join(x["name"] for x in e["actors"] if x["side"] == "B")
    return f"{a} vs {b}" if b else a


def _place(e: dict) -> str:
    parts = [e.get("location"), e.get("admin1"), e.get("country")]
    return ", ".join(p for p in dict.fromkeys(parts) if p)


def _number(c: dict) -> str:
    lo, hi = c.get("low"), c.get("high")
    if lo is None and hi is None:
        return "-"
    if hi is None:
        return f"≥{lo}" + ("~" if c.get("vague") else "")
    if lo is None:
        return f"≤{hi}"
    return str(lo) if lo == hi else f"{lo}-{hi}"


def events_table(events: list[dict]) -> str:
    if not events:
        return "(no events)"
    rows = [[e["id"], e.get("date") or "?", e["event_type"] + " / " + e["sub_event_type"], _place(e), _actors(e),
             e.get("fatalities")] for e in events]
    return _table(["id", "date", "type", "place", "actors (A vs B)", "fatal."], rows, [26, 10, 44, 30, 60, 6])


def claims_table(events: list[dict]) -> str:
    rows = []
    for e in events:
        for c in e["claims"]:
            rows.append([c["id"], c["claimant"], c["what"], _number(c), c["of"], c["status"], c["evidence"]["text"]])
    if not rows:
        return "(no claims)"
    return _table(["claim", "claimant", "what", "n", "of", "status", "evidence"], rows, [30, 30, 18, 6, 36, 10, 60])


def estimates_table(e: dict) -> str:
    ests = e.get("estimates") or {}
    if not ests:
        return "(no estimates)"
    rows = [[k.replace("|", " of "), v.get("low"), v.get("best"), "open" if v.get("high") is None else v["high"],
             v.get("why", "")] for k, v in ests.items()]
    return _table(["estimate", "low", "best", "high", "why"], rows, [44, 5, 5, 5, 90])


def extraction_table(ex: dict, text: str) -> str:
    doc = ex["document"]
    head = f"document {doc['id']} ({doc['language']}, published {doc['published'] or 'unknown'})"
    parts = [head, events_table(ex["events"]), "", claims_table(ex["events"])]
    if ex["background"]:
        parts += ["", "background:"] + [f"  - {_trunc(b['evidence']['text'], 120)}" for b in ex["background"]]
    return "\n".join(parts)


def event_detail(e: dict) -> str:
    text = e.get("document_text") or ""
    lines = [f"{e['id']}  {e['event_type']} / {e['sub_event_type']}",
             f"date      {e.get('date')} ({e.get('date_precision')})" + _quote(e.get("date_evidence")),
             f"place     {_place(e)}  precision {e.get('geo_precision')}  "
             f"({e.get('latitude')}, {e.get('longitude')})" + _quote(e.get("location_evidence")),
             f"source    {e.get('outlet') or '-'}  {e.get('url') or ''}  published {e.get('published')}",
             "actors"]
    for a in e["actors"]:
        lines.append(f"  {a['side']}  {a['name']} ({a['kind']})")
    lines.append(f"grade     {e.get('grade') or '-'}: {e.get('grade_reason') or ''}")
    lines.append(f"fatalities (ACLED, conservative) {e.get('fatalities')}")
    lines += ["", estimates_table(e)]
    if e.get("contradictions"):
        lines.append("contradictions:")
        for c in e["contradictions"]:
            lines.append(f"  - {c.get('text') or c['about']}  [{', '.join(c['claims'])}]")
    by_claimant = dict(e, claims=sorted(e["claims"], key=lambda c: c["claimant"]))
    lines += ["", "claims by claimant:", claims_table([by_claimant]), "", "sentences:"]
    for c in e["claims"]:
        ev = c["evidence"]
        lines.append(f"  [{c['id']}] {_sentence(text, ev['start'], ev['end'])}")
    return "\n".join(lines)


def _quote(ev: dict | None) -> str:
    return f'  "{ev["text"]}"' if ev else ""


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, with the span in brackets."""
    if not text:
        return ""
    dot = text.rfind(". ", 0, start)
    s = max(dot + 2 if dot != -1 else 0, text.rfind("\n", 0, start) + 1)
    e_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    e = min(e_candidates) + 1 if e_candidates else len(text)
    return (text[s:start] + "[" + text[start:end] + "]" + text[end:e]).strip()


def incidents_table(incidents: list[dict]) -> str:
    if not incidents:
        return "(no incidents)"
    rows = [[i["id"], i.get("date") or "?", i["event_type"] + " / " + i["sub_event_type"], _place(i), _actors(i),
             i.get("fatalities"), i.get("grade") or "", len(i["documents"])] for i in incidents]
    return _table(["incident", "date", "type", "place", "actors (A vs B)", "fatal.", "grade", "reports"], rows,
                  [13, 10, 44, 30, 56, 6, 10, 7])


def incident_detail(inc: dict) -> str:
    lines = [f"{inc['id']}  {inc['event_type']} / {inc['sub_event_type']}",
             f"date      {inc.get('date')} ({inc.get('date_precision')})",
             f"place     {_place(inc)}  precision {inc.get('geo_precision')}  ({inc.get('latitude')}, "
             f"{inc.get('longitude')})",
             "actors"] + [f"  {a['side']}  {a['name']} ({a['kind']})" for a in inc["actors"]]
    lines.append(f"grade     {inc.get('grade') or '-'}: {inc.get('grade_reason') or ''}")
    lines.append(f"fatalities (ACLED, conservative) {inc.get('fatalities')}")
    lines += ["", "sources:"]
    for src in inc["sources"]:
        lines.append(f"  {src['document_id']}  {src.get('outlet') or '-'}  {src.get('published') or '?'}  "
                     f"{src.get('language') or ''}  {src.get('url') or ''}")
    lines += ["", estimates_table(inc)]
    if inc.get("contradictions"):
        lines.append("contradictions:")
        lines += [f"  - {c.get('text') or c['about']}  [{', '.join(c['claims'])}]" for c in inc["contradictions"]]
    rows = [[c.get("outlet") or c.get("document_id"), c["claimant"], c["what"], _number(c), c["of"], c["status"],
             c["evidence"]["text"]] for c in sorted(inc["claims"], key=lambda c: (c.get("document_id") or "",
                                                                                c["claimant"]))]
    lines += ["", "claims by source:",
              _table(["source", "claimant", "what", "n", "of", "status", "evidence"], rows,
                     [20, 30, 18, 6, 36, 10, 60]) if rows else "(no claims)"]
    return "\n".join(lines)
