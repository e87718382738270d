"""PL003 and PL900 are reported by the runners: PL003 by the file runner (run/engine.py) for a
plan of unknown level; PL900 by the check pipeline (checks/__init__.py) for a check that fails
and by the file runner for a reader or the preparation that fails. Declared here, with every
other code; the runners emit the code string."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL003", "level-unknown", "info",
         "规划层级未知，无法推断；只检查对各层级都适用的要求",
         "The plan's level is unknown and cannot be inferred; only requirements for every level are checked",
         readme="the plan's level is not written and cannot be inferred; only what binds every level is checked"),
    Rule("PL900", "internal-error", "error",
         "planlint内部错误：某项检查失败，其余结果仍然报告",
         "planlint internal error: one check failed, the other findings are still reported",
         readme="planlint's own bug in one check; the other findings are still reported"),
)
