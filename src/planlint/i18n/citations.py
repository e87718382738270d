"""Citations of the national text in another language.

A rule pack cites the national plan by its own headings (二、（三）发展目标，“十三五”信息化发展主要指标
第6项): data of the pack, not words planlint writes, so no template can hold them. English reads
their structure — section numbers, the main table, boxes, the annex — and leaves the rest as written.
"""
from __future__ import annotations

import re
from typing import Optional

_CHINESE_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMERAL = re.compile(r"(?<![零一二三四五六七八九十])([零一二三四五六七八九十]{1,3})(?=、|）)")

# (pattern, replacement), applied in order once the section numbers are digits
_STRUCTURE: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"^(\d+)、（(\d+)）", r"Section \1(\2) "),
        (r"^(\d+)、", r"Section \1 "),
        (r"^附件 重点任务分工方案 第(\d+)项$", r"Annex: division of key tasks, item \1"),
        (r"发展目标", "Development goals"),
        (r"，“十三五”信息化发展主要指标 第(\d+)项", r", main indicator table, row \1"),
        (r"，“十三五”信息化发展主要指标$", ", main indicator table"),
        (r"优先行动（(\d+)）", r"Priority actions, action \1"),
        (r"行动目标$", ", action goals"),
        (r"专栏(\d+)[\u3000 ]+(.+)$", r"Box \1 “\2”"),
        (r"专栏(\d+)", r"Box \1"),
        (r"^国家规划$", "National plan"),
    ],
}


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20 (the numbering of the national plan's sections)."""
    if "十" not in text:
        return int("".join(str(_CHINESE_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[ones] if ones else 0)


def citation(text: Optional[str], lang: str) -> Optional[str]:
    """The citation as this language shows it: 二、（三）发展目标 → Section 2(3) Development goals."""
    if text is None or lang not in _STRUCTURE:
        return text
    text = _CN_NUMERAL.sub(lambda m: str(chinese_number(m.group(1))), text)
    for pattern, repl in _STRUCTURE[lang]:
        text = re.sub(pattern, repl, text)
    return re.sub(r"  +", " ", text).strip()
