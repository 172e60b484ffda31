"""Web UI load: fill a store with N synthetic incidents, then time the summary API and the first paint.

    python -m bench.ui_load --incidents 10000 --db /tmp/ui10k.db            # build (about 8 s)
    python -m bench.ui_load --incidents 10000 --db /tmp/ui10k.db --measure  # build if empty, then measure

Each incident is reported by one to three synthetic documents (ids ``u<k>-<r>``) whose events share
country, day, place, type and actors, so ``pipeline.fuse_events`` joins them; every value has an evidence span
that matches the document text. ``--measure`` starts ``fogline serve`` on a free loopback port and
loads the map page in headless Chromium (Debian's, through Playwright) several times, reporting
the time from navigation start to the map's ready marker (markers drawn) and the browser's
first-contentful-paint.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

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


def build(db: str, n_incidents: int, seed: int = 7) -> tuple[int, float]:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    with Store(resolve_db_url(db)) as store:
        start = date(2020, 1, 1)
        # incidents kept apart for fusion: each place has one incident every third day
        for k in range(n_incidents):
            country, iso3, admin1, location, lat, lon = PLACES[k % len(PLACES)]
            kind = TYPES[rng.randrange(len(TYPES))]
            day = start + timedelta(days=3 * (k // len(PLACES)))
            lat += rng.uniform(-0.3, 0.3)
            lon += rng.uniform(-0.3, 0.3)
            names = [t.format(c=country, n=rng.randint(1, 40)) for t, _ in ACTORS]
            kinds = [kind_ for _, kind_ in ACTORS]
            ia, ib = rng.sample(range(len(ACTORS)), 2)
            inc = {"country": country, "iso3": iso3, "admin1": admin1, "location": f"{location} {k}",
                   "lat": round(lat, 4), "lon": round(lon, 4), "type": kind[0], "sub": kind[1], "verb": kind[2],
                   "day": day, "killed": rng.choice((0, 0, 1, 2, 3, 5, 8, 12, 20, 45)),
                   "a": {"name": names[ia], "kind": kinds[ia], "country": country},
                   "b": {"name": names[ib], "kind": kinds[ib], "country": country}}
            for r in range(rng.choice((1, 1, 1, 2, 3))):
                store.add(_doc(k, r, rng, inc))
        pipeline.fuse_events(store)
        n = len({i for i in _incident_ids(store)})
    return n, time.perf_counter() - t0


def _incident_ids(store: Store) -> list[str]:
    import sqlalchemy as sa

    from fogline.store import incident_members

    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(incident_members.c.incident_id)).scalars())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(db: str, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    port = _free_port()
    fogline = Path(sys.executable).with_name("fogline")
    server = subprocess.Popen([str(fogline), "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/config", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        t0 = time.perf_counter()
        body = urllib.request.urlopen(base + "/api/summaries", timeout=120).read()
        cold_api = time.perf_counter() - t0
        n = len(json.loads(body)["rows"])
        api = []
        for _ in range(runs):
            t0 = time.perf_counter()
            urllib.request.urlopen(base + "/api/summaries", timeout=60).read()
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
    finally:
        server.terminate()
        server.wait(10)
    return {"incidents": n, "api_cold_s": round(cold_api, 2), "api_warm_median_s": round(statistics.median(api), 3),
            "first_contentful_paint_median_s": round(statistics.median(fcp), 3),
            "map_ready_median_s": round(statistics.median(ready), 3), "map_ready_runs_s": [round(x, 3) for x in ready]}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--incidents", type=int, default=10000)
    p.add_argument("--db", default="/tmp/fogline-ui-load.db")
    p.add_argument("--measure", action="store_true")
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    with Store(resolve_db_url(args.db)) as store:
        empty = store.counts()["events"] == 0
    if empty:
        n, secs = build(args.db, args.incidents)
        print(json.dumps({"job": "build", "incidents": n, "seconds": round(secs, 1)}), flush=True)
    if args.measure:
        print(json.dumps({"job": "first paint", **measure(args.db, args.runs)}), flush=True)


if __name__ == "__main__":
    main()
