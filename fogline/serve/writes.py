"""The API's writes: review (accept, reject, edit, revert), merge, split and ingest, each needing a token;
every change recorded in the audit log with it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from .. import pipeline
from ..store.review import VersionConflict
from . import review as rv
from .auth import Who
from .jobs import IngestJobs, as_jsonl, ingest_file
from .params import MergeBody, ReviewBody, SplitBody

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from ..store import Store

MAX_INGEST_BYTES = 50 * 1024 * 1024
SYNC_INGEST_BYTES = 1024 * 1024  # a larger ingest (or ?background=true) runs as a job: 202 and a status URL


def add_write_routes(app: FastAPI, store: Store, *, live: Callable[[str], str],
                     full: Callable[[str], dict[str, Any]]) -> None:
    """The write endpoints on ``app``: ``live`` follows a renamed incident id, ``full`` loads an incident (404
    when missing)."""

    def check_version(incident_id: str, request: Request) -> None:
        """409 when ``If-Match`` names another version than the incident's current one (merge, split)."""
        expect = if_match(request)
        if expect is not None:
            now = store.incident_version(incident_id)
            if now != expect:
                raise conflict(VersionConflict(incident_id, now or "", store.changes_since(incident_id, expect)))

    # -- review API -----------------------------------------------------------------------------
    @app.post("/api/incidents/{incident_id}/review", tags=["review"], responses={
        409: {"description": "``If-Match`` named an older version: ``detail`` has the current ``version`` and the "
                             "``changes`` made since (who, what, before, after)"}})
    def review(incident_id: str, body: ReviewBody, name: Who, request: Request) -> dict[str, Any]:
        """Accept, reject or reopen an incident, edit one field or revert it to the fused value; recorded in
        the audit log (in the same transaction, with the value replaced and the value now shown). Reviewed
        values are kept across re-ingest and follow the incident's events. With ``If-Match: <version>`` an edit
        of an incident that changed since that version is refused (409) instead of overwriting the change."""
        incident_id = live(incident_id)
        if body.action in ("accept", "reject", "reopen"):
            field = "status"
            value = {"accept": "accepted", "reject": "rejected", "reopen": None}[body.action]
        else:
            field = body.field or ""
            if field not in rv.EDITABLE:
                raise HTTPException(422, f"field must be one of {', '.join(rv.EDITABLE)}")
            if body.action == "revert":
                value = None
            else:
                try:
                    value = rv.clean_value(field, body.value)
                except rv.ReviewError as exc:
                    raise HTTPException(422, str(exc)) from None
        try:
            entry = store.set_review(incident_id, field, value, who=name, action=body.action,
                                     expect=if_match(request))
        except VersionConflict as exc:
            raise conflict(exc) from None
        except KeyError:
            raise HTTPException(404, f"no incident {incident_id!r}") from None
        version = entry.pop("version")
        return {"incident": incident_id, "version": version, "audit": entry}

    @app.post("/api/incidents/{incident_id}/merge", tags=["review"])
    def merge(incident_id: str, body: MergeBody, name: Who, request: Request) -> dict[str, Any]:
        """Merge another incident into this one for good (kept across re-ingests); ``If-Match`` as for review."""
        incident_id = live(incident_id)
        with store.fusion_lock:  # no fusion between the check, the merge and its audit entry
            check_version(incident_id, request)
            a, b = full(incident_id), full(live(body.other))
            if a["id"] == b["id"]:
                raise HTTPException(422, "an incident cannot be merged with itself")
            entry: dict[str, Any] = {}

            def audit(conn: Connection, new: str | None) -> None:  # in the merge's transaction
                entry.update(store.add_audit(
                    who=name, action="merge", incident_id=incident_id,
                    before={"incidents": {a["id"]: a["events"], b["id"]: b["events"]}},
                    after={"incident": new, "events": sorted(a["events"] + b["events"])},
                    event_ids=sorted(a["events"] + b["events"]), conn=conn))

            new = pipeline.merge(store, a["id"], b["id"], audit)
        return {"incident": new, "audit": entry}

    @app.post("/api/incidents/{incident_id}/split", tags=["review"])
    def split(incident_id: str, body: SplitBody, name: Who, request: Request) -> dict[str, Any]:
        """Take these member events out into an incident of their own (kept across re-ingests); ``If-Match`` as
        for review."""
        incident_id = live(incident_id)
        with store.fusion_lock:
            check_version(incident_id, request)
            inc = full(incident_id)
            if len(set(body.events)) == len(inc["events"]):
                raise HTTPException(422, "keep at least one event in the incident")
            entry: dict[str, Any] = {}

            def audit(conn: Connection, new: str | None, rest: str | None) -> None:  # in the split's transaction
                entry.update(store.add_audit(
                    who=name, action="split", incident_id=incident_id,
                    before={"incident": incident_id, "events": inc["events"]},
                    after={"incident": new, "events": sorted(body.events), "rest": rest},
                    event_ids=inc["events"], conn=conn))

            try:
                new = pipeline.split(store, incident_id, body.events, audit)
            except KeyError as exc:
                raise HTTPException(422, str(exc.args[0])) from None
        return {"incident": new, "rest": entry["after"]["rest"], "audit": entry}

    jobs = IngestJobs(store)
    app.state.jobs = jobs

    @app.post("/api/ingest", tags=["review"], status_code=200, responses={
        202: {"description": "a large ingest (or ``background=true``): the job, its status at ``status_url``"},
        207: {"description": "some records failed (named in ``failures``)"}},
        openapi_extra={"requestBody": {"content": {
            "application/x-ndjson": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}, "required": True}})
    async def ingest(request: Request, name: Who,
                     background: Annotated[bool, Query(description="run as a job even when small")] = False
                     ) -> JSONResponse:
        """Extract and store reports given as JSON Lines (or a JSON array) of records
        ``{id, url, outlet, title, published, language, text}``, then re-fuse the incidents around them.
        Up to 1 MB the answer waits for the result; a larger body (up to 50 MB; 10 MB per record), or
        ``background=true``, is a job: 202 with ``status_url`` (``GET /api/jobs/{id}``), which shows its
        progress, then its result."""
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_INGEST_BYTES:
            raise HTTPException(413, f"more than {MAX_INGEST_BYTES // (1024 * 1024)} MB")
        from starlette.concurrency import run_in_threadpool

        tmp = tempfile.NamedTemporaryFile(prefix="fogline-ingest-", suffix=".jsonl", delete=False)  # noqa: SIM115
        path = Path(tmp.name)
        try:
            size = 0
            with tmp:
                async for chunk in request.stream():  # to disk as it comes: never the whole body in memory
                    size += len(chunk)
                    if size > MAX_INGEST_BYTES:
                        raise HTTPException(413, f"more than {MAX_INGEST_BYTES // (1024 * 1024)} MB")
                    tmp.write(chunk)
            await run_in_threadpool(as_jsonl, path)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        if background or size > SYNC_INGEST_BYTES:
            job = jobs.submit(path, name)
            return JSONResponse(job, status_code=202, headers={"Location": job["status_url"]})
        try:
            result = await run_in_threadpool(ingest_file, store, path)
        finally:
            path.unlink(missing_ok=True)
        entry = store.add_audit(who=name, action="ingest", after=result)
        return JSONResponse({**result, "audit": entry}, status_code=200 if not result["failed"] else 207)

    @app.get("/api/jobs/{job_id}", tags=["review"])
    def job(job_id: str, _name: Who) -> dict[str, Any]:
        """An ingest job: ``status`` (queued, running, done, failed), ``progress`` (records read, added,
        updated, unchanged, failed so far), and once done its ``result`` as a small ingest answers it."""
        found = jobs.get(job_id)
        if found is None:
            raise HTTPException(404, f"no job {job_id!r}")
        return found


def if_match(request: Request) -> str | None:
    """The version an ``If-Match`` header names (quotes and a weak ``W/`` dropped); None without one or for
    ``*``."""
    raw = (request.headers.get("if-match") or "").strip()
    if raw.startswith("W/"):
        raw = raw[2:]
    raw = raw.strip().strip('"')
    return raw if raw and raw != "*" else None


def conflict(exc: VersionConflict) -> HTTPException:
    """The 409 of a stale edit: what the editor needs to see what changed, by whom."""
    return HTTPException(409, {"message": "this incident changed since you loaded it; nothing was saved",
                               "incident": exc.incident_id, "version": exc.version, "changes": exc.changes},
                         headers={"ETag": f'"{exc.version}"'})
