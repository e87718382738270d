"""The Markdown / pasted-text reader: tables in every layout, prose targets, structure, bad input."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from planlint.model import Location
from planlint.readers.markdown.reader import read_markdown

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT.parent / "shared" / "seed" / "000_99575e7e2805174f.txt"

NATIONAL_LAYOUT = """---
level: province
region: 山东省
period: {start: 2016, end: 2020}
---

# 山东省“十三五”信息化发展规划

## 二、总体要求

### （二）发展目标

到2020年，固定宽带家庭普及率达到75%，电子商务交易规模超过3万亿元，信息化发展指数达到98。

**表1 “十三五”信息化发展主要指标**

| 指标 | 2015年 | 2020年 | 年均增速（%） |
| --- | --- | --- | --- |
| 信息基础设施 | | | |
| 1.固定宽带家庭普及率（%） | 52 | 75%以上 | 〔23〕 |
| 2.移动宽带用户普及率（%） | — |  | — |
| 信息经济 | | | |
| 3.电子商务交易规模（万亿元） | 1.5 | >3 | 14.9 |

注：〔 〕表示五年累计数，单位为百分点。
"""


def read(text: str, path: str = "plan.md"):
    result = read_markdown(text, path)
    assert result.plan is not None, result.diagnostics
    return result.plan, result.diagnostics


def by_name(plan, origin="table"):
    return {i.name: i for i in plan.indicators if i.origin == origin}


# --- indicator tables ------------------------------------------------------------------------

def test_national_layout_pipe_table():
    plan, diags = read(NATIONAL_LAYOUT)
    assert diags == []
    table = by_name(plan)
    assert list(table) == ["固定宽带家庭普及率", "移动宽带用户普及率", "电子商务交易规模"]
    fb = table["固定宽带家庭普及率"]
    assert fb.unit == "%" and fb.category == "信息基础设施"
    assert (fb.base.value, fb.base.year) == ("52", 2015)
    assert (fb.target.value, fb.target.year) == ("75%以上", 2020)
    assert fb.growth == "〔23〕"
    # the name cell, after "| ", and the target cell of line 20
    assert fb.loc == Location(20, 3)
    assert fb.target.loc.line == 20
    assert "75%以上" == NATIONAL_LAYOUT.split("\n")[19][fb.target.loc.column - 1:][:5]
    mb = table["移动宽带用户普及率"]
    assert mb.base.value is None and mb.target.value is None and mb.growth is None
    ec = table["电子商务交易规模"]
    assert ec.unit == "万亿元" and ec.category == "信息经济" and ec.target.value == ">3"
    assert plan.indicators_loc == Location(17, 1)


def test_unit_column_category_column_reversed_years_and_attribute():
    text = """# 某省信息化规划

| 类别 | 序号 | 指标 | 单位 | 2020年 | 2015年 | 属性 |
| --- | --- | --- | --- | --- | --- | --- |
| 信息基础设施 | 1 | 固定宽带家庭普及率 | % | 75 | 52 | 预期性 |
| | 2 | （2）移动宽带用户普及率 | % | 90 | — | 约束性 |
| 信息经济 | 3 | 电子商务交易额 | 亿元 |  | 20000 | 预期性 |
"""
    plan, _ = read(text)
    table = by_name(plan)
    assert list(table) == ["固定宽带家庭普及率", "移动宽带用户普及率", "电子商务交易额"]
    fb = table["固定宽带家庭普及率"]
    assert (fb.unit, fb.category, fb.base.value, fb.target.value) == ("%", "信息基础设施", "52", "75")
    mb = table["移动宽带用户普及率"]
    assert mb.category == "信息基础设施"          # written once, carried down
    assert mb.base.value is None and mb.target.value == "90"
    ec = table["电子商务交易额"]
    assert ec.unit == "亿元" and ec.unit_loc.line == 7 and ec.target.value is None


def test_base_and_target_keyword_columns():
    text = "| 指标名称 | 基期值 | 目标值 |\n|---|---|---|\n| 互联网普及率（%） | 50 | 70 |\n"
    plan, _ = read(text)
    ind = by_name(plan)["互联网普及率"]
    assert (ind.base.value, ind.base.year, ind.target.value, ind.target.year) == ("50", 2015, "70", 2020)


def test_other_years_follow_the_plan_period():
    text = """---
period: {start: 2021, end: 2025}
---
| 指标 | 2020年 | 2023年 | 2025年 | 年均增长 |
|---|---|---|---|---|
| 1.网民规模（万人） | 3000 | 3300 | 3600 | 3.7 |
"""
    plan, _ = read(text)
    ind = by_name(plan)["网民规模"]
    assert (ind.base.year, ind.target.year, ind.target.value, ind.unit) == (2020, 2025, "3600", "万人")
    assert ind.growth == "3.7"


def test_target_is_latest_year_within_the_period():
    text = "| 指标 | 2015年 | 2018年 | 2020年 | 2025年 |\n|---|---|---|---|---|\n| 指数 | 1 | 2 | 3 | 4 |\n"
    plan, _ = read(text)
    ind = by_name(plan)["指数"]
    assert (ind.base.year, ind.base.value, ind.target.year, ind.target.value) == (2015, "1", 2020, "3")


@pytest.mark.parametrize("header", [
    "| 主要指标 | 2015年实际 | 2020年预期 |",       # the base year's actual value is a base
    "| 指标 | “十二五”末 | “十三五”末 |",          # the five-year plans' end years
    "| 指标 | 十二五期末 | 十三五目标 |",
])
def test_target_table_headers_drafters_write(header):
    plan, _ = read(f"# 某省规划\n\n{header}\n| --- | --- | --- |\n| 固定宽带家庭普及率（%） | 50 | 65 |\n")
    ind = by_name(plan)["固定宽带家庭普及率"]
    assert (ind.base.year, ind.base.value, ind.target.year, ind.target.value) == (2015, "50", 2020, "65")


def test_a_column_of_what_was_achieved_in_the_period_is_still_a_review():
    plan, _ = read("# 某省规划\n\n| 指标 | 2020年目标 | 2018年实际 |\n| --- | --- | --- |\n| 网民数量（亿） | 1 | 0.8 |\n")
    assert not by_name(plan)


def test_review_table_is_not_taken_for_targets():
    text = """# 某省规划

“十二五”信息化发展基本情况

| 指标 | 规划目标 | 实现情况 |
| --- | --- | --- |
| | 2015年 | 2015年 |
| 信息化发展指数 | 79 | 72 |

| 指标 | 2010年 | 2015年目标 |
| --- | --- | --- |
| 网民数量（亿） | 4 | 8 |
"""
    plan, _ = read(text)
    assert plan.indicators == []


@pytest.mark.parametrize("caption", ["**表1 “十二五”目标完成情况**", "**表1 主要指标**"])
def test_a_review_table_is_known_by_its_years_not_its_caption(caption):
    # targets for 2015 in a plan for 2016-2020 are a review, whatever the caption says
    text = f"# 某省规划\n\n{caption}\n\n| 指标 | 2010年 | 2015年 |\n|---|---|---|\n| 网民数量（亿） | 4 | 8 |\n"
    plan, _ = read(text)
    assert plan.indicators == [] and plan.indicators_loc == Location(1, 1)


def test_a_caption_naming_the_previous_plan_over_targets_is_read():
    text = ("# 某省规划\n\n**表1 “十二五”完成情况和“十三五”目标**\n\n"
            "| 指标 | 2015年 | 2020年 |\n|---|---|---|\n| 网民数量（亿） | 7 | 8 |\n")
    plan, _ = read(text)
    ind = by_name(plan)["网民数量"]
    assert (ind.base.value, ind.target.year, ind.target.value) == ("7", 2020, "8")
    assert plan.indicators_loc == Location(5, 1)


def test_tables_without_indicator_column_are_text():
    text = "## 三、任务\n\n| 序号 | 任务 | 牵头单位 |\n|---|---|---|\n| 1 | 建设数据中心 | 省发展改革委 |\n"
    plan, _ = read(text)
    assert plan.indicators == []
    assert "建设数据中心" in plan.sections[0].body


def test_ragged_table_and_empty_cells():
    text = "| 指标 | 2015年 | 2020年 |\n|---|---|---|\n| 1.甲率（%） |\n| 2.乙率（%） | 1 | 2 | 3 | 4 |\n|  |  |  |\n"
    plan, _ = read(text)
    table = by_name(plan)
    assert table["甲率"].base is None and table["甲率"].target is None
    assert table["乙率"].target.value == "2"


# --- flattened tables: the national plan's own text ------------------------------------------

@pytest.fixture(scope="module")
def seed_plan():
    if not SEED.exists():
        pytest.skip("national text not available")
    text = "---\nlevel: province\n---\n" + SEED.read_text(encoding="utf-8")
    plan, diags = read(text, "national.txt")
    assert diags == []
    return plan


def test_seed_yields_the_17_main_indicators(seed_plan):
    table = [i for i in seed_plan.indicators if i.origin == "table"]
    assert len(table) == 17
    names = [i.name for i in table]
    assert names[0] == "信息化发展指数" and names[-1] == "电子诉讼占比"
    assert all(i.base.year == 2015 and i.target.year == 2020 for i in table)
    got = {i.name: (i.base.value, i.target.value, i.growth, i.unit) for i in table}
    assert got["固定宽带家庭普及率"] == ("40", "70", "〔30〕", "%")
    assert got["电子商务交易规模"] == ("21.79", ">38", ">11.8", "万亿元")
    assert got["网民数量"] == ("6.88", ">10", ">7.8", "亿")
    assert got["电子诉讼占比"] == ("<1", ">15", "〔>14〕", "%")
    assert got["信息化发展指数"] == ("72.45", "88", None, None)
    assert got["互联网国际出口带宽"][3] == "Tbps"
    assert {i.category for i in table} == {"总体发展水平", "信息技术与产业", "信息基础设施", "信息经济", "信息服务"}


def test_seed_review_table_is_ignored(seed_plan):
    names = {i.name for i in seed_plan.indicators}
    assert "社会保障卡持卡人数" not in names and "城市家庭宽带接入能力" not in names
    # the 十二五 rows are a table, not numbered headings of the plan
    headings = [s.heading for s, _ in seed_plan.all_sections()]
    assert not any(h.startswith("1.信息化发展指数") for h in headings)


def test_seed_locations_point_at_cells(seed_plan):
    lines = ("---\nlevel: province\n---\n" + SEED.read_text(encoding="utf-8")).split("\n")
    ind = next(i for i in seed_plan.indicators if i.name == "固定宽带家庭普及率" and i.origin == "table")
    assert lines[ind.loc.line - 1][ind.loc.column - 1:].startswith("6.固定宽带家庭普及率")
    assert lines[ind.target.loc.line - 1][ind.target.loc.column - 1:] == "70"
    assert lines[seed_plan.indicators_loc.line - 1].strip() == "指　标"


def test_seed_prose_targets_agree_with_its_table(seed_plan):
    table = {i.name: i for i in seed_plan.indicators if i.origin == "table"}
    prose = [i for i in seed_plan.indicators if i.origin == "text"]
    # achievements in 发展现状 (截至2015年底……达到) are not targets
    assert all(i.target.year >= 2016 for i in prose)
    for ind in prose:
        if ind.name in table:
            assert ind.target.year == 2020
    said = {i.name: i.target.value for i in prose}
    assert said["信息消费规模"] == "达到6万亿元"
    assert said["电子商务交易规模"] == "超过38万亿元"
    assert not any("已" in n or "但" in n for n in said)


def test_seed_structure(seed_plan):
    top = [s.heading for s in seed_plan.sections]
    assert top[:3] == ["一、发展现状与形势", "二、总体要求", "三、主攻方向"]
    goal = next(s for s, _ in seed_plan.all_sections() if s.heading == "（三）发展目标")
    assert "数字中国" in goal.body
    action = next(s for s, _ in seed_plan.all_sections() if s.heading.endswith("新一代信息网络技术超前部署行动"))
    assert action.title == "新一代信息网络技术超前部署行动"
    assert seed_plan.actions == [] and seed_plan.structure_in_headings   # which headings: the pack's to say
    projects = [p.title for p in seed_plan.projects]
    assert len(projects) == 16 and projects[3] == "专栏4　乡村及偏远地区宽带提升工程"
    assert "中西部农村家庭宽带普及率" in seed_plan.projects[3].body


def test_flattened_table_without_tabs():
    text = "主要指标\n\n指标\n2015年\n2020年\n\n信息服务\n\n1.网民规模（万人）\n100\n150\n\n注：略\n\n二、主要任务\n正文。\n"
    plan, _ = read(text)
    ind = by_name(plan)["网民规模"]
    assert (ind.category, ind.unit, ind.base.value, ind.target.value) == ("信息服务", "万人", "100", "150")
    assert ind.loc == Location(9, 1)
    assert [s.heading for s in plan.sections] == ["二、主要任务"]


@pytest.mark.parametrize("header", ["\ufaae别", "\u2003类别", "类　别"])
def test_a_flattened_header_is_recognised_in_any_form_nfkc_reads_as_it(header):
    # a compatibility ideograph (U+FAAE for 类) and an em space: the quick test for a header's
    # first character must not pass over them
    text = f"{header}\n指标\n2015年\n2020年\n\n信息服务\n1.网民规模（万人）\n100\n150\n\n二、主要任务\n正文。\n"
    ind = by_name(read(text)[0])["网民规模"]
    assert (ind.category, ind.base.value, ind.target.value) == ("信息服务", "100", "150")


@pytest.mark.parametrize("dash", ["—", "－", "——", "／", "无", "— —"])
def test_a_dash_in_a_value_cell_is_no_value(dash):
    text = NATIONAL_LAYOUT.replace("| 1.5 | >3 |", f"| {dash} | >3 |")
    ind = by_name(read(text)[0])["电子商务交易规模"]
    assert ind.base.value is None and ind.target.value == ">3"


# --- targets in running text -----------------------------------------------------------------

def test_prose_targets_are_located_by_name():
    plan, _ = read(NATIONAL_LAYOUT)
    prose = by_name(plan, "text")
    line = NATIONAL_LAYOUT.split("\n")[12]
    fb = prose["固定宽带家庭普及率"]
    assert fb.loc.line == 13 and line[fb.loc.column - 1:].startswith("固定宽带家庭普及率达到75%")
    assert (fb.target.value, fb.target.year) == ("达到75%", 2020)
    assert line[fb.target.loc.column - 1:].startswith("达到75%")
    assert prose["电子商务交易规模"].target.value == "超过3万亿元"
    assert prose["信息化发展指数"].target.value == "达到98"


def test_prose_target_years_and_conservatism():
    text = """## 二、发展目标

到2018年，全省光纤入户率达到60%；到2020年，光纤入户率提高到80%以上。
接入能力低于12Mbps的行政村进行改造，信息化水平显著提高。
"""
    plan, _ = read(text)
    prose = [(i.name, i.target.value, i.target.year) for i in plan.indicators]
    assert prose == [("光纤入户率", "达到60%", 2018), ("光纤入户率", "提高到80%以上", 2020)]


def test_prose_targets_carry_their_headings_and_whether_the_year_is_assumed():
    text = "## 一、发展现状\n\n### （一）网络\n\n网民规模达到3000万人，到2020年电子商务交易额达到1.2万亿元。\n"
    plan, _ = read(text)
    assert [(i.name, i.headings, i.year_assumed) for i in plan.indicators] == [
        ("网民规模", ("一、发展现状", "（一）网络"), True), ("电子商务交易额", ("一、发展现状", "（一）网络"), False)]


@pytest.mark.parametrize("heading,is_result", [
    ("一、发展现状", True), ("一、“十二五”发展回顾", True), ("一、发展基础", True), ("（一）面临形势", True),
    ("三、主要任务", False), ("（三）夯实信息化发展基础", False), ("（四）着力解决存在问题", False),
])
def test_a_yearless_figure_under_a_review_heading_is_a_result(lint, heading, is_result):
    text = f"---\nlevel: province\nregion: 江苏省\n---\n\n## {heading}\n\n固定宽带家庭普及率达到60%。\n"
    found = {d.code for d in lint(text, "plan.md").diagnostics if d.subject == "固定宽带家庭普及率"}
    assert found == ({"PL101"} if is_result else {"PL102"})     # a result sets no target; a target of 60% is weak


# --- structure: headings, 专栏, actions ------------------------------------------------------

def test_heading_tree_markdown_and_pasted():
    text = """# 某市“十三五”信息化规划

## 一、发展基础

### （一）成就

正文。

1.宽带网络

正文二。

## 二、主要任务
"""
    plan, _ = read(text)
    tree = [(s.heading, d, s.loc.line, s.loc.column) for s, d in plan.all_sections()]
    assert tree == [("一、发展基础", 0, 3, 4), ("（一）成就", 1, 5, 5), ("1.宽带网络", 2, 9, 1),
                    ("二、主要任务", 0, 13, 4)]
    assert plan.sections[0].sections[0].sections[0].body == "正文二。"


def test_pasted_headings_without_hashes():
    text = "一、发展现状与形势\n（一）发展成就。\n这是一段很长的正文，说明了发展情况。\n（二）发展形势。\n二、总体要求\n"
    plan, _ = read(text, "p.txt")
    tree = [(s.heading, d) for s, d in plan.all_sections()]
    assert tree == [("一、发展现状与形势", 0), ("（一）发展成就", 1), ("（二）发展形势", 1), ("二、总体要求", 0)]
    # a long numbered sentence is prose, not a heading
    plan, _ = read("一、总体要求\n（一）加快建设，推动信息基础设施全面升级，提升网络速率，降低资费水平，服务民生。\n")
    assert [s.heading for s, _ in plan.all_sections()] == ["一、总体要求"]


def test_projects_in_every_form():
    text = """## 三、主要任务

### 专栏1 宽带乡村工程

推进光纤到村。

> **专栏2 数据中心工程**
> 建设绿色数据中心。

**专栏3 智慧城市工程**

建设城市大脑。


正文继续。
"""
    plan, _ = read(text)
    got = [(p.title, p.body) for p in plan.projects]
    assert ("专栏1 宽带乡村工程", "推进光纤到村。") in got
    assert ("专栏2 数据中心工程", "建设绿色数据中心。") in got
    assert ("专栏3 智慧城市工程", "建设城市大脑。") in got


def test_headings_are_recorded_with_their_words_unnumbered():
    plan, _ = read("## 五、**优先行动**\n\n### （一）网络扶贫行动\n\n正文。\n\n### （二）数据开放共享\n\n正文。\n")
    top = plan.sections[0]
    assert (top.heading, top.title) == ("五、优先行动", "优先行动")
    assert [(s.heading, s.title) for s in top.sections] == [("（一）网络扶贫行动", "网络扶贫行动"),
                                                            ("（二）数据开放共享", "数据开放共享")]
    # the reader says the actions are headings; which ones is decided with the pack
    assert plan.structure_in_headings and plan.actions == [] and plan.actions_loc == Location(1, 1)


# --- front matter and metadata ---------------------------------------------------------------

def test_unterminated_front_matter_is_pl001_at_line_1():
    result = read_markdown("---\nlevel: province\n# 标题\n", "a.md")
    assert [(d.code, d.loc.line) for d in result.diagnostics] == [("PL001", 1)]


def test_malformed_front_matter_is_located():
    result = read_markdown("---\nlevel: province\nregion: [江苏省\ntitle: x\n---\n# t\n", "a.md")
    codes = [(d.code, d.loc.line) for d in result.diagnostics]
    assert codes and codes[0][0] == "PL001" and codes[0][1] in (3, 4)


def test_front_matter_not_a_mapping_and_bad_values():
    result = read_markdown("---\n- a\n---\n# t\n", "a.md")
    assert result.diagnostics[0].code == "PL001"
    result = read_markdown("---\nlevel: provincial\nperiod: soon\n---\n# t\n", "a.md")
    assert [(d.code, d.loc.line) for d in result.diagnostics] == [("PL002", 2), ("PL002", 3)]


def test_metadata_inferred_from_the_title_when_missing():
    plan, _ = read("# 杭州市“十三五”信息化发展规划\n\n## 一、现状\n")
    m = plan.meta
    assert (m.title, m.level, m.region, m.period_start, m.period_end) == (
        "杭州市“十三五”信息化发展规划", "city", "杭州市", 2016, 2020)
    assert any(n.text.startswith("level: city") for n in m.inferred)
    assert m.locs["level"] == Location(1, 3)


def test_front_matter_wins_over_the_title():
    plan, _ = read("---\nlevel: province\nregion: 江苏省\nperiod: 2016-2020\n---\n# 杭州市规划\n")
    m = plan.meta
    assert (m.level, m.region, m.period_start, m.inferred) == ("province", "江苏省", 2016, [])


def test_pasted_title_is_first_line_and_ministry_is_inferred():
    plan, _ = read("“十三五”全国农业农村信息化发展规划\n\n一、发展现状\n", "p.txt")
    assert (plan.meta.level, plan.meta.department) == ("ministry", "农业部")


def test_nothing_inferable_is_said():
    plan, _ = read("# 信息化规划\n")
    assert plan.meta.level is None and plan.meta.inferred and "无法" in plan.meta.inferred[0].text


# --- pathological input ----------------------------------------------------------------------

def _fast(text: str, limit: float = 80.0):
    # a hang guard, not a speed test: CPU time of this process (other load does not count),
    # ten times the ≈8 s these inputs take on a quiet 2-core machine
    start = time.process_time()
    result = read_markdown(text, "big.md")
    assert time.process_time() - start < limit
    return result


def test_nine_million_character_line():
    _fast("# t\n" + "信" * 9_000_000 + "\n")
    _fast("|" * 9_000_000)
    result = _fast("固定宽带家庭普及率达到75%，" * 600_000)
    assert 0 < len(result.plan.indicators) <= 100


def test_twenty_thousand_row_tables():
    rows = "".join(f"| {i}.指标{i}（%） | {i} | {i + 1} |\n" for i in range(20_000))
    result = _fast("| 指标 | 2015年 | 2020年 |\n|---|---|---|\n" + rows)
    assert len(result.plan.indicators) == 20_000
    flat = "".join(f"\t{i}.指标{i}\n\t{i}\n\t{i + 1}\n\n" for i in range(20_000))
    result = _fast("\t指标\n\t2015年\n\t2020年\n\n" + flat)
    assert len(result.plan.indicators) == 20_000
    ragged = "".join("| x " * (i % 9) + "\n" for i in range(20_000))
    _fast("| 指标 | 2015年 | 2020年 |\n|---|---|---|\n" + ragged)


@pytest.mark.parametrize("text", [
    ">" * 100_000 + " 专栏1\n", "#" * 50_000 + "\n", "[" * 100_000, "*a" * 500_000,
    "---\n" + "a: " + "[" * 5_000 + "\n---\n", "\t指标\n\t2015年\n\t2020年\n" + "\t\n" * 50_000,
    "---\n---\n", "\n\n\n", "（一）\n一、\n专栏\n| |\n|-|\n",
])
def test_odd_inputs_never_raise(text):
    result = _fast(text)
    assert result.plan is not None or result.diagnostics


def test_flattened_note_right_under_the_last_row():
    text = "\t指标\n\t2015年\n\t2020年\n\n\t1.甲率（%）\n\t1\n\t2\n\t注：〔 〕表示五年累计数。\n\n正文。\n"
    plan, _ = read(text)
    assert [(i.name, i.target.value) for i in plan.indicators] == [("甲率", "2")]


def test_examples_read_cleanly():
    root = ROOT / "examples" / "markdown"
    for path in sorted(root.glob("*")):
        plan, diags = read(path.read_text(encoding="utf-8"), str(path))
        assert diags == [] and plan.meta.level in ("province", "city")
        assert len([i for i in plan.indicators if i.origin == "table"]) >= 10
        assert plan.projects
