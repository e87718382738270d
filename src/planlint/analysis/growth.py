"""Growth arithmetic shared by the target and consistency checks, with printed-rounding ranges."""
from __future__ import annotations

from typing import Optional

from planlint.text.quantity import Quantity


def implied_growth_range(base: Quantity, target: Quantity, years: int) -> Optional[tuple[float, float, float]]:
    """(lowest, central, highest) annual growth in % that base and target, as printed, allow."""
    if not 0 < years <= 100 or base.value <= 0 or target.value <= 0:   # a plan's span, not a typo's
        return None
    b_lo, b_hi = base.value - base.half_ulp, base.value + base.half_ulp
    t_lo, t_hi = target.value - target.half_ulp, target.value + target.half_ulp
    if b_lo <= 0:
        b_lo = base.value * 0.5

    def rate(b: float, t: float) -> float:
        return ((t / b) ** (1.0 / years) - 1.0) * 100.0

    return rate(b_hi, t_lo), rate(base.value, target.value), rate(b_lo, t_hi)


def points_range(base: Quantity, target: Quantity) -> tuple[float, float, float]:
    """(lowest, central, highest) target − base in percentage points, as printed."""
    slack = base.half_ulp + target.half_ulp
    mid = target.value - base.value
    return mid - slack, mid, mid + slack
