"""Prose as converters and drafters leave it: a target wrapped across two lines of a paragraph is
read (Markdown and YAML bodies), and a figure the review of the past states for a year before
the period is kept as that indicator's base."""
from __future__ import annotations

import pytest

from planlint.readers.markdown.reader import read_markdown
from planlint.readers.prose_targets import targets_across

FRONT = "---\nlevel: province\nregion: 江苏省\nperiod: {start: 2016, end: 2020}\n---\n\n# 江苏省“十三五”信息化发展规划\n\n"


def _targets(text: str) -> dict[str, tuple]:
    plan = read_markdown(text, "plan.md").plan
    return {i.name: (i.target.value, i.target.year, i.loc.line, i.target.loc.line) for i in plan.indicators}


def test_a_target_wrapped_after_its_comparator_is_read_where_it_starts():
    text = FRONT + "## 二、发展目标\n\n到2020年，全省固定宽带家庭普及率达到\n65%，移动宽带用户普及率达到90%。\n"
    found = _targets(text)
    first = text.split("\n").index("到2020年，全省固定宽带家庭普及率达到") + 1
    assert found["固定宽带家庭普及率"] == ("达到65%", 2020, first, first)
    assert found["移动宽带用户普及率"][:2] == ("达到90%", 2020)
    assert len(found) == 2          # nothing read twice


def test_a_name_wrapped_inside_is_read_and_its_value_located_on_the_next_line():
    [ind] = targets_across(("到2020年，全省固定宽带家庭", 20, 1), ("普及率达到65%以上。", 21, 3), (2016, 2020))
    assert (ind.name, ind.target.value, ind.loc.line) == ("固定宽带家庭普及率", "达到65%以上", 20)
    assert (ind.target.loc.line, ind.target.loc.column) == (21, 6)


def test_lines_that_end_a_sentence_or_a_paragraph_are_not_joined():
    assert targets_across(("全省信息化水平明显提升。", 1, 1), ("65%的行政村通光纤。", 2, 1), (2016, 2020)) == []
    text = FRONT + "## 二、发展目标\n\n到2020年，全省固定宽带家庭普及率达到\n\n65%的行政村实现光纤到村。\n"
    assert "固定宽带家庭普及率" not in _targets(text)


def test_a_wrapped_target_in_a_yaml_body_is_checked(lint, findings):
    text = ("title: 江苏省“十三五”信息化发展规划\nlevel: province\nregion: 江苏省\nperiod: {start: 2016, end: 2020}\n"
            "sections:\n  - heading: 二、发展目标\n    body: |\n      到2020年，全省固定宽带家庭普及率达到\n"
            "      65%，移动宽带用户普及率达到90%。\n")
    [d] = findings(lint(text), "PL102", "固定宽带家庭普及率")
    assert d.line == 8 and "65%" in d.message


def test_a_result_stated_for_the_base_year_is_kept_as_a_base():
    text = (FRONT + "## 一、发展现状与形势\n\n截至2015年底，全省电子商务交易规模达到2.4万亿元，网民规模达到4400万人。\n\n"
            "## 二、发展目标\n\n到2020年，电子商务交易规模达到3万亿元。\n")
    plan = read_markdown(text, "plan.md").plan
    assert [(i.name, i.target.value) for i in plan.indicators] == [("电子商务交易规模", "达到3万亿元")]
    bases = {r.name: (r.base.value, r.base.year) for r in plan.results}
    assert bases == {"电子商务交易规模": ("2.4万亿元", 2015), "网民规模": ("4400万人", 2015)}


def test_tenths_in_prose_are_a_target_like_a_percentage(lint, findings):
    # a ministry plan with no indicator table: its 发展目标 paragraph is where the targets stand
    text = ("---\nlevel: ministry\ndepartment: 工业和信息化部\nperiod: {start: 2016, end: 2020}\n---\n\n"
            "# 信息通信行业发展规划（2016—2020年）\n\n## 二、发展目标\n\n"
            "到2020年，光纤入户用户占总宽带用户的比率超过八成，固定宽带家庭普及率达到70%以上，"
            "移动宽带用户普及率达到85%，贫困村宽带网络覆盖率达到八成半。\n")
    report = lint(text, "plan.md")
    assert findings(report, "PL101") == []                     # 超过八成 is read, not missing
    [weak] = findings(report, "PL102")
    assert weak.subject == "贫困村宽带网络覆盖率" and "85%" in weak.actual


SHAANXI = "---\nlevel: province\nregion: 陕西省\nperiod: {start: 2016, end: 2020}\n---\n\n# 陕西省“十三五”信息化发展规划\n\n"


def test_a_growth_written_before_its_target_goes_with_it():
    text = SHAANXI + "## 二、发展目标\n\n到2020年，电子商务交易额年均增长20%以上，到2020年突破1.2万亿元。\n"
    [ind] = read_markdown(text, "plan.md").plan.indicators
    assert (ind.name, ind.target.value, ind.growth) == ("电子商务交易额", "突破1.2万亿元", "20%以上")
    assert ind.growth_loc.column == text.split("\n")[-2].index("20%") + 1


def test_a_growth_without_a_target_is_read_and_checked_by_its_rate(lint, findings):
    text = (SHAANXI + "## 一、发展现状\n\n“十二五”期间，全省信息消费规模年均增长25%。\n\n"
            "## 二、发展目标\n\n到2020年，信息消费规模年均增长10%以上，网络零售额达到1600亿元。\n")
    growths = [(i.name, i.growth, i.target) for i in read_markdown(text, "plan.md").plan.indicators if i.growth]
    assert growths == [("信息消费规模", "10%以上", None)]          # the review's 25% is a result
    report = lint(text, "plan.md")
    assert "信息消费规模" not in {d.subject for d in findings(report, "PL101")}
    [slow] = findings(report, "PL102", "信息消费规模")
    assert "10%" in slow.actual and slow.line == text.split("\n").index(text.split("\n")[-2]) + 1


def test_a_rise_in_points_is_a_target_not_a_gap(lint, findings):
    text = (SHAANXI + "## 一、发展现状\n\n“十二五”期间，移动宽带用户普及率比2010年提高40个百分点。\n\n"
            "## 二、发展目标\n\n到2020年，固定宽带家庭普及率较2015年提高30个百分点。\n")
    found = {i.name: (i.target, i.growth) for i in read_markdown(text, "plan.md").plan.indicators}
    assert found == {"固定宽带家庭普及率": (None, "〔30〕")}      # the review's rise is a result
    missing = {d.subject for d in findings(lint(text, "plan.md"), "PL101")}
    assert "固定宽带家庭普及率" not in missing and "移动宽带用户普及率" in missing


def test_a_growth_without_a_target_in_a_yaml_body_is_located(lint, findings):
    text = ("title: 陕西省“十三五”信息化发展规划\nlevel: province\nregion: 陕西省\nperiod: {start: 2016, end: 2020}\n"
            "sections:\n  - heading: 二、发展目标\n    body: |\n      到2020年，全省信息消费规模年均增长10%以上，"
            "固定宽带家庭普及率较2015年提高30个百分点。\n")
    report = lint(text)
    [slow] = findings(report, "PL102", "信息消费规模")
    assert (slow.line, slow.column) == (8, text.split("\n")[7].index("10%") + 1)
    assert "固定宽带家庭普及率" not in {d.subject for d in findings(report, "PL101")}


@pytest.mark.parametrize("sentence", [
    "固定宽带家庭普及率从2015年的41%提高到2020年的65%。",                # 从 as well as 由
    "2015年全省固定宽带家庭普及率为41%，到2020年达到65%。",              # the base's name carries on
    "2015年，全省固定宽带家庭普及率达到41%，到2020年达到65%。",
])
def test_a_target_after_its_base_year_figure_is_read(lint, findings, sentence):
    text = SHAANXI + "## 二、发展目标\n\n" + sentence + "\n"
    plan = read_markdown(text, "plan.md").plan
    [ind] = plan.indicators
    assert (ind.name, ind.target.value[-3:], ind.target.year) == ("固定宽带家庭普及率", "65%", 2020)
    [weak] = findings(lint(text, "plan.md"), "PL102", "固定宽带家庭普及率")
    assert "65%" in weak.actual


def test_a_nameless_figure_is_not_given_the_name_read_after_it():
    text = SHAANXI + "## 二、发展目标\n\n到2018年达到60%，固定宽带家庭普及率由2015年的41%提高到2020年的75%。\n"
    assert [(i.target.value, i.target.year) for i in read_markdown(text, "plan.md").plan.indicators] == \
        [("提高到75%", 2020)]


@pytest.mark.parametrize("sentence, comparator", [
    ("到2020年，全省固定宽带家庭普及率要达到65%。", ">="),
    ("到2020年，固定宽带家庭普及率将力争达到65%。", ">="),
    ("固定宽带家庭普及率稳步提高到65%以上。", ">="),
    ("固定宽带家庭普及率达到或超过65%。", ">="),
    ("固定宽带家庭普及率超65%。", ">"),
    ("固定宽带家庭普及率≥65%。", ">="),
])
def test_modal_words_and_other_comparators_before_a_prose_target(lint, findings, sentence, comparator):
    from planlint.text.quantity import parse_quantity

    text = SHAANXI + "## 二、发展目标\n\n" + sentence + "\n"
    [ind] = read_markdown(text, "plan.md").plan.indicators
    assert ind.name == "固定宽带家庭普及率" and parse_quantity(ind.target.value).comparator == comparator
    [weak] = findings(lint(text, "plan.md"), "PL102", "固定宽带家庭普及率")
    assert "65%" in weak.actual


def test_basic_public_services_keep_their_basic_in_a_prose_name():
    text = SHAANXI + "## 二、发展目标\n\n到2020年，基本公共服务事项网上可办率达到80%，基本实现固定宽带家庭普及率达到70%。\n"
    names = [i.name for i in read_markdown(text, "plan.md").plan.indicators]
    assert names == ["基本公共服务事项网上可办率", "固定宽带家庭普及率"]


# --- a year written on an earlier line of the paragraph ---------------------------------------

INTERIM = ("## 二、发展目标\n\n"
           "宽带网络覆盖能力明显提升。到2018年，\n"
           "全省固定宽带家庭普及率达到62%，移动宽带用户普及率达到78%。\n"
           "到2020年，全省固定宽带家庭普及率达到72%，移动宽带用户\n"
           "普及率达到88%。网络提速取得成效，到2019年，全省\n"
           "互联网国际出口带宽达到\n"
           "800Gbps。\n")


def _years(text: str) -> list[tuple[str, str, int, bool]]:
    plan = read_markdown(text, "plan.md").plan
    return [(i.name, i.target.value, i.target.year, i.year_assumed) for i in plan.indicators]


def test_a_year_on_an_earlier_line_of_the_paragraph_is_the_year_of_the_targets_after_it():
    assert _years(FRONT + INTERIM) == [
        ("固定宽带家庭普及率", "达到62%", 2018, False), ("移动宽带用户普及率", "达到78%", 2018, False),
        ("固定宽带家庭普及率", "达到72%", 2020, False), ("移动宽带用户普及率", "达到88%", 2020, False),
        ("互联网国际出口带宽", "达到800Gbps", 2019, False)]


def test_a_sentence_about_the_present_begun_on_the_line_before_states_a_result():
    text = FRONT + "## 一、发展现状\n\n目前，全省\n固定宽带家庭普及率达到52%，移动宽带用户普及率达到70%。\n"
    assert _years(text) == []


def test_a_paragraph_ends_at_a_blank_line_and_a_list_item_starts_afresh():
    text = FRONT + ("## 二、发展目标\n\n到2018年，全省信息化水平明显提升。\n\n固定宽带家庭普及率达到72%。\n\n"
                    "- 到2018年，全省信息化水平明显提升。\n- 移动宽带用户普及率达到88%。\n")
    assert [(name, year, assumed) for name, _, year, assumed in _years(text)] == [
        ("固定宽带家庭普及率", 2020, True), ("移动宽带用户普及率", 2020, True)]


def test_an_interim_target_beside_the_national_year_one_is_neither_weak_nor_incomparable(lint, findings):
    report = lint(FRONT + INTERIM, "plan.md")
    assert findings(report, "PL102", "固定宽带家庭普及率") == [] and findings(report, "PL104", "固定宽带家庭普及率") == []
    # a year written above a wrapped target in a YAML body is read the same way
    text = ("title: 江苏省“十三五”信息化发展规划\nlevel: province\nregion: 江苏省\nperiod: {start: 2016, end: 2020}\n"
            "sections:\n  - heading: 二、发展目标\n    body: |\n      宽带网络覆盖能力明显提升。到2018年，\n"
            "      全省固定宽带家庭普及率达到62%。\n")
    [d] = findings(lint(text), "PL104", "固定宽带家庭普及率")
    assert d.line == 9 and "2018" in d.message


def test_a_growth_stated_before_its_target_and_a_resolve_before_the_comparator_are_read():
    text = FRONT + ("## 二、发展目标\n\n信息经济。全省信息消费规模年均增长15%，达到4500亿元；"
                    "网络零售额力争突破5000亿元，年均增长18%左右；电子商务交易规模年均增长12%，2020年突破4万亿元。\n")
    plan = read_markdown(text, "plan.md").plan
    got = {i.name: (i.target.value, i.target.year, i.growth) for i in plan.indicators}
    assert got == {"信息消费规模": ("达到4500亿元", 2020, "15%"), "网络零售额": ("力争突破5000亿元", 2020, "18%左右"),
                   "电子商务交易规模": ("突破4万亿元", 2020, "12%")}


def test_a_rate_of_growth_the_plan_keeps_is_not_a_level_target():
    text = FRONT + "## 二、发展目标\n\n信息产业收入保持15%左右增长，网络零售额达到5000亿元年均增长18%。\n"
    plan = read_markdown(text, "plan.md").plan
    assert [(i.name, i.target.value, i.growth) for i in plan.indicators] == [("网络零售额", "达到5000亿元", "18%")]


def test_a_name_stated_twice_in_a_folded_yaml_body_is_located_at_each_statement():
    from planlint.readers.yaml.reader import read_yaml

    text = ("title: 江苏省“十三五”信息化发展规划\nlevel: province\nregion: 江苏省\nperiod: {start: 2016, end: 2020}\n"
            "sections:\n  - heading: 二、发展目标\n    body: >\n      到2018年，移动宽带用户普及率达到70%。\n"
            "      到2020年，移动宽带用户普及率达到80%。\n")
    plan = read_yaml(text, "plan.yaml").plan
    # folding made one line of the two: each name is still found where it is written
    assert [(i.target.value, i.loc.line, i.loc.column) for i in plan.indicators] == [
        ("达到70%", 8, 14), ("达到80%", 9, 14)]
