"""What a run gives back: the file reports, the problems, and the exit status they mean.

The statuses are Contract 1's: 0 nothing at or above fail-on, 1 findings at or above it,
2 the run could not be completed (a missing path, an unreadable file).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from planlint.diagnostics import severity_rank
from planlint.run.options import LintOptions
from planlint.run.report import FileReport

if TYPE_CHECKING:
    from planlint.baseline.compare import BaselineMatch
    from planlint.reporters.context import RenderContext

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@dataclass(eq=False, repr=False)
class LintResult:
    """The reports of one run, in the order the files were given, and what could not be linted."""

    reports: list[FileReport]
    problems: list[str] = field(default_factory=list)     # one line each: missing paths, unreadable files
    options: LintOptions = field(default_factory=LintOptions)
    pack_names: list[str] = field(default_factory=list)   # the rule packs the run used
    fail_on: dict[str, str] = field(default_factory=dict)  # per report path: the severity that fails
    default_fail_on: str = "error"
    # set by --baseline: which findings the baseline knows; only the others can fail the run
    baseline: Optional["BaselineMatch"] = None
    # the packs' Chinese item names → English names (name_en), for English reports
    english_names: dict[str, str] = field(default_factory=dict)
    # a run whose reports were streamed (LintSession.lint's on_report) keeps none of them: only
    # whether one of them failed
    streamed_failing: bool = False

    def fail_on_for(self, path: str) -> str:
        return self.fail_on.get(path, self.default_fail_on)

    @property
    def failing(self) -> bool:
        """Some finding is at or above its file's fail-on severity."""
        return self.streamed_failing or any(severity_rank(d.severity) >= severity_rank(self.fail_on_for(r.path))
                   for r in self.reports for d in r.diagnostics
                   if self.baseline is None or self.baseline.is_new(d))

    @property
    def exit_status(self) -> int:
        if self.problems:
            return EXIT_USAGE
        return EXIT_FINDINGS if self.failing and not self.options.exit_zero else EXIT_OK

    def render_context(self) -> "RenderContext":
        """What the reporters need to show this result (its packs, rules, language, thresholds)."""
        from planlint.i18n import Catalog
        from planlint.reporters.context import RenderContext
        from planlint.checks.registry import RULES

        return RenderContext(pack_name=",".join(self.pack_names), rules=list(RULES),
                             catalog=Catalog(self.options.lang, self.english_names), verbose=self.options.verbose,
                             show_source=self.options.show_source, fail_on=dict(self.fail_on),
                             default_fail_on=self.default_fail_on, baseline=self.baseline,
                             stacked=len(self.pack_names) > 1, pack_names=list(self.pack_names))
