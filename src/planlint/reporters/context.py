"""What every reporter needs besides the findings: the run's rules, language and thresholds."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Optional

from planlint.checks.base import Rule
from planlint.i18n import Catalog

if TYPE_CHECKING:
    from planlint.baseline.compare import BaselineMatch


@dataclass(eq=False, repr=False)
class RenderContext:
    """What every reporter needs beyond the findings: pack, rules, language, thresholds."""

    pack_name: str
    rules: list[Rule]
    catalog: Catalog = field(default_factory=Catalog)
    verbose: bool = False
    show_source: bool = False       # the text report shows each finding's source line
    fail_on: dict[str, str] = field(default_factory=dict)   # per file path: its failing severity
    default_fail_on: str = "error"
    baseline: Optional["BaselineMatch"] = None     # with --baseline: each finding new or unchanged
    stacked: bool = False           # more than one pack: each finding names the pack it comes from
    pack_names: list[str] = field(default_factory=list)   # every pack the run used, highest level first

    def pack_of(self, d) -> Optional[str]:
        """The pack a finding names in the text-like reports: only when packs are stacked."""
        return d.rulepack if self.stacked else None

    def rule(self, code: str) -> Optional[Rule]:
        return self._by_code.get(code)

    @cached_property
    def _by_code(self) -> dict[str, Rule]:
        """The rules by code, the first of a code winning: asked for every finding reported."""
        by_code: dict[str, Rule] = {}
        for r in self.rules:
            by_code.setdefault(r.code, r)
        return by_code

    def summary(self, code: str) -> str:
        r = self.rule(code)
        return self.catalog.summary(code, r.summary if r else code)

    def baseline_state(self, d: object) -> Optional[str]:
        """"new" or "unchanged" under --baseline (d as the run gave it, before localizing); else None."""
        return self.baseline.state(d) if self.baseline is not None else None  # type: ignore[arg-type]

    def fails(self, path: str, severity: str) -> bool:
        from planlint.diagnostics import severity_rank
        return severity_rank(severity) >= severity_rank(self.fail_on.get(path, self.default_fail_on))
