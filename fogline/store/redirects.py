"""Stable incident links: fusion names an incident after its smallest event id, so a new report (or a merge)
can rename it. The old id is kept in ``incident_redirects`` and points to the incident now holding most of
its events; the API and the pages answer the old id with a redirect instead of a 404.
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .base import chunks, utcnow
from .schema import incident_members, incident_redirects

_MAX_HOPS = 8  # chains are kept flat on write; this only guards against a hand-edited table


def record_renames(conn: Connection, old: dict[str, str], assignment: dict[str, str]) -> None:
    """After fusion replaced the membership of the events in ``assignment`` (event → new incident), given
    ``old`` (event → the incident it was in before): an old id left without members points to the new
    incident holding most of its former events; ids that are live again lose their redirect. In the
    caller's (fusion's) transaction."""
    live = set(assignment.values())
    former: dict[str, list[str]] = {}
    for ev, inc in old.items():
        if inc not in live:
            former.setdefault(inc, []).append(ev)
    gone = sorted(former)
    still: set[str] = set()
    for part in chunks(gone):
        still.update(conn.execute(sa.select(incident_members.c.incident_id)
                                  .where(incident_members.c.incident_id.in_(part))).scalars())
    moves: dict[str, str] = {}
    for inc in gone:
        if inc in still:
            continue
        counts = Counter(assignment[e] for e in former[inc] if e in assignment)
        if counts:
            moves[inc] = min(counts, key=lambda k: (-counts[k], k))
    for part in chunks(sorted(live)):
        conn.execute(incident_redirects.delete().where(incident_redirects.c.old_id.in_(part)))
    if not moves:
        return
    now = utcnow()
    for part in chunks(sorted(moves)):
        conn.execute(incident_redirects.delete().where(incident_redirects.c.old_id.in_(part)))
    for old_id, new_id in sorted(moves.items()):  # earlier names of a renamed incident follow it
        conn.execute(incident_redirects.update().where(incident_redirects.c.new_id == old_id)
                     .values(new_id=new_id, at=now))
    conn.execute(incident_redirects.insert(), [{"old_id": o, "new_id": n, "at": now} for o, n in sorted(moves.items())])


class RedirectMixin:
    engine: Engine

    def incident_redirect(self, incident_id: str) -> str | None:
        """The live incident an old (renamed or merged-away) id now stands for, or None (unknown id, or its
        events are gone)."""
        seen = {incident_id}
        current = incident_id
        with self.engine.connect() as conn:
            for _ in range(_MAX_HOPS):
                nxt = conn.execute(sa.select(incident_redirects.c.new_id)
                                   .where(incident_redirects.c.old_id == current)).scalar()
                if nxt is None or nxt in seen:
                    return None
                live = conn.execute(sa.select(incident_members.c.event_id)
                                    .where(incident_members.c.incident_id == nxt).limit(1)).first()
                if live is not None:
                    return nxt
                seen.add(nxt)
                current = nxt
        return None
