"""Exporters: ACLED-style CSV, GeoJSON and JSON Lines from event dicts.

Event dicts are the schema shape of one event (``Event.to_dict()``) optionally
enriched with document fields as ``Store.events()`` returns them (``outlet``,
``ingested_at``, ...). Conventions follow the ACLED codebook summary in
``reference/codebooks.md`` (31 export columns, inter/interaction labels,
disorder_type, civilian_targeting, time_precision, notes house style).
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, TextIO

import pycountry

from .records import as_date

# ACLED current export, 31 columns in ACLED's order (codebooks.md §1.15).
ACLED_COLUMNS: list[str] = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

# Actor kind (schema) → ACLED inter code; labels are ACLED's current text labels (§1.5).
INTER_CODES: dict[str, int] = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "unidentified armed group": 3,  # "Unidentified Armed Group (Country)" is coded 3 by default
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "foreign forces": 8,  # state forces operating outside their home country
    "other": 8,  # ACLED's catch-all "External/Other forces"
}
INTER_LABELS: dict[int, str] = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}

TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}

CIVILIANS_TARGETED = "Civilians targeted"  # the codebook's value (§1.13); blank otherwise

# ACLED region by ISO3, only where the assignment is known with confidence; others stay blank.
_REGIONS: dict[str, tuple[str, ...]] = {
    "Western Africa": ("BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT",
                       "NER", "NGA", "SEN", "SLE", "TGO"),
    "Middle Africa": ("CMR", "CAF", "TCD", "COG", "COD", "GNQ", "GAB", "STP"),
    "Eastern Africa": ("BDI", "DJI", "ERI", "ETH", "KEN", "RWA", "SOM", "SSD", "TZA", "UGA"),
    "Northern Africa": ("DZA", "EGY", "LBY", "MAR", "SDN", "TUN"),
    "Southern Africa": ("ZAF", "LSO", "SWZ", "BWA", "NAM"),
    "Middle East": ("BHR", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR",
                    "TUR", "ARE", "YEM"),
    "South Asia": ("AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"),
    "Southeast Asia": ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"),
    "East Asia": ("CHN", "JPN", "KOR", "PRK", "MNG", "TWN"),
    "Caucasus and Central Asia": ("ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"),
    "Europe": ("UKR", "RUS", "BLR", "MDA", "POL", "DEU", "FRA", "GBR", "ITA", "ESP", "ROU", "SRB",
               "BIH", "XKX"),
}
REGION_BY_ISO3: dict[str, str] = {iso: region for region, isos in _REGIONS.items() for iso in isos}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# Vague open-ended counts (low, high=None) back to words (annotation conventions).
_VAGUE_WORDS: dict[int, str] = {
    2: "multiple", 3: "several", 10: "tens of", 12: "dozens of", 20: "scores of", 24: "dozens of",
    100: "hundreds of", 1000: "thousands of",
}
_PEOPLE_WHAT = ("killed", "wounded", "captured", "missing", "abducted", "displaced")
_THING_WHAT = {
    "vehicles destroyed": ("vehicle", "vehicles", "destroyed"),
    "vehicles seized": ("vehicle", "vehicles", "seized"),
    "aircraft lost": ("aircraft", "aircraft", "lost"),
}
_PLURAL_CLAIMANTS = {
    "local sources", "residents", "witnesses", "sources", "officials", "local officials",
    "security sources", "medical sources", "activists", "villagers", "locals", "survivors",
    "unattributed sources",
}
_VERBS = {  # status → (singular, plural) verb
    "claimed": ("claims", "claim"),
    "unverified": ("claims", "claim"),
    "reported": ("reports", "report"),
    "confirmed": ("confirms", "confirm"),
    "denied": ("denies", "deny"),
}

# sub_event_type → (template with a target, template without); {a} = side A, {b} = side B
_TEMPLATES: dict[str, tuple[str, str]] = {
    "armed clash": ("{a} clashed with {b}", "{a} were involved in an armed clash"),
    "government regains territory": ("{a} regained territory from {b}", "{a} regained territory"),
    "non-state actor overtakes territory": ("{a} took territory from {b}", "{a} took territory"),
    "air/drone strike": ("{a} carried out an air/drone strike on {b}", "{a} carried out an air/drone strike"),
    "shelling/artillery/missile attack": ("{a} carried out a shelling/artillery/missile attack on {b}",
                                          "{a} carried out a shelling/artillery/missile attack"),
    "remote explosive/landmine/ied": ("{a} used a remote explosive/landmine/IED against {b}",
                                      "{a} used a remote explosive/landmine/IED"),
    "suicide bomb": ("{a} carried out a suicide bombing against {b}", "{a} carried out a suicide bombing"),
    "grenade": ("{a} threw a grenade at {b}", "{a} threw a grenade"),
    "chemical weapon": ("{a} used chemical weapons against {b}", "{a} used chemical weapons"),
    "attack": ("{a} attacked {b}", "{a} carried out an attack"),
    "abduction/forced disappearance": ("{a} abducted {b}", "{a} abducted people"),
    "sexual violence": ("{a} committed sexual violence against {b}", "{a} committed sexual violence"),
    "peaceful protest": ("{a} protested against {b}", "{a} held a peaceful protest"),
    "protest with intervention": ("{a} protested and {b} intervened", "{a} protested and faced intervention"),
    "excessive force against protesters": ("{a} used excessive force against {b}",
                                           "excessive force was used against {a}"),
    "violent demonstration": ("{a} clashed with {b} in a violent demonstration",
                              "{a} held a violent demonstration"),
    "mob violence": ("a mob of {a} attacked {b}", "a mob of {a} committed violence"),
    "agreement": ("{a} and {b} reached an agreement", "{a} reached an agreement"),
    "arrests": ("{a} arrested {b}", "{a} made arrests"),
    "change to group/activity": ("a change to group/activity involving {a} and {b} was reported",
                                 "a change to group/activity of {a} was reported"),
    "disrupted weapons use": ("{a} disrupted weapons use by {b}", "{a} disrupted weapons use"),
    "headquarters or base established": ("{a} established a headquarters or base near {b}",
                                         "{a} established a headquarters or base"),
    "looting/property destruction": ("{a} looted or destroyed property of {b}",
                                     "{a} looted or destroyed property"),
    "non-violent transfer of territory": ("{a} took control of territory from {b} without fighting",
                                          "{a} took control of territory without fighting"),
    "other": ("a strategic development involving {a} and {b} was reported",
              "a strategic development involving {a} was reported"),
}


# -- small helpers ----------------------------------------------------------------------
def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _parse_date(value: Any) -> date | None:
    try:
        return as_date(str(value)[:10] if isinstance(value, str) else value)
    except ValueError:
        return None


def _join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for n in names:
        if n and n not in seen:
            seen[n] = None
    return list(seen)


def _sides(event: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Actors for ACLED slots 1 and 2 (side A, side B).

    When no side-A actor is known the side-B actors move to slot 1, except for
    Violence against civilians where the target is always actor 2.
    """
    acts = [a for a in event.get("actors") or [] if a.get("name")]
    side_a = [a for a in acts if a.get("side") == "A"]
    side_b = [a for a in acts if a.get("side") == "B"]
    if not side_a and side_b and event.get("event_type") != "Violence against civilians":
        side_a, side_b = side_b, []
    return side_a, side_b


def _inter(actor: dict[str, Any] | None) -> int | None:
    if actor is None:
        return None
    return INTER_CODES.get((actor.get("kind") or "").lower())


def interaction(code1: int | None, code2: int | None, has_actor2: bool | None = None) -> str:
    """ACLED text interaction: lower code first, ``"<label> only"`` for one actor.

    Empty when an actor's kind has no inter code (no honest interaction to give).
    """
    if has_actor2 is None:
        has_actor2 = code2 is not None
    if code1 is None:
        return ""
    if not has_actor2:
        return f"{INTER_LABELS[code1]} only"
    if code2 is None:
        return ""
    lo, hi = sorted((code1, code2))
    return f"{INTER_LABELS[lo]}-{INTER_LABELS[hi]}"


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    sub = (sub_event_type or "").lower()
    if sub == "excessive force against protesters":
        return "Political violence; Demonstrations"
    if sub == "mob violence":
        return "Political violence"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return "Political violence"
    return ""


def _civilian_targeting(event: dict[str, Any], actor2: dict[str, Any] | None) -> str:
    et = event.get("event_type")
    sub = (event.get("sub_event_type") or "").lower()
    if et == "Violence against civilians" or sub == "excessive force against protesters":
        return CIVILIANS_TARGETED
    # civilians as the main target of a one-sided form of violence (not incidental harm in Battles)
    if et in ("Explosions/Remote violence", "Riots") and actor2 is not None \
            and (actor2.get("kind") or "").lower() == "civilians":
        return CIVILIANS_TARGETED
    return ""


def iso_numeric(iso3: str | None, country: str | None = None) -> int | None:
    """ISO 3166 numeric code from alpha-3 (or, failing that, the country name)."""
    rec = None
    if iso3:
        rec = pycountry.countries.get(alpha_3=iso3.upper())
    if rec is None and country:
        try:
            rec = pycountry.countries.lookup(country)
        except LookupError:
            rec = None
    return int(rec.numeric) if rec is not None else None


def _iso3(event: dict[str, Any]) -> str | None:
    if event.get("iso3"):
        return str(event["iso3"]).upper()
    if event.get("country"):
        try:
            return pycountry.countries.lookup(event["country"]).alpha_3
        except LookupError:
            return None
    return None


def _coord(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _timestamp(event: dict[str, Any]) -> str:
    ts = event.get("timestamp")
    if isinstance(ts, int | float) and not isinstance(ts, bool):
        return str(int(ts))
    raw = event.get("ingested_at")
    if not raw:
        return ""
    try:
        dt = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    except ValueError:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return str(int(dt.timestamp()))


# -- notes ------------------------------------------------------------------------------
def _date_phrase(event: dict[str, Any]) -> str:
    d = _parse_date(event.get("date"))
    if d is None:
        return ""
    day = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    prec = event.get("date_precision")
    if prec == "week":
        return f"During the week of {day}"
    if prec == "month":
        return f"In {_MONTHS[d.month - 1]} {d.year}"
    if prec == "year":
        return f"In {d.year}"
    if prec is None:
        return f"On or around {day}"
    return f"On {day}"


def _place_phrase(event: dict[str, Any]) -> str:
    loc = event.get("location")
    admins = [a for a in _unique([_s(event.get("admin2")), _s(event.get("admin1"))]) if a != loc]
    if loc:
        gp = event.get("geo_precision")
        head = f"near {loc}" if gp == 2 else f"in the {loc} area" if gp == 3 else f"in {loc}"
        return head + (f" ({', '.join(admins)})" if admins else "")
    if len(admins) > 1:
        return f"in {admins[0]} ({', '.join(admins[1:])})"
    if admins:
        return f"in the {admins[0]} region" if event.get("admin1") == admins[0] else f"in {admins[0]}"
    if event.get("country"):
        return f"in {event['country']}"
    return ""


def _what_happened(event: dict[str, Any]) -> str:
    side_a, side_b = _sides(event)
    a = _join_names(_unique(x["name"] for x in side_a))
    b = _join_names(_unique(x["name"] for x in side_b))
    sub = (event.get("sub_event_type") or "").lower()
    if sub == "excessive force against protesters" and side_a and \
            all((x.get("kind") or "") == "protesters" for x in side_a) and b:
        a, b = b, a  # protesters coded as side A: the force came from side B
    kind = f"{event.get('sub_event_type') or 'unspecified'} ({event.get('event_type') or 'unknown type'})"
    if a:
        with_b, without_b = _TEMPLATES.get(sub, ("{a} and {b} were involved in an event: {k}",
                                                 "{a} were involved in an event: {k}"))
        core = (with_b if b else without_b).format(a=a, b=b, k=kind)
    elif b:
        core = f"{b} were targeted in an event by unidentified actors: {kind}"
    else:
        core = f"an event took place: {kind}"
    place = _place_phrase(event)
    when = _date_phrase(event)
    body = f"{core} {place}".strip() if place else core
    return (f"{when}, {body}." if when else f"{_cap(body)}.")


def claim_quantity(claim: dict[str, Any]) -> str:
    """'12', 'at least 12', 'dozens of', 'several', '5-8', 'about 15' — never more precise than the claim."""
    low, high, vague = claim.get("low"), claim.get("high"), bool(claim.get("vague"))
    if low is None and high is None:
        return "an unknown number of"
    if high is None:
        if vague and low in _VAGUE_WORDS:
            return _VAGUE_WORDS[low]
        return f"at least {low}"
    if low is None:
        return f"up to {high}"
    if low == high:
        return f"about {low}" if vague else f"{low}"
    return f"{low}-{high}"


def _of_phrase(of: str | None) -> str:
    if not of or of.lower() == "unknown":
        return ""
    if of.lower().startswith("civilians"):
        return "civilians"
    return of


def claim_phrase(claim: dict[str, Any], quantity: str | None = None) -> str:
    """One claim as a phrase: 'at least 12 Africa Corps (Russia) killed', '21 vehicles destroyed'."""
    qty = quantity or claim_quantity(claim)
    what = claim.get("what") or "other"
    of = _of_phrase(claim.get("of"))
    one = claim.get("low") == 1 and claim.get("high") == 1
    if what in _THING_WHAT:
        singular, plural, verb = _THING_WHAT[what]
        noun = singular if one else plural
        return f"{qty} {noun}{f' of {of}' if of else ''} {verb}"
    who = of or ("person" if one else "people")
    if what in _PEOPLE_WHAT:
        return f"{qty} {who} {what}"
    return f"{qty} {who} affected ({what})"


def _claimant_name(claimant: str | None, event: dict[str, Any]) -> str:
    c = (claimant or "").strip() or "unattributed sources"
    if c.lower() == "the outlet" and event.get("outlet"):
        return str(event["outlet"])
    return c


def _claim_sentences(event: dict[str, Any]) -> list[str]:
    by_claimant: dict[str, dict[str, list[str]]] = {}
    for c in event.get("claims") or []:
        who = _claimant_name(c.get("claimant"), event)
        status = c.get("status") or "claimed"
        phrase = claim_phrase(c)
        if status == "denied" and not (c.get("low") or c.get("high")):
            phrase = claim_phrase(c, quantity="any")  # "denies any ... killed"
        if status == "unverified":
            phrase += " (unverified)"
        verb_key = "denied" if status == "denied" else (
            status if status in ("reported", "confirmed") else "claimed")
        by_claimant.setdefault(who, {}).setdefault(verb_key, []).append(phrase)
    out = []
    for who, groups in by_claimant.items():
        plural = who.lower() in _PLURAL_CLAIMANTS
        clauses = [f"{_VERBS[v][1 if plural else 0]} {_join_names(ps)}" for v, ps in groups.items()]
        out.append(f"{_cap(who)} {'; '.join(clauses)}.")
    return out


def acled_notes(event: dict[str, Any]) -> str:
    """ACLED-style notes: what happened, who claims what, then the disputes reconciliation found."""
    parts = [_what_happened(event), *_claim_sentences(event)]
    for con in event.get("contradictions") or []:
        label = "Fatalities disputed" if str(con.get("about", "")).startswith("killed|") else "Disputed"
        parts.append(f"{label}: {con.get('text') or con.get('about')}.")
    return " ".join(parts)


# -- ACLED rows -------------------------------------------------------------------------
def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as an ACLED export row (keys = ``ACLED_COLUMNS``)."""
    side_a, side_b = _sides(event)
    actor1 = side_a[0] if side_a else None
    actor2 = side_b[0] if side_b else None
    code1, code2 = _inter(actor1), _inter(actor2)
    d = _parse_date(event.get("date"))
    iso3 = _iso3(event)
    iso = iso_numeric(iso3, event.get("country"))
    lat, lon = _coord(event.get("latitude")), _coord(event.get("longitude"))
    prec = TIME_PRECISION.get(event.get("date_precision") or "")
    fat = event.get("fatalities")
    main1 = actor1["name"] if actor1 else ""
    main2 = actor2["name"] if actor2 else ""
    return {
        "event_id_cnty": _s(event.get("id")),
        "event_date": d.isoformat() if d else "",
        "year": d.year if d else "",
        "time_precision": prec if prec is not None else "",
        "disorder_type": disorder_type(event.get("event_type"), event.get("sub_event_type")),
        "event_type": _s(event.get("event_type")),
        "sub_event_type": _s(event.get("sub_event_type")),
        "actor1": main1,
        "assoc_actor_1": "; ".join(n for n in _unique(a["name"] for a in side_a[1:]) if n != main1),
        "inter1": INTER_LABELS[code1] if code1 else "",
        "actor2": main2,
        "assoc_actor_2": "; ".join(n for n in _unique(a["name"] for a in side_b[1:]) if n != main2),
        "inter2": INTER_LABELS[code2] if code2 else "",
        "interaction": interaction(code1, code2, actor2 is not None) if actor1 else "",
        "civilian_targeting": _civilian_targeting(event, actor2),
        "iso": iso if iso is not None else "",
        "region": REGION_BY_ISO3.get(iso3 or "", ""),
        "country": _s(event.get("country")),
        "admin1": _s(event.get("admin1")),
        "admin2": _s(event.get("admin2")),
        "admin3": _s(event.get("admin3")),
        "location": _s(event.get("location")),
        "latitude": round(lat, 4) if lat is not None else "",
        "longitude": round(lon, 4) if lon is not None else "",
        "geo_precision": _s(event.get("geo_precision")),
        "source": "; ".join(_outlets(event)),
        "source_scale": _s(event.get("source_scale")),
        "notes": acled_notes(event),
        "fatalities": fat if fat is not None else 0,
        "tags": _s(event.get("tags")),
        "timestamp": _timestamp(event),
    }


def write_acled_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write ACLED's 31-column CSV (header + one row per event); returns the row count."""
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow(acled_row(ev))
        n += 1
    return n


# -- GeoJSON / JSONL --------------------------------------------------------------------
_SKIP_PROPS = {"document_text", "latitude", "longitude"}


def _outlets(row: dict[str, Any]) -> list[str]:
    """An incident names every report's outlet; an event its own."""
    if row.get("sources"):
        return _unique(s.get("outlet") or s.get("document_id") or "" for s in row["sources"])
    return [row["outlet"]] if row.get("outlet") else []


def geojson_feature(event: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point feature, or None when the event has no coordinates."""
    lat, lon = _coord(event.get("latitude")), _coord(event.get("longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    props: dict[str, Any] = {}
    for k, v in event.items():
        if k in _SKIP_PROPS:
            continue
        if v is None or isinstance(v, str | int | float | bool):
            if isinstance(v, float) and not math.isfinite(v):
                v = None
            props[k] = v
    props["actors"] = _unique(a.get("name") for a in event.get("actors") or [])
    props["claims_count"] = len(event.get("claims") or [])
    props["fatalities"] = event.get("fatalities")
    props["notes"] = acled_notes(event)
    return {
        "type": "Feature",
        "id": event.get("id"),
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": props,
    }


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write a FeatureCollection of Points ([lon, lat]); events without coordinates are skipped."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev in events:
        feat = geojson_feature(ev)
        if feat is None:
            continue
        out.write(",\n" if n else "\n")
        out.write(json.dumps(feat, ensure_ascii=False, allow_nan=False, default=str))
        n += 1
    out.write("\n]}\n")
    return n


def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line per event; returns the line count."""
    n = 0
    for ev in events:
        out.write(json.dumps(ev, ensure_ascii=False, default=str))
        out.write("\n")
        n += 1
    return n


# -- UCDP GED ----------------------------------------------------------------------------
UCDP_COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
    "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
    "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
    "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
]
_UCDP_REGION = {"Western Africa": "Africa", "Middle Africa": "Africa", "Eastern Africa": "Africa",
                "Northern Africa": "Africa", "Southern Africa": "Africa", "Middle East": "Middle East",
                "Europe": "Europe", "South Asia": "Asia", "Southeast Asia": "Asia", "East Asia": "Asia",
                "Caucasus and Central Asia": "Asia", "South America": "Americas", "Central America": "Americas",
                "North America": "Americas", "Caribbean": "Americas"}
_DATE_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}
_WHERE_PREC = {1: 1, 2: 2, 3: 4}


def ucdp_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event or incident as a UCDP GED row. Fields Fogline cannot know (UCDP conflict and dyad ids,
    Gleditsch-Ward codes, PRIO-GRID cells) stay empty rather than invented."""
    side_a, side_b = _sides(row)
    a = "; ".join(x["name"] for x in side_a)
    b = "; ".join(x["name"] for x in side_b)
    est = row.get("estimates") or {}

    def best(key: str) -> int:
        return (est.get(key) or {}).get("best") or 0

    deaths = {k: best(k) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")}
    lows = sum((est.get(k) or {}).get("low") or 0 for k in deaths)
    highs = [(est.get(k) or {}).get("high") for k in deaths if est.get(k)]
    kinds = {x.get("kind") for x in side_a + side_b}
    if "civilians" in {x.get("kind") for x in side_b} or row.get("event_type") == "Violence against civilians":
        tov = 3
    elif "state forces" in kinds:
        tov = 1
    else:
        tov = 2
    lat, lon = _coord(row.get("latitude")), _coord(row.get("longitude"))
    d = _parse_date(row.get("date"))
    sources = row.get("sources") or [{"outlet": row.get("outlet"), "published": row.get("published"),
                                       "title": row.get("title"), "url": row.get("url")}]
    region = REGION_BY_ISO3.get(_iso3(row) or "", "")
    originals = _unique(c.get("claimant") for c in row.get("claims") or [] if c.get("claimant") != "the outlet")
    return {
        "id": row.get("id"), "relid": row.get("id"), "year": d.year if d else "", "active_year": "",
        "code_status": "Candidate", "type_of_violence": tov, "conflict_dset_id": "", "conflict_new_id": "",
        "conflict_name": "", "dyad_dset_id": "", "dyad_new_id": "", "dyad_name": f"{a} - {b}" if b else a,
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": a, "side_b_dset_id": "", "side_b_new_id": "",
        "side_b": b, "number_of_sources": len(sources),
        "source_article": "; ".join(f"{s.get('outlet') or '?'} ({s.get('published') or 'n.d.'}) {s.get('title') or ''}"
                                    .strip() for s in sources),
        "source_office": "; ".join(_unique(s.get("outlet") or "" for s in sources)),
        "source_date": "; ".join(_unique(s.get("published") or "" for s in sources)),
        "source_headline": "; ".join(_unique(s.get("title") or "" for s in sources)),
        "source_original": "; ".join(originals),
        "where_prec": _WHERE_PREC.get(row.get("geo_precision"), 6 if row.get("country") else ""),
        "where_coordinates": ", ".join(x for x in (row.get("location"), row.get("admin1"), row.get("country")) if x),
        "where_description": ((row.get("location_evidence") or {}).get("text") or row.get("location") or ""),
        "adm_1": row.get("admin1") or "", "adm_2": row.get("admin2") or "",
        "latitude": lat if lat is not None else "", "longitude": lon if lon is not None else "",
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "", "priogrid_gid": "",
        "country": row.get("country") or "", "country_id": "", "region": _UCDP_REGION.get(region, ""),
        "event_clarity": 1, "date_prec": _DATE_PREC.get(row.get("date_precision"), ""),
        "date_start": row.get("date") or "", "date_end": row.get("date") or "",
        **deaths, "best": sum(deaths.values()),
        "high": "" if any(h is None for h in highs) else sum(highs), "low": lows, "gwnoa": "", "gwnob": "",
    }


def write_ucdp_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    w = csv.DictWriter(out, fieldnames=UCDP_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for r in rows:
        w.writerow(ucdp_row(r))
        n += 1
    return n


def write_parquet(rows: Iterable[dict[str, Any]], path: str) -> int:
    """Flat columns (the ACLED fields plus low/best/high and ids); nested values as JSON text."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # an optional extra: pip install "fogline[parquet]"
        raise ImportError("Parquet export needs pyarrow: pip install 'fogline[parquet]'") from exc
    records = []
    for r in rows:
        flat = {k: (json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, dict | list) else v)
                for k, v in r.items() if k not in ("document_text", "event_records")}
        records.append(flat)
    cols = sorted({k for r in records for k in r})
    table = pa.table({c: [None if r.get(c) is None else str(r[c]) if not isinstance(r.get(c), int | float | bool)
                          else r[c] for r in records] for c in cols}) if records else pa.table({})
    pq.write_table(table, path)
    return len(records)
