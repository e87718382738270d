"""The five-year-plan calendar, which titles name (“十三五”) and plans default to.

The linter passes the rule pack's own period (base year + 1 to target year) to the readers;
FALLBACK_PERIOD only serves a reader used on its own, without a pack.
"""
from __future__ import annotations

FIVE_YEAR_PLANS: dict[str, tuple[int, int]] = {
    "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030),
}
FALLBACK_PERIOD = FIVE_YEAR_PLANS["十三五"]
