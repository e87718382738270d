"""Patterns built from a rule pack's words are linear too: the source audit
(test_regex_backtracking.py) only sees the patterns written in src/planlint."""
from __future__ import annotations

from redos import Found, worst_time

from planlint.analysis.document_headings import container_pattern

BUDGET = 0.25


def test_container_heading_pattern_is_linear(pack):
    rx = container_pattern(pack.commitments.headings.container)
    found = Found("rules/national-13th/actions.yaml headings.container", rx.pattern, ("fullmatch",))
    took, shape = worst_time(found, n=20_000, budget=BUDGET)
    assert took < BUDGET, f"/{rx.pattern[:120]}/ took {took:.2f}s on {shape}"
