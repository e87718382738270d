"""PL001 and PL002 are reported by the readers (and PL001 by the runner for a file it will not
read): declared here, with every other code; the readers emit the code string, never import this."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL001", "unreadable-file", "error",
         "文件无法读取或解析（编码、YAML/Markdown语法、空文件）",
         "The file cannot be read or parsed (encoding, YAML/Markdown syntax, empty file)",
         readme="the file cannot be read or parsed (encoding, YAML/Markdown syntax, empty, binary, too large)"),
    Rule("PL002", "schema-violation", "error",
         "规划不符合规划格式（schema/plan.schema.json）",
         "The plan does not fit the plan format (schema/plan.schema.json)",
         readme="the plan does not fit `schema/plan.schema.json` (wrong type, unknown key, duplicate key, "
                "unsupported YAML tag)"),
)
