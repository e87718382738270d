"""The report for people: grouped by file, each finding located and explained in Chinese.

The report is built once as lines of (text, style) segments. On a terminal rich renders the
styles; into a pipe, a file or with NO_COLOR the same lines are written as plain text (and
rich is not even imported: pre-commit and CI runs are never terminals).
"""
from __future__ import annotations

import os
from typing import Optional, TextIO

from planlint.run.report import FileReport
from planlint.model import LEVELS
from planlint.messages import render as render_text
from planlint.reporters.context import RenderContext
from planlint.reporters.where import bracket
from planlint.text.escapes import visible

Segment = tuple[str, str]          # (text, rich style; "" for none)
Line = list[Segment]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def build_lines(reports: list[FileReport], ctx: RenderContext) -> list[Line]:
    lines: list[Line] = []
    totals = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        lines += file_lines(r, ctx, totals)
    return lines + summary_lines(len(reports), totals, ctx)


def file_lines(r: FileReport, ctx: RenderContext, totals: dict[str, int]) -> list[Line]:
    """One file's block (none for a clean file unless verbose); its counts are added to `totals`."""
    cat, verbose = ctx.catalog, ctx.verbose
    if ctx.show_source:
        from planlint.reporters.excerpt import excerpt
    lines: list[Line] = []
    for d in r.diagnostics:
        totals[d.severity] += 1
    if not r.diagnostics and not verbose:
        return lines
    counts = {s: r.count(s) for s in ("error", "warning", "info")}
    count_style = "red" if counts["error"] else ("yellow" if counts["warning"] else "green")
    lines.append([(r.path, "bold"), (_describe_plan(r, ctx), ""),
                  (f" — {cat.t('file.counts', **counts)}", count_style)])
    for note in (r.plan.meta.inferred if r.plan else []):
        lines.append([(f"  {cat.t('label.inferred')}{_colon(ctx)}{cat.note(note)}", "dim")])
    for d0 in r.diagnostics:
        d = cat.localize(d0, ctx.summary(d0.code))
        style = _STYLE[d.severity]
        where = f"{d.path}:{d.line}:{d.column}: " + bracket(d, cat.lang)
        known = ctx.baseline_state(d0) == "unchanged"
        lines.append([(f"  {where}", ""), (f"{d.code} {cat.severity(d.severity)}", style),
                      (f" {d.message}", "")] + ([(f" {cat.t('baseline.known')}", "dim")] if known else []))
        source_line = r.source_line(d.line) if ctx.show_source else None
        if source_line is not None:
            for text in excerpt(source_line, d.line, d.column):
                lines.append([(f"      {text}", "dim")])
        for key, value in ((d.expected_key, d.expected), ("label.actual", d.actual), ("label.source", d.source),
                           ("label.rulepack", ctx.pack_of(d))):
            if value:
                lines.append([(f"      {cat.t(key)}{_colon(ctx)}{value}", "")])
        if d.hint:
            lines.append([(f"      {cat.t('label.hint')}{_colon(ctx)}{d.hint}", "dim")])
        if verbose:
            lines.extend([[(f"      {cat.t('label.evidence')}{_colon(ctx)}{ev}", "dim")] for ev in d.evidence])
    if verbose:      # what the plan covers, and where: no finding carries this evidence
        for c in r.covered:
            zh = ctx.catalog.lang == "zh"
            name = c.subject if zh else f"“{cat.name(c.subject)}”"    # as the national plan writes it
            lines.append([(f"  {r.path}:{c.line}: {cat.t('label.covered')}{_colon(ctx)}{name}", "green"),
                          (f"（{'；'.join(c.evidence)}）" if zh else
                           f" ({'; '.join(render_text(e, ctx.catalog.lang) or '' for e in c.evidence)})", "dim")])
    lines.append([])
    return lines


def summary_lines(n_files: int, totals: dict[str, int], ctx: RenderContext) -> list[Line]:
    cat = ctx.catalog
    summary = cat.t("summary", files=n_files, **totals)
    style = "bold red" if totals["error"] else ("yellow" if totals["warning"] else "green")
    lines: list[Line] = [[(summary, style)]]
    if ctx.baseline is not None:
        b = ctx.baseline
        lines.append([(cat.t("baseline.summary", new=b.count("new"), unchanged=b.count("unchanged"),
                             absent=b.count("absent")), "bold" if b.count("new") else "green")])
    return lines


def render(reports: list[FileReport], stream: TextIO, ctx: RenderContext, color: Optional[bool] = None) -> None:
    if color is None:
        color = stream.isatty() and "NO_COLOR" not in os.environ
    lines = build_lines(reports, ctx)
    write_lines(lines, stream, color)


def write_lines(lines: list[Line], stream: TextIO, color: bool) -> None:
    if not color:
        stream.write(plain_text(lines))
        return
    # a value's control characters are escaped before any colour of ours is added
    lines = [[(visible(text, keep="\t"), style) for text, style in line] for line in lines]
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, force_terminal=True, highlight=False, soft_wrap=True, emoji=False)
    for line in lines:
        text = Text()
        for segment, style in line:
            text.append(segment, style=style or None)
        console.print(text)


def plain_text(lines: list[Line]) -> str:
    """The lines as uncoloured text, each ending in a newline, a value's control characters
    escaped. Escaping maps each character alone, so the whole text is escaped in one pass
    (keeping the newlines that end the lines) unless a line holds a newline of its own, which
    must show as an escape: then line by line."""
    texts = ["".join(text for text, _ in line) for line in lines]
    if not texts:
        return ""
    body = "\n".join(texts) + "\n"
    if body.count("\n") == len(texts):
        return visible(body, keep="\t\n")
    return "".join(visible(text, keep="\t") + "\n" for text in texts)


def _colon(ctx: RenderContext) -> str:
    return "：" if ctx.catalog.lang == "zh" else ": "


def _describe_plan(r: FileReport, ctx: RenderContext) -> str:
    if r.plan is None:
        return ""
    m = r.plan.meta
    # a level the schema refuses (level: 省级, a PL002 finding) is shown as written
    level = (ctx.catalog.t(f"level.{m.level}") if m.level in LEVELS else m.level) if m.level else ""
    place = m.region or (ctx.catalog.name(m.department) if m.department else "")   # a ministry in English too
    parts = [p for p in (level, place) if p]
    if m.period_start and m.period_end:
        parts.append(ctx.catalog.t("period", start=m.period_start, end=m.period_end))
    if not parts:
        return ""
    return f"（{'，'.join(parts)}）" if ctx.catalog.lang == "zh" else f" ({', '.join(parts)})"
