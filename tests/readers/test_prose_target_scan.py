"""The prose-target pattern is tried only where a target can start (a resolve word's or a
comparator's first character): the matches must be exactly those of a scan from every character."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from planlint.readers.prose_targets import _TEXT_TARGET, _text_target_matches

PIECES = ["到2020年，", "固定宽带家庭普及率", "达到", "达", "超过", "力争", "确保", "不低于", "提高到", "75", "0.9",
          "%", "万亿元", "以上", "左右", "，", "。", "大数据", "有序", "力争突破", "突破", "大于等于", "≥", "≤",
          "百分之八十", "八成", "下降至", "保持在", "控制在", "5G", "网络零售额", "年均增长", "超超", "达达到"]


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("cmp")) for m in matches]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_the_targets_found_are_those_of_a_full_scan(text):
    assert _spans(_text_target_matches(text)) == _spans(_TEXT_TARGET.finditer(text))


def test_a_plan_line_gives_its_targets_in_order():
    text = "到2020年，固定宽带家庭普及率达到75%，网络零售额力争突破5000亿元，大数据产业规模超过1000亿元。"
    assert [m.group(0) for m in _text_target_matches(text)] == ["达到75%", "力争突破5000亿元", "超过1000亿元"]
