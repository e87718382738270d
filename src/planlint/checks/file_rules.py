"""Codes about the file itself, reported by the readers and the runner."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL001", "unreadable-file", "error", "文件无法读取或解析（编码、YAML/Markdown语法、空文件）"),
    Rule("PL002", "schema-violation", "error", "规划不符合规划格式（schema/plan.schema.json）"),
    Rule("PL003", "level-unknown", "info", "规划层级未知，无法推断；只检查对各层级都适用的要求"),
    Rule("PL900", "internal-error", "error", "planlint内部错误：某项检查失败，其余结果仍然报告"),
)
