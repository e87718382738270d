"""The HTML report in a real browser: headless Chromium from the system packages, driven by
Playwright (`pip install '.[browser]'`; no `playwright install`, the browser is Debian's).

Skipped, with the reason, where either is missing. What a static parse cannot show is checked
here: the page runs without console errors or requests, the heat map has a row per plan, the
CSS-only filter hides what it should, PL204 is folded, and the page renders at two widths."""
from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from planlint.cli.app import main

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PLANLINT_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright not installed (pip install '.[browser]')")
pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                                reason=f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)")

VISIBLE = "els => els.filter(e => e.checkVisibility()).length"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, dict]:
    """The HTML and JSON reports of the examples (Word file included)."""
    d = tmp_path_factory.mktemp("html")
    html, js = d / "report.html", d / "report.json"
    assert main([str(ROOT / "examples"), "--isolated", "--format", "html", "-o", str(html)]) == 1
    assert main([str(ROOT / "examples"), "--isolated", "--format", "json", "-o", str(js)]) == 1
    return html, json.loads(js.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, report):
    """The report opened; console errors, page errors and requests are recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems, pg.requests = [], []
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.goto(report[0].as_uri())
    yield pg
    context.close()


def test_the_page_loads_without_errors_or_fetches(page, report):
    assert page.problems == []
    assert page.requests == [report[0].as_uri()]     # self-contained: nothing fetched but itself
    assert page.locator("h2").first.is_visible()


def test_the_matrix_has_one_row_per_plan(page, report):
    rows = page.locator("table.heat tbody tr")
    assert rows.count() == len(report[1]["files"])
    first = rows.first.locator("th a")
    target = first.get_attribute("href")
    first.click()                                     # a row links to that plan's findings
    assert page.evaluate("location.hash") == target
    assert page.locator(f"section{target} h2").is_visible()


def test_the_severity_filter_hides_the_unchecked_severity(page, report):
    infos = [d for d in report[1]["diagnostics"] if d["severity"] == "info" and d["code"] != "PL204"]
    errors = [d for d in report[1]["diagnostics"] if d["severity"] == "error"]
    assert infos and errors
    assert page.locator(".finding.info").evaluate_all(VISIBLE) == len(infos)
    page.uncheck("#sev-info")
    assert page.locator(".finding.info").evaluate_all(VISIBLE) == 0
    assert page.locator(".finding.error").evaluate_all(VISIBLE) == len(errors)


def test_the_code_filter_shows_only_that_code(page, report):
    pl102 = [d for d in report[1]["diagnostics"] if d["code"] == "PL102"]
    assert pl102
    page.check("#code-PL102")
    assert page.locator(".finding").evaluate_all(VISIBLE) == len(pl102)
    page.check("#code-all")
    assert page.locator('.finding[data-code="PL101"]').evaluate_all(VISIBLE) > 0


def test_pl204_is_folded_until_opened(page, report):
    pl204 = page.locator('.finding[data-code="PL204"]')
    assert pl204.count() == sum(d["code"] == "PL204" for d in report[1]["diagnostics"]) > 0
    assert pl204.evaluate_all(VISIBLE) == 0
    summary = page.locator("details > summary").first
    summary.click()
    opened = page.locator("details[open] .finding[data-code=\"PL204\"]")
    assert opened.count() > 0 and opened.evaluate_all(VISIBLE) == opened.count()


@pytest.mark.parametrize("width", [1280, 480])
def test_a_screenshot_at_two_widths(browser, report, tmp_path, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    pg = context.new_page()
    pg.goto(report[0].as_uri())
    shot = tmp_path / f"overview-{width}.png"
    pg.screenshot(path=str(shot))
    overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (width, 800)
    assert overflow <= 0          # the wide matrix scrolls inside itself, not the page


def test_column_headings_fit_their_cells(page):
    """A long item name wraps in its heading rather than running down over the first rows."""
    overflowing = page.evaluate("""() => [...document.querySelectorAll('table.heat thead th')]
        .filter(th => th.scrollHeight > th.clientHeight + 1).map(th => th.textContent)""")
    assert overflowing == []
