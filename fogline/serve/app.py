"""The analyst's web UI and its JSON API (FastAPI), over the same store as the CLI.

Read-only without a token; review (accept, reject, edit, revert, merge, split) and ingest need one.
Pages are static HTML + the package's own JavaScript and CSS (no CDN, nothing fetched at run time);
report text only ever reaches the page as JSON inserted with ``textContent``.
"""

from __future__ import annotations

import asyncio
import html
import io
import json
import math
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__, pipeline
from ..store import Filters, apply_review
from ..store.incidents import CursorError
from . import review as rv
from .auth import FailedLogins
from .auth import router as auth_router
from .cache import ResponseCache
from .guard import Guard
from .headers import SecurityHeaders
from .params import Filt
from .writes import add_write_routes

STATIC = Path(__file__).parent / "static"
EXPORTS = {"acled-csv": ("text/csv", "csv"), "ucdp-csv": ("text/csv", "csv"),
           "geojson": ("application/geo+json", "geojson"), "jsonl": ("application/x-ndjson", "jsonl")}
SUMMARY_COLUMNS = ["id", "date", "event_type", "sub_event_type", "country", "admin1", "location", "latitude",
                   "longitude", "fatalities", "grade", "languages", "actors", "n_reports", "status", "reviewed"]


def create_app(db_url: str, *, tokens: dict[str, str] | None = None, tile_url: str | None = None,
               tile_attribution: str | None = None, warm: bool = True,
               on_upgrade: Callable[[int], None] | None = None,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over the store at ``db_url``; ``tokens`` maps secret → name (see ``auth``). A store fused by
    an older version has its incidents assembled again first (``pipeline.open_store``, ``on_upgrade``).
    ``allowed_hosts``: the Host names answered (others get 400, see ``guard``); None answers any (tests,
    embedding) — ``fogline serve`` always gives them."""
    store = pipeline.open_store(db_url, on_upgrade)
    tokens = dict(tokens or {})
    if tile_url and urlsplit(tile_url).scheme not in ("http", "https"):
        raise ValueError("tile URL must be http(s)://…/{z}/{x}/{y}.png")
    tile_origin = "{0.scheme}://{0.netloc}".format(urlsplit(tile_url)) if tile_url else ""

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if warm:  # the aggregates of the first page, computed before the first request (~1 s at 100k incidents)
            await asyncio.to_thread(warm_up)
        yield
        store.close()

    app = FastAPI(title="Fogline", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Fused conflict incidents, their events, claims and source documents, with review. "
                              "Read endpoints are open; review and ingest need `Authorization: Bearer <token>`.")
    app.state.store = store
    app.state.tokens = tokens
    app.state.failed_logins = FailedLogins()
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=4)
    app.add_middleware(ResponseCache, version=store.incidents_version,  # kept gzipped, until the next write
                       paths=("/api/summaries", "/api/timeline", "/api/facets", "/api/map", "/api/incidents"))
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)  # inside security_headers: its refusals get them too

    csp = ("default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
           f"img-src 'self' data:{' ' + tile_origin if tile_origin else ''}; object-src 'none'; base-uri 'none'; "
           "frame-ancestors 'none'; form-action 'self'")

    app.add_middleware(SecurityHeaders, csp=csp)  # outermost

    # -- helpers --------------------------------------------------------------------------------
    def warm_up() -> None:
        store.incident_facets()
        store.incident_totals(Filters())
        store.incident_timeline(Filters())
        store.incident_map(Filters(), None, 8)  # the map's first question (map.js)

    def matching(f: Filters) -> list[dict[str, Any]]:
        return store.incident_rows(f)  # what `fogline incidents` lists for the same filters

    def full(incident_id: str) -> dict[str, Any]:
        inc = store.incident(incident_id)
        if inc is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        return inc

    def live(incident_id: str) -> str:
        """The incident an id stands for now: itself, or the one fusion renamed or merged it into."""
        if store.members(incident_id):
            return incident_id
        moved = store.incident_redirect(incident_id)
        if moved is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        return moved

    def moved_to(request: Request, incident_id: str, prefix: str) -> RedirectResponse | None:
        """301 to the incident an old id now stands for (the query string kept), or None."""
        moved = store.incident_redirect(incident_id)
        if moved is None:
            return None
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"{prefix}{moved}{query}", status_code=301)

    def reviewed_incidents(ids: list[str]) -> list[dict[str, Any]]:
        return store.shown_incidents(ids, always=True)

    def page(f: Filters, limit: int | None, offset: int, cursor: str | None, descending: bool = False,
             compact: bool = False) -> tuple[list[dict[str, Any]], str | None]:
        try:
            return store.incident_page(f, limit=limit, offset=offset, cursor=cursor, descending=descending,
                                       compact=compact)
        except CursorError as exc:
            raise HTTPException(422, str(exc)) from None

    # -- pages ----------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/incident/{incident_id:path}", include_in_schema=False)
    def incident_page(incident_id: str, request: Request) -> Response:
        """The incident's page; an id fusion renamed redirects (301) to the incident's page now; an unknown
        id is a 404 page (no review controls)."""
        if store.members(incident_id):
            return FileResponse(STATIC / "incident.html", headers={"Cache-Control": "no-cache"})
        moved = moved_to(request, incident_id, "/incident/")
        if moved is not None:
            return moved
        page = (STATIC / "notfound.html").read_text(encoding="utf-8").replace("{{id}}", html.escape(incident_id))
        return HTMLResponse(page, status_code=404, headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(auth_router)  # GET /api/whoami

    # -- read API -------------------------------------------------------------------------------
    @app.get("/api/config", tags=["meta"])
    def config() -> dict[str, Any]:
        """What the UI needs to know: optional tile layer, whether review is possible, vocabularies."""
        return {"version": __version__, "tile_url": tile_url, "tile_attribution": tile_attribution,
                "review": bool(tokens), "editable": list(rv.EDITABLE), "event_types": list(rv.EVENT_TYPES),
                "grades": list(rv.GRADES), "date_precisions": list(rv.DATE_PRECISIONS)}

    @app.get("/api/summaries", tags=["incidents"], response_class=JSONResponse)
    def incident_summaries(f: Filt, limit: Annotated[int | None, Query(ge=1, le=100000)] = None,
                           cursor: Annotated[str | None, Query(max_length=512)] = None,
                           order: Literal["asc", "desc"] = "asc") -> Response:
        """The matching incidents as compact rows (``columns`` names the positions), by date (``order``),
        reviewed values applied: every one, or a page of ``limit`` rows; ``next_cursor`` (null on the last
        page) is the ``cursor`` of the next. ``total`` and ``fatalities`` count every matching incident."""
        rows, nxt = page(f, limit, 0, cursor, order == "desc", compact=True)
        totals = store.incident_totals(f)
        return _json({"columns": SUMMARY_COLUMNS, "rows": [_compact(s) for s in rows], "filters": f.as_dict(),
                      "total": totals["incidents"], "fatalities": totals["fatalities"], "next_cursor": nxt})

    @app.get("/api/facets", tags=["incidents"])
    def facets() -> Response:
        """Values present in the store, for the filter menus."""
        return _json(store.incident_facets())

    @app.get("/api/timeline", tags=["incidents"])
    def timeline(f: Filt) -> Response:
        """Incidents and best fatalities per week (weeks start on Monday), by event type."""
        return _json({"weeks": store.incident_timeline(f)})

    @app.get("/api/map", tags=["incidents"])
    def map_view(f: Filt, bbox: Annotated[str | None, Query(max_length=128, description="west,south,east,north")]
                 = None, cell: Annotated[float, Query(gt=0, le=360, description="grid size in degrees")] = 1.0
                 ) -> Response:
        """What a map view needs: the matching incidents inside ``bbox`` as ``points`` (compact rows, as
        ``/api/summaries``) when they are few, else as ``cells`` of a grid about ``cell`` degrees wide (counts,
        best fatalities, types, mean position, box); ``extent``: the box of every matching incident."""
        box = None
        if bbox:
            try:
                box = tuple(float(x) for x in bbox.split(","))
                if len(box) != 4 or not all(math.isfinite(x) for x in box) or box[1] > box[3]:
                    raise ValueError
            except ValueError:
                raise HTTPException(422, "bbox: west,south,east,north in degrees") from None
        got = store.incident_map(f, box, cell)
        out = {k: v for k, v in got.items() if k != "points"}
        if "points" in got:
            out["columns"] = SUMMARY_COLUMNS
            out["points"] = [_compact(s) for s in got["points"]]
        return _json(out)

    @app.get("/api/incidents", tags=["incidents"], response_class=JSONResponse)
    def incidents(f: Filt, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                  offset: Annotated[int, Query(ge=0)] = 0,
                  cursor: Annotated[str | None, Query(max_length=512)] = None) -> Response:
        """Full incident dicts (fused fields, actors, claims with sources, estimates, contradictions, grade,
        reviewed values applied), sorted by date: ``limit`` of them from ``offset``, or after ``cursor``
        (the ``next_cursor`` of the previous page, null on the last)."""
        rows, nxt = page(f, limit, offset, cursor)
        return _json({"total": store.incident_totals(f)["incidents"], "offset": offset, "limit": limit,
                      "next_cursor": nxt, "incidents": reviewed_incidents([s["id"] for s in rows])})

    @app.get("/api/incidents/{incident_id}", tags=["incidents"], responses={
        301: {"description": "the id was renamed by fusion (a new report, a merge): Location is the incident now"}})
    def incident(incident_id: str, request: Request) -> Response:
        """One incident with reviewed values applied (``review.fields[f].fused`` keeps the fused value), its
        member events (without document text), the evidence spans behind each value, its audit log, and its
        ``version`` (also the ``ETag``: send it back as ``If-Match`` with an edit to have a stale edit refused)."""
        version = store.incident_version(incident_id)  # before the reads: a newer write makes it stale, never late
        if version is None:
            moved = moved_to(request, incident_id, "/api/incidents/")
            if moved is not None:
                return moved
        inc = full(incident_id)
        records = inc.pop("event_records")
        out = apply_review(inc, store.reviewed().get(incident_id))
        out["evidence"] = rv.evidence_index(inc, records)
        for field, keys in (("date", ("date",)), ("location", ("location", "admin1", "admin2", "country")),
                            ("event_type", ("event_type", "sub_event_type")), ("fatalities", ("fatalities",))):
            if any(k in out["review"]["fields"] for k in keys):
                out["evidence"][field] = []  # an analyst's value: no report sentence behind it
        out["event_records"] = [{k: v for k, v in e.items() if k != "document_text"} for e in records]
        out["audit"] = store.audit_log(incident_id=incident_id)
        out["version"] = version
        resp = _json(out)
        resp.headers["ETag"] = f'"{version}"'
        return resp

    @app.get("/api/incidents/{incident_id}/candidates", tags=["review"])
    def candidates(incident_id: str, limit: Annotated[int, Query(ge=1, le=100)] = 10) -> list[dict[str, Any]]:
        """Incidents to consider merging into this one: near in place and time, those sharing actors first;
        each with why (``days_apart``, ``km``, ``same_place``, ``shared_actors``)."""
        return store.merge_candidates(live(incident_id), limit=limit)

    @app.get("/api/events", tags=["events"])
    def events(f: Filt, limit: Annotated[int, Query(ge=1, le=10000)] = 1000) -> list[dict[str, Any]]:
        """Events as extracted from each report (not fused, not reviewed), filtered on their own fields."""
        return store.events(f, limit=limit)

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def event(event_id: str) -> dict[str, Any]:
        ev = store.event(event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        ev.pop("document_text", None)
        ev["incident_id"] = store.incident_of(event_id)
        return ev

    @app.get("/api/claims", tags=["claims"])
    def claims(incident: str | None = None, event: str | None = None, document: str | None = None,
               limit: Annotated[int, Query(ge=1, le=100000)] = 10000) -> list[dict[str, Any]]:
        """Claims with their source (document, outlet, date, language) and evidence span, for one incident,
        one event or one document (one of them is required)."""
        if incident:
            return full(live(incident))["claims"][:limit]
        if event:
            evs = store.events_by_id([event])
        elif document:
            doc = store.document(document)
            if doc is None:
                raise HTTPException(404, f"no document {document!r}")
            evs = store.events_by_id(doc["event_ids"])
        else:
            raise HTTPException(422, "give incident, event or document")
        if not evs:
            raise HTTPException(404, f"no event {event!r}")
        return [dict(c, event_id=e["id"], document_id=e["document_id"], outlet=e["outlet"], url=e["url"],
                     published=e["published"], language=e["language"])
                for e in evs for c in e["claims"]][:limit]

    @app.get("/api/documents", tags=["documents"])
    def documents() -> list[dict[str, Any]]:
        """Metadata of every stored report (no text)."""
        return store.documents()

    @app.get("/api/documents/{document_id:path}", tags=["documents"])
    def document(document_id: str) -> dict[str, Any]:
        """One report with its full text (evidence offsets index into ``text``)."""
        doc = store.document(document_id)
        if doc is None:
            raise HTTPException(404, f"no document {document_id!r}")
        return doc

    @app.get("/api/audit", tags=["review"])
    def audit(incident: str | None = None, limit: Annotated[int, Query(ge=1, le=10000)] = 200,
              offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
        """Review history, newest first: who, when, action, field, before, after."""
        return store.audit_log(incident_id=incident, limit=limit, offset=offset)

    @app.get("/api/export/{fmt}", tags=["export"],
             responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}})
    def export(fmt: Literal["acled-csv", "ucdp-csv", "geojson", "jsonl"], f: Filt,
               level: Literal["incidents", "events"] = "incidents") -> Response:
        """The CLI's exports for the incidents matching the filters (reviewed values applied), or for their
        member events as extracted (``level=events``)."""
        from .. import export as ex

        found = matching(f)
        if level == "incidents":
            rows = reviewed_incidents([s["id"] for s in found])
        else:
            rows = store.events_by_id([e for s in found for e in s["events"]])
        writer = {"acled-csv": ex.write_acled_csv, "ucdp-csv": ex.write_ucdp_csv, "geojson": ex.write_geojson,
                  "jsonl": ex.write_jsonl}[fmt]
        if fmt == "ucdp-csv" and level == "events":
            raise HTTPException(422, "ucdp-csv is an incident-level export")
        buf = io.StringIO()
        writer(rows, buf)
        media, ext = EXPORTS[fmt]
        return Response(buf.getvalue(), media_type=media, headers={
            "Content-Disposition": f'attachment; filename="fogline-{level}.{ext}"'})

    add_write_routes(app, store, live=live, full=full)

    return app


def _compact(s: dict[str, Any]) -> list[Any]:
    """A summary as the positions of ``SUMMARY_COLUMNS``."""
    review = s.get("review") or {}
    return [s["id"], s["date"], s["event_type"], s["sub_event_type"], s["country"], s["admin1"], s["location"],
            s["latitude"], s["longitude"], s["fatalities"], s["grade"], ",".join(s["languages"]),
            [[a["name"], a["side"]] for a in s["actors"]], s["n_reports"], review.get("status"),
            1 if review.get("fields") else 0]


def _json(obj: Any) -> Response:
    """Plain ``json.dumps`` (FastAPI's generic encoder takes ten times longer on 10,000 rows)."""
    return Response(json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str),
                    media_type="application/json")
