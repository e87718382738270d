"""Substance terms from an action's body: the noun phrases its sentences commit to.

A body reads “加快建设工业互联网标识解析二级节点，培育面向重点行业的工业互联网平台”: split at
punctuation and conjunctions, drop the leading verbs, and the phrases left (工业互联网标识解析二级节点,
工业互联网平台) are what a plan below must take up for the action to count as covered.
"""
from __future__ import annotations

import re

SPLIT = re.compile(r"[，。；;：:、（）()“”\"《》！？\s]|(?:和|及|与|以及|并|等|的)")
# verbs and qualifiers that open a clause without saying what it is about
LEADING = ("全面", "加快", "加强", "积极", "大力", "深入", "持续", "进一步", "统筹", "重点", "逐步", "着力",
           "建设", "建成", "建立", "健全", "完善", "推进", "推动", "推广", "培育", "发展", "实施", "开展",
           "组织", "支持", "鼓励", "引导", "打造", "形成", "构建", "提升", "提高", "深化", "强化", "促进",
           "实现", "面向", "围绕", "依托", "归集", "覆盖", "普及", "扩大", "优化", "创新", "布局", "开展",
           "一批", "一大批", "若干", "全省", "全市", "各市", "各地", "我省", "我市", "本省", "本市")
TRAILING = ("建设", "应用", "工作", "体系建设", "等")
MIN_CHARS, MAX_CHARS = 3, 14


def _trim(chunk: str) -> str:
    changed = True
    while changed and chunk:
        changed = False
        for w in LEADING:
            if chunk.startswith(w) and len(chunk) > len(w):
                chunk, changed = chunk[len(w):], True
        for w in TRAILING:
            if chunk.endswith(w) and len(chunk) - len(w) >= MIN_CHARS:
                chunk, changed = chunk[:-len(w)], True
    return chunk


def phrases(text: str) -> list[str]:
    """The noun phrases of a text, in order, without repeats; figures and years left out."""
    out: list[str] = []
    for chunk in SPLIT.split(text or ""):
        chunk = _trim(chunk.strip())
        if not MIN_CHARS <= len(chunk) <= MAX_CHARS or re.search(r"\d", chunk):
            continue
        if chunk not in out:
            out.append(chunk)
    return out


GENERIC_TITLE_SUFFIXES = ("行动", "工程", "计划", "专项", "建设", "发展", "创新", "信息化", "应用", "推广", "提升")


def title_core(title: str) -> str:
    """工业互联网创新发展行动 → 工业互联网; 社会信用信息化工程 → 社会信用."""
    changed = True
    while changed:
        changed = False
        for w in GENERIC_TITLE_SUFFIXES:
            if title.endswith(w) and len(title) - len(w) >= 2:
                title, changed = title[:-len(w)], True
    return title
