"""Review headings: one rule, from the rule pack, for prose figures and for coverage."""
import pytest

from planlint.analysis.context import review_headings
from planlint.analysis.review_headings import ReviewHeadings


@pytest.mark.parametrize("heading,review", [
    ("一、发展现状", True), ("二、发展现状与形势", True), ("一、“十二五”发展回顾", True), ("（一）发展基础", True),
    ("第一章 发展基础和面临形势", True), ("（二）面临的机遇和挑战", True), ("（三）存在问题", True),
    ("我省信息化发展现状", True), ("“十二五”时期取得的成就", True),
    ("三、主要任务", False), ("（三）夯实信息化发展基础", False), ("筑牢发展基础", False),
    ("（四）着力解决存在问题", False), ("推进“十二五”遗留项目建设", False), ("（二）推动核心技术取得突破", False),
    ("（五）优化信息化发展环境", False), ("五、保障措施", False),
    # how plans open with a review under other names
    ("一、规划背景", True), ("第一章　发展背景", True), ("一、信息化发展基础", True), ("一、我省信息化发展基础", True),
    ("一、规划基础", True), ("一、总体情况", True), ("（一）发展历程", True),
    ("（二）我省信息化重点任务", False), ("（三）全省统筹推进信息化发展", False),
])
def test_the_national_pack_tells_reviews_from_work_to_do(pack, heading, review):
    assert review_headings(pack).is_review(heading) is review


def test_leading_phrases_count_only_at_the_start_after_numbering_and_quotes():
    r = ReviewHeadings(anywhere=["现状"], leading=["十二五"])
    assert r.is_review("一、“十二五”以来") and r.is_review("（1）十二五回顾")
    assert not r.is_review("推进十二五项目") and r.is_review("推进工作的现状")
    assert r.any_review(["三、主要任务", "（一）现状"]) and not r.any_review(["三、主要任务"])
    assert not ReviewHeadings().is_review("一、发展现状")


def test_an_action_under_a_heading_that_only_mentions_a_review_phrase_is_covered(lint):
    text = """title: 某省“十三五”信息化发展规划
level: province
region: 江苏省
sections:
  - heading: （二）夯实信息化发展基础
    body: 实施网络扶贫行动，推进贫困村宽带网络全覆盖，开展电商扶贫和网络教育扶贫，提升贫困地区群众信息获取能力。
"""
    report = lint(text)
    assert "网络扶贫行动" not in {d.subject for d in report.diagnostics if d.code == "PL201"}
    moved = text.replace("（二）夯实信息化发展基础", "一、发展基础")
    assert "网络扶贫行动" in {d.subject for d in lint(moved).diagnostics if d.code == "PL201"}


def test_a_figure_under_a_background_heading_is_a_result_not_a_weak_target(lint, findings):
    text = ("---\nlevel: province\nregion: 江西省\nperiod: {start: 2016, end: 2020}\n---\n\n# 江西省“十三五”信息化发展规划\n\n"
            "## 一、规划背景\n\n全省固定宽带家庭普及率达到41%，移动宽带用户普及率达到56%，信息化发展取得积极成效。\n\n"
            "## 二、发展目标\n\n到2020年，固定宽带家庭普及率达到72%，移动宽带用户普及率达到86%。\n")
    report = lint(text, "plan.md")
    assert findings(report, "PL102") == [] and findings(report, "PL114") == []
