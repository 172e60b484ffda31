"""Weigh an event's claims: low/best/high per (what, of whom), UCDP-style deaths per side, an
ACLED-style conservative fatality count, contradictions and a grade. The rules are written
down with worked examples in docs/claims.md; they are applied the same way every time.

Credibility, most credible first:
  4  an admission against interest: a party's figure for its own losses;
  3  independent sources: local sources, residents, the UN, the outlet in its own voice;
  2  social media, and figures that could not be verified;
  1  a party's figure for someone else's losses (inflation-prone);
  0  denials (they bound nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lang import available, resources
from .records import Claim, Estimate, Event
from .vocab import (
    CIVILIANS_PREFIX,
    CONFIRMED,
    DENIED,
    GRADE_CONFIRMED,
    GRADE_CONTESTED,
    GRADE_DISCOUNTED,
    GRADE_FAIR,
    GRADE_WEAK,
    INDEPENDENT,
    KILLED,
    OTHER_WHAT,
    SIDE_A,
    SIDE_B,
    SOCIAL_MEDIA,
    UNKNOWN,
    UNVERIFIED,
)


@cache
def opposed_accounts() -> list[tuple[str, re.Pattern[str], str, re.Pattern[str]]]:
    """Descriptive clashes, two accounts of one thing that cannot both be true ("crash" against
    "emergency landing"), from every language's claims.json: a report may quote sources in two languages."""
    words: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for code in available():
        for pair in resources(code)["claims"].get("opposed_accounts", []):
            a, b = words.setdefault((pair["a"], pair["b"]), ([], []))
            a.append(pair["a_words"])
            b.append(pair["b_words"])
    return [(name_a, re.compile("|".join(a), re.I), name_b, re.compile("|".join(b), re.I))
            for (name_a, name_b), (a, b) in words.items()]


@cache
def _any_account() -> re.Pattern[str]:
    """Every opposed account's words in one pattern: most texts name none, and one search tells (a text
    that matches none of them takes no part in any pair)."""
    parts = [rx.pattern for _a, rx_a, _b, rx_b in opposed_accounts() for rx in (rx_a, rx_b)]
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!)", re.I)


@dataclass(frozen=True, slots=True)
class Grade:
    grade: str  # confirmed, fair, weak, contested, discounted
    reason: str


def credibility(claim: Claim, parties: set[str]) -> int:
    if claim.status == DENIED:
        return 0
    if claim.of == claim.claimant:  # its own losses, against its interest
        return 4
    if claim.status == UNVERIFIED or claim.claimant == SOCIAL_MEDIA:
        return 2
    if claim.claimant in INDEPENDENT or claim.claimant not in parties:
        return 3
    return 1


def _sides(event: Event) -> dict[str, str]:
    return {a.name: a.side for a in event.actors}


def estimate(claims: list[Claim], parties: set[str]) -> Estimate:
    """low = the smallest figure anyone gives; best = the most credible figure's low (ties: the
    lowest, ACLED's conservative rule); high = the largest, open when any figure is open-ended."""
    counted = [c for c in claims if c.status != DENIED and (c.low is not None or c.high is not None)]
    if not counted:
        return Estimate(None, None, None, "only denials")
    cred = [credibility(c, parties) for c in counted]  # each claim's rank worked out once
    first = min(range(len(counted)),  # the first of the most credible, lowest figures (a stable sort's first)
                key=lambda i: (-cred[i], counted[i].low if counted[i].low is not None else 0, i))
    top = counted[first]
    lows = [c.low for c in counted if c.low is not None]
    low = min(lows) if lows else None
    best = top.low if top.low is not None else top.high
    high = None if any(c.high is None for c in counted) else max(c.high for c in counted)
    why = f"best: {_fmt(top)} from {top.claimant} ({_rank_name(cred[first])}); from " + ", ".join(
        f"{c.id or '?'} ({c.claimant}: {_fmt(c)})" for c in counted)
    return Estimate(low, best, high, why)


def _rank_name(r: int) -> str:
    return {4: "own losses admitted", 3: "independent source", 2: "unverified or social media",
            1: "party about others", 0: "denial"}[r]


def contradictions(event: Event) -> list[dict]:
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in event.claims:
        groups.setdefault((c.what, c.of), []).append(c)
    found = []
    for (what, of), cs in groups.items():
        denied = [c for c in cs if c.status == DENIED]
        numeric = [c for c in cs if c.status != DENIED and c.low is not None]
        if denied and (numeric or len(cs) > len(denied)):
            found.append({"about": f"{what}|{of}", "kind": "denial",
                          "text": f"{_names(denied)} denies what {_names(numeric or cs)} reports",
                          "claims": [c.id for c in denied + (numeric or cs)]})
        apart = _disjoint(numeric)
        if apart:
            a, b = apart
            found.append({"about": f"{what}|{of}", "kind": "numeric",
                          "text": f"{what} of {of}: {a.claimant} says {_fmt(a)}, {b.claimant} says {_fmt(b)}",
                          "claims": [c.id for c in numeric]})
    named = _any_account().search
    texts = [(c, t) for c, t in [(c, c.evidence.text) for c in event.claims] + [(None, e.text) for e in event.evidence]
             if named(t)]
    for name_a, rx_a, name_b, rx_b in opposed_accounts():
        side_a = [c for c, t in texts if rx_a.search(t)]
        side_b = [c for c, t in texts if rx_b.search(t)]
        if side_a and side_b:
            ids = [c.id for c in side_a + side_b if c is not None]
            found.append({"about": f"{name_a} vs {name_b}", "kind": "descriptive",
                          "text": f"one account says {name_a}, another {name_b}", "claims": list(dict.fromkeys(ids))})
    return found


def _disjoint(claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """Two figures whose ranges cannot both hold ('3' against '10'; not '≥3' against '12')."""
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            a_hi = a.high if a.high is not None else float("inf")
            b_hi = b.high if b.high is not None else float("inf")
            if a_hi < b.low or b_hi < a.low:
                return (a, b) if a.low <= b.low else (b, a)
    return None


def deaths_by_side(event: Event, estimates: dict[str, Estimate],
                   sides: dict[str, str] | None = None) -> dict[str, Estimate]:
    """UCDP GED style: deaths of side A, side B, civilians and unknown, each low/best/high. ``sides``: the
    event's actors' sides (``_sides``), when the caller has them."""
    sides = _sides(event) if sides is None else sides
    out: dict[str, list[Estimate]] = {"deaths_a": [], "deaths_b": [], "deaths_civilians": [], "deaths_unknown": []}
    for key, est in estimates.items():
        what, of = key.split("|", 1)
        if what != KILLED:
            continue
        if of.startswith(CIVILIANS_PREFIX):
            out["deaths_civilians"].append(est)
        elif sides.get(of) == SIDE_A:
            out["deaths_a"].append(est)
        elif sides.get(of) == SIDE_B:
            out["deaths_b"].append(est)
        else:
            out["deaths_unknown"].append(est)
    return {k: _sum(v, k) for k, v in out.items() if v}


def _sum(ests: list[Estimate], label: str) -> Estimate:
    low = sum(e.low or 0 for e in ests)
    best = sum(e.best or 0 for e in ests)
    high = None if any(e.high is None for e in ests) else sum(e.high for e in ests)
    return Estimate(low, best, high, f"{label}: sum of {len(ests)} group estimate(s)")


def conservative_fatalities(estimates: dict[str, Estimate], claims: list[Claim], parties: set[str]) -> int:
    """ACLED: the lowest credible total. Per-side bests add up; an unattributed toll counts the same
    dead again, so it only raises the total when it comes from an independent source and is larger.
    Beside such an independent toll, a side's dead that only its enemy counts (an attacker's claim of what
    it killed) are the same dead told by the side that killed them: the independent toll stands for them."""
    unknown = [c for c in claims if c.what == KILLED and c.of == UNKNOWN and c.low is not None
               and credibility(c, parties) >= 3]

    def enemy_only(of: str) -> bool:
        counted = [c for c in claims if c.what == KILLED and c.of == of and c.status != DENIED and c.low is not None]
        return bool(counted) and max(credibility(c, parties) for c in counted) <= 1

    named = sum(e.best or 0 for k, e in estimates.items() if k.startswith(f"{KILLED}|")
                and k != f"{KILLED}|{UNKNOWN}" and not (unknown and enemy_only(k.split("|", 1)[1])))
    return max([named] + [min(c.low for c in unknown)] if unknown else [named])


def grade(event: Event, parties: set[str] | None = None) -> Grade:
    """In the spirit of Airwars' scale: how far the figures of this event can be trusted (``parties``: the
    event's actors' names, when the caller has them)."""
    parties = set(_sides(event)) if parties is None else parties
    counted = [c for c in event.claims if c.low is not None or c.high is not None]
    if not counted:
        return Grade(GRADE_WEAK, "no figures reported")
    if all(c.status in (DENIED, UNVERIFIED) for c in counted):
        return Grade(GRADE_DISCOUNTED, "every figure is denied or could not be verified")
    if event.contradictions:
        return Grade(GRADE_CONTESTED, "; ".join(c["text"] for c in event.contradictions[:3]))
    independent = {c.claimant for c in counted if credibility(c, parties) == 3}
    admitted = [c for c in counted if credibility(c, parties) == 4]
    if len(independent) >= 2:
        return Grade(GRADE_CONFIRMED, f"independent sources agree: {', '.join(sorted(independent))}")
    if admitted and any(c.claimant != admitted[0].claimant and c.of == admitted[0].of for c in counted):
        return Grade(GRADE_CONFIRMED, f"{admitted[0].claimant} acknowledges losses another side reports")
    if independent:
        return Grade(GRADE_FAIR, f"reported by {', '.join(sorted(independent))}")
    if admitted:
        return Grade(GRADE_FAIR, f"{admitted[0].claimant} acknowledges its own losses")
    return Grade(GRADE_WEAK, "only parties to the fighting give figures")


def confirm_by_opponent(event: Event, sides: dict[str, str] | None = None) -> None:
    """A figure the other side also gives (same what, of, number) is confirmed."""
    sides = _sides(event) if sides is None else sides
    same: dict[tuple, list[Claim]] = {}  # the claims of one figure (what, of, number): only they can agree
    for c in event.claims:
        same.setdefault((c.what, c.of, c.low, c.high), []).append(c)
    for c in event.claims:  # in order, as a claim confirmed earlier is then no longer skipped
        if c.status in (DENIED, UNVERIFIED) or c.low is None or not sides.get(c.claimant):
            continue
        for d in same[(c.what, c.of, c.low, c.high)]:  # a side that denies the figure confirms nothing
            if d is not c and d.status != DENIED and sides.get(d.claimant) \
                    and sides[c.claimant] != sides[d.claimant]:
                c.status = d.status = CONFIRMED


def reconcile_event(event: Event) -> None:
    sides = _sides(event)  # the actors do not change here (only claims' statuses): read once
    confirm_by_opponent(event, sides)
    parties = set(sides)
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in event.claims:
        if c.what != OTHER_WHAT:
            groups.setdefault((c.what, c.of), []).append(c)
    estimates = {f"{what}|{of}": estimate(cs, parties) for (what, of), cs in groups.items()}
    estimates = {k: v for k, v in estimates.items() if v.low is not None or v.best is not None}
    event.contradictions = contradictions(event)
    event.fatalities = conservative_fatalities(estimates, event.claims, parties)
    estimates.update(deaths_by_side(event, estimates, sides))
    event.estimates = estimates
    g = grade(event, parties)
    event.grade, event.grade_reason = g.grade, g.reason


def _names(claims: list[Claim]) -> str:
    return ", ".join(dict.fromkeys(c.claimant for c in claims))


def _fmt(c: Claim) -> str:
    if c.low is None:
        return f"≤{c.high}"
    if c.high is None:
        return f"≥{c.low}" + (" (vague)" if c.vague else "")
    return str(c.low) if c.low == c.high else f"{c.low}-{c.high}"
