"""What a rule pack that cannot be used is told (exit 2), Chinese and English side by side: the
loader's, the derivation's from a plan, and the places inside a pack an error names."""
from __future__ import annotations

from planlint.messages import Template, catalogue

PACK_ERRORS = catalogue("rulepack.error", {
    "not-found": Template("找不到规则包“{name}”（既不是目录，也不是内置规则包名）",
                          "rule pack “{name}” not found (neither a directory nor a built-in pack's name)"),
    "file-too-large": Template("规则包文件过大或不是普通文件：{path}（上限 {limit} 字节）",
                               "rule pack file too large or not a regular file: {path} (limit {limit} bytes)"),
    "file-unreadable": Template("规则包文件无法读取：{path}: {reason}", "rule pack file cannot be read: {path}: {reason}"),
    "file-bad-yaml": Template("规则包文件不是有效的YAML：{path}: {problem}", "rule pack file is not valid YAML: {path}: {problem}"),
    "no-manifest": Template("规则包缺少 pack.yaml：{path}", "the rule pack has no pack.yaml: {path}"),
    "manifest-not-mapping": Template("规则包 pack.yaml 的顶层应为映射：{path}",
                                     "the top level of the rule pack's pack.yaml should be a mapping: {path}"),
    "file-outside": Template("规则包 {pack} 的 files 条目 {file} 指向规则包目录之外，未读取",
                             "rule pack {pack}: the files entry {file} points outside the pack's directory: not read"),
    "schema": Template("规则包 {pack} 不符合 schema/rulepack.schema.json：{where}: {problem}",
                       "rule pack {pack} does not fit schema/rulepack.schema.json: {where}: {problem}"),
    "duplicate-ids": Template("规则包 {pack} 中指标 id 重复：{ids}", "rule pack {pack} repeats indicator ids: {ids}"),
    "in-pack": Template("规则包 {pack}: {detail}", "rule pack {pack}: {detail}"),
    "at": Template("{where}: {detail}", "{where}: {detail}"),
    "unknown-unit": Template("{where}: 不认识的单位“{unit}”", "{where}: unknown unit “{unit}”"),
    "unknown-action": Template("{where}: 优先行动“{action}”不在 actions.yaml 中",
                               "{where}: the priority action “{action}” is not in actions.yaml"),
})
PLACES = catalogue("rulepack.place", {
    "indicator": Template("规则包 {pack} 指标 {id}", "rule pack {pack}, indicator {id}"),
    "action": Template("优先行动 {id}", "priority action {id}"),
    "target": Template("{where} 目标 {id}", "{where}, target {id}"),
    "task": Template("重点任务 第{number}项", "key task {number}"),
})
DERIVE_ERRORS = catalogue("rulepack.derive.error", {
    "unreadable": Template("无法读取作为规则来源的规划：{path}（{reason}）",
                           "cannot read the plan used as the rule source: {path} ({reason})"),
    "too-large": Template("作为规则来源的规划过大（超过 {limit} 字节）：{path}",
                          "the plan used as the rule source is too large (over {limit} bytes): {path}"),
    "unparsable": Template("作为规则来源的规划无法读取：{path}: {detail}",
                           "the plan used as the rule source cannot be read: {path}: {detail}"),
    "cannot-read": Template("无法读取", "cannot be read"),
    "no-period": Template("作为规则来源的规划没有写明规划期，指标表也没有目标年份：{path}",
                          "the plan used as the rule source states no period, nor target years in its indicator "
                          "table: {path}"),
    "not-directory": Template("{path} 不是目录", "{path} is not a directory"),
    "not-empty": Template("目录 {path} 不为空（加 --force 覆盖其中的规则包文件）",
                          "the directory {path} is not empty (add --force to overwrite the pack files in it)"),
})
