"""The one list of planlint's codes. Each module below declares its rules (`RULES`) and, if it
is a check, the function that reports them (`CHECK`); every code is declared in exactly one.

`planlint rules`, `planlint rule CODE`, configuration and waiver validation, SARIF and the
README's codes table all read this list. Adding a rule: write its module in checks/ and add
the module here, to the import and to MODULES (the checks run in this order).
"""
from __future__ import annotations

from types import MappingProxyType, ModuleType
from typing import Mapping, Optional

from planlint.checks import (
    action_coverage,
    action_targets,
    department_known,
    indicator_consistency,
    indicator_names,
    indicator_targets,
    indicator_values,
    level_unknown,
    ministry_tasks,
    plan_period,
    project_coverage,
    reader_codes,
    region_known,
    regional_duties,
    required_indicators,
    runner_codes,
    suppression_codes,
    text_vs_table,
    unread_tables,
)
from planlint.checks.base import Check, Rule

MODULES: tuple[ModuleType, ...] = (
    reader_codes,            # PL001 PL002, reported by the readers
    level_unknown,           # PL003
    plan_period,             # PL004
    region_known,            # PL005
    department_known,        # PL006
    unread_tables,           # PL008
    suppression_codes,       # PL010–PL012, reported by the suppressions and waivers
    required_indicators,     # PL101
    indicator_targets,       # PL102 PL104
    indicator_names,         # PL103
    indicator_values,        # PL105–PL107
    indicator_consistency,   # PL111–PL114
    text_vs_table,           # PL115
    action_coverage,         # PL201 PL202
    action_targets,          # PL203
    project_coverage,        # PL204
    regional_duties,         # PL205
    ministry_tasks,          # PL206
    runner_codes,            # PL900, reported by the runners
)

RULES: tuple[Rule, ...] = tuple(sorted((r for m in MODULES for r in m.RULES), key=lambda r: r.code))
CHECKS: tuple[Check, ...] = tuple(m.CHECK for m in MODULES if hasattr(m, "CHECK"))
BY_CODE: Mapping[str, Rule] = MappingProxyType({r.code: r for r in RULES})


def find_rule(code: str) -> Optional[Rule]:
    return BY_CODE.get(code.upper())


def is_code_or_prefix(text: str) -> bool:
    """True for a code (PL101) or the start of one (PL1, PL10), any case: what select/ignore take."""
    text = text.strip().upper()
    return bool(text) and any(code.startswith(text) for code in BY_CODE)


def suggest_code(text: str) -> Optional[str]:
    """The code or prefix a mistyped one most likely meant (a letter O typed for a zero, a digit off by one), or None.

    Letters typed for look-alike digits (O for 0, I and l for 1) are read as the digits first;
    else the nearest code by spelling."""
    text = text.strip().upper()
    head, tail = (text[:2], text[2:]) if text.startswith("PL") else ("", text)
    fixed = head + tail.translate(str.maketrans("OIL", "011"))
    if fixed != text and is_code_or_prefix(fixed):
        return fixed
    import difflib     # only for an unknown code: a run that names none never loads it

    close = difflib.get_close_matches(text, list(BY_CODE), n=1, cutoff=0.6)
    return close[0] if close else None


def codes_table() -> str:
    """The README's codes table (section "## Codes"), in Markdown."""
    lines = ["| code | default | meaning |", "| --- | --- | --- |"]
    for r in RULES:
        severities = " / ".join((r.severity, *r.other_severities))
        lines.append(f"| {r.code} | {severities} | {r.readme or r.summary_en} |")
    return "\n".join(lines) + "\n"
