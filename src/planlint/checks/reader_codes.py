"""PL001 and PL002 are reported by the readers (and PL001 by the runner for a file it will not
read): declared here, with every other code; the readers emit the code string, never import this."""
from planlint.checks.base import Rule

RULES = (
    Rule("PL001", "unreadable-file", "error",
         "文件无法读取或解析（编码、YAML/Markdown语法、空文件）",
         "The file cannot be read or parsed (encoding, YAML/Markdown syntax, empty file)",
         explanation='planlint 读不了这个文件，因而没有检查它：编码不是 UTF-8（可带BOM）、带BOM的UTF-16或GB18030/GBK，'
                     '含二进制或控制字符，YAML或Markdown语法错误，文件为空，或超过 --max-bytes '
                     '上限。问题给出字节位置、行和列；改正后重新检查。其他文件照常检查。',
         explanation_en='planlint cannot read this file, so it was not checked: the encoding is none of UTF-8 (with '
                        'or without BOM), UTF-16 with BOM or GB18030/GBK, the file holds binary or control characters,'
                        ' its YAML or Markdown syntax is broken, it is empty, or it is over the --max-bytes limit. '
                        'The finding gives the byte offset, line and column; fix it and lint again. Other files are '
                        'checked as usual.',
         readme="the file cannot be read or parsed (encoding, YAML/Markdown syntax, empty, binary, too large)"),
    Rule("PL002", "schema-violation", "error",
         "规划不符合规划格式（schema/plan.schema.json）",
         "The plan does not fit the plan format (schema/plan.schema.json)",
         explanation='文件能读取，但不符合规划格式（schema/plan.schema.json）：键名未知或重复、'
                     '值的类型不对（例如目标写成映射）、使用了YAML标签等。planlint 不猜测写错的结构，'
                     '请按格式改正；其余部分照常检查。',
         explanation_en='The file can be read but does not fit the plan format (schema/plan.schema.json): an unknown '
                        'or duplicate key, a value of the wrong type (a target written as a mapping), a YAML tag. '
                        'planlint does not guess a broken structure: fix it as the format says; the rest of the plan '
                        'is checked as usual.',
         readme="the plan does not fit `schema/plan.schema.json` (wrong type, unknown key, duplicate key, "
                "unsupported YAML tag)"),
)
