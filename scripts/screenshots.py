"""Screenshots of the web UI with the demo data, for the README: docs/map.png and docs/incident.png.

    .venv/bin/python scripts/screenshots.py            # needs /usr/bin/chromium (scripts/install-browser.sh)

The bundled sample reports go into a temporary store; the app runs on a free loopback port; Debian's
Chromium, driven by Playwright, loads the map, then the Tessalit ambush with one claim clicked.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import urllib.request
import warnings
from pathlib import Path

from playwright.sync_api import sync_playwright

from fogline.cli import SAMPLES
from fogline.cli import main as cli_main

DOCS = Path(__file__).resolve().parent.parent / "docs"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=DOCS)
    args = p.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fogline.serve import create_app
        from fogline.serve.thread import running
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        cli_main(["ingest", str(SAMPLES), "--db", str(db)])
        app = create_app(f"sqlite:///{db}", tokens={"screenshot-token": "analyst"}, warm=False)
        with running(app) as base, sync_playwright() as pw:
            def get(path: str):
                with urllib.request.urlopen(base + path) as r:
                    return json.loads(r.read())

            inc = get("/api/events/demo-en-01:e1")["incident_id"]
            # one reviewed value, so the incident page shows the review note and the audit log
            req = urllib.request.Request(base + f"/api/incidents/{inc}/review", method="POST",
                                         data=json.dumps({"action": "accept"}).encode(),
                                         headers={"Authorization": "Bearer screenshot-token",
                                                  "Content-Type": "application/json"})
            urllib.request.urlopen(req).read()
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 860})
            page.goto(base + "/")
            page.wait_for_selector("#map[data-ready='1']")
            page.screenshot(path=str(args.out / "map.png"))
            page.goto(f"{base}/incident/{inc}")
            page.wait_for_selector("body[data-ready='1']")
            claim = next(c for c in get(f"/api/incidents/{inc}")["claims"] if c["low"] == 18)
            page.click(f"#claims tr[data-claim='{claim['id']}'] button.ev")
            page.locator("#hl").wait_for()
            page.evaluate("window.scrollTo(0, 0)")
            page.wait_for_timeout(200)
            page.screenshot(path=str(args.out / "incident.png"))
            browser.close()
    for name in ("map.png", "incident.png"):
        print(f"{args.out / name}: {(args.out / name).stat().st_size // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
