"""What a check is: rules it owns (code, severity, summary) and a function of the context."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from planlint.diagnostics import Diagnostic


@dataclass(frozen=True)
class Rule:
    """A finding code with its name, default severity, summary and explanation."""

    code: str
    name: str            # short kebab-case name, as ruff and yamllint give their rules
    severity: str        # default severity; a pack item may carry its own
    summary: str         # one line, Chinese
    explanation: str = ""


@dataclass(frozen=True)
class Check:
    """A check: the rules it owns and the function that runs it on one plan."""

    rules: tuple[Rule, ...]
    run: Callable[["CheckContext"], Iterable[Diagnostic]]  # noqa: F821 - see context.py
    # compares the plan with the national plan: skipped where the pack does not bind the plan
    # (PL004); checks of the plan's own arithmetic say False
    binding_only: bool = True


def rule_of(rules: Iterable[Rule], code: str) -> Rule:
    return next(r for r in rules if r.code == code)
