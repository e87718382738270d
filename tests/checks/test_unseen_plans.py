"""Findings on plans written in styles the other tests do not use (the issue 12 audit): each
test is a passage of a realistic plan that planlint once misread, with what a reviewer expects."""
from __future__ import annotations

FRONT = "---\nlevel: province\nregion: 四川省\nperiod: {start: 2016, end: 2020}\n---\n\n# 四川省“十三五”信息化发展规划\n\n"


def test_a_share_written_in_tenths_in_prose_is_a_target(lint, findings):
    text = FRONT + ("## 二、发展目标\n\n信息惠民。到2020年，基本公共服务事项网上办理率达到八成以上，"
                    "社会保障卡普及率达到七成。\n")
    report = lint(text, "plan.md")
    assert findings(report, "PL101", "基本公共服务事项网上办理率") == []
    [weak] = findings(report, "PL102", "社会保障卡普及率")
    assert "七成" in weak.message or "70%" in weak.message


COUNTY_HEAD = "恩施市人民政府文件\n\n恩施市政发〔2016〕12号\n\n恩施市“十三五”信息化发展规划\n\n"


def test_the_issuers_header_of_a_red_head_document_is_not_the_title():
    from planlint.readers.markdown.reader import read_markdown

    meta = read_markdown(COUNTY_HEAD + "一、发展基础\n\n全市信息化建设取得积极进展。\n", "plan.md").plan.meta
    assert (meta.title, meta.level, meta.region) == ("恩施市“十三五”信息化发展规划", "county", "恩施市")


def test_a_peoples_government_names_no_field():
    from planlint.places.title_inference import infer_metadata

    # 民政 stands inside 人民政府: 民政部 is not the owner of every government's document
    assert infer_metadata("恩施市人民政府文件")["department"] is None
    assert infer_metadata("民政信息化发展规划")["department"] == "民政部"


def test_a_caption_row_with_a_heading_naming_indicators_above_it_is_still_a_caption(lint, findings):
    text = COUNTY_HEAD + ("一、发展目标\n\n（二）主要指标\n\n"
                          "| 表1 恩施市“十三五”信息化发展主要指标 | | | |\n|---|---|---|---|\n"
                          "| 指标 | 2015年 | 2020年 | 年均增速（%） |\n"
                          "| 家庭宽带普及率（%） | 35 | 72 | 〔37〕 |\n"
                          "| 4G用户普及率（%） | 40 | 86 | 〔46〕 |\n"
                          "| 农村家庭宽带普及率（%） | 20 | 35 | 〔15〕 |\n\n注：〔 〕内为五年累计增加值。\n")
    report = lint(text, "plan.md")
    assert findings(report, "PL105") == []
    assert findings(report, "PL101", "固定宽带家庭普及率") == findings(report, "PL101", "移动宽带用户普及率") == []
    [weak] = findings(report, "PL102", "中西部农村家庭宽带普及率")     # 恩施市 lies in 湖北省, 中西部
    assert "35%" in weak.message


def test_a_level_the_plan_keeps_is_its_target(lint, findings):
    # a county where every poor village is already connected keeps the figure: 保持100%
    text = ("# 昆山市“十三五”信息化发展规划\n\n## 二、发展目标\n\n到2020年，全市信息化发展水平保持全省前列：\n\n"
            "- 光纤入户用户占总宽带用户的比率达到90%；\n- 贫困村宽带网络覆盖率保持100%；\n")
    report = lint(text, "plan.md")
    assert report.plan.meta.level == "county"
    assert findings(report, "PL101", "贫困村宽带网络覆盖率") == []
    assert [(i.name, i.target.value) for i in report.plan.indicators] == [
        ("光纤入户用户占总宽带用户的比率", "达到90%"), ("贫困村宽带网络覆盖率", "保持100%")]
