"""SARIF 2.1.0, as GitHub code scanning takes it (upload-sarif).

Rules carry short/full descriptions and help; results carry level, a region with start and end
line/column, and `partialFingerprints` built from file + code + national item (see
fingerprint.py), so a finding keeps its identity when lines above it move.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planlint._version import __version__
from planlint.checks.base import Rule
from planlint.run.report import FileReport
from planlint.reporters.context import RenderContext
from planlint.text.escapes import json_safe
from planlint.reporters.fingerprint import fingerprints
from planlint.reporters.where import bracket
from planlint.readers.heading_paths import joined

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/planlint/"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    p = Path(path)
    return p.resolve().as_uri() if p.is_absolute() else p.as_posix()


def _rule(rule: Rule, ctx: RenderContext) -> dict[str, Any]:
    """A rule as code scanning shows it: the one-line summary, the registry's explanation (what
    `planlint rule CODE` says) and, for a rule resting on national items, where they come from."""
    summary = rule.summary_in(ctx.catalog.lang)
    full = rule.explanation_in(ctx.catalog.lang) or summary
    command = f"planlint rule {rule.code}"
    basis = _basis(rule, ctx) or command
    help_text = f"{summary}\n\n{full}\n\n{basis}"
    help_md = f"**{rule.code}** {summary}\n\n{full}\n\n{basis.replace(command, f'`{command}`')}"
    return {
        "id": rule.code,
        "name": "".join(w.capitalize() for w in rule.name.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"tags": ["planlint", rule.name]},
    }


def _basis(rule: Rule, ctx: RenderContext) -> str:
    """The line naming the national items a rule rests on, with the command that quotes them."""
    if rule.derives_from is None:
        return ""
    kind = ctx.catalog.t(f"explain.kind.{rule.derives_from.kind}")
    return ctx.catalog.t("sarif.basis", kind=kind, pack=ctx.pack_name, code=rule.code)


def render(reports: list[FileReport], ctx: RenderContext) -> str:
    rules = ctx.rules      # the registry's, in code order
    index = {r.code: i for i, r in enumerate(rules)}
    diags = [d for r in reports for d in r.diagnostics]
    results = []
    for d0, fp in zip(diags, fingerprints(diags)):
        d = ctx.catalog.localize(d0, ctx.summary(d0.code))
        # a Word/PDF finding names its paragraph, cell or page line: the line number alone is an ordinal
        text = bracket(d, ctx.catalog.lang) + d.message
        extra = [f"{ctx.catalog.t(k)}: {v}" for k, v in ((d.expected_key, d.expected),
                                                        ("label.actual", d.actual),
                                                        ("label.source", d.source),
                                                        ("label.rulepack", ctx.pack_of(d))) if v]
        if extra:
            text += "\n" + "\n".join(extra)
        start_line, start_col = max(d.loc.line, 1), max(d.loc.column, 1)
        end_line = d.loc.end_line if d.loc.end_line and d.loc.end_line >= start_line else start_line
        end_col = d.loc.end_column if d.loc.end_column and (end_line > start_line or d.loc.end_column > start_col) \
            else start_col + 1
        result: dict[str, Any] = {
            "ruleId": d.code,
            "level": LEVEL[d.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(d.path)},
                "region": {"startLine": start_line, "startColumn": start_col,
                           "endLine": end_line, "endColumn": end_col},
            }}],
            "partialFingerprints": {"planlintIdentity/v1": fp},
            "properties": {k: v for k, v in (("subject", d0.subject), ("item_name_en", d.subject_en),
                                             ("expected", d0.expected),
                                             ("actual", d0.actual), ("source", d0.source),
                                             ("place", d.place), ("heading_path", list(d.heading_path))) if v},
        }
        if d.heading_path:     # the section, as SARIF names a place that is not a line: a logical location
            result["locations"][0]["logicalLocations"] = [
                {"name": d.heading_path[-1], "fullyQualifiedName": joined(d.heading_path)}]
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        state = ctx.baseline_state(d0)
        if state:
            result["baselineState"] = state
        results.append(result)
    if ctx.baseline is not None:      # fixed since the baseline: SARIF's "absent" results
        for e in ctx.baseline.absent:
            absent: dict[str, Any] = {
                "ruleId": e.code, "kind": "pass", "level": "none", "baselineState": "absent",
                "message": {"text": e.message or e.code},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": Path(e.path).as_posix()}}}],
                "partialFingerprints": {"planlintIdentity/v1": e.fingerprint},
            }
            if e.code in index:
                absent["ruleIndex"] = index[e.code]
            results.append(absent)
    doc = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "planlint", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFORMATION_URI, "rules": [_rule(r, ctx) for r in rules]}},
            "results": results,
            "columnKind": "unicodeCodePoints",
            "properties": {"rulepack": ctx.pack_name},
        }],
    }
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"   # a non-UTF-8 name stays valid UTF-8
