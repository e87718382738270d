"""The report frame (labels, severities, summary lines) and the rules' summaries per language.

Chinese frame strings live here too, so the text reporter holds no words of its own. Rule
summaries in Chinese are the rules' own (`Rule.summary`); only other languages are listed.
What a finding says is not here: each code's templates sit with the module that reports it.
"""
from __future__ import annotations

FRAME: dict[str, dict[str, str]] = {
    "zh": {
        "severity.error": "错误", "severity.warning": "警告", "severity.info": "提示",
        "level.national": "国家", "level.province": "省级", "level.city": "市级", "level.county": "县级",
        "level.ministry": "部门",
        "label.expected": "国家要求", "label.actual": "规划现状", "label.source": "依据",
        "label.hint": "说明", "label.evidence": "证据", "label.inferred": "推断",
        "summary": "检查了{files}个文件：{error}个错误，{warning}个警告，{info}个提示",
        "stats.total": "共{count}个问题",
        "rules.header": "代码    严重程度  名称",
        "explain.code": "代码", "explain.name": "名称", "explain.severity": "默认严重程度",
        "explain.summary": "概要", "explain.items": "依据的国家规划条目",
        "explain.item": "国家规划条目", "explain.kind.indicator": "指标", "explain.kind.action": "优先行动",
        "explain.kind.project": "重点工程（专栏）", "explain.kind.task": "重点任务分工",
        "explain.kind.duty": "地区任务", "explain.expected": "国家要求", "explain.required": "必须设置的层级", "explain.advised": "建议设置的层级（警告）",
        "explain.departments": "必须设置的部门", "explain.regions": "适用地区", "explain.codes": "相关代码",
        "explain.quote": "国家规划原文", "explain.goal": "行动目标", "explain.aliases": "也写作",
        "explain.unit": "单位", "explain.kind": "类型",
        "junit.suite": "planlint",
    },
    "en": {
        "severity.error": "error", "severity.warning": "warning", "severity.info": "info",
        "level.national": "national", "level.province": "province", "level.city": "city",
        "level.county": "county", "level.ministry": "ministry",
        "label.expected": "National requirement", "label.actual": "Plan states", "label.source": "Source",
        "label.hint": "Note", "label.evidence": "Evidence", "label.inferred": "Inferred",
        "summary": "Checked {files} file(s): {error} error(s), {warning} warning(s), {info} info",
        "stats.total": "{count} finding(s) in all",
        "rules.header": "code    severity  name",
        "explain.code": "Code", "explain.name": "Name", "explain.severity": "Default severity",
        "explain.summary": "Summary", "explain.items": "National plan items it derives from",
        "explain.item": "National plan item", "explain.kind.indicator": "indicator",
        "explain.kind.action": "priority action", "explain.kind.project": "key project (box)",
        "explain.kind.task": "assigned task", "explain.kind.duty": "regional duty",
        "explain.expected": "National requirement", "explain.required": "Levels that must carry it",
        "explain.advised": "Levels advised to carry it (warning)",
        "explain.departments": "Departments that must carry it", "explain.regions": "Regions",
        "explain.codes": "Related codes", "explain.quote": "National text", "explain.goal": "Action goal",
        "explain.aliases": "Also written as", "explain.unit": "Unit", "explain.kind": "Kind",
        "junit.suite": "planlint",
    },
}

RULE_SUMMARIES: dict[str, dict[str, str]] = {
    "en": {
        "PL001": "The file cannot be read or parsed (encoding, YAML/Markdown syntax, empty file)",
        "PL002": "The plan does not fit the plan format (schema/plan.schema.json)",
        "PL003": "The plan's level is unknown and cannot be inferred; only requirements for every level are checked",
        "PL004": "The plan's period does not overlap the rule pack's: not checked against the national plan",
        "PL010": "A suppression comment or waiver gives no reason (“-- reason”)",
        "PL011": "A suppression comment or waiver suppresses nothing (fixed, or a wrong code)",
        "PL012": "An unrecognised planlint directive, or a code that does not exist",
        "PL101": "A national indicator this level (or this department) must carry is missing",
        "PL102": "A target weaker than the national target (level-type compared directly; scale-type by implied annual growth)",
        "PL103": "An indicator name close to a national one but not clearly the same (“did you mean …?”)",
        "PL104": "The target year differs from the national target year: not comparable (no guessing)",
        "PL105": "A value that cannot be read (not a number, or unknown unit or comparator)",
        "PL106": "The unit is of another dimension than the national indicator's: not comparable",
        "PL107": "An indicator without a year or a unit; the plan period or the national unit is assumed",
        "PL111": "The stated annual growth does not follow from base and target values",
        "PL112": "The stated cumulative percentage points differ from target minus base",
        "PL113": "A percentage above 100%",
        "PL114": "A target worse than its base value for a higher-is-better (or lower-is-better) indicator",
        "PL115": "A target stated in the running text contradicts the indicator table",
        "PL201": "A national priority action this level must take up is not covered",
        "PL202": "Coverage of a priority action is doubtful: only passing mentions",
        "PL203": "A target in a priority action's field is weaker than the national action target",
        "PL204": "A national key project (box) applying to this level is not taken up",
        "PL205": "A task the national plan assigns to this region is not taken up",
        "PL206": "Ministry plans: a task the national task division assigns to this department is not covered",
        "PL900": "planlint internal error: one check failed, the other findings are still reported",
    },
}
