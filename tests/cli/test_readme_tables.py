"""The README's tables are whole: a row cut off from its table by a paragraph renders as text
(the options table was split by the paragraph on unknown codes)."""
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def table_starts_without_header(lines: list[str]) -> list[int]:
    """Line numbers of table rows that begin a table without a header and `| --- |` line."""
    bad, fenced = [], False
    for i, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        if fenced or not line.startswith("|") or (i and lines[i - 1].startswith("|")):
            continue
        if i + 1 >= len(lines) or not re.match(r"^\|\s*:?-{3,}", lines[i + 1]):
            bad.append(i + 1)
    return bad


def test_every_readme_table_starts_with_its_header():
    assert table_starts_without_header(README.read_text(encoding="utf-8").splitlines()) == []


def test_a_split_table_is_found():
    lines = ["| a | b |", "| --- | --- |", "| 1 | 2 |", "", "text", "| 3 | 4 |"]
    assert table_starts_without_header(lines) == [6]
