"""Reconcile an event's claims into low/best/high per (what, of whom), contradictions and fatalities.

Credibility, most credible first: an admission against interest (a party's own losses),
then independent sources, then the outlet, then a party's figures about others.
ACLED's conservative convention gives the event's fatalities: the lowest credible count.
"""

from __future__ import annotations

from .records import Claim, Estimate, Event

_INDEPENDENT = {"local sources", "residents", "United Nations", "the outlet", "social media"}


def credibility(claim: Claim, parties: set[str]) -> int:
    if claim.status == "denied":
        return 0
    if claim.status == "confirmed" or (claim.claimant == claim.of and claim.claimant in parties):
        return 4
    if claim.claimant not in parties or claim.claimant in _INDEPENDENT:
        return 3 if claim.claimant != "social media" else 2
    return 1


def reconcile_event(event: Event) -> None:
    parties = {a.name for a in event.actors}
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in event.claims:
        if c.low is None and c.high is None:
            continue
        groups.setdefault((c.what, c.of), []).append(c)
    estimates: dict[str, Estimate] = {}
    contradictions = []
    for (what, of), claims in groups.items():
        ranked = sorted(claims, key=lambda c: -credibility(c, parties))
        top = ranked[0]
        lows = [c.low for c in claims if c.low is not None]
        highs = [c.high if c.high is not None else None for c in claims]
        low = min(lows) if lows else None
        best = top.low if top.low is not None else top.high
        high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
        why = f"best from {top.claimant} ({top.status}); {len(claims)} claim(s): " + ", ".join(
            f"{c.id or '?'} {c.claimant} {_fmt(c)}" for c in claims)
        estimates[f"{what}|{of}"] = Estimate(low, best, high, why)
        exact = {(c.low, c.high) for c in claims if not c.vague}
        if len(exact) > 1 and not _overlap(claims):
            contradictions.append({"about": f"{what} of {of}", "claims": [c.id for c in claims]})
    event.estimates = estimates
    event.contradictions = contradictions
    named = sum(est.best or 0 for key, est in estimates.items()
                if key.startswith("killed|") and key != "killed|unknown")
    unknown = estimates.get("killed|unknown")
    # an unattributed toll usually counts the same dead as the per-side figures: take the larger, not the sum
    event.fatalities = max(named, unknown.best or 0) if unknown else named


def _overlap(claims: list[Claim]) -> bool:
    lo = max(c.low or 0 for c in claims)
    hi = min(c.high if c.high is not None else 10**9 for c in claims)
    return lo <= hi


def _fmt(c: Claim) -> str:
    if c.high is None:
        return f"≥{c.low}"
    return str(c.low) if c.low == c.high else f"{c.low}-{c.high}"
