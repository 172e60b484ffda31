"""Fusion: the events of many reports that describe one real-world incident become one incident.

Candidates come from blocking (same country, dates within a precision-aware window), so the work
grows near-linearly with the number of events; each candidate pair gets a score from type, date,
place and actors (docs/fusion.md); pairs above the threshold are joined in a fixed order (best
score first, then ids), so the same events always give the same incidents whatever order the
reports arrived in. Manual merges and splits enter as must-link and cannot-link pairs.

    sketch    what is compared: an event's sketch, a pair's score, the rules that keep events apart, blocking
    cluster   joining pairs into incidents, checked against the clusters as wholes
    assemble  one incident's record from its member events
"""

from .assemble import assemble, incident_fields
from .cluster import fuse, incident_id
from .sketch import (
    MAX_SPREAD_DAYS,
    THRESHOLD,
    WINDOW,
    EventSketch,
    candidate_pairs,
    clash,
    km,
    score,
)

__all__ = ["MAX_SPREAD_DAYS", "THRESHOLD", "WINDOW", "EventSketch", "assemble", "candidate_pairs", "clash",
           "fuse", "incident_fields", "incident_id", "km", "score"]
