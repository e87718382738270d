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
        "file.counts": "{error}个错误，{warning}个警告，{info}个提示",
        "stats.per-file.header": "错误  警告  提示  文件",
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
        "file.counts": "{error} error(s), {warning} warning(s), {info} info",
        "stats.per-file.header": "errors  warnings  infos  file",
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

