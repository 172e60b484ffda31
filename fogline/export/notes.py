"""ACLED-style notes in Fogline's house style: what happened, when, where, and who claims what."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..lang import resources
from ..vocab import THE_OUTLET
from .common import cap, join_names, parse_date, plain, sides, unique

NOTES_LANGUAGE = "en"  # ACLED writes its notes in English


@cache
def _words() -> dict[str, Any]:
    """The notes' words (fogline/lang/en/notes.json), with the tables shaped for lookup."""
    words = dict(resources(NOTES_LANGUAGE)["notes"])
    words["vague_counts"] = {int(k): v for k, v in words["vague_counts"].items()}
    words["plural_claimants"] = frozenset(words["plural_claimants"])
    return words


# -- notes ------------------------------------------------------------------------------
def _date_phrase(event: dict[str, Any]) -> str:
    d = parse_date(event.get("date"))
    if d is None:
        return ""
    month = _words()["months"][d.month - 1]
    day = f"{d.day} {month} {d.year}"
    prec = event.get("date_precision")
    if prec == "week":
        return f"During the week of {day}"
    if prec == "month":
        return f"In {month} {d.year}"
    if prec == "year":
        return f"In {d.year}"
    if prec is None:
        return f"On or around {day}"
    return f"On {day}"


def _place_phrase(event: dict[str, Any]) -> str:
    loc = event.get("location")
    admins = [a for a in unique([plain(event.get("admin2")), plain(event.get("admin1"))]) if a != loc]
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
    side_a, side_b = sides(event)
    a = join_names(unique(x["name"] for x in side_a))
    b = join_names(unique(x["name"] for x in side_b))
    sub = (event.get("sub_event_type") or "").lower()
    if sub == "excessive force against protesters" and side_a and \
            all((x.get("kind") or "") == "protesters" for x in side_a) and b:
        a, b = b, a  # protesters coded as side A: the force came from side B
    kind = f"{event.get('sub_event_type') or 'unspecified'} ({event.get('event_type') or 'unknown type'})"
    if a:
        with_b, without_b = _words()["templates"].get(sub, ("{a} and {b} were involved in an event: {k}",
                                                 "{a} were involved in an event: {k}"))
        core = (with_b if b else without_b).format(a=a, b=b, k=kind)
    elif b:
        core = f"{b} were targeted in an event by unidentified actors: {kind}"
    else:
        core = f"an event took place: {kind}"
    place = _place_phrase(event)
    when = _date_phrase(event)
    body = f"{core} {place}".strip() if place else core
    return (f"{when}, {body}." if when else f"{cap(body)}.")


def claim_quantity(claim: dict[str, Any]) -> str:
    """'12', 'at least 12', 'dozens of', 'several', '5-8', 'about 15' — never more precise than the claim."""
    low, high, vague = claim.get("low"), claim.get("high"), bool(claim.get("vague"))
    if low is None and high is None:
        return "an unknown number of"
    if high is None:
        vague_counts = _words()["vague_counts"]
        if vague and low in vague_counts:
            return vague_counts[low]
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
    things = _words()["thing_what"]
    if what in things:
        singular, plural, verb = things[what]
        noun = singular if one else plural
        return f"{qty} {noun}{f' of {of}' if of else ''} {verb}"
    who = of or ("person" if one else "people")
    if what in _words()["people_what"]:
        return f"{qty} {who} {what}"
    return f"{qty} {who} affected ({what})"


def _claimant_name(claimant: str | None, event: dict[str, Any]) -> str:
    c = (claimant or "").strip() or "unattributed sources"
    if c.lower() == THE_OUTLET and event.get("outlet"):
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
    words = _words()
    for who, groups in by_claimant.items():
        plural = who.lower() in words["plural_claimants"]
        clauses = [f"{words['status_verbs'][v][1 if plural else 0]} {join_names(ps)}" for v, ps in groups.items()]
        out.append(f"{cap(who)} {'; '.join(clauses)}.")
    return out


def acled_notes(event: dict[str, Any]) -> str:
    """ACLED-style notes: what happened, who claims what, then the disputes reconciliation found."""
    parts = [_what_happened(event), *_claim_sentences(event)]
    for con in event.get("contradictions") or []:
        label = "Fatalities disputed" if str(con.get("about", "")).startswith("killed|") else "Disputed"
        parts.append(f"{label}: {con.get('text') or con.get('about')}.")
    return " ".join(parts)
