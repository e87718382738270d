"""LintOptions.keep_covered: a run whose report never shows the covered actions does not gather
them (their evidence is a share of each plan's cost), and its findings are the same."""
from __future__ import annotations

from pathlib import Path

import planlint
from planlint.run.options import LintOptions

EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "chengdu-city.yaml")     # findings and covered actions both


def _lint(keep: bool):
    return planlint.lint_paths([EXAMPLE], LintOptions(isolated=True, keep_covered=keep))


def test_the_covered_actions_are_kept_by_default_with_their_evidence():
    (report,) = _lint(True).reports
    assert report.covered and all(c.kind == "action" and c.evidence for c in report.covered)


def test_without_them_the_findings_are_the_same():
    with_covered, without = _lint(True), _lint(False)
    assert without.reports[0].covered == []
    assert without.reports[0].diagnostics == with_covered.reports[0].diagnostics != []
