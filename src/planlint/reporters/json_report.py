"""Contract 2: the JSON report."""
from __future__ import annotations

import json
from typing import Any

from planlint._version import __version__
from planlint.diagnostics import Diagnostic
from planlint.run.report import FileReport
from planlint.reporters.context import RenderContext


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    out: dict[str, Any] = {
        "path": d.path, "line": d.line, "column": d.column, "code": d.code, "severity": d.severity,
        "subject": d.subject, "message": d.message, "expected": d.expected, "actual": d.actual,
        "source": d.source,
    }
    if d.rulepack:
        out["rulepack"] = d.rulepack
    if d.hint:
        out["hint"] = d.hint
    if d.evidence:
        out["evidence"] = d.evidence
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
        })
    doc = {
        "tool": {"name": "planlint", "version": __version__, "rulepack": ctx.pack_name},
        "files": files,
        "diagnostics": [diagnostic_dict(ctx.catalog.localize(d, ctx.summary(d.code)))
                        for r in reports for d in r.diagnostics],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
