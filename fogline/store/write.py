"""Writing: extractions (a document with its events, claims and actors), each whole or not at all."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any, NoReturn

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from .base import chunks, insert_rows, short_error, to_date, utcnow
from .errors import StoreError
from .schema import actors, claims, documents, events, incident_members, incidents

_INT32 = 2**31 - 1
_INT64 = 2**63 - 1


def check_row(table: sa.Table, row: dict[str, Any], what: str | Callable[[], str]) -> None:
    """Refuse, in one line naming ``what`` and the field, a value one of the backends would refuse or
    silently keep (SQLite stores anything, PostgreSQL rejects NUL characters, over-long strings and wrong
    types with the whole statement): both backends then accept and refuse the same records. ``what`` may be
    a function giving it, called only when a value is refused (rows are many, refusals rare)."""
    for name, kind, limit in _checks(table):
        v = row.get(name)
        if v is None:
            continue
        t = type(v)  # the usual case, a value of the column's own type, decided by the first test
        if t is kind:
            if t is str:
                if "\x00" not in v and (not limit or len(v) <= limit):
                    continue
            elif t is not int or -limit - 1 <= v <= limit:
                continue
        if kind is str:
            if not isinstance(v, str):
                _refuse(what, f"{name}: not a string: {_brief(v)}")
            if "\x00" in v:
                _refuse(what, f"{name}: contains a NUL character (\\x00)")
            if limit and len(v) > limit:
                _refuse(what, f"{name}: longer than {limit} characters ({len(v)})")
        elif kind is bool:
            if not isinstance(v, bool):
                _refuse(what, f"{name}: not true or false: {_brief(v)}")
        elif kind is int:
            if not isinstance(v, int) or isinstance(v, bool):
                _refuse(what, f"{name}: not a whole number: {_brief(v)}")
            if not -limit - 1 <= v <= limit:
                _refuse(what, f"{name}: out of range: {v}")
        elif kind is float:
            if not isinstance(v, int | float) or isinstance(v, bool):
                _refuse(what, f"{name}: not a number: {_brief(v)}")


def _refuse(what: str | Callable[[], str], why: str) -> NoReturn:
    raise StoreError(f"{what if isinstance(what, str) else what()}: {why}")


@cache
def _checks(table: sa.Table) -> tuple[tuple[str, type | None, int], ...]:
    """What ``check_row`` checks of each column of ``table`` (name, kind, length or integer bound), worked
    out once per table rather than from the column types for every row."""
    out = []
    for col in table.columns:
        t = col.type
        if isinstance(t, sa.String):
            out.append((col.name, str, t.length or 0))
        elif isinstance(t, sa.Boolean):
            out.append((col.name, bool, 0))
        elif isinstance(t, sa.Integer):
            out.append((col.name, int, _INT64 if isinstance(t, sa.BigInteger) else _INT32))
        elif isinstance(t, sa.Float):
            out.append((col.name, float, 0))
    return tuple(out)


def _brief(v: Any) -> str:
    r = repr(v)
    return (r if len(r) <= 60 else r[:57] + "...") + f" ({type(v).__name__})"


class WriteMixin:
    engine: Engine
    mark_pending: Any

    def unchanged(self, docs: Sequence[tuple[str, str]]) -> list[bool]:
        """For each ``(document id, text sha256)``: would ``add`` find it ``"unchanged"``? Two queries per
        500 documents, so a re-read feed is skipped before anything is extracted."""
        by_id: dict[str, str] = {}
        shas: set[str] = set()
        ids = sorted({d for d, _ in docs})
        wanted = sorted({s for _, s in docs})
        with self.engine.connect() as conn:
            for part in chunks(ids):
                by_id.update(conn.execute(sa.select(documents.c.id, documents.c.text_sha256)
                                          .where(documents.c.id.in_(part))).all())
            for part in chunks(wanted):
                shas.update(conn.execute(sa.select(documents.c.text_sha256)
                                         .where(documents.c.text_sha256.in_(part))).scalars())
        # the same id: unchanged only with the same text; another id: unchanged when the text is stored
        return [by_id[d] == s if d in by_id else s in shas for d, s in docs]

    def add(self, extraction: dict[str, Any]) -> str:
        """Store one extraction; returns ``"added"``, ``"unchanged"`` or ``"updated"``.

        ``extraction`` is ``Extraction.to_dict()`` with the document text under
        ``extraction["document"]["text"]``. The same id with the same text is
        ``"unchanged"``; the same id with another text replaces the document's
        events, claims and actors (``"updated"``); another id with a text already
        stored is a duplicate (``"unchanged"``); another id with the url of a stored
        document is that page updated: the old document is replaced (``"updated"``).
        One transaction per document, which also records the document as awaiting fusion
        (``pending``) until the pipeline fuses its events.
        """
        return self._add(*self._rows(extraction))

    def _add(self, doc_row: dict[str, Any], event_rows: list[dict[str, Any]], claim_rows: list[dict[str, Any]],
             actor_rows: list[dict[str, Any]]) -> str:
        """``add`` of rows already made and checked (``_rows``)."""
        try:
            return self._write(doc_row, event_rows, claim_rows, actor_rows)
        except sa.exc.DBAPIError as exc:  # one line, not the statement with every parameter
            raise StoreError(f"document {doc_row['id'][:60]}: {short_error(exc)}") from None

    def _write(self, doc_row: dict[str, Any], event_rows: list[dict[str, Any]], claim_rows: list[dict[str, Any]],
               actor_rows: list[dict[str, Any]]) -> str:
        doc_id, sha = doc_row["id"], doc_row["text_sha256"]
        for attempt in range(2):
            try:
                with self.engine.begin() as conn:
                    found = conn.execute(
                        sa.select(documents.c.id, documents.c.text_sha256).where(
                            sa.or_(documents.c.id == doc_id, documents.c.text_sha256 == sha))
                    ).all()
                    same_id = [r for r in found if r.id == doc_id]
                    if same_id:
                        if same_id[0].text_sha256 == sha:
                            return "unchanged"
                        self._delete_children(conn, doc_id)
                        conn.execute(documents.update().where(documents.c.id == doc_id),
                                     {k: v for k, v in doc_row.items() if k != "id"})
                        self._insert_children(conn, event_rows, claim_rows, actor_rows)
                        self.mark_pending(conn, [doc_id])
                        return "updated"
                    if found:  # the same text under another id
                        return "unchanged"
                    same_url = conn.execute(sa.select(documents.c.id).where(
                        documents.c.url == doc_row["url"], documents.c.id != doc_id)).scalars().all() \
                        if doc_row["url"] else []
                    for old_id in same_url:  # the page was updated: its new text replaces the old one
                        self._delete_children(conn, old_id)
                        conn.execute(documents.delete().where(documents.c.id == old_id))
                    conn.execute(documents.insert(), doc_row)
                    self._insert_children(conn, event_rows, claim_rows, actor_rows)
                    self.mark_pending(conn, [doc_id])  # fused later, in the fusion's transaction
                    return "updated" if same_url else "added"
            except IntegrityError:
                # A concurrent writer may have stored the same document between our check and
                # our insert: look again once; a second failure is a real constraint error
                # (e.g. an event id already used by another document).
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def add_many(self, extractions: Iterable[dict[str, Any]]) -> list[str]:
        """``add_batch``, raising the first document's error (after storing the others)."""
        results = self.add_batch(list(extractions))
        for r in results:
            if isinstance(r, Exception):
                raise r
        return [str(r) for r in results]

    def add_batch(self, extractions: Sequence[dict[str, Any]]) -> list[str | Exception]:
        """``add`` each extraction; returns, in order, its status or the error that kept it out.

        The same store as one ``add`` after another, written faster: the documents that share no id, text
        or URL with the store or with each other (a new feed's usual case) go in together, in one
        transaction with their notes of pending fusion; the others, and all of them if that transaction
        fails, one by one as ``add`` writes them, so one bad document costs only itself."""
        results: list[str | Exception | None] = [None] * len(extractions)
        rows: dict[int, tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]] = {}
        for i, x in enumerate(extractions):
            try:
                rows[i] = self._rows(x)
            except Exception as exc:  # named by the caller with the input's source
                results[i] = exc
        new = self._unshared(rows)
        if new:
            try:
                self._insert_new([rows[i] for i in new])
            except sa.exc.DBAPIError:  # e.g. a concurrent writer took an id: one by one finds which
                new = []
            else:
                for i in new:
                    results[i] = "added"
        for i in sorted(set(rows) - set(new)):
            try:
                results[i] = self._add(*rows[i])
            except Exception as exc:
                results[i] = exc
        return [r if r is not None else "unchanged" for r in results]

    def _unshared(self, rows: dict[int, tuple[dict[str, Any], Any, Any, Any]]) -> list[int]:
        """The positions of the documents whose id, text and URL no other document of ``rows`` and none
        in the store has: storing them cannot depend on the order of the batch."""
        keys = {"id": documents.c.id, "text_sha256": documents.c.text_sha256, "url": documents.c.url}
        seen: dict[str, dict[str, int]] = {k: {} for k in keys}
        for doc_row, *_ in rows.values():
            for k in keys:
                if doc_row[k] is not None:
                    seen[k][doc_row[k]] = seen[k].get(doc_row[k], 0) + 1
        stored: dict[str, set[str]] = {k: set() for k in keys}
        with self.engine.connect() as conn:
            for k, col in keys.items():
                for part in chunks(sorted(seen[k])):
                    stored[k].update(conn.execute(sa.select(col).where(col.in_(part))).scalars())
        return [i for i, (doc_row, *_) in sorted(rows.items())
                if all(doc_row[k] is None or (seen[k][doc_row[k]] == 1 and doc_row[k] not in stored[k])
                       for k in keys)]

    def _insert_new(self, rows: list[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]],
                                           list[dict[str, Any]]]]) -> None:
        """Insert documents known to be new, with their children and notes of pending fusion, in one
        transaction."""
        with self.engine.begin() as conn:
            insert_rows(conn, documents, [r[0] for r in rows])
            self._insert_children(conn, [e for r in rows for e in r[1]], [c for r in rows for c in r[2]],
                                  [a for r in rows for a in r[3]])
            self.mark_pending(conn, [r[0]["id"] for r in rows])

    def _delete_children(self, conn: Connection, doc_id: str) -> None:
        """Delete a document's events, claims and actors; the incidents they were in keep their records,
        marked stale until the pipeline assembles them again (their membership goes with the events)."""
        ev_ids = sa.select(events.c.id).where(events.c.document_id == doc_id).scalar_subquery()
        conn.execute(incidents.update().where(incidents.c.id.in_(
            sa.select(incident_members.c.incident_id).where(incident_members.c.event_id.in_(ev_ids)))
        ).values(stale=True))
        conn.execute(claims.delete().where(claims.c.document_id == doc_id))
        conn.execute(actors.delete().where(actors.c.event_id.in_(ev_ids)))
        conn.execute(events.delete().where(events.c.document_id == doc_id))

    def _insert_children(self, conn: Connection, event_rows: list[dict[str, Any]],
                         claim_rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]]) -> None:
        if event_rows:
            insert_rows(conn, events, event_rows)
        if actor_rows:
            insert_rows(conn, actors, actor_rows)
        if claim_rows:
            insert_rows(conn, claims, claim_rows)

    @staticmethod
    def _rows(extraction: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]],
                                                    list[dict[str, Any]], list[dict[str, Any]]]:
        """Turn an extraction dict into table rows (validates before anything is written)."""
        doc = extraction["document"]
        doc_id = doc["id"]
        if not doc_id:
            raise StoreError("document id is empty")
        if not isinstance(doc_id, str):
            raise StoreError(f"document id: not a string: {_brief(doc_id)}")
        what = f"document {doc_id if len(doc_id) <= 60 else doc_id[:57] + '...'}"  # a long id named, not dumped
        text = doc.get("text")
        if text is not None and not isinstance(text, str):
            raise StoreError(f"{what}: text: not a string: {_brief(text)}")
        sha = doc.get("text_sha256")
        if text is not None:
            computed = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if sha and sha != computed:
                raise ValueError(f"{what}: text_sha256 does not match the text")
            sha = computed
        if not sha:
            raise ValueError(f"{what}: neither text nor text_sha256 given")
        doc_row = {
            "id": doc_id,
            "url": doc.get("url"),
            "outlet": doc.get("outlet"),
            "title": doc.get("title"),
            "language": doc.get("language"),
            "published": to_date(doc.get("published"), "published"),
            "text_sha256": sha,
            "text": text,
            "ingested_at": utcnow(),
            "background": list(extraction.get("background") or []),
            "warnings": list(extraction.get("warnings") or []),
        }
        event_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []
        actor_rows: list[dict[str, Any]] = []
        for seq, ev in enumerate(extraction.get("events") or []):
            ev_id = ev["id"]
            ev_actors = list(ev.get("actors") or [])
            event_rows.append({
                "id": ev_id,
                "document_id": doc_id,
                "seq": seq,
                "event_type": ev.get("event_type"),
                "sub_event_type": ev.get("sub_event_type"),
                "date": to_date(ev.get("date"), f"event {ev_id} date"),
                "date_precision": ev.get("date_precision"),
                "country": ev.get("country"),
                "iso3": ev.get("iso3"),
                "admin1": ev.get("admin1"),
                "admin2": ev.get("admin2"),
                "location": ev.get("location"),
                "latitude": ev.get("latitude"),
                "longitude": ev.get("longitude"),
                "geo_precision": ev.get("geo_precision"),
                "geonames_id": ev.get("geonames_id"),
                "fatalities": ev.get("fatalities"),
                "confidence": ev.get("confidence"),
                "grade": ev.get("grade"),
                "grade_reason": ev.get("grade_reason") or "",
                "actors": ev_actors,
                "estimates": dict(ev.get("estimates") or {}),
                "contradictions": list(ev.get("contradictions") or []),
                "evidence": list(ev.get("evidence") or []),
                "date_evidence": ev.get("date_evidence"),
                "location_evidence": ev.get("location_evidence"),
            })
            for aseq, a in enumerate(ev_actors):
                actor_rows.append({
                    "event_id": ev_id, "seq": aseq, "name": a["name"],
                    "name_folded": a["name"].casefold(), "kind": a.get("kind"),
                    "side": a.get("side"), "country": a.get("country"),
                })
            for cseq, c in enumerate(ev.get("claims") or []):
                e = c.get("evidence") or {}
                ce = c.get("claimant_evidence") or {}
                claim_rows.append({
                    "event_id": ev_id, "seq": cseq, "id": c.get("id", ""), "document_id": doc_id,
                    "what": c.get("what"), "of_actor": c.get("of"),
                    "low": c.get("low"), "high": c.get("high"), "vague": bool(c.get("vague", False)),
                    "claimant": c.get("claimant"), "status": c.get("status"),
                    "evidence_start": e.get("start"), "evidence_end": e.get("end"),
                    "evidence_text": e.get("text"),
                    "claimant_start": ce.get("start"), "claimant_end": ce.get("end"),
                    "claimant_text": ce.get("text"),
                })
        check_row(documents, doc_row, what)
        for table, rows in ((events, event_rows), (claims, claim_rows), (actors, actor_rows)):
            for r in rows:
                check_row(table, r, lambda t=table, r=r: f"{what}, {t.name[:-1]} {r.get('event_id') or r.get('id')}")
        return doc_row, event_rows, claim_rows, actor_rows
