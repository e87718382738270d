"""The numbering grammar: each reading keeps the behaviour of the code it replaced.

The Markdown reader still has its own numbering helpers; until it uses this module, its functions
are the reference the drop-ins are compared with, on the headings and names of the repository's
plans and the pack's citations, on every form with blanks and punctuation around it, and on
random strings of the characters numbering is made of.
"""
from __future__ import annotations

import itertools
import random
import re
import unicodedata
from pathlib import Path

import pytest

from planlint.text.numbering import (FOLDED_NAMES, HEADING_KEYS, OUTLINE, TABLE_NAMES, built_patterns,
                                     has_name_numbering, is_box_heading, numbering_end, numbering_rank,
                                     strip_heading_numbering, strip_name_numbering, strip_outline_numbering)


ROOT = Path(__file__).resolve().parents[2]

PREFIXES = ["", "第一章", "第十二章 ", "第3章", "第〇章", "第一篇", "第二部分", "第一部分、", "第三节", "第1节",
            "第一条", "一、", "十二、", "一百、", "一．", "一.", "一 、", "（一）", "(二)", "（十一）、", "（一）．",
            "（ 一 ）", "一）", "（一、", "1.", "1、", "1．", "12.", "123.", "1234.", "1 .", "1)", "1）", "（1）",
            "(12)", "（123）", "( 1 )", "（1）、", "①", "⑳", "① ", "１．", "（１）", "专栏3", "专栏 12", "【专栏1】",
            "一、（一）", "（一）1、", "专栏3（一）", "第一章一、", " 一、", "\u3000（一）", "\t1.", "1.5", "2020.",
            "20.5%", "3G/4G", "4G", "十三五", "一二三四、", "百、", "零、", "〇、", "十1、", "1十、"]
TITLES = ["", "发展目标", "发展目标。", "总体要求：", " 夯实发展基础 ", "光纤入户用户占总宽带用户的比率（%）",
          "5G网络", "1.5倍", "、", "。", "．"]


def _corpus() -> list[str]:
    """Lines of the repository's plans and cells of the pack's quoted tables."""
    lines: set[str] = set()
    for path in itertools.chain(sorted((ROOT / "examples").rglob("*.md")), sorted((ROOT / "examples").rglob("*.yaml")),
                                sorted((ROOT / "rules").rglob("*.yaml"))):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip().lstrip("#>-*| ").strip()
            text = re.sub(r"^(?:[a-z_]+|quote|name|heading|title):\s*", "", text).strip("\"'")
            lines.add(text)
            lines.update(cell.strip() for cell in re.split(r"\s\|\s|\|", text))
    return sorted(s for s in lines if s)


CORPUS = _corpus()
FORMED = [p + t for p in PREFIXES for t in TITLES]
RANDOM = ["".join(random.Random(i).choices("一二十百零〇1２3（()）【】[]〔〕、．.：第章节篇部分条专栏①⑳ \u3000x目标", k=i % 9))
          for i in range(6000)]
EVERYTHING = CORPUS + FORMED + RANDOM


def test_the_corpus_is_broad():
    assert len(CORPUS) > 1000
    assert sum(numbering_rank(s) is not None for s in CORPUS) > 50
    assert sum(has_name_numbering(s) for s in CORPUS) > 50


@pytest.mark.parametrize("text, box", [
    ("专栏3 信息惠民工程", True), ("【专栏三】", True), ("[专栏 12]", True), ("〔专栏１〕", True), ("专栏", False),
    ("（专栏3）", False), ("见专栏3", False),
])
def test_box_headings(text, box):
    assert is_box_heading(text) is box


@pytest.mark.parametrize("text, rank", [
    ("第一章 总体要求", 0), ("第三部分　重点任务", 0), ("第二节 发展目标", 1), ("一、发展基础", 2),
    ("（三）发展目标。", 3), ("(三)发展目标", 3), ("(3)发展目标", 5), ("2.推进建设", 4), ("12、推进建设", 4), ("（1）光纤", 5),
    ("①光纤", 6), ("1.5倍", None), ("123.标题", None), ("一、", None), ("专栏3 标题", None),
    ("第一条 总则", None), ("发展目标", None),
])
def test_outline_ranks(text, rank):
    hit = numbering_rank(text)
    assert (hit[0] if hit else None) == rank


def test_outline_title():
    assert strip_outline_numbering("（三）发展目标。") == "发展目标"
    assert strip_outline_numbering("第一章、 总体要求：") == "总体要求"
    assert numbering_rank("一、") is None                   # numbering with nothing after is no numbering
    assert strip_outline_numbering("一、") == "一、"


@pytest.mark.parametrize("title, key", [
    ("（三）夯实发展基础", "夯实发展基础"), ("专栏3 信息惠民工程", "信息惠民工程"), ("专栏3（一）标题", "标题"),
    ("第一章 总体要求", "总体要求"), ("一、（一）1、标题", "标题"), ("（一、标题", "标题"), ("1)标题", "标题"),
    ("第一部分 总体要求", "第一部分 总体要求"),      # 篇 and 部分 are outline levels, not key numbering
    ("①标题", "①标题"), ("1.5G网络", "5G网络"), ("  一、 标题 ", "标题"), ("", ""),
])
def test_heading_keys(title, key):
    assert strip_heading_numbering(title) == key


@pytest.mark.parametrize("name, stripped", [
    ("1.光纤入户", "光纤入户"), ("1 . 光纤入户", "光纤入户"), ("( 3 )光纤", "光纤"), ("(3)光纤", "光纤"),
    ("3)光纤", "光纤"), ("一.光纤", "光纤"), ("一二三、光纤", "光纤"), ("一二三四、光纤", "一二三四、光纤"),
    ("(一)光纤", "(一)光纤"), ("1.5G用户", "5G用户"), ("1234.光纤", "1234.光纤"), ("  2、 光纤", "光纤"),
])
def test_folded_names(name, stripped):
    assert strip_name_numbering(unicodedata.normalize("NFKC", name), FOLDED_NAMES) == stripped


@pytest.mark.parametrize("name, stripped", [
    ("1.光纤入户", "光纤入户"), ("（3）光纤", "光纤"), ("3）光纤", "光纤"), ("①光纤", "光纤"), ("（一）光纤", "光纤"),
    ("一、光纤", "光纤"), ("一.光纤", "一.光纤"), ("1.5G用户", "1.5G用户"), ("1 .光纤", "1 .光纤"),
])
def test_table_names(name, stripped):
    assert strip_name_numbering(name) == stripped
    assert has_name_numbering(name) == (name != stripped)


def test_readings_differ_only_where_declared():
    # the same text, four readings: what each one takes as numbering
    text = "（一）1.5倍"
    assert [numbering_end(text, r) for r in (OUTLINE, TABLE_NAMES, FOLDED_NAMES, HEADING_KEYS)] == [3, 3, 0, 5]


def test_every_built_pattern_compiles():
    patterns = built_patterns()
    assert {"OUTLINE", "TABLE_NAMES", "FOLDED_NAMES", "BOXES", "HEADING_KEYS"} <= set(patterns)
    assert all(re.compile(p) for p in patterns.values())
