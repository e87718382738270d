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
        "label.expected": "国家要求", "label.expected.derived": "推算值（由规划自身数值推出）",
        "label.expected.table": "表中数值", "label.actual": "规划现状", "label.source": "依据", "label.rulepack": "规则包",
        "label.hint": "说明", "label.evidence": "证据", "label.inferred": "推断", "label.covered": "已覆盖",
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
        "explain.unit": "单位", "explain.kind": "类型", "explain.no-unit": "无",
        "sarif.basis": "依据：规则包 {pack} 中的国家规划{kind}条目，各条目及其国家规划原文见 planlint rule {code}",
        "indicator.kind.level": "水平（比较目标值）", "indicator.kind.scale": "规模（比较增速）",
        "junit.suite": "planlint",
        "baseline.known": "（基线中已有）",
        "baseline.summary": "对照基线：新问题{new}个，基线中已有{unchanged}个，已解决{absent}项",
        "diff.header": "两稿对照：{old} → {new}",
        "diff.new": "新出现的问题（{count}个）", "diff.fixed": "已解决的问题（{count}个）",
        "diff.unchanged": "仍未解决的问题（{count}个）",
        "diff.summary": "新问题{new}个，已解决{fixed}个，未变{unchanged}个",
    },
    "en": {
        "severity.error": "error", "severity.warning": "warning", "severity.info": "info",
        "level.national": "national", "level.province": "province", "level.city": "city",
        "level.county": "county", "level.ministry": "ministry",
        "label.expected": "National requirement",
        "label.expected.derived": "Derived from the plan's own figures", "label.expected.table": "Plan's table states", "label.actual": "Plan states", "label.source": "Source", "label.rulepack": "Rule pack",
        "label.hint": "Note", "label.evidence": "Evidence", "label.inferred": "Inferred", "label.covered": "Covered",
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
        "explain.no-unit": "none",
        "sarif.basis": "Rests on: the national plan's {kind} items in the rule pack {pack}; planlint rule {code} "
                       "lists them with the national text",
        "indicator.kind.level": "level (the target value is compared)",
        "indicator.kind.scale": "scale (the growth rate is compared)",
        "junit.suite": "planlint",
        "baseline.known": "(in baseline)",
        "baseline.summary": "Against the baseline: {new} new, {unchanged} already in the baseline, {absent} fixed",
        "diff.header": "Two drafts compared: {old} → {new}",
        "diff.new": "New findings ({count})", "diff.fixed": "Fixed findings ({count})",
        "diff.unchanged": "Unchanged findings ({count})",
        "diff.summary": "{new} new, {fixed} fixed, {unchanged} unchanged",
    },
}

