"""After the checks, before the reporters: suppressions, waivers, select/ignore and severity
overrides. Checks never see the configuration; reporters never decide anything."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from planlint.diagnostics import Diagnostic
from planlint.policy.config import Settings
from planlint.policy.suppressions import Waiver, apply_directives, apply_waivers, scan
from planlint.readers.source import SourceText


def settle(path: str, diagnostics: list[Diagnostic], source: Optional[SourceText], settings: Settings,
           waivers: list[Waiver], known: set[str]) -> list[Diagnostic]:
    """One file's findings as reported: its own comments (`source`; None for a file that could not
    be decoded, which has its PL001 and no comments), the waivers, then select/ignore/severity."""
    diags = list(diagnostics)
    if source is not None:
        directives, problems = scan(path, source, known)
        diags = apply_directives(diags, directives, path) + problems
    diags = apply_waivers(diags, waivers, Path(path))
    return select(diags, settings)


def select(diags: list[Diagnostic], settings: Settings) -> list[Diagnostic]:
    out = []
    for d in diags:
        if not settings.enabled(d.code):
            continue
        severity = settings.severity_of(d.code, d.severity)
        out.append(d if severity == d.severity else replace(d, severity=severity))
    out.sort(key=Diagnostic.sort_key)
    return out
