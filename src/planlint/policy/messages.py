"""What suppression comments and waivers are told (PL010–PL012), Chinese and English side by side."""
from __future__ import annotations

from planlint.messages import Template, catalogue

MESSAGES = catalogue("PL010", {
    "no-reason-comment": Template("抑制 {codes} 没有写明理由", "Suppression of {codes} gives no reason (add “-- reason”)"),
    "no-reason-waiver": Template("豁免 {code}“{subject}”没有写明理由", "Waiver of {code} for “{subject}” gives no reason"),
}) | catalogue("PL011", {
    "unused-comment": Template("抑制 {codes} 没有抑制任何问题", "Suppression of {codes} suppresses nothing"),
    "unused-waiver": Template("豁免 {code}“{subject}”没有抑制任何问题", "Waiver of {code} for “{subject}” suppresses nothing"),
    "missing-paths": Template("豁免 {code}“{subject}”的 paths 中的 {paths} 不存在（相对于豁免文件所在目录）",
                              "Waiver of {code} for “{subject}”: {paths} in paths does not exist (relative to the "
                              "waiver file's directory)"),
    "alias-subject": Template("豁免 {code}“{subject}”不会匹配任何问题：问题的 subject 是国家规划中的名称“{name}”",
                              "Waiver of {code} for “{subject}” can match no finding: findings name the national "
                              "item “{name}”"),
}) | catalogue("PL012", {
    "unknown": Template("无法识别的 planlint 指令“{body}”", "Unrecognised planlint directive “{body}”"),
    "no-codes": Template("planlint 指令“{kind}”没有写要抑制的代码（例如 {kind}=PL102 -- 理由）",
                         "planlint directive “{kind}” names no code to suppress (e.g. {kind}=PL102 -- reason)"),
    "bad-code": Template("planlint 指令中的“{codes}”不是planlint的代码", "“{codes}” in a planlint directive is not a planlint code"),
    "yaml-enable": Template("YAML 中没有 enable 指令：注释只覆盖其所在行（或下一行）及其下级内容",
                            "YAML has no enable directive: a comment covers only its line (or the next) and what "
                            "lies under it"),
    "waiver-code": Template("豁免条目中的“{codes}”不是planlint的代码", "“{codes}” in a waiver entry is not a planlint code"),
})
HINTS = catalogue("PL010.hint", {
    "no-reason-comment": Template("在注释末尾写上“-- 理由”，说明为什么该国家要求在本规划中不适用或另有安排",
                        "End the comment with “-- reason”, saying why the national requirement does not apply to "
                        "this plan or is met otherwise"),
    "no-reason-waiver": Template("在该条目中填写 reason", "Fill in reason in this entry"),
}) | catalogue("PL011.hint", {
    "unused-comment": Template("问题已修正或位置不对：请删除这条抑制，或移到问题所在的行",
                        "The finding is fixed or elsewhere: delete this suppression or move it to the finding's line"),
    "unused-waiver": Template("问题已修正或不再适用：请删除该条目", "The finding is fixed or no longer applies: delete this entry"),
    "missing-paths": Template("改正路径（相对于豁免文件所在目录，可用 ../ 或绝对路径），或删除该条目",
                              "Correct the path (relative to the waiver file's directory; ../ and absolute paths work), "
                              "or delete the entry"),
    "alias-subject": Template("把 subject 改为“{name}”", "Change subject to “{name}”"),
}) | catalogue("PL012.hint", {
    "syntax": Template("写法：# planlint: disable=PL102 -- 理由（YAML），<!-- planlint-disable PL201 -- 理由 -->（Markdown）",
                       "Write: # planlint: disable=PL102 -- reason (YAML), "
                       "<!-- planlint-disable PL201 -- reason --> (Markdown)"),
})

# The configuration and the waiver file that cannot be used (exit 2): one line each, in the
# language of the command line. `where` is a file name, or a place in it (PLACES).
PLACES = catalogue("config.place", {
    "line-column": Template("第{line}行第{column}列：", "line {line}, column {column}: "),
    "line": Template("第{line}行：", "line {line}: "),
    "per-path-entry": Template("{where} per-path 第{index}项", "{where} per-path entry {index}"),
    "waiver-entry": Template("豁免文件 {file} 第{line}行", "waiver file {file} line {line}"),
})
CONFIG_ERRORS = catalogue("config.error", {
    "not-found": Template("找不到配置文件：{path}", "configuration file not found: {path}"),
    "too-large": Template("配置文件过大或不是普通文件：{path}（上限 {limit} 字节）",
                          "configuration file too large or not a regular file: {path} (limit {limit} bytes)"),
    "unreadable": Template("配置文件无法读取：{path}（{reason}）", "configuration file cannot be read: {path} ({reason})"),
    "no-table": Template("配置文件 {path} 中没有 [tool.planlint] 表", "configuration file {path} has no [tool.planlint] table"),
    "not-mapping": Template("配置文件 {where} 的顶层应为键值映射",
                            "configuration file {where}: the top level should be a mapping of keys to values"),
    "too-deep": Template("配置文件 {path} 嵌套层数过深", "configuration file {path} is nested too deeply"),
    "bad-toml": Template("配置文件 {path} 不是有效的TOML：{problem}", "configuration file {path} is not valid TOML: {problem}"),
    "bad-yaml": Template("配置文件 {path} 不是有效的YAML：{where}{problem}",
                         "configuration file {path} is not valid YAML: {where}{problem}"),
    "unknown-key": Template("配置文件 {where}：未知的键“{key}”（可用：{allowed}）",
                            "configuration file {where}: unknown key “{key}” (known: {allowed})"),
    "not-strings": Template("配置文件 {where}：{key} 应为字符串列表",
                            "configuration file {where}: {key} should be a list of strings"),
    "unknown-code": Template("配置文件 {where}：{key} 中的“{code}”不是planlint的代码或代码前缀（planlint rules 列出全部代码）",
                             "configuration file {where}: “{code}” in {key} is not a planlint code or code prefix "
                             "(planlint rules lists every code)"),
    "unknown-code-suggest": Template("配置文件 {where}：{key} 中的“{code}”不是planlint的代码或代码前缀，是否想写 "
                                     "{suggestion}？（planlint rules 列出全部代码）",
                                     "configuration file {where}: “{code}” in {key} is not a planlint code or code "
                                     "prefix: did you mean {suggestion}? (planlint rules lists every code)"),
    "bad-choice": Template("配置文件 {where}：{key} 应为 {choices} 之一，而不是“{value}”",
                           "configuration file {where}: {key} should be one of {choices}, not “{value}”"),
    "bad-rulepacks": Template("配置文件 {where}：rulepack 应为规则包名称、目录或规划文件，或它们的列表",
                              "configuration file {where}: rulepack should be a rule pack name, directory or plan "
                              "file, or a list of them"),
    "bad-rulepack": Template("配置文件 {where}：rulepack 应为规则包名称、目录或规划文件",
                             "configuration file {where}: rulepack should be a rule pack name, directory or plan file"),
    "bad-severity": Template("配置文件 {where}：severity 应为“代码 = 严重程度”的映射",
                             "configuration file {where}: severity should map codes to severities (CODE = severity)"),
    "severity-code": Template("配置文件 {where}：severity 中的“{code}”不是planlint的代码",
                              "configuration file {where}: “{code}” in severity is not a planlint code"),
    "bad-waivers": Template("配置文件 {where}：waivers 应为豁免文件的路径",
                            "configuration file {where}: waivers should be the path of a waiver file"),
    "bad-per-path": Template("配置文件 {where}：per-path 应为列表（每项含 paths 及 level/region/department/ignore）",
                             "configuration file {where}: per-path should be a list (each entry with paths and "
                             "level/region/department/ignore)"),
    "entry-not-mapping": Template("配置文件 {where}：应为映射", "configuration file {where}: should be a mapping"),
    "no-paths": Template("配置文件 {where}：缺少 paths", "configuration file {where}: paths is missing"),
    "empty-string": Template("配置文件 {where}：{key} 应为非空字符串",
                             "configuration file {where}: {key} should be a non-empty string"),
    "nested-refused": Template("配置文件 {nearest} 位于子目录中，而 {outer} 设置了 nested: refuse"
                               "（子目录不得有自己的配置；请删除它或把设置移到根配置）",
                               "configuration file {nearest} is in a subdirectory, and {outer} sets nested: refuse "
                               "(a subdirectory may not have its own configuration: delete it or move its settings "
                               "to the root configuration)"),
})
WAIVER_FILE_ERRORS = catalogue("waivers.error", {
    "too-large": Template("豁免文件过大或不是普通文件：{path}（上限 {limit} 字节）",
                          "waiver file too large or not a regular file: {path} (limit {limit} bytes)"),
    "too-deep": Template("豁免文件 {path} 嵌套层数过深", "waiver file {path} is nested too deeply"),
    "unreadable": Template("豁免文件无法读取：{path}（{reason}）", "waiver file cannot be read: {path} ({reason})"),
    "bad-yaml": Template("豁免文件 {path} 不是有效的YAML：{where}{problem}",
                         "waiver file {path} is not valid YAML: {where}{problem}"),
    "no-list": Template("豁免文件 {path}：顶层应为 waivers: 列表（每项含 code、subject、reason，可选 paths）",
                        "waiver file {path}: the top level should be a waivers: list (each entry with code, subject, "
                        "reason and optionally paths)"),
    "no-code-subject": Template("{where}：每项须有 code（如 PL101）和 subject（国家规划中的指标或行动名称）",
                                "{where}: each entry needs code (e.g. PL101) and subject (the name of the national "
                                "indicator or action)"),
    "unknown-keys": Template("{where}：未知的键“{keys}”（可用：code、subject、reason、paths）",
                             "{where}: unknown key “{keys}” (known: code, subject, reason, paths)"),
    "bad-paths": Template("{where}：paths 应为路径模式列表", "{where}: paths should be a list of path patterns"),
    "not-found": Template("找不到豁免文件：{path}", "waiver file not found: {path}"),
    "configured-not-found": Template("找不到配置中指定的豁免文件：{path}",
                                     "the waiver file the configuration names is not found: {path}"),
    "nested-refused": Template("豁免文件 {found} 位于子目录中，而 {outer} 设置了 nested: refuse"
                               "（豁免只能写在根目录的 .planlint-waivers.yaml 或根配置的 waivers 中）",
                               "waiver file {found} is in a subdirectory, and {outer} sets nested: refuse (waivers "
                               "belong in the root's .planlint-waivers.yaml or the root configuration's waivers)"),
})
