"""GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues with
description, check_name, fingerprint, severity and location.path/lines.begin."""
from __future__ import annotations

import hashlib
import json

from planlint.run.report import FileReport
from planlint.reporters.context import RenderContext
from planlint.text.escapes import json_safe
from planlint.reporters.fingerprint import fingerprints
from planlint.reporters.where import bracket

# GitLab's scale is info < minor < major < critical < blocker; an error blocks a plan's approval
# but is not a security incident, so it is "major" (the widget's default for linters).
SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render(reports: list[FileReport], ctx: RenderContext) -> str:
    diags = [d for r in reports for d in r.diagnostics]
    issues = []
    for d0, fp in zip(diags, fingerprints(diags)):
        d = ctx.catalog.localize(d0, ctx.summary(d0.code))
        issues.append({
            "type": "issue",
            "check_name": d.code,
            "description": f"{d.code} {bracket(d, ctx.catalog.lang)}{d.message}",
            "content": {"body": "\n".join(f"{ctx.catalog.t(k)}: {v}" for k, v in
                                          ((d.expected_key, d.expected), ("label.actual", d.actual),
                                           ("label.source", d.source), ("label.rulepack", ctx.pack_of(d)), ("label.hint", d.hint)) if v)},
            "categories": ["Compatibility"] if d.code.startswith(("PL1", "PL2")) else ["Style"],
            # GitLab compares fingerprints as opaque strings; MD5-length hex is what it documents
            "fingerprint": hashlib.md5(fp.encode("ascii")).hexdigest(),
            "severity": SEVERITY[d.severity],
            "location": {"path": d.path.replace("\\", "/"),
                         "lines": {"begin": d.line, "end": d.loc.end_line or d.line}},
        })
    return json_safe(json.dumps(issues, ensure_ascii=False, indent=2)) + "\n"   # a non-UTF-8 name stays valid UTF-8
