"""PL900 is reported by the runners: the check pipeline (checks/__init__.py) for a check that
fails, the file runner (run/engine.py) for a reader or the preparation that fails. Declared here,
with every other code; the runner emits the code string."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL900", "internal-error", "error",
         "planlint内部错误：某项检查失败，其余结果仍然报告",
         "planlint internal error: one check failed, the other findings are still reported",
         explanation='planlint 在某项检查中出错。这是planlint的缺陷，不是规划的问题：其余检查的结果照常报告。'
                     '请附上命令和文件报告问题。',
         explanation_en='planlint failed in one of its checks. This is a bug in planlint, not a problem of the plan: '
                        "the other checks' findings are still reported. Please report it with the command and the "
                        'file.',
         readme="planlint's own bug in one check; the other findings are still reported"),
)
