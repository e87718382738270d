"""A run's kept findings share equal values (run/compact.py), which rests on the value equality
of what they hold: the location and the message arguments (amounts, unit names, joined lists).
Most of planlint's dataclasses compare by identity (no generated __eq__); these must not."""
from __future__ import annotations

from pathlib import Path

from planlint.messages import Amount, Joined, Text, UnitName
from planlint.run.compact import SharedValues

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _twice(linter, name: str):
    """The same plan read and checked twice: equal findings made of distinct objects."""
    plan = EXAMPLES / name
    return linter.lint_file(plan), linter.lint_file(plan)


def test_equal_findings_of_two_plans_share_their_location_and_message(linter):
    first, second = _twice(linter, "gansu-province-gaps.yaml")
    assert first.diagnostics and len(first.diagnostics) == len(second.diagnostics)
    assert all(a.loc is not b.loc for a, b in zip(first.diagnostics, second.diagnostics))
    pool = SharedValues()
    pool.compact(first, keep_plan=False)
    pool.compact(second, keep_plan=False)
    for a, b in zip(first.diagnostics, second.diagnostics):
        assert b.loc is a.loc
        assert b.message is a.message and b.hint is a.hint


def test_message_arguments_compare_by_value(linter):
    first, second = _twice(linter, "gansu-province-gaps.yaml")
    kinds = set()
    for a, b in zip(first.diagnostics, second.diagnostics):
        assert isinstance(b.message, Text)
        for key, value in b.message.args.items():
            if isinstance(value, (Amount, Joined, UnitName)):
                kinds.add(type(value))
                assert value == a.message.args[key] and value is not a.message.args[key]
    assert kinds == {Amount, Joined, UnitName}     # the plan's findings hold all three
