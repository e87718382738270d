"""Contract 2: the JSON report."""
from __future__ import annotations

import json
from typing import Any

from planlint._version import __version__
from planlint.diagnostics import Diagnostic
from planlint.run.report import FileReport
from planlint.messages import render as render_text
from planlint.reporters.context import RenderContext
from planlint.text.escapes import json_safe


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    out: dict[str, Any] = {
        "path": d.path, "line": d.line, "column": d.column, "code": d.code, "severity": d.severity,
        "subject": d.subject, "message": d.message, "expected": d.expected, "actual": d.actual,
        "source": d.source,
    }
    if d.subject_en:               # by extension: the item's English name under --lang en
        out["item_name_en"] = d.subject_en
    if d.place:
        out["place"] = d.place
    if d.heading_path:
        out["heading_path"] = list(d.heading_path)
    if d.expected is not None:     # what `expected` is: the national plan's, or the plan's own arithmetic
        out["expected_basis"] = d.expected_basis or "national"
    if d.rulepack:
        out["rulepack"] = d.rulepack
    if d.hint:
        out["hint"] = d.hint
    if d.evidence:
        out["evidence"] = d.evidence
    return out


def finding_dict(d: Diagnostic, ctx: RenderContext) -> dict[str, Any]:
    """A finding as the JSON report and the JSON Lines stream write it: localized, with its
    baseline state when the run has a baseline."""
    out = diagnostic_dict(ctx.catalog.localize(d, ctx.summary(d.code)))
    state = ctx.baseline_state(d)
    if state:
        out["baseline_state"] = state
    return out


def render(reports: list[FileReport], ctx: RenderContext) -> str:
    files = []
    for r in reports:
        meta = r.plan.meta if r.plan else None
        files.append({
            "path": r.path,
            "level": meta.level if meta else None,
            "region": meta.region if meta else None,
            "department": meta.department if meta else None,
            "period": {"start": meta.period_start, "end": meta.period_end}
                      if meta and (meta.period_start or meta.period_end) else None,
            "errors": r.count("error"), "warnings": r.count("warning"), "infos": r.count("info"),
            "inferred": [note.text for note in meta.inferred] if meta else [],   # in Chinese, whatever the language
            # the national items the plan takes up, and where: the evidence no finding carries
            "covered": [{"kind": c.kind, "subject": c.subject, "line": c.line,
                         "evidence": [render_text(e, ctx.catalog.lang) for e in c.evidence]}
                        for c in r.covered],
        })
    diagnostics = [finding_dict(d, ctx) for r in reports for d in r.diagnostics]
    doc: dict[str, Any] = {
        "tool": {"name": "planlint", "version": __version__, "rulepack": ctx.pack_name,
                 "rulepacks": list(ctx.pack_names) or [name for name in ctx.pack_name.split(",") if name]},
        "files": files,
        "diagnostics": diagnostics,
    }
    if ctx.baseline is not None:
        doc["baseline"] = {
            "new": ctx.baseline.count("new"), "unchanged": ctx.baseline.count("unchanged"),
            "absent": [{"path": e.path, "code": e.code, "subject": e.subject, "message": e.message}
                       for e in ctx.baseline.absent],
        }
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"   # a non-UTF-8 name stays valid UTF-8
