"""The checks, each a small module owning its codes (listed in registry.py); run_checks runs them
all on one plan."""
from __future__ import annotations

import traceback
from typing import Iterable

from planlint.analysis.context import CheckContext
from planlint.checks.base import Check
from planlint.checks.registry import CHECKS
from planlint.diagnostics import Diagnostic


def run_checks(ctx: CheckContext, checks: Iterable[Check] = CHECKS) -> list[Diagnostic]:
    """Run every check; one that fails is reported (PL900) without losing the others' findings."""
    out: list[Diagnostic] = []
    for c in checks:
        if c.binding_only and not ctx.binding:
            continue
        try:
            out.extend(c.run(ctx))
        except Exception as err:  # noqa: BLE001 - an internal error must not hide other findings
            where = traceback.extract_tb(err.__traceback__)[-1]
            out.append(Diagnostic(
                ctx.plan.path, ctx.plan.indicators_loc, "PL900", "error",
                f"planlint内部错误：检查 {c.rules[0].code} 执行失败（{type(err).__name__}: {err}）",
                hint=f"这是planlint的缺陷，不是规划的问题；请附上本文件报告问题（{where.filename}:{where.lineno}）"))
    return out
