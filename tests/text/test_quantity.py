import math
from dataclasses import replace

import pytest

from planlint.text.quantity import MEMOISED_UP_TO, QuantityError, chinese_to_number, parse_quantity
from planlint.text.units import parse_unit


@pytest.mark.parametrize("text,comparator,value,unit", [
    (70, "=", 70, None),
    ("75%", "=", 75, "%"),
    ("75％", "=", 75, "%"),
    (">38", ">", 38, None),
    ("＞38", ">", 38, None),
    ("≥90", ">=", 90, None),
    ("75以上", ">=", 75, None),
    ("75%以上", ">=", 75, "%"),
    ("不低于70", ">=", 70, None),
    ("超过38", ">", 38, None),
    ("突破1000亿元", ">", 1000, "亿元"),
    ("七成以上", ">=", 70, "%"),
    ("九成", "=", 90, "%"),
    ("达到八成半", ">=", 85, "%"),
    ("力争突破1000亿元", ">", 1000, "亿元"),
    ("达到1000Mbps以上", ">=", 1000, "Mbps"),
    ("百分之九十", "=", 90, "%"),
    ("<1", "<", 1, None),
    ("不高于1.4", "<=", 1.4, None),
    ("1.5以下", "<=", 1.5, None),
    ("７０", "=", 70, None),
    ("约75%", "=", 75, "%"),
    ("26.2万亿元", "=", 26.2, "万亿元"),
    ("1000兆比特/秒", "=", 1000, "Mbps"),
    ("20太比特/秒", "=", 20, "Tbps"),
    ("3,746", "=", 3746, None),
    ("九十八", "=", 98, None),
    ("75%及以上", ">=", 75, "%"),
    ("90%及以下", "<=", 90, "%"),
    ("大于等于75%", ">=", 75, "%"),
    ("≧75%", ">=", 75, "%"),
    ("小于或等于1.5", "<=", 1.5, None),
    ("实现100%", ">=", 100, "%"),
    ("实现全覆盖", ">=", 100, "%"),
    ("力争80%", "=", 80, "%"),
    ("确保达到80%", ">=", 80, "%"),
    ("力争超过80%", ">", 80, "%"),
    ("保持在80%以上", ">=", 80, "%"),
    ("预计80%", "=", 80, "%"),
    ("降低至1.4以下", "<=", 1.4, None),
])
def test_parse_forms(text, comparator, value, unit):
    q = parse_quantity(text)
    assert q.comparator == comparator
    assert math.isclose(q.value, value)
    assert (q.unit.symbol if q.unit else None) == unit


def test_cumulative_points():
    q = parse_quantity("〔24〕")
    assert q.cumulative and q.value == 24 and q.comparator == "="
    q = parse_quantity("〔>14〕")
    assert q.cumulative and q.comparator == ">" and q.value == 14
    assert parse_quantity("[2.8]").cumulative


def test_magnitude_with_unit_field():
    q = parse_quantity("1.2万", "件")
    assert q.value == 12000 and q.unit.symbol == "件"
    bare = parse_quantity("1.2万")
    assert bare.unit.dimension == "count" and bare.converted(parse_unit("件")).value == pytest.approx(12000)


@pytest.mark.parametrize("src,dst,value,expected", [
    ("26.2万亿元", "亿元", None, 262000),
    ("3746亿元", "万亿元", None, 0.3746),
    ("6880万人", "亿", None, 0.688),
    ("20Tbps", "Gbps", None, 20000),
    ("1Gbps", "Mbps", None, 1000),
    ("15.3万件", "件", None, 153000),
])
def test_unit_conversion(src, dst, value, expected):
    q = parse_quantity(src)
    assert q.converted(parse_unit(dst)).value == pytest.approx(expected)


def test_range_keeps_both_ends():
    q = parse_quantity("70~75%")
    assert q.comparator == "range" and q.value == 70 and q.upper == 75


def test_decimals_drive_rounding_tolerance():
    assert parse_quantity("11.0").half_ulp == pytest.approx(0.05)
    assert parse_quantity("15").half_ulp == pytest.approx(0.5)


@pytest.mark.parametrize("bad", ["—", "", "待定", "abc", "75个苹果", None, True, [1], float("nan"), "x" * 500])
def test_not_a_number_is_reported(bad):
    with pytest.raises(QuantityError) as err:
        parse_quantity(bad)
    assert str(err.value)  # a message in Chinese for the report


def test_chinese_numerals():
    assert chinese_to_number("一百二十")[0] == 120
    assert chinese_to_number("十五")[0] == 15
    assert chinese_to_number("三点五") == (3.5, 1)
    assert chinese_to_number("二〇二〇")[0] == 2020


def test_describe_round_trip():
    assert parse_quantity("不低于70%").describe() == "≥70%"
    assert parse_quantity("〔>14〕").describe() == "〔＞14〕"


@pytest.mark.parametrize("text,comparator,value", [
    ("75%（力争80%）", "=", 75),        # a remark after the figure
    ("80（预期性）", "=", 80),
    ("90%（2020年）", "=", 90),
    ("75%，力争80%", "=", 75),          # the first clause holds the target
    ("75①", "=", 75),                   # footnote marks are not digits
    ("80*", "=", 80),
    ("超 75%", ">", 75),
    ("过半", ">", 50),
    ("半数以上", ">=", 50),
    ("1,234,567", "=", 1234567),         # commas between digits group thousands
])
def test_forms_seen_in_drafts(text, comparator, value):
    q = parse_quantity(text)
    assert (q.comparator, q.value) == (comparator, value)


@pytest.mark.parametrize("text,low,high,unit", [
    ("75-80%", 75, 80, "%"),
    ("75%~80%", 75, 80, "%"),
    ("75%—80%", 75, 80, "%"),
    ("75%至80%", 75, 80, "%"),
    ("75%-80", 75, 80, "%"),
    ("75～80", 75, 80, None),
])
def test_ranges_with_the_unit_at_either_end(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.comparator, q.value, q.upper) == ("range", low, high)
    assert (q.unit.symbol if q.unit else None) == unit


def test_a_range_with_two_different_units_is_not_guessed():
    with pytest.raises(QuantityError, match="单位不同"):
        parse_quantity("75%~80亿元")


@pytest.mark.parametrize("text", ["保持领先", "实现翻番", "达到国内先进水平"])
def test_words_of_intent_without_a_figure_are_named_whole(text):
    with pytest.raises(QuantityError, match=f"“{text}”不是数值"):
        parse_quantity(text)


@pytest.mark.parametrize("text,year,value", [
    ("2020年达到75%", 2020, 75), ("到2020年：75%", 2020, 75), ("75%（2018年）", 2018, 75),
    ("2020年底前实现全覆盖", 2020, 100), ("75%", None, 75),
])
def test_a_year_written_in_the_value_is_the_values_year(text, year, value):
    from planlint.text.quantity import year_in_value
    assert year_in_value(text) == year and parse_quantity(text).value == value


def test_a_target_whose_value_names_another_year_is_not_compared(lint):
    text = ("title: 某省“十三五”信息化规划\nlevel: province\nregion: 江苏省\nindicators:\n"
            "  - name: 固定宽带家庭普及率\n    unit: \"%\"\n    target: {value: \"2018年达到60%\"}\n")
    codes = {d.code for d in lint(text).diagnostics if d.subject == "固定宽带家庭普及率"}
    assert "PL104" in codes and "PL102" not in codes and "PL107" not in codes



@pytest.mark.parametrize("text,unit", [("85", "%"), ("不高于1.4", None), ("〔30〕", "%"), ("1.2万", "件")])
def test_a_value_read_again_reads_the_same(text, unit):
    """Short value texts are parsed once per process (quantity.MEMOISED_UP_TO): the second
    reading of a value gives the first's answer."""
    assert parse_quantity(text, unit) == parse_quantity(text, unit)


def test_the_same_text_under_another_unit_is_read_under_that_unit():
    assert parse_quantity("85", "%").unit == parse_unit("%")
    assert parse_quantity("85", None).unit is None
    assert parse_quantity("85", "万人").unit == parse_unit("万人")
    assert parse_quantity("1.2万", "件").value == 12000
    assert parse_quantity("1.2万", None).value == 1.2


def test_an_unreadable_value_raises_a_fresh_error_each_time():
    """The reason is remembered, the error is not: a caller that detaches or keeps one error
    (analysis/context.py) must not change the next plan's."""
    errors = []
    for _ in range(2):
        with pytest.raises(QuantityError) as info:
            parse_quantity("保持领先", "%")
        errors.append(info.value)
    assert errors[0] is not errors[1]
    assert str(errors[0]) == str(errors[1]) == "“保持领先”不是数值"
    assert errors[0].text.id == "quantity.not-a-number"


def test_a_value_longer_than_the_memo_keeps_is_read_all_the_same():
    """A sentence pasted into a value cell is not kept, but parsed like a short one."""
    long = "75%，" + "力争在全省范围内实现更高水平的网络覆盖" * 4
    assert len(long) > MEMOISED_UP_TO
    assert parse_quantity(long, "%") == replace(parse_quantity("75%", "%"), text=long)
    with pytest.raises(QuantityError, match="没有给出数值"):
        parse_quantity("—，" + "待定" * 40, "%")
