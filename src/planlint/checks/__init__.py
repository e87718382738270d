"""The checks, each a small module owning its codes (listed in registry.py); run_checks runs them
all on one plan."""
from __future__ import annotations

from typing import Iterable

from planlint.analysis.context import CheckContext
from planlint.checks.base import Check
from planlint.checks.registry import CHECKS
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, catalogue

# PL900 (the run reports its own stages with these hints too)
MESSAGES = catalogue("PL900", {
    "check-failed": Template("planlint内部错误：检查 {check} 执行失败（{error}）",
                             "planlint internal error: check {check} failed ({error})"),
})
HINTS = catalogue("PL900.hint", {
    "bug": Template("这是planlint的缺陷，不是规划的问题；请附上本文件报告问题",
                    "This is a planlint bug, not a problem of the plan; please report it with this file"),
    "bug-at": Template("这是planlint的缺陷，不是规划的问题；请附上本文件报告问题（{where}）",
                       "This is a planlint bug, not a problem of the plan; please report it with this file ({where})"),
})



def run_checks(ctx: CheckContext, checks: Iterable[Check] = CHECKS) -> list[Diagnostic]:
    """Run every check; one that fails is reported (PL900) without losing the others' findings."""
    out: list[Diagnostic] = []
    for c in checks:
        if c.binding_only and not ctx.binding:
            continue
        try:
            out.extend(c.run(ctx))
        except Exception as err:  # noqa: BLE001 - an internal error must not hide other findings
            import traceback    # here: only a failing check pays for its import

            where = traceback.extract_tb(err.__traceback__)[-1]
            out.append(Diagnostic(
                ctx.plan.path, ctx.plan.indicators_loc, "PL900", "error",
                MESSAGES["check-failed"](check=c.rules[0].code, error=f"{type(err).__name__}: {err}"),
                hint=HINTS["bug-at"](where=f"{where.filename}:{where.lineno}")))
    return out
