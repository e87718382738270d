"""Lint an open document as `planlint --stdin-filename PATH -` would, and shape its findings for LSP.

The text comes from the editor (unsaved edits included); the path only decides the reader
(.md or .yaml) and where configuration and waivers are looked up from.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from planlint.diagnostics import Diagnostic
from planlint.messages import carried, render
from planlint.run.options import LintOptions
from planlint.server.positions import UTF16, lsp_position

PLAN_SUFFIXES = (".yaml", ".yml", ".md")
SEVERITY = {"error": 1, "warning": 2, "info": 3}      # LSP DiagnosticSeverity


@dataclass(frozen=True)
class EditorFinding:
    """One LSP diagnostic, as plain values (app.py turns it into an lsprotocol object)."""

    start: tuple[int, int]
    end: tuple[int, int]
    severity: int
    code: str
    message: str


def is_plan(path: str) -> bool:
    return path.lower().endswith(PLAN_SUFFIXES)


def lint_text(path: str, text: str, lang: str = "zh") -> tuple[list[Diagnostic], list[str]]:
    """The document's findings (localized) and the problems that kept it from being linted
    (a broken configuration or rule pack, a document over the size limit), one line each."""
    from planlint.run.errors import RunError
    from planlint.run.files import STDIN
    from planlint.run.session import LintSession

    data = text.encode("utf-8", "surrogatepass")
    session = LintSession(LintOptions(stdin_filename=path, lang=lang, keep_covered=False), stdin=lambda limit: data[:limit])
    try:
        files, problems = session.collect([STDIN])
        result = session.lint(files, problems)
    except RunError as err:      # said in the editor's language, as the findings are
        return [], [render(carried(err), lang) or ""]
    ctx = result.render_context()
    cat = ctx.catalog
    return ([cat.localize(d, ctx.summary(d.code)) for r in result.reports for d in r.diagnostics],
            [render(line, lang) or "" for line in result.problems])


def editor_findings(diags: list[Diagnostic], text: str, encoding: str = UTF16) -> list[EditorFinding]:
    lines = text.splitlines() or [""]
    out = []
    for d in diags:
        start = lsp_position(lines, d.loc.line, d.loc.column, encoding)
        end_line = d.loc.end_line or d.loc.line
        end_col = d.loc.end_column if d.loc.end_column and (end_line, d.loc.end_column) > (d.loc.line, d.loc.column) \
            else None
        if end_col is None:         # no extent: to the end of the line, so the squiggle is visible
            end = (start[0], lsp_position(lines, d.loc.line, 10**9, encoding)[1])
            end = end if end[1] > start[1] else start
        else:
            end = lsp_position(lines, end_line, end_col, encoding)
        message = str(d.message)
        if d.hint:
            message += f"\n{d.hint}"
        out.append(EditorFinding(start, end, SEVERITY[d.severity], d.code, message))
    return out
