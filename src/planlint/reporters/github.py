"""GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` per finding,
shown as annotations on the pull request's diff."""
from __future__ import annotations

from planlint.run.report import FileReport
from planlint.reporters.context import RenderContext
from planlint.reporters.where import bracket
from planlint.text.escapes import visible

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(reports: list[FileReport], ctx: RenderContext) -> str:
    out = []
    for r in reports:
        for d0 in r.diagnostics:
            d = ctx.catalog.localize(d0, ctx.summary(d0.code))
            props = [f"file={_escape_property(d.path)}", f"line={d.line}", f"col={d.column}"]
            if d.loc.end_line:
                props.append(f"endLine={d.loc.end_line}")
            if d.loc.end_column and (d.loc.end_line or d.line) == d.line:
                props.append(f"endColumn={d.loc.end_column}")
            title = f"{d.code} {ctx.catalog.name(d.subject)}" if d.subject else d.code
            props.append(f"title={_escape_property(title)}")
            body = bracket(d, ctx.catalog.lang) + d.message
            if d.expected:
                body += f"\n{ctx.catalog.t(d.expected_key)}: {d.expected}"
            if d.source:
                body += f"\n{ctx.catalog.t('label.source')}: {d.source}"
            out.append(f"::{COMMAND[d.severity]} {','.join(props)}::{_escape_data(body)}\n")
    return visible("".join(out), keep="\n")   # an ESC or U+202E must not reach the log raw
