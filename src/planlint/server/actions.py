"""The editor's quick fix: a suppression comment for a finding, with a `-- 原因` placeholder to fill in.

YAML gets `# planlint: disable-next-line=CODE -- 原因` on a line of its own above the finding,
indented like it (a comment alone on its line covers the next line and its block). Markdown gets
`<!-- planlint-disable-next-line CODE -- 原因 -->` above, except on a table row, where a line in
between would split the table: there the comment goes at the end of the row, covering that line.
"""
from __future__ import annotations

from dataclasses import dataclass

from planlint.server.positions import units

REASON = "原因"


@dataclass(frozen=True)
class Insertion:
    line: int          # 0-based
    character: int     # in the client's position encoding
    text: str


def suppression(lines: list[str], line: int, code: str, markdown: bool, encoding: str) -> Insertion:
    """Where and what to insert to suppress `code` on 0-based `line`."""
    row = min(max(line, 0), max(len(lines) - 1, 0))
    current = lines[row] if lines else ""
    indent = current[:len(current) - len(current.lstrip())]
    if not markdown:
        return Insertion(row, 0, f"{indent}# planlint: disable-next-line={code} -- {REASON}\n")
    if current.lstrip().startswith("|"):
        return Insertion(row, units(current.rstrip(), encoding), f" <!-- planlint-disable {code} -- {REASON} -->")
    return Insertion(row, 0, f"{indent}<!-- planlint-disable-next-line {code} -- {REASON} -->\n")
