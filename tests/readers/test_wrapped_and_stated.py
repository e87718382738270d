"""Prose as converters and drafters leave it: a target wrapped across two lines of a paragraph is
read (Markdown and YAML bodies), and a figure the review of the past states for a year before
the period is kept as that indicator's base."""
from __future__ import annotations

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
