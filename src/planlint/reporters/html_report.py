"""A report a reviewer opens in a browser (`--format html`): one self-contained page.

Grouped by file like the text report, each finding with its place, what the national plan
asks, what the plan has, the source line with the column marked, and the citation. No script,
no external style or font: the page works from an e-mail attachment or a CI artifact. All
text from plans and packs is escaped.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Optional

from planlint._version import __version__
from planlint.run.report import FileReport
from planlint.model import LEVELS
from planlint.reporters.context import RenderContext
from planlint.reporters.where import bracket
from planlint.text.escapes import visible

if TYPE_CHECKING:
    from planlint.overview import Overview

FOLDED = ("PL204",)   # project infos, a third of a city plan's findings: folded so the rest stays visible

_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:60em;
color:#222;line-height:1.55;padding:0 1em}
h1{font-size:1.4em;margin-bottom:.2em}.meta{color:#666;font-size:.9em}
.totals span{display:inline-block;margin-right:1em}
section.file{border-top:1px solid #ccc;margin-top:1.5em}
h2{font-size:1.1em;word-break:break-all}.plan{color:#555;font-weight:normal}
.inferred{color:#777;font-size:.9em;margin:.2em 0}
.finding{margin:.9em 0;padding:.5em .8em;border-left:4px solid #999;background:#fafafa}
.finding.error{border-color:#c62828}.finding.warning{border-color:#ef8f00}.finding.info{border-color:#1e88e5}
.where{font-family:monospace;color:#555}.code{font-weight:bold}
.sev{display:inline-block;padding:0 .4em;border-radius:3px;color:#fff;font-size:.85em}
.sev.error{background:#c62828}.sev.warning{background:#ef8f00}.sev.info{background:#1e88e5}
.msg{margin:.3em 0}dl{margin:.3em 0;display:grid;grid-template-columns:max-content auto;gap:.1em .8em}
dt{color:#666}dd{margin:0}
pre{background:#fff;border:1px solid #e0e0e0;padding:.3em .6em;overflow-x:auto;margin:.4em 0}
mark{background:#ffe082}.known{color:#777;font-size:.85em}
"""


def render(reports: list[FileReport], ctx: RenderContext, overview: Optional["Overview"] = None) -> str:
    """The page; with an overview (planlint.overview) it opens on the plan × item matrix."""
    cat = ctx.catalog
    totals = {s: sum(r.count(s) for r in reports) for s in ("error", "warning", "info")}
    out = [f'<!DOCTYPE html>\n<html lang="{"zh-CN" if cat.lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">',
           f"<title>planlint {_e(cat.t('summary', files=len(reports), **totals))}</title>",
           f"<style>{_STYLE}{_overview_style(overview)}</style>\n</head>\n<body>",
           "<h1>planlint</h1>",
           f'<p class="meta">planlint {_e(__version__)} · {_e(ctx.pack_name)}</p>',
           '<p class="totals">' + "".join(
               f'<span><span class="sev {s}">{_e(cat.severity(s))}</span> {totals[s]}</span>' for s in totals)
           + f"</p>\n<p>{_e(cat.t('summary', files=len(reports), **totals))}</p>"]
    if ctx.baseline is not None:
        b = ctx.baseline
        out.append(f"<p>{_e(cat.t('baseline.summary', new=b.count('new'), unchanged=b.count('unchanged'), absent=b.count('absent')))}</p>")
    if overview is not None:
        from planlint.reporters.overview.html_overview import render_filter, render_section
        out.append(render_section(overview, reports, cat.lang, cat.severity))
        out.append(render_filter(reports, cat.lang, cat.severity))
        out.append("<main>")
    for index, r in enumerate(reports):
        if not r.diagnostics and not ctx.verbose:
            continue
        counts = cat.t("file.counts", **{s: r.count(s) for s in ("error", "warning", "info")})
        out.append(f'<section class="file" id="plan-{index + 1}">\n<h2>{_e(r.path)} <span class="plan">'
                   f'{_e(_describe(r, ctx))}</span> <small>{_e(counts)}</small></h2>')
        folded = [d for d in r.diagnostics if d.code in FOLDED and d.severity == "info"]
        for note in (r.plan.meta.inferred if r.plan else []):
            out.append(f'<p class="inferred">{_e(cat.t("label.inferred"))}: {_e(cat.note(note))}</p>')
        shown = [d for d in r.diagnostics if not any(d is f for f in folded)]
        for group, d0 in [(False, d) for d in shown] + [(True, d) for d in folded]:
            if group and d0 is folded[0]:
                out.append(f"<details><summary>{_e(d0.code)} × {len(folded)}</summary>")
            d = cat.localize(d0, ctx.summary(d0.code))
            out.append(f'<div class="finding {d.severity}" data-sev="{d.severity}" data-code="{_e(d.code)}">')
            where = f"{d.path}:{d.line}:{d.column}" + bracket(d, cat.lang, before=" ", after="")
            out.append(f'<div><span class="where">{_e(where)}</span> '
                       f'<span class="code">{_e(d.code)}</span> <span class="sev {d.severity}">'
                       f'{_e(cat.severity(d.severity))}</span>'
                       + (f' <span class="known">{_e(cat.t("baseline.known"))}</span>'
                          if ctx.baseline_state(d0) == "unchanged" else "") + '</div>')
            out.append(f'<p class="msg">{_e(d.message)}</p>')
            source_line = r.source_line(d.line)
            if source_line is not None:
                out.append(_source(source_line, d.line, d.column))
            rows = [(cat.t(k), v) for k, v in ((d.expected_key, d.expected), ("label.actual", d.actual),
                                               ("label.source", d.source), ("label.rulepack", ctx.pack_of(d)), ("label.hint", d.hint)) if v]
            rows += [(cat.t("label.evidence"), ev) for ev in d.evidence]
            if rows:
                out.append("<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows) + "</dl>")
            out.append("</div>")
        if folded:
            out.append("</details>")
        out.append("</section>")
    if overview is not None:
        out.append("</main>")
    out.append("</body>\n</html>\n")
    return visible("\n".join(out))   # a value's ESC or U+202E is shown, never obeyed


def _overview_style(overview: Optional["Overview"]) -> str:
    if overview is None:
        return ""
    from planlint.reporters.overview.html_overview import STYLE
    return STYLE


_STOPS = frozenset(" \u3000,，;；:：、。)）]】}\"'“”|#")


def _source(text: str, line: int, column: int) -> str:
    """The line with the value or name at the column marked (up to the next space or separator,
    so `≥88` is marked whole, not its first character); long lines cut around it."""
    text = text.replace("\t", "    ").rstrip()
    col = max(1, min(column, len(text) + 1)) - 1
    stop = col + 1
    while stop < len(text) and stop - col < 80 and text[stop] not in _STOPS:
        stop += 1
    start, end = max(0, col - 60), min(len(text), max(stop, col + 60))
    before, at, after = text[start:col], text[col:stop], text[stop:end]
    return (f"<pre>{line} | {'…' if start else ''}{_e(before)}<mark>{_e(at) or ' '}</mark>{_e(after)}"
            f"{'…' if end < len(text) else ''}</pre>")


def _describe(r: FileReport, ctx: RenderContext) -> str:
    if r.plan is None:
        return ""
    m = r.plan.meta
    level = (ctx.catalog.t(f"level.{m.level}") if m.level in LEVELS else m.level) if m.level else ""
    period = f"{m.period_start}–{m.period_end}" if m.period_start and m.period_end else ""
    return " · ".join(p for p in (level, m.region or m.department or "", period) if p)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
