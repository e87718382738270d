"""`planlint diff` reports: text, JSON and HTML of what two drafts' findings have become."""
from __future__ import annotations

import html
import json
from typing import Any

from planlint._version import __version__
from planlint.baseline.drafts import DraftDiff
from planlint.diagnostics import Diagnostic
from planlint.reporters.context import RenderContext
from planlint.reporters.json_report import diagnostic_dict

GROUPS = ("new", "fixed", "unchanged")


def _groups(diff: DraftDiff) -> dict[str, list[Diagnostic]]:
    return {"new": diff.new, "fixed": diff.fixed, "unchanged": diff.unchanged}


def render_text(diff: DraftDiff, ctx: RenderContext) -> str:
    cat = ctx.catalog
    lines = [cat.t("diff.header", old=diff.old_path, new=diff.new_path), ""]
    for group, diags in _groups(diff).items():
        if group == "unchanged" and not ctx.verbose:
            continue
        lines.append(cat.t(f"diff.{group}", count=len(diags)))
        for d0 in diags:
            d = cat.localize(d0, ctx.summary(d0.code))
            lines.append(f"  {d.path}:{d.line}:{d.column}: {d.code} {cat.severity(d.severity)} {d.message}")
        lines.append("")
    lines.append(cat.t("diff.summary", new=len(diff.new), fixed=len(diff.fixed), unchanged=len(diff.unchanged)))
    return "\n".join(lines) + "\n"


def render_json(diff: DraftDiff, ctx: RenderContext) -> str:
    doc: dict[str, Any] = {
        "tool": {"name": "planlint", "version": __version__, "rulepack": ctx.pack_name},
        "drafts": {"old": diff.old_path, "new": diff.new_path},
        "summary": {g: len(ds) for g, ds in _groups(diff).items()},
    }
    for group, diags in _groups(diff).items():
        doc[group] = [diagnostic_dict(ctx.catalog.localize(d, ctx.summary(d.code))) for d in diags]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_html(diff: DraftDiff, ctx: RenderContext) -> str:
    cat, e = ctx.catalog, html.escape
    title = cat.t("diff.header", old=diff.old_path, new=diff.new_path)
    out = [f'<!DOCTYPE html>\n<html lang="{"zh-CN" if cat.lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">',
           f"<title>planlint diff</title>\n<style>{_STYLE}</style>\n</head>\n<body>",
           f"<h1>{e(title)}</h1>",
           f'<p class="meta">planlint {e(__version__)} · {e(ctx.pack_name)}</p>',
           f"<p>{e(cat.t('diff.summary', new=len(diff.new), fixed=len(diff.fixed), unchanged=len(diff.unchanged)))}</p>"]
    for group, diags in _groups(diff).items():
        out.append(f'<section class="{group}">\n<h2>{e(cat.t(f"diff.{group}", count=len(diags)))}</h2>')
        for d0 in diags:
            d = cat.localize(d0, ctx.summary(d0.code))
            out.append(f'<div class="finding {d.severity}"><span class="where">{e(d.path)}:{d.line}:{d.column}</span> '
                       f'<b>{e(d.code)}</b> {e(cat.severity(d.severity))}<p>{e(d.message)}</p>')
            facts = [(cat.t(k), v) for k, v in ((d.expected_key, d.expected), ("label.actual", d.actual),
                                                 ("label.source", d.source)) if v]
            if facts:
                out.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts) + "</dl>")
            out.append("</div>")
        out.append("</section>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)


_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:60em;
color:#222;line-height:1.55;padding:0 1em}.meta{color:#666;font-size:.9em}
section{border-top:1px solid #ccc;margin-top:1.5em}h2{font-size:1.1em}
section.new h2{color:#c62828}section.fixed h2{color:#2e7d32}section.unchanged h2{color:#555}
.finding{margin:.8em 0;padding:.4em .8em;border-left:4px solid #999;background:#fafafa}
.finding.error{border-color:#c62828}.finding.warning{border-color:#ef8f00}.finding.info{border-color:#1e88e5}
.where{font-family:monospace;color:#555}dl{display:grid;grid-template-columns:max-content auto;gap:.1em .8em}
dt{color:#666}dd{margin:0}
"""
