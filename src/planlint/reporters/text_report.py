"""The report for people: grouped by file, each finding located and explained in Chinese."""
from __future__ import annotations

import io
import os
from typing import Optional, TextIO

from planlint.engine import FileReport

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_WORD = {"error": "错误", "warning": "警告", "info": "提示"}
_LEVEL = {"national": "国家", "province": "省级", "city": "市级", "county": "县级", "ministry": "部门"}


def render(reports: list[FileReport], stream: TextIO, color: Optional[bool] = None, verbose: bool = False) -> None:
    from rich.console import Console
    from rich.markup import escape

    if color is None:
        color = stream.isatty() and "NO_COLOR" not in os.environ
    console = Console(file=stream, force_terminal=color, no_color=not color, highlight=False,
                      soft_wrap=True, emoji=False)
    totals = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        for d in r.diagnostics:
            totals[d.severity] += 1
        if not r.diagnostics and not verbose:
            continue
        console.print(f"[bold]{escape(r.path)}[/bold]{escape(_describe_plan(r))}")
        for line in (r.plan.meta.inferred if r.plan else []):
            console.print(f"  [dim]推断：{escape(line)}[/dim]")
        for d in r.diagnostics:
            style = _STYLE[d.severity]
            console.print(f"  {escape(d.path)}:{d.line}:{d.column}: [{style}]{d.code} {_WORD[d.severity]}[/{style}] "
                          f"{escape(d.message)}")
            if d.expected:
                console.print(f"      国家要求：{escape(d.expected)}")
            if d.actual:
                console.print(f"      规划现状：{escape(d.actual)}")
            if d.source:
                console.print(f"      依据：{escape(d.source)}")
            if d.hint:
                console.print(f"      [dim]说明：{escape(d.hint)}[/dim]")
            if verbose:
                for ev in d.evidence:
                    console.print(f"      [dim]证据：{escape(ev)}[/dim]")
        console.print("")
    n = len(reports)
    summary = (f"检查了{n}个文件：{totals['error']}个错误，{totals['warning']}个警告，{totals['info']}个提示")
    style = "bold red" if totals["error"] else ("yellow" if totals["warning"] else "green")
    console.print(f"[{style}]{summary}[/{style}]")


def _describe_plan(r: FileReport) -> str:
    if r.plan is None:
        return ""
    m = r.plan.meta
    parts = [p for p in (_LEVEL.get(m.level or "", ""), m.region or m.department or "") if p]
    return f"（{'，'.join(parts)}）" if parts else ""


def render_to_string(reports: list[FileReport]) -> str:
    buf = io.StringIO()
    render(reports, buf, color=False)
    return buf.getvalue()
