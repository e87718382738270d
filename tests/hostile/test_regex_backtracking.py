"""No regular expression of planlint backtracks catastrophically (issue 6, item 3).

Every regex in src/planlint is found from the source (redos.find_patterns) and run, with the
operations the code applies to it, on 20,000-character strings built to make it backtrack.
Linear patterns take about a millisecond; the bound leaves a hundredfold margin for slow CI.
"""
from __future__ import annotations

import pytest
from redos import Found, find_patterns, worst_time

BUDGET = 0.25          # CPU seconds for one use of one pattern on one 20,000-character string
PATTERNS = find_patterns()


def test_the_audit_sees_the_regexes():
    # a refactoring that hid the patterns from the audit must not make it pass vacuously
    assert len(PATTERNS) >= 50
    assert any("readers/markdown/" in f.where for f in PATTERNS)
    assert any("quantity.py" in f.where for f in PATTERNS)
    assert sum("text/numbering.py" in f.where for f in PATTERNS) >= 4     # built from the grammar
    assert any("text/escapes.py" in f.where for f in PATTERNS)             # compiled on first use (LazyPattern)


@pytest.mark.parametrize("found", PATTERNS, ids=lambda f: f.where)
def test_regex_is_linear_on_adversarial_input(found: Found):
    took, shape = worst_time(found, n=20_000, budget=BUDGET)
    assert took < BUDGET, (f"{found.where}: /{found.pattern[:120]}/ took {took:.2f}s on {shape} "
                           f"({', '.join(found.ops)}): it backtracks; anchor it, bound its repeats, "
                           "or make the alternatives disjoint")


def test_the_audit_catches_a_quadratic_pattern():
    """The helper itself: a known-quadratic pattern fails, so a pass means something."""
    took, _ = worst_time(Found("example", r"[^。\n]*(?:到|至)20\d\d年", ("search",)), n=8_000, budget=BUDGET)
    assert took >= BUDGET
