"""The report for people: grouped by file, each finding located and explained in Chinese.

The report is built once as lines of (text, style) segments. On a terminal rich renders the
styles; into a pipe, a file or with NO_COLOR the same lines are written as plain text (and
rich is not even imported: pre-commit and CI runs are never terminals).
"""
from __future__ import annotations

import os
from typing import Optional, TextIO

from planlint.engine import FileReport

Segment = tuple[str, str]          # (text, rich style; "" for none)
Line = list[Segment]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_WORD = {"error": "错误", "warning": "警告", "info": "提示"}
_LEVEL = {"national": "国家", "province": "省级", "city": "市级", "county": "县级", "ministry": "部门"}


def build_lines(reports: list[FileReport], verbose: bool = False) -> list[Line]:
    lines: list[Line] = []
    totals = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        for d in r.diagnostics:
            totals[d.severity] += 1
        if not r.diagnostics and not verbose:
            continue
        lines.append([(r.path, "bold"), (_describe_plan(r), "")])
        for note in (r.plan.meta.inferred if r.plan else []):
            lines.append([(f"  推断：{note}", "dim")])
        for d in r.diagnostics:
            style = _STYLE[d.severity]
            lines.append([(f"  {d.path}:{d.line}:{d.column}: ", ""), (f"{d.code} {_WORD[d.severity]}", style),
                          (f" {d.message}", "")])
            for label, value in (("国家要求", d.expected), ("规划现状", d.actual), ("依据", d.source)):
                if value:
                    lines.append([(f"      {label}：{value}", "")])
            if d.hint:
                lines.append([(f"      说明：{d.hint}", "dim")])
            if verbose:
                lines.extend([[(f"      证据：{ev}", "dim")] for ev in d.evidence])
        lines.append([])
    summary = f"检查了{len(reports)}个文件：{totals['error']}个错误，{totals['warning']}个警告，{totals['info']}个提示"
    style = "bold red" if totals["error"] else ("yellow" if totals["warning"] else "green")
    lines.append([(summary, style)])
    return lines


def render(reports: list[FileReport], stream: TextIO, color: Optional[bool] = None, verbose: bool = False) -> None:
    if color is None:
        color = stream.isatty() and "NO_COLOR" not in os.environ
    lines = build_lines(reports, verbose)
    if not color:
        stream.write("".join("".join(text for text, _ in line) + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, force_terminal=True, highlight=False, soft_wrap=True, emoji=False)
    for line in lines:
        text = Text()
        for segment, style in line:
            text.append(segment, style=style or None)
        console.print(text)


def _describe_plan(r: FileReport) -> str:
    if r.plan is None:
        return ""
    m = r.plan.meta
    parts = [p for p in (_LEVEL.get(m.level or "", ""), m.region or m.department or "") if p]
    return f"（{'，'.join(parts)}）" if parts else ""
