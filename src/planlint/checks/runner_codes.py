"""PL900 is reported by the runners: the check pipeline (checks/__init__.py) for a check that
fails, the file runner (run/engine.py) for a reader or the preparation that fails. Declared here,
with every other code; the runner emits the code string."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL900", "internal-error", "error",
         "planlint内部错误：某项检查失败，其余结果仍然报告",
         "planlint internal error: one check failed, the other findings are still reported",
         readme="planlint's own bug in one check; the other findings are still reported"),
)
