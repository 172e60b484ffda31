"""Assembly: one incident's record from its member events (fields, claims reconciled across reports)."""

from __future__ import annotations

from collections import Counter, defaultdict

from .sketch import TYPE_RANK

# -- an incident's fields from its events ------------------------------------------------------
_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def incident_fields(events: list[dict]) -> dict:
    """Best date, place and type from the most precise reports; actors by majority side."""
    dated = sorted(events, key=lambda e: _PRECISION[e.get("date_precision") if e.get("date") else None])
    best_p = dated[0].get("date_precision") if dated[0].get("date") else None
    dates = Counter(e["date"] for e in dated if e.get("date") and e.get("date_precision") == best_p)
    when = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    placed = [e for e in events if e.get("latitude") is not None]
    reports = Counter(e.get("location") for e in placed)  # how many placed reports name each location
    place_src = min(placed, key=lambda e: (e.get("geo_precision") or 9, -reports[e.get("location")], e["id"])) \
        if placed else events[0]
    types = Counter((e["event_type"], e["sub_event_type"]) for e in events)
    kind = min(types, key=lambda t: (-types[t], TYPE_RANK.index(t[0]) if t[0] in TYPE_RANK else 9, t[1]))
    sides: dict[str, Counter] = defaultdict(Counter)
    info: dict[str, dict] = {}
    for e in events:
        for a in e.get("actors") or []:
            sides[a["name"]][a["side"]] += 1
            info.setdefault(a["name"], a)
    actors = [{"name": n, "kind": info[n].get("kind"), "country": info[n].get("country"),
               "side": min(c, key=lambda s: (-c[s], s)), "evidence": []} for n, c in sides.items()]
    return {
        "event_type": kind[0], "sub_event_type": kind[1], "date": when, "date_precision": best_p if when else None,
        **{k: place_src.get(k) for k in ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
                                         "geo_precision", "geonames_id")},
        "actors": actors,
    }


def assemble(incident_id: str, events: list[dict]) -> dict:
    """One incident dict: the event fields chosen across reports, every report's claims with their
    source, and estimates and contradictions recomputed over all of them."""
    from ..reconcile import reconcile_event
    from ..records import Actor, Claim, Event, Place

    events = sorted(events, key=lambda e: e["id"])
    fields = incident_fields(events)
    claims = []
    for e in events:
        for c in e.get("claims") or []:
            claims.append(dict(c, document_id=e.get("document_id"), event_id=e["id"], outlet=e.get("outlet"),
                               url=e.get("url"), published=e.get("published"), language=e.get("language")))
    record = Event(incident_id, fields["event_type"], fields["sub_event_type"], fields["date"],
                   fields["date_precision"], Place(country=fields["country"]),
                   actors=[Actor(a["name"], a["kind"] or "other", a["side"], a["country"]) for a in fields["actors"]],
                   claims=[Claim.from_dict(c) for c in claims],
                   evidence=[])
    reconcile_event(record)
    sources, seen = [], set()
    for e in events:
        if e.get("document_id") not in seen:
            seen.add(e.get("document_id"))
            sources.append({k: e.get(k) for k in ("document_id", "outlet", "url", "published", "language", "title")})
    return {
        "id": incident_id, **fields, "claims": claims,
        "estimates": {k: v.to_dict() for k, v in record.estimates.items()},
        "fatalities": record.fatalities, "contradictions": record.contradictions,
        "grade": record.grade, "grade_reason": record.grade_reason,
        "events": [e["id"] for e in events], "documents": [s["document_id"] for s in sources], "sources": sources,
    }
