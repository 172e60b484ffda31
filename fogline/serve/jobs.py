"""Ingest over the API: a request body (JSON Lines or a JSON array) through the one pipeline, answered
directly when small, else as a background job with a status URL."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import HTTPException

from .. import pipeline
from ..store import Store


def as_jsonl(path: Path) -> None:
    """A request body that is a JSON array of records, rewritten as JSON Lines in place (422 when it is
    not one, or not UTF-8 — refused as ``fogline ingest`` refuses such a file, never stored as U+FFFD);
    JSON Lines are left as they are, to be read record by record (a line that is not UTF-8 fails alone)."""
    with path.open("rb") as fh:
        head = fh.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"["):
        return
    data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(422, f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HTTPException(422, f"malformed JSON ({exc})") from None
    if not isinstance(records, list):
        raise HTTPException(422, "a JSON array of records expected")
    with path.open("w", encoding="utf-8") as out:
        for r in records:  # escaped: a lone surrogate stays a record the reader refuses, not a crash here
            out.write(json.dumps(r) + "\n")


def ingest_file(store: Store, path: Path, on_item: Callable[[pipeline.IngestReport], None] | None = None
            ) -> dict[str, Any]:
    """Ingest a JSON Lines file of records (the request body); failures name the request's line."""
    from ..read import read_paths

    report = pipeline.ingest(store, read_paths([path]), on_item=on_item)
    failures = [m.replace(str(path), "request") for m in report.failures]
    return {**report.counts(), "failed": len(failures), "failures": failures, "documents": report.changed}


class IngestJobs:
    """Large ingests run one at a time in a background thread; their state is kept (in memory, the last
    100) for ``GET /api/jobs/{id}``. A server stopped mid-job leaves its stored documents recorded as
    awaiting fusion: the next ingest or ``fogline fuse`` completes them."""

    KEEP = 100

    def __init__(self, store: Store) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.store = store
        self.jobs: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fogline-ingest")

    def submit(self, path: Path, who: str) -> dict[str, Any]:
        import uuid

        from ..store.base import iso_ts, utcnow

        job_id = uuid.uuid4().hex[:16]
        job = {"id": job_id, "status": "queued", "status_url": f"/api/jobs/{job_id}", "submitted_by": who,
               "submitted_at": iso_ts(utcnow()), "progress": {}, "result": None, "error": None}
        with self.lock:
            self.jobs[job_id] = job
            for old in list(self.jobs)[:-self.KEEP]:
                if self.jobs[old]["status"] in ("done", "failed"):
                    del self.jobs[old]
        self.pool.submit(self._run, job_id, path, who)
        return dict(job)

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self.lock:
            job = self.jobs.get(job_id)
            return None if job is None else {**job, "progress": dict(job["progress"])}

    def _run(self, job_id: str, path: Path, who: str) -> None:
        job = self.jobs[job_id]

        def seen(r: pipeline.IngestReport) -> None:
            job["progress"] = {"read": r.read, **r.counts(), "failed": len(r.failures)}

        job["status"] = "running"
        try:
            result = ingest_file(self.store, path, seen)
            entry = self.store.add_audit(who=who, action="ingest", after=result)
            job.update(result={**result, "audit": entry}, status="done")
        except Exception as exc:  # the job fails, the server goes on
            job.update(status="failed", error=pipeline.one_line(exc))
        finally:
            path.unlink(missing_ok=True)
