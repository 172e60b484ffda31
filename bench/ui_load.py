"""Web UI and API load: fill a store with N synthetic incidents, then time the first paint of the map page
and the read API under 8 concurrent clients.

    python -m bench.ui_load --incidents 100000 --db /tmp/ui100k.db             # build (411 s on a loaded 2-core box)
    python -m bench.ui_load --db /tmp/ui100k.db --measure --runs 5             # first paint (Chromium)
    python -m bench.ui_load --db /tmp/ui100k.db --load 60                      # 8 clients, 60 s per endpoint

Each incident is reported by one to three synthetic documents (ids ``u<k>-<r>``) whose events share
country, day, place, type and actors; every value has an evidence span that matches the document text.
The reports are written in large transactions and each incident's events joined as the generator made them
(what fusion finds for them, without its search), then every incident is assembled and saved by the
pipeline. ``--measure`` starts ``fogline serve`` on a free loopback port and loads the map page in headless
Chromium (Debian's, through Playwright) several times, reporting the time from navigation start to the
map's ready marker (markers, timeline and list drawn) and the browser's first-contentful-paint. ``--load``
runs ``clients`` keep-alive clients (one asyncio process) for SECONDS on each endpoint (``load_urls``),
reporting requests/s, p50, p99, and the time of each URL's first (computed) request. Any --db URL works
(``postgresql://…`` too). Only loopback addresses are used; every loop stops at its deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta

import sqlalchemy as sa

from fogline import pipeline
from fogline.store import Store, resolve_db_url

PLACES = [  # country, iso3, admin1, location, lat, lon
    ("Mali", "MLI", "Kidal", "Tessalit", 20.20, 1.01), ("Mali", "MLI", "Mopti", "Douentza", 15.00, -2.95),
    ("Mali", "MLI", "Menaka", "Ménaka", 15.92, 2.40), ("Burkina Faso", "BFA", "Sahel", "Djibo", 14.10, -1.63),
    ("Burkina Faso", "BFA", "Est", "Diapaga", 12.07, 1.79), ("Niger", "NER", "Tillaberi", "Ouallam", 14.32, 2.09),
    ("Nigeria", "NGA", "Borno", "Maiduguri", 11.85, 13.16), ("Sudan", "SDN", "Khartoum", "Omdurman", 15.64, 32.48),
    ("Sudan", "SDN", "North Darfur", "Kutum", 14.20, 24.67),
    ("Somalia", "SOM", "Middle Shabelle", "Jowhar", 2.78, 45.5),
    ("Democratic Republic of Congo", "COD", "North Kivu", "Lubero", -0.16, 29.24),
    ("Ukraine", "UKR", "Donetsk", "Kostyantynivka", 48.53, 37.71), ("Syria", "SYR", "Idlib", "Saraqib", 35.86, 36.8),
    ("Myanmar", "MMR", "Sagaing", "Shwebo", 22.57, 95.7),
    ("Mozambique", "MOZ", "Cabo Delgado", "Mocimboa", -11.35, 40.35),
]
TYPES = [("Battles", "Armed clash", "clashed with"),
         ("Explosions/Remote violence", "Air/drone strike", "struck positions of"),
         ("Violence against civilians", "Attack", "attacked villagers near"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED", "hit a roadside bomb laid by"),
         ("Protests", "Peaceful protest", "marched against"),
         ("Strategic developments", "Other", "withdrew from bases held by")]
ACTORS = [("Military Forces of {c}", "state forces"), ("Rebel Front {n}", "rebel group"),
          ("Militia {n}", "identity militia"), ("Unidentified Armed Group ({c})", "unidentified armed group")]
OUTLETS = [("Sahel Wire", "en"), ("Agence Nord", "fr"), ("Horn Daily", "en"), ("Kivu Post", "fr")]


def _doc(k: int, r: int, rng: random.Random, inc: dict) -> dict:
    outlet, lang = OUTLETS[(k + r) % len(OUTLETS)]
    a, b, verb = inc["a"], inc["b"], inc["verb"]
    parts: list[str] = []
    spans: dict[str, dict] = {}

    def put(key: str | None, s: str) -> None:
        start = sum(len(p) for p in parts)
        parts.append(s)
        if key:
            spans[key] = {"start": start, "end": start + len(s), "text": s}

    put(None, "Fighters of ")
    put("a", a["name"])
    put(None, " ")
    put("verb", verb)
    put(None, " ")
    put("b", b["name"])
    put(None, " in ")
    put("loc", inc["location"])
    put(None, " on ")
    put("date", inc["day"].strftime("%A"))
    put(None, ", local sources said. ")
    n = inc["killed"] + rng.choice((0, 0, 1, 2))
    put("claim", f"at least {n} people were killed")
    put(None, f", according to residents. Report {k}-{r} of the synthetic UI load set.")
    text = "".join(parts)
    ev_id = f"u{k}-{r}:e1"
    published = inc["day"] + timedelta(days=1)
    return {
        "document": {"id": f"u{k}-{r}", "text": text, "language": lang, "published": published.isoformat(),
                     "outlet": outlet, "url": f"https://example.org/u{k}-{r}", "title": f"Incident {k} report {r}"},
        "events": [{
            "id": ev_id, "event_type": inc["type"], "sub_event_type": inc["sub"], "date": inc["day"].isoformat(),
            "date_precision": "day", "date_evidence": spans["date"], "country": inc["country"], "iso3": inc["iso3"],
            "admin1": inc["admin1"], "location": inc["location"], "latitude": inc["lat"], "longitude": inc["lon"],
            "geo_precision": 2, "location_evidence": spans["loc"],
            "actors": [dict(a, side="A", evidence=[spans["a"]]), dict(b, side="B", evidence=[spans["b"]])],
            "claims": [{"id": f"{ev_id}:c1", "what": "killed", "of": "unknown", "low": n, "high": None,
                        "vague": False, "claimant": "residents", "status": "reported", "evidence": spans["claim"],
                        "claimant_evidence": None}],
            "estimates": {}, "fatalities": n, "contradictions": [], "evidence": [spans["verb"]],
            "grade": "fair", "grade_reason": "", "confidence": 0.8}],
        "background": [], "warnings": [],
    }


def build(db: str, n_incidents: int, seed: int = 7, batch: int = 5000) -> tuple[int, float]:
    """Write the reports of ``n_incidents`` synthetic incidents in transactions of ``batch`` incidents, each
    incident's events joined as the generator made them (what fusion finds for these reports, without its
    search), then assemble and save every incident with the pipeline's own ``_assemble``."""
    from fogline.fuse import incident_id
    from fogline.store import actors, claims, documents, events, incident_members

    rng = random.Random(seed)
    t0 = time.perf_counter()
    with Store(resolve_db_url(db)) as store:
        store.incidents_outdated()  # a new store: its records are of this version's format
        start = date(2020, 1, 1)
        # incidents kept apart: each place has one incident every third day
        for lo in range(0, n_incidents, batch):
            rows: dict[sa.Table, list[dict]] = {documents: [], events: [], actors: [], claims: [], incident_members: []}
            for k in range(lo, min(n_incidents, lo + batch)):
                inc = _incident(k, rng, start)
                ev_ids = []
                for r in range(rng.choice((1, 1, 1, 2, 3))):
                    doc, evs, cls, acts = Store._rows(_doc(k, r, rng, inc))
                    rows[documents].append(doc)
                    rows[events] += evs
                    rows[claims] += cls
                    rows[actors] += acts
                    ev_ids += [e["id"] for e in evs]
                iid = incident_id(ev_ids)
                rows[incident_members] += [{"event_id": e, "incident_id": iid} for e in ev_ids]
            with store.engine.begin() as conn:
                for table, todo in rows.items():
                    conn.execute(table.insert(), todo)
        with store.fusion_lock, store.engine.begin() as conn:
            ids = set(conn.execute(sa.select(incident_members.c.incident_id).distinct()).scalars())
            pipeline.fusion._assemble(store, conn, ids, set())
        n = len(ids)
    return n, time.perf_counter() - t0


def _incident(k: int, rng: random.Random, start: date) -> dict:
    country, iso3, admin1, location, lat, lon = PLACES[k % len(PLACES)]
    kind = TYPES[rng.randrange(len(TYPES))]
    day = start + timedelta(days=3 * (k // len(PLACES)))
    lat += rng.uniform(-0.3, 0.3)
    lon += rng.uniform(-0.3, 0.3)
    names = [t.format(c=country, n=rng.randint(1, 40)) for t, _ in ACTORS]
    kinds = [kind_ for _, kind_ in ACTORS]
    ia, ib = rng.sample(range(len(ACTORS)), 2)
    return {"country": country, "iso3": iso3, "admin1": admin1, "location": f"{location} {k}",
            "lat": round(lat, 4), "lon": round(lon, 4), "type": kind[0], "sub": kind[1], "verb": kind[2],
            "day": day, "killed": rng.choice((0, 0, 1, 2, 3, 5, 8, 12, 20, 45)),
            "a": {"name": names[ia], "kind": kinds[ia], "country": country},
            "b": {"name": names[ib], "kind": kinds[ib], "country": country}}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``fogline serve`` on a free loopback port, for the time of a ``with``."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.proc = subprocess.Popen([sys.executable, "-m", "fogline", "serve", "--db", self.db, "--port",
                                      str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                urllib.request.urlopen(self.base + "/api/config", timeout=1).read()
                return self
            except OSError:
                time.sleep(0.1)
        self.proc.terminate()
        raise RuntimeError("fogline serve did not start")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(10)

    def get(self, path: str) -> dict:
        return json.loads(urllib.request.urlopen(self.base + path, timeout=120).read())


def _pages(server: Server, first: str, n: int) -> list[str]:
    """The URLs of the first ``n`` pages of a list, each from the ``next_cursor`` of the one before."""
    out, url = [], first
    while url and len(out) < n:
        out.append(url)
        nxt = server.get(url)["next_cursor"]
        url = f"{first}&cursor={nxt}" if nxt else None
    return out


def load_urls(server: Server) -> dict[str, list[str]]:
    """What each endpoint is asked, cycled through by the clients: 50 pages of the whole list (newest
    first, as the UI asks), the first pages of the list filtered by each country and by country and type,
    the timeline unfiltered and by country and type, the facets; and the first 600 pages of the list, more
    than the server keeps (``serve.cache.MAX_ENTRIES``), so that every one of those requests is computed."""
    facets = server.get("/api/facets")
    countries, types = facets["countries"], list(facets["types"])
    filtered = []
    for i, c in enumerate(countries):
        q = urllib.parse.quote
        filtered += _pages(server, f"/api/summaries?limit=100&order=desc&country={q(c)}", 3)
        t = types[i % len(types)]
        filtered += _pages(server, f"/api/summaries?limit=100&order=desc&country={q(c)}&type={q(t)}", 2)
    timeline = ["/api/timeline"] + [f"/api/timeline?country={urllib.parse.quote(c)}" for c in countries] + \
        [f"/api/timeline?type={urllib.parse.quote(t)}" for t in types]
    every = _pages(server, "/api/summaries?limit=100&order=desc", 600)
    return {"list": every[:50], "filtered list": filtered, "timeline": timeline, "facets": ["/api/facets"],
            "list, 600 pages (none kept)": every}


async def _client(port: int, urls: list[str], start: int, deadline: float, times: list[float],
                  errors: list[str]) -> None:
    """One keep-alive connection asking ``urls`` in turn (from ``start``) until ``deadline``, as a browser
    would (gzip accepted); each request's time goes to ``times``."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    k = start
    try:
        while time.perf_counter() < deadline:
            path = urls[k % len(urls)]
            k += 1
            t0 = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept-Encoding: gzip\r\n\r\n"
                         .encode())
            status = await reader.readline()
            headers = {}
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            if "content-length" in headers:
                await reader.readexactly(int(headers["content-length"]))
            else:  # chunked
                while size := int((await reader.readline()).split(b";")[0], 16):
                    await reader.readexactly(size + 2)
                await reader.readline()
            times.append(time.perf_counter() - t0)
            if b" 200 " not in status:
                errors.append(f"{path}: {status.decode().strip()}")
    finally:
        writer.close()


def _run(port: int, urls: list[str], seconds: float, clients: int) -> tuple[list[float], list[str], float]:
    """The sorted request times, the errors and the wall time of ``clients`` clients for ``seconds``."""
    times: list[float] = []
    errors: list[str] = []

    async def run() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client(port, urls, i * len(urls) // clients, deadline, times, errors)
                               for i in range(clients)))
    t0 = time.perf_counter()
    asyncio.run(run())
    wall = time.perf_counter() - t0
    return sorted(times), errors, wall


def _pct(times: list[float], p: float) -> float:
    return round(times[min(len(times) - 1, int(p * len(times)))] * 1000, 1)


def load(db: str, seconds: float, clients: int) -> list[dict]:
    """``clients`` concurrent clients for ``seconds`` on each endpoint in turn: requests/s, p50, p99."""
    out = []
    with Server(db) as server:
        urls = load_urls(server)
    with Server(db) as server:  # a new server: nothing kept yet
        for name, todo in urls.items():
            cold = []
            for u in todo:  # once each, one client: computed (not yet kept), as after any write
                t0 = time.perf_counter()
                server.get(u)
                cold.append(time.perf_counter() - t0)
            cold.sort()
            times, errors, wall = _run(server.port, todo, seconds, clients)
            out.append({"job": "load", "endpoint": name, "urls": len(todo), "clients": clients,
                        "seconds": round(wall, 1), "requests": len(times), "errors": len(errors),
                        "requests_per_s": round(len(times) / wall, 1), "p50_ms": _pct(times, 0.5),
                        "p99_ms": _pct(times, 0.99), "max_ms": round(times[-1] * 1000, 1),
                        "first_request_p50_ms": _pct(cold, 0.5), "first_request_max_ms": round(cold[-1] * 1000, 1),
                        "example": todo[0]})
            print(json.dumps(out[-1]), flush=True)
            if errors:
                print(json.dumps({"errors": errors[:5]}), flush=True)
    return out


def measure(db: str, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    with Server(db) as server:
        base = server.base
        t0 = time.perf_counter()
        first = server.get("/api/summaries?limit=200&order=desc")
        cold_api = time.perf_counter() - t0
        n = first["total"]
        api = []
        for _ in range(runs):
            t0 = time.perf_counter()
            server.get("/api/summaries?limit=200&order=desc")
            api.append(time.perf_counter() - t0)
        ready, fcp = [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                              "--disable-background-networking", "--disable-component-update",
                                              "--disable-sync"])
            for _ in range(runs):
                ctx = browser.new_context(viewport={"width": 1280, "height": 800})
                page = ctx.new_page()
                page.goto(base + "/")
                page.wait_for_selector("#map[data-ready='1']", timeout=60000)
                ready.append(page.evaluate("window.foglineReadyMs") / 1000)
                fcp.append(page.evaluate(
                    "(performance.getEntriesByName('first-contentful-paint')[0]||{}).startTime||0") / 1000)
                ctx.close()
            browser.close()
    return {"incidents": n, "api_cold_s": round(cold_api, 2), "api_warm_median_s": round(statistics.median(api), 3),
            "first_contentful_paint_median_s": round(statistics.median(fcp), 3),
            "map_ready_median_s": round(statistics.median(ready), 3), "map_ready_runs_s": [round(x, 3) for x in ready]}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--incidents", type=int, default=10000)
    p.add_argument("--db", default="/tmp/fogline-ui-load.db")
    p.add_argument("--measure", action="store_true")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--load", type=float, metavar="SECONDS", help="then load each endpoint this long")
    p.add_argument("--clients", type=int, default=8)
    args = p.parse_args()
    with Store(resolve_db_url(args.db)) as store:
        empty = store.counts()["events"] == 0
    if empty:
        n, secs = build(args.db, args.incidents)
        print(json.dumps({"job": "build", "incidents": n, "seconds": round(secs, 1)}), flush=True)
    if args.measure:
        print(json.dumps({"job": "first paint", **measure(args.db, args.runs)}), flush=True)
    if args.load:
        print(json.dumps({"job": "load average", "uptime": os.getloadavg()}), flush=True)
        load(args.db, args.load, args.clients)
        print(json.dumps({"job": "load average", "uptime": os.getloadavg()}), flush=True)


if __name__ == "__main__":
    main()
