"""What a baseline file that cannot be used is told (exit 2), Chinese and English side by side."""
from __future__ import annotations

from planlint.messages import Template, catalogue

ERRORS = catalogue("baseline.error", {
    "unreadable": Template("无法读取基线文件 {path}：{reason}", "cannot read the baseline file {path}: {reason}"),
    "too-large": Template("基线文件 {path} 超过{limit}MiB，未读取", "the baseline file {path} exceeds {limit} MiB: not read"),
    "bad-json": Template("基线文件 {path} 不是有效的JSON：{problem}", "the baseline file {path} is not valid JSON: {problem}"),
    "too-deep": Template("基线文件 {path} 嵌套层数过深，未读取", "the baseline file {path} is nested too deeply: not read"),
    "not-baseline": Template("{path} 不是planlint基线文件（缺少 \"format\": \"{format}\"；用 --write-baseline 生成）",
                             "{path} is not a planlint baseline file (no \"format\": \"{format}\"; make one with "
                             "--write-baseline)"),
    "version": Template("基线文件 {path} 的版本 {version} 不受支持（应为 {expected}）",
                        "the baseline file {path} has the unsupported version {version} (expected {expected})"),
    "no-fingerprint": Template("基线文件 {path}：第{index}项缺少 \"fingerprint\"",
                               "the baseline file {path}: entry {index} has no \"fingerprint\""),
    "findings": Template("基线文件 {path}：\"findings\" 应为列表", "the baseline file {path}: \"findings\" should be a list"),
})
