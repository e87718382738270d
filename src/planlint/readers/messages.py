"""What the readers say (PL001, PL002), Chinese and English side by side.

A finding of reading is the code's frame around a detail: `MESSAGES["PL001"](detail=…)`. The
details are grouped by who finds them: decoding the bytes, the YAML tree, the YAML plan reader,
the plan schema, and the Markdown reader's front matter.
"""
from __future__ import annotations

from planlint.messages import Template, catalogue

MESSAGES = {
    "PL001": Template("{detail}", "The file cannot be read or parsed: {detail}", id="PL001"),
    "PL002": Template("{detail}", "The plan does not fit the plan format: {detail}", id="PL002"),
}

_SAVE_AS_UTF8_ZH = "；planlint读取UTF-8、GB18030/GBK和带BOM的UTF-16，请另存为UTF-8"
_SAVE_AS_UTF8_EN = "; planlint reads UTF-8, GB18030/GBK and UTF-16 with a BOM: save it as UTF-8"

DECODING = catalogue("PL001.decoding", {
    "utf-32": Template("文件是UTF-32编码（第0字节起为UTF-32的BOM）" + _SAVE_AS_UTF8_ZH,
                       "the file is UTF-32 encoded (a UTF-32 BOM at byte 0)" + _SAVE_AS_UTF8_EN),
    "wide-without-bom": Template("文件像是没有BOM的{encoding}编码（字节偏移{offset}起有规律地出现NUL字节）" + _SAVE_AS_UTF8_ZH,
                                 "the file looks like {encoding} without a BOM (NUL bytes in a regular pattern from "
                                 "byte offset {offset})" + _SAVE_AS_UTF8_EN),
    "empty": Template("文件为空：没有可检查的规划内容", "the file is empty: there is no plan to check"),
    "nul": Template("文件含有NUL字节（二进制内容？）（字节偏移{offset}），不是文本规划文件",
                    "the file contains a NUL byte (binary content?) at byte offset {offset}: not a text plan"),
    "control": Template("文件含有控制字符 U+{codepoint}（字节偏移{offset}），不是文本规划文件",
                        "the file contains the control character U+{codepoint} at byte offset {offset}: "
                        "not a text plan"),
    "bidi": Template("文件含有双向文本控制字符 U+{codepoint}（字节偏移{offset}），可能隐藏真实内容，请删除",
                     "the file contains the bidirectional-text control character U+{codepoint} at byte offset "
                     "{offset}, which can hide the real content: remove it"),
    "bad-bytes-after-bom": Template("文件声明为{encoding}编码（有BOM），但在字节偏移{offset}处无法解码（{reason}）",
                                    "the file declares {encoding} (with a BOM) but cannot be decoded at byte "
                                    "offset {offset} ({reason})"),
    "unknown-encoding": Template("文件编码无法识别：不是UTF-8（字节偏移{offset}处无法解码），也不像GB18030/GBK文本"
                                 "（二进制内容？）；请另存为UTF-8",
                                 "the file's encoding is not recognised: not UTF-8 (undecodable at byte offset "
                                 "{offset}), nor like GB18030/GBK text (binary content?); save it as UTF-8"),
})

# the YAML tree: what cannot be read at all (TREE_ERRORS) and problems in readable YAML (TREE_ISSUES)
TREE_ERRORS = catalogue("yaml.error", {
    "several-documents": Template("文件含有多个YAML文档（---），一个文件只能写一个规划",
                                  "the file holds several YAML documents (---); a file holds one plan"),
    "complex-key": Template("不支持以列表或映射作为键", "a list or a mapping as a key is not supported"),
    "too-deep": Template("嵌套超过{depth}层，不是规划文件的结构",
                         "nested more than {depth} levels deep: not the structure of a plan"),
    "undefined-alias": Template("引用了未定义的锚点“*{anchor}”", "an alias refers to the undefined anchor “*{anchor}”"),
    "alias-bomb": Template("别名（*引用）展开后的内容远超文件本身（可能是“billion laughs”攻击），拒绝读取",
                           "aliases (*references) expand far beyond the file itself (a “billion laughs” attack?): "
                           "refused"),
    "too-many-nodes": Template("文件的YAML节点过多，超出上限", "the file has more YAML nodes than the limit"),
    "syntax": Template("YAML语法错误：{problem}", "YAML syntax error: {problem}"),
    "unreadable": Template("YAML无法读取：{problem}", "YAML cannot be read: {problem}"),
    "nested-too-deeply": Template("嵌套过深，无法读取", "nested too deeply to read"),
})
TREE_ISSUES = catalogue("yaml.issue", {
    "not-finite": Template("“{value}”不是有限的数值", "“{value}” is not a finite number"),
    "duplicate-key": Template("键“{key}”重复出现（第{line}行已有），YAML会静默采用后者",
                              "the key “{key}” appears twice (already on line {line}); YAML would silently take "
                              "the later one"),
    "tag": Template("不支持的YAML标签“{tag}”：planlint只读取普通数据，标签内容不会被执行",
                    "unsupported YAML tag “{tag}”: planlint reads plain data only and never runs a tag"),
})

PLAN = catalogue("yaml.plan", {
    "no-content": Template("文件没有内容（只有注释或空白）", "the file has no content (only comments or blank space)"),
    "not-a-mapping": Template("规划文件的顶层应为映射（title: …、indicators: …），不是列表或单个值",
                              "the top level of a plan file should be a mapping (title: …, indicators: …), not a list "
                              "or a single value"),
})

# JSON Schema errors, at the line they concern ({where}: a path such as indicators[2].target)
SCHEMA = catalogue("schema", {
    "type": Template("{where} 应为{types}，实际是“{value}”", "{where} should be {types}, found “{value}”"),
    "required": Template("{where} 缺少必填项：{missing}", "{where} lacks the required key(s) {missing}"),
    "unknown-key-guess": Template("{where} 中有不认识的键“{keys}”，是否指“{guess}”？（可用的键：{known}；自定义内容请以 x- 开头）",
                                  "{where} has an unknown key “{keys}”: did you mean “{guess}”? (known keys: {known}; "
                                  "start keys of your own with x-)"),
    "unknown-key": Template("{where} 中有不认识的键“{keys}”（可用的键：{known}；自定义内容请以 x- 开头）",
                            "{where} has an unknown key “{keys}” (known keys: {known}; start keys of your own with x-)"),
    "enum-guess": Template("{where} 的值“{value}”不在可选范围内，是否指“{guess}”？（{options}）",
                           "{where}: the value “{value}” is not one of {options}: did you mean “{guess}”?"),
    "enum": Template("{where} 的值“{value}”不在可选范围内（{options}）", "{where}: the value “{value}” is not one of {options}"),
    "minimum": Template("{where} 的值{value}超出范围（最小{limit}）", "{where}: the value {value} is out of range (minimum {limit})"),
    "maximum": Template("{where} 的值{value}超出范围（最大{limit}）", "{where}: the value {value} is out of range (maximum {limit})"),
    "empty": Template("{where} 不能为空", "{where} must not be empty"),
    # a base or target written as one value: read as meant, and the mapping to write shown
    "observation-dated": Template("{where} 应为映射：请写作 {key}: {{year: {year}, value: \"{value}\"}}（已按此读取）",
                                  "{where} should be a mapping: write {key}: {{year: {year}, value: \"{value}\"}} "
                                  "(read so)"),
    "observation": Template("{where} 应为映射：请写作 {key}: {{year: 年份, value: \"{value}\"}}（未写年份，已按规划期读取）",
                            "{where} should be a mapping: write {key}: {{year: YEAR, value: \"{value}\"}} (no year "
                            "written: read for the plan's period)"),
    "other": Template("{where}：{problem}", "{where}: {problem}"),
    # the parts of a schema message
    "top-level": Template("文件顶层", "the top level"),
})
SCHEMA_TYPES = catalogue("schema.type", {
    "string": Template("文字", "text"), "number": Template("数字", "a number"), "integer": Template("整数", "an integer"),
    "object": Template("映射（键: 值）", "a mapping (key: value)"), "array": Template("列表", "a list"),
    "boolean": Template("布尔值", "a boolean"), "null": Template("空值", "null"),
})

# The Markdown reader's front matter, and the one way its body can fail to be read.
FRONT_MATTER = catalogue("front-matter", {
    "unclosed": Template("YAML前置元数据（front matter）以“---”开始，但没有结束的“---”行",
                         "the YAML front matter starts with “---” but has no closing “---” line"),
    "too-long": Template("前置元数据过长（{length}字符），不是规划元数据",
                         "the front matter is too long ({length} characters) to be plan metadata"),
    "not-yaml": Template("前置元数据不是有效的YAML：{error}", "the front matter is not valid YAML: {error}"),
    "issue": Template("前置元数据：{issue}", "front matter: {issue}"),
    "not-a-mapping": Template("前置元数据应为“键: 值”映射（level、region、department、period）",
                              "the front matter should be a “key: value” mapping (level, region, department, period)"),
    "not-text": Template("前置元数据的{key}应为文字", "the front matter's {key} should be text"),
    "level-read-as": Template("level“{value}”不是有效层级，按“{level}”检查；请写作 level: {level}",
                              "level “{value}” is not a valid level; checked as “{level}”: write level: {level}"),
    "level-invalid": Template("level“{value}”不是有效层级，应为 {levels}", "level “{value}” is not a valid level; use {levels}"),
    "period-invalid": Template("period“{value}”无法识别，应写作 {{start: 2016, end: 2020}}",
                               "period “{value}” is not understood; write {{start: 2016, end: 2020}}"),
    "markdown-too-deep": Template("Markdown结构嵌套过深，无法读取", "the Markdown structure is nested too deeply to read"),
})
FRONT_MATTER_HINTS = catalogue("front-matter.hint", {
    "close-it": Template("在元数据之后加一行“---”；其余内容按正文读取",
                         "Add a “---” line after the metadata; the rest is read as the body"),
})
