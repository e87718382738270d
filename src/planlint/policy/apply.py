"""After the checks, before the reporters: suppressions, waivers, select/ignore and severity
overrides. Checks never see the configuration; reporters never decide anything."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from planlint.policy.config import Settings
from planlint.diagnostics import Diagnostic
from planlint.run.report import FileReport
from planlint.policy.suppressions import Waiver, apply_directives, apply_waivers, scan


def settle(report: FileReport, settings: Settings, waivers: list[Waiver], known: set[str]) -> FileReport:
    diags = list(report.diagnostics)
    if report.source is not None:      # a file that could not be decoded has its PL001 and no comments
        directives, problems = scan(report.path, report.source, known)
        diags = apply_directives(diags, directives, report.path) + problems
    diags = apply_waivers(diags, waivers, Path(report.path))
    report.diagnostics = select(diags, settings)
    return report


def select(diags: list[Diagnostic], settings: Settings) -> list[Diagnostic]:
    out = []
    for d in diags:
        if not settings.enabled(d.code):
            continue
        severity = settings.severity_of(d.code, d.severity)
        out.append(d if severity == d.severity else replace(d, severity=severity))
    out.sort(key=Diagnostic.sort_key)
    return out
