"""The web UI in a real headless browser: Debian's Chromium driven by Playwright.

Skipped when Chromium or Playwright is missing, except under CI (``CI`` set), where they must be there:
``scripts/install-browser.sh`` installs Chromium and ``.[test]`` installs Playwright.
"""

import csv
import json
import os
import urllib.parse
import urllib.request
import warnings
from pathlib import Path

import pytest
from conftest import SAMPLES

from fogline.cli import main as cli_main

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
TOKEN = "browser-test-token"
TOKEN2 = "browser-second-analyst"
TESSALIT = "demo-en-01:e1"
XSS = {"id": "xss-report", "outlet": "<b>Evil</b> Outlet", "title": "<img src=x onerror=alert(1)> attack report",
       "published": "2025-09-23", "language": "en", "url": "javascript:alert(1)",
       "text": "NIAMEY, Sept 23 - Gunmen killed five villagers near Ouallam in the Tillaberi region of Niger on "
               "Monday, residents said. <script>alert(1)</script> The attackers also burned "
               "<img src=x onerror=alert(2)> granaries."}
FORMULA = {"id": "formula-report", "outlet": "=HYPERLINK(\"http://attacker.example\",\"open\")",
           "title": "@SUM(1+1) market attack", "published": "2025-08-04", "language": "en",
           "url": "https://formula.example/abeche",
           "text": "ABECHE, Aug 4 - Armed men attacked the central market of Abeche in eastern Chad on Sunday, "
                   "killing four traders, police said."}

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None


@pytest.fixture(scope="module")
def browser():
    missing = [what for what, ok in (("playwright", sync_playwright is not None),
                                     (CHROMIUM, Path(CHROMIUM).exists())) if not ok]
    if missing:
        msg = f"browser tests need {', '.join(missing)} (scripts/install-browser.sh, pip install -e '.[test]')"
        if IN_CI:
            pytest.fail(msg)
        pytest.skip(msg)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fogline.serve import create_app
        from fogline.serve.thread import running
    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "ui.db"
    extra = tmp / "xss.jsonl"
    extra.write_text(json.dumps(XSS) + "\n" + json.dumps(FORMULA) + "\n", encoding="utf-8")
    assert cli_main(["ingest", str(SAMPLES), str(extra), "--db", str(db)]) == 0
    app = create_app(f"sqlite:///{db}", tokens={TOKEN: "tester", TOKEN2: "second"}, warm=False)
    with running(app) as base:
        yield base


def api(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.loads(r.read())


@pytest.fixture()
def page(browser):
    # bypass_csp: Playwright's polling helpers evaluate strings, which the page's CSP forbids; it also shows that
    # report text stays text without the CSP as a safety net
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.set_default_timeout(15000)
    yield pg
    ctx.close()
    assert errors == []


def test_map_filter_open_incident_and_see_the_claim_sentence(server, page):
    page.goto(server + "/")
    page.wait_for_selector("#map[data-ready='1']")
    everything = api(server, "/api/summaries")["rows"]
    assert page.locator("#markers > *").count() > 0
    assert page.locator("#countries path.land").count() > 100  # offline country outlines
    assert page.locator("#timeline .bar").count() > 0
    assert page.locator("#list tbody tr").count() == len(everything)
    assert page.locator("#count").inner_text().startswith(f"{len(everything)} incidents")

    # filter: the URL keeps it, the map, the list, the timeline and the downloads follow
    mali = api(server, "/api/summaries?country=Mali")["rows"]
    assert 0 < len(mali) < len(everything)
    page.select_option("select[name=country]", "Mali")
    page.wait_for_function(f"document.querySelectorAll('#list tbody tr').length === {len(mali)}")
    assert "country=Mali" in page.url
    assert all("Mali" in t for t in page.locator("#list tbody tr td:nth-child(3)").all_inner_texts())
    assert "country=Mali" in page.get_attribute("#x-acled", "href")
    page.reload()  # the filter comes back from the URL
    page.wait_for_selector("#map[data-ready='1']")
    assert page.input_value("select[name=country]") == "Mali"
    assert page.locator("#list tbody tr").count() == len(mali)

    # open an incident from the list
    inc = api(server, f"/api/events/{TESSALIT}")["incident_id"]
    page.click(f"#list tbody tr[data-id='{inc}'] a")
    page.wait_for_selector("body[data-ready='1']")
    assert f"/incident/{inc}" in page.url and "country=Mali" in page.url
    assert "country=Mali" in page.get_attribute("#back", "href")
    assert "Tessalit" in page.inner_text("#title")

    # click a claim: the report opens with the claim's words marked inside their sentence
    full = api(server, f"/api/incidents/{inc}")
    claim = next(c for c in full["claims"] if c["low"] == 18)
    page.click(f"#claims tr[data-claim='{claim['id']}'] button.ev")
    mark = page.locator("#doc-text mark#hl")
    mark.wait_for()
    assert mark.inner_text() == claim["evidence"]["text"] == "neutralised 18 assailants"
    assert claim["evidence"]["text"] in page.inner_text("#hl-sentence")
    assert page.evaluate("(() => { const m = document.getElementById('hl').getBoundingClientRect();"
                         " const p = document.getElementById('doc-text').getBoundingClientRect();"
                         " return m.top >= p.top && m.bottom <= p.bottom; })()")  # scrolled into view
    assert page.inner_text("#doc-meta").startswith("Sahel Wire")
    # the date is clickable too
    page.click("button.v-date")
    page.wait_for_function("document.getElementById('hl').textContent === 'Tuesday'")


def test_review_edit_needs_a_token_and_lands_in_the_audit_log(server, page):
    inc = api(server, f"/api/events/{TESSALIT}")["incident_id"]
    page.goto(f"{server}/incident/{inc}")
    page.wait_for_selector("body[data-ready='1']")
    assert page.inner_text("#audit tbody") == "no changes yet"

    # without a token: refused, nothing changes
    page.select_option("#edit-field", "fatalities")
    page.fill("#edit-value", "99")
    page.click("#edit-save")
    page.wait_for_function("document.getElementById('review-msg').textContent.includes('401')")
    assert "Not saved" in page.inner_text("#review-msg")
    # with a wrong token: refused
    page.fill("#token-input", "not-the-token")
    page.click("#token-save")
    page.click("#edit-save")
    page.wait_for_function("document.getElementById('review-msg').textContent.includes('403')")
    assert page.inner_text("#audit tbody") == "no changes yet"
    assert api(server, f"/api/incidents/{inc}")["review"]["fields"] == {}

    # with the token: saved, shown on the page and in the audit log
    page.click("#token-forget")
    page.fill("#token-input", TOKEN)
    page.click("#token-save")
    page.select_option("#edit-field", "fatalities")
    page.fill("#edit-value", "99")
    page.click("#edit-save")
    page.wait_for_function("document.getElementById('review-msg').textContent.startsWith('Saved')")
    page.wait_for_selector("#audit tbody tr td:has-text('tester')")
    row = page.locator("#audit tbody tr").first.locator("td").all_inner_texts()
    assert row[1:] == ["tester", "edit", "fatalities", str(full_fatalities(server, inc)), "99"]
    assert "reviewed by tester" in page.inner_text("#fields")
    assert api(server, f"/api/incidents/{inc}")["fatalities"] == 99
    page.click("#accept")
    page.wait_for_selector("#title .badge.accepted")
    assert page.locator("#audit tbody tr").count() == 2


def full_fatalities(server, inc):
    """The fused value (before review) of an incident's fatalities."""
    return api(server, f"/api/incidents/{inc}")["review"]["fields"]["fatalities"]["fused"]


def test_report_html_stays_text(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    inc = api(server, "/api/events/xss-report:e1")["incident_id"]
    page.goto(f"{server}/incident/{inc}")
    page.wait_for_selector("body[data-ready='1']")
    page.click("button.open-doc[data-doc='xss-report']")
    page.wait_for_function("document.getElementById('doc-text').textContent.includes('granaries')")
    assert "<script>alert(1)</script>" in page.text_content("#doc-text")
    assert "<img src=x onerror=alert(2)>" in page.text_content("#doc-text")
    assert page.locator("#doc-text *").count() == 0  # nothing parsed as markup
    assert page.text_content("#doc-title") == XSS["title"]
    assert page.locator("#sources a").count() == 0  # a javascript: URL never becomes a link
    assert "<b>Evil</b> Outlet" in page.inner_text("#sources")
    page.click("button.v-place")  # highlight inside the same text
    page.locator("#doc-text mark").wait_for()
    assert page.locator("#doc-text img, #doc-text script, #doc-text b").count() == 0
    page.goto(server + "/?q=granaries")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#list tbody tr").count() == len(api(server, "/api/summaries?q=granaries")["rows"]) > 0
    page.wait_for_timeout(300)
    assert dialogs == []


def test_a_downloaded_csv_has_its_formula_cells_neutralised(server, page, tmp_path):
    page.goto(server + "/?country=Chad")
    page.wait_for_selector("#map[data-ready='1']")
    for link in ("#x-acled", "#x-events", "#x-ucdp"):
        with page.expect_download() as dl:
            page.click(link)
        saved = tmp_path / dl.value.suggested_filename
        dl.value.save_as(saved)
        text = saved.read_text(encoding="utf-8")
        cells = [c for row in csv.reader(text.splitlines()) for c in row]
        assert len(text.splitlines()) > 1, link  # the Chad incident is in it
        assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells), link
        if link != "#x-ucdp":  # ACLED's source column names the outlet, made inert
            assert "'=HYPERLINK(\"http://attacker.example\",\"open\")" in cells, link


@pytest.mark.parametrize("width", [360, 420])
def test_the_pages_fit_a_phone_screen(server, browser, width):
    ctx = browser.new_context(viewport={"width": width, "height": 740}, bypass_csp=True)
    try:
        pg = ctx.new_page()
        pg.set_default_timeout(15000)
        pg.goto(server + "/")
        pg.wait_for_selector("#map[data-ready='1']")
        assert pg.evaluate("document.scrollingElement.scrollWidth") <= width
        assert pg.locator("#list tbody tr").count() > 0 and pg.locator("#token-input").is_visible()
        inc = api(server, f"/api/events/{TESSALIT}")["incident_id"]
        pg.goto(f"{server}/incident/{inc}")
        pg.wait_for_selector("body[data-ready='1']")
        assert pg.evaluate("document.scrollingElement.scrollWidth") <= width
        assert pg.locator("#edit-save").is_visible()
    finally:
        ctx.close()


def test_the_token_label_names_the_analyst_only_for_a_valid_token(server, page):
    page.goto(server + "/")
    page.wait_for_selector("#map[data-ready='1']")
    page.fill("#token-input", "a-wrong-token-of-some-length")
    page.click("#token-save")
    page.wait_for_selector("#token-state[data-valid='0']")
    assert page.inner_text("#token-state") == "token not valid"
    page.click("#token-forget")
    page.fill("#token-input", TOKEN)
    page.click("#token-save")
    page.wait_for_selector("#token-state[data-valid='1']")
    assert page.inner_text("#token-state") == "reviewing as tester"
    page.reload()  # the tab keeps the token, and asks again whose it is
    page.wait_for_selector("#token-state[data-valid='1']")


# -- no lost edits, stable links, review helpers --------------------------------------------------
def post(base, path, body, token=TOKEN, content_type="application/json"):
    data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(base + path, data=data, method="POST",
                                 headers={"Content-Type": content_type, "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def ingest(base, *reports):
    body = "".join(json.dumps(r) + "\n" for r in reports).encode("utf-8")
    out = post(base, "/api/ingest", body, content_type="application/x-ndjson")
    assert out["failed"] == 0, out


def open_incident(pg, base, inc, token=None):
    pg.goto(f"{base}/incident/{inc}")
    if token:
        pg.fill("#token-input", token)
        pg.click("#token-save")
    pg.wait_for_selector("body[data-ready='1']")


def test_a_concurrent_edit_is_refused_and_shown_to_the_second_analyst(server, browser, page):
    inc = api(server, "/api/events/demo-en-02:e1")["incident_id"]
    fused = api(server, f"/api/incidents/{inc}")["fatalities"]
    ctx2 = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    second = ctx2.new_page()
    second.set_default_timeout(15000)
    try:
        open_incident(page, server, inc, TOKEN)  # both analysts open the incident
        open_incident(second, server, inc, TOKEN2)
        page.select_option("#edit-field", "fatalities")
        page.fill("#edit-value", "41")
        page.click("#edit-save")
        page.wait_for_function("document.getElementById('review-msg').textContent.startsWith('Saved')")

        second.select_option("#edit-field", "fatalities")
        second.fill("#edit-value", "42")
        second.click("#edit-save")
        second.wait_for_selector("#conflict:not([hidden])")
        text = second.inner_text("#conflict")
        assert "changed since you loaded it" in text
        assert f"tester — edit fatalities: {fused} → 41" in second.inner_text("#conflict-changes")
        assert "409" in second.inner_text("#review-msg")
        assert api(server, f"/api/incidents/{inc}")["fatalities"] == 41  # the first analyst's value stands
        # the page now shows the incident as it is, the second analyst's value still in the form
        assert second.input_value("#edit-value") == "42" and "41" in second.inner_text("#fields")
        second.click("#edit-save")  # a deliberate second save replaces it
        second.wait_for_function("document.getElementById('review-msg').textContent.startsWith('Saved')")
        assert second.is_hidden("#conflict")
        assert api(server, f"/api/incidents/{inc}")["fatalities"] == 42
        log = api(server, f"/api/audit?incident={inc}")
        assert [(a["who"], a["before"], a["after"]) for a in log[:2]] == [("second", 41, 42), ("tester", fused, 41)]
    finally:
        ctx2.close()


def test_a_renamed_incidents_old_url_lands_on_the_new_one(server, page):
    from test_review_edits import MARKET, MARKET_2

    ingest(server, MARKET)
    old = api(server, "/api/events/zz-market:e1")["incident_id"]
    ingest(server, MARKET_2)  # its event id sorts first: fusion renames the incident
    new = api(server, "/api/events/zz-market:e1")["incident_id"]
    assert new != old
    page.goto(f"{server}/incident/{old}?country=Mali")
    page.wait_for_selector("body[data-ready='1']")
    assert page.url == f"{server}/incident/{new}?country=Mali"
    assert new in page.inner_text("#subtitle") and "2 report(s)" in page.inner_text("#subtitle")


def test_a_document_id_with_a_slash_opens_in_the_report_panel(server, page):
    from test_review_edits import RAID, URL_ID

    ingest(server, RAID)
    inc = api(server, "/api/events/" + urllib.parse.quote(URL_ID + ":e1", safe=""))["incident_id"]
    open_incident(page, server, inc)
    page.click(f"button.open-doc[data-doc='{URL_ID}']")
    page.wait_for_function("document.getElementById('doc-text').textContent.includes('Diffa')")
    assert URL_ID in page.inner_text("#doc-meta")
    page.click("button.v-place")  # evidence spans of that document highlight too
    assert page.inner_text("#doc-text mark#hl") == "Diffa"


def test_contradictions_link_to_both_claims_sentences(server, page):
    inc = next(i for i in api(server, "/api/incidents?limit=1000")["incidents"]
               if any(len(x.get("claims") or []) == 2 for x in i["contradictions"]))
    full = api(server, f"/api/incidents/{inc['id']}")
    x = next(x for x in full["contradictions"] if len(x.get("claims") or []) == 2)
    claims = {c["id"]: c for c in full["claims"]}
    open_incident(page, server, inc["id"])
    item = page.locator("#contradictions li").first
    assert "[object" not in item.inner_text()
    links = item.locator("button.contra-claim")
    assert links.count() == 2
    for k, cid in enumerate(x["claims"]):
        links.nth(k).click()
        page.wait_for_function("(t) => (document.getElementById('hl') || {}).textContent === t",
                               arg=claims[cid]["evidence"]["text"])
        assert claims[cid]["evidence"]["text"] in page.inner_text("#hl-sentence")


def test_a_missing_incident_is_a_404_page_without_review_buttons(server, page):
    resp = page.goto(f"{server}/incident/Inope12345678")
    assert resp.status == 404
    assert "No incident Inope12345678" in page.inner_text("h1")
    for control in ("#accept", "#reject", "#edit-save", "#merge", "#split", "#review"):
        assert page.locator(control).count() == 0, control
    page.click("text=Back to the map")
    page.wait_for_selector("#map[data-ready='1']")


def test_merge_a_candidate_in_one_click_and_see_changes_since_review(server, page):
    from test_review_edits import CLASH, MARKET_3

    ingest(server, CLASH)
    market = api(server, "/api/events/zz-market:e1")["incident_id"]
    clash = api(server, "/api/events/mk-clash:e1")["incident_id"]
    post(server, f"/api/incidents/{market}/review", {"action": "accept"})
    ingest(server, MARKET_3)  # one more report of the accepted market attack
    market = api(server, "/api/events/zz-market:e1")["incident_id"]
    open_incident(page, server, market, TOKEN)
    assert page.is_visible("#changed") and "Changed since review" in page.inner_text("#changed")
    assert page.locator("#events tr.new-since-review").count() == 1
    row = page.locator(f"#candidates tbody tr[data-id='{clash}']")
    row.wait_for()
    assert "4 day(s) apart" in row.inner_text()
    row.locator("button.merge-candidate").click()
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {4}")
    merged = api(server, "/api/events/mk-clash:e1")["incident_id"]
    assert merged == api(server, "/api/events/zz-market:e1")["incident_id"]
    assert page.url.startswith(f"{server}/incident/{merged}")
    assert api(server, f"/api/incidents/{merged}")["audit"][0]["action"] == "merge"
