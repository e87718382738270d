"""A plan's objects are freed by reference counting once its report is dropped (issue 16).

A reference cycle anywhere in one file's model, context or coverage index (a nested function
calling itself, an exception kept with its traceback) keeps all of it alive until the cyclic
collector runs, which on thousands of plans walks millions of objects to free them.
"""
import gc
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLANS = [*sorted((ROOT / "examples").glob("*.yaml")), *sorted((ROOT / "examples" / "markdown").glob("*.md")),
         *sorted((ROOT / "examples" / "word").glob("*.docx"))]


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_linting_a_plan_leaves_no_cyclic_garbage(linter, plan):
    linter.lint_file(str(plan))          # the first lint fills the per-pack caches
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        report = linter.lint_file(str(plan))
        assert report.plan is not None
        del report
        unreachable = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert unreachable == 0
