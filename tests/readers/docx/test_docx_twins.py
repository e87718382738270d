"""A Word plan gives the same findings as its Markdown twin, however its headings are made."""
from __future__ import annotations

from pathlib import Path

import pytest

from docx_builder import from_markdown

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "markdown"
TWINS = sorted(EXAMPLES.glob("*.md"))


def _found(report) -> set[tuple[str, str]]:
    return {(d.code, d.subject) for d in report.diagnostics if d.code != "PL003"}


# the Markdown examples written with pipe tables (a pasted flat table is no Word layout)
@pytest.mark.parametrize("md", [p for p in TWINS if "| --- |" in p.read_text(encoding="utf-8")], ids=lambda p: p.stem)
@pytest.mark.parametrize("style", ["styles", "typed", "autonum"])
def test_docx_gives_the_findings_of_its_markdown(linter, md, style):
    text = md.read_text(encoding="utf-8")
    twin = linter.lint_bytes(md.name, text.encode("utf-8"))
    word = linter.lint_bytes(md.stem + ".docx", from_markdown(text, style))
    assert word.plan is not None and word.plan.format == "docx"
    assert _found(twin), "the twin must have findings for the comparison to mean something"
    assert _found(word) == _found(twin)
    # every finding names a paragraph or a table cell
    assert all(d.place for d in word.diagnostics)
