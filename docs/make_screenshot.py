"""Make docs/overview.png, the README's picture of the HTML report's overview.

    python docs/make_screenshot.py          # needs '.[browser]' and /usr/bin/chromium

Lints the examples to an HTML report and photographs its top at 1280×900 in headless Chromium.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from planlint.cli.app import main

ROOT = Path(__file__).resolve().parents[1]


def run() -> int:
    os.chdir(ROOT)          # the picture shows the paths as a reviewer at the repository root types them
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "review.html"
        main(["examples", "--isolated", "--format", "html", "-o", str(page_file)])
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--headless", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(page_file.as_uri())
            page.locator("table.heat").scroll_into_view_if_needed()
            page.screenshot(path=str(ROOT / "docs" / "overview.png"))
            browser.close()
    print("docs/overview.png")
    return 0


if __name__ == "__main__":
    sys.exit(run())
