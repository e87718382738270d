"""After the checks, before the reporters: suppressions, waivers, select/ignore and severity
overrides. Checks never see the configuration; reporters never decide anything."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from planlint.policy.config import Settings
from planlint.diagnostics import Diagnostic
from planlint.run.engine import FileReport
from planlint.policy.suppressions import Waiver, apply_directives, apply_waivers, scan


def settle(report: FileReport, settings: Settings, waivers: list[Waiver], known: set[str]) -> FileReport:
    diags = list(report.diagnostics)
    text = _text(report.data)
    if text is not None:
        directives, problems = scan(report.path, text, known)
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


def _text(data: Optional[bytes]) -> Optional[str]:
    """The decoded plan, for comments; a file that cannot be decoded already has its PL001."""
    if data is None:
        return None
    from planlint.readers.source import SourceError, decode
    try:
        return decode(data)
    except SourceError:
        return None
