"""Coverage of priority actions, 专栏 projects, regional duties and ministry tasks (PL201–PL206)."""
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def codes(report, *wanted):
    return {(d.code, d.subject) for d in report.diagnostics if d.code in wanted}


def lint_example(linter, name):
    return linter.lint_file(str(EXAMPLES / name))


def test_paraphrased_local_titles_cover_every_action(linter):
    report = lint_example(linter, "actions-local-titles.yaml")
    assert not codes(report, "PL201", "PL202", "PL203", "PL205")


def test_review_of_the_past_is_not_a_commitment(linter):
    report = lint_example(linter, "smart-city-review-only.yaml")
    found = [d for d in report.diagnostics if d.code == "PL201"]
    assert [d.subject for d in found] == ["新型智慧城市建设行动"]
    assert "发展现状" in found[0].hint and "到2020年" in found[0].message
    assert found[0].line == report.plan.actions_loc.line


PLAN = """title: 山西省“十三五”信息化发展规划
level: province
region: 山西省
period: {{start: 2016, end: 2020}}
actions:
  - title: 宽带山西与5G部署行动
    body: 推进5G网络试验和商用部署，加快IPv6规模部署。
  - title: 云数据中心建设行动
    body: 统筹数据中心布局。{pue}
  - title: 政务数据开放共享行动
    body: 编制数据共享开放目录，建设政府数据共享交换平台。
  - title: 一网通办行动
    body: 推进政务服务一窗受理、一网通办，建设电子证照库。
  - title: 美丽山西信息化专项行动
    body: 建设生态环境监测网络，推进智慧能源。
  - title: 网络扶贫攻坚行动
    body: 实施电商扶贫、网络扶智工程。{poor}
  - title: 教育信息化2.0行动
    body: 推进宽带网络校校通、优质资源班班通、网络学习空间人人通。
  - title: 健康山西信息服务行动
    body: 推广远程医疗，普及电子健康档案。
sections:
  - heading: 一、发展现状与形势
    body: 太原等市已建成数字化城市管理平台。
  - heading: 三、主要任务
    sections:
      - heading: （一）完善中小城市基础网络
        body: 实施宽带乡村工程，完善中小城市基础网络。
{extra}
"""


def plan(pue="", poor="", extra=""):
    return PLAN.format(pue=pue, poor=poor, extra=extra)


def test_action_in_a_task_section_counts(lint):
    extra = """      - heading: （二）建设新型智慧城市
        body: 分级分类推进新型智慧城市建设，建设城市时空信息云平台。"""
    assert not codes(lint(plan(extra=extra)), "PL201", "PL202")


def test_missing_action_is_reported_once(lint):
    report = lint(plan())
    assert codes(report, "PL201", "PL202") == {("PL201", "新型智慧城市建设行动")}


def test_achievement_sentence_in_a_task_section_is_not_a_commitment(lint):
    extra = """      - heading: （二）提升城市管理水平
        body: “十二五”期间，全省已建成智慧城市时空信息云平台和数字化城市管理平台。"""
    assert ("PL201", "新型智慧城市建设行动") in codes(lint(plan(extra=extra)), "PL201")


def test_passing_mention_in_safeguards_is_not_a_commitment(lint):
    extra = """  - heading: 六、保障措施
    body: 加强智慧城市建设的组织领导。"""
    assert ("PL201", "新型智慧城市建设行动") in codes(lint(plan(extra=extra)), "PL201")


def test_a_single_related_measure_is_doubtful(lint):
    extra = """      - heading: （二）提升社会治理水平
        body: 推进平安城市建设。"""
    report = lint(plan(extra=extra))
    assert codes(report, "PL201", "PL202") == {("PL202", "新型智慧城市建设行动")}
    d = next(d for d in report.diagnostics if d.code == "PL202")
    assert d.severity == "warning" and d.evidence and "平安城市" in d.evidence[0]


def test_weaker_action_targets(lint):
    report = lint(plan(pue="到2020年，新建大型云计算数据中心PUE值不高于1.5。",
                       poor="到2020年，贫困村宽带网络覆盖率达到85%。"))
    found = [d for d in report.diagnostics if d.code == "PL203"]
    assert {d.subject for d in found} == {"应用基础设施建设行动", "网络扶贫行动"}
    assert any("1.4" in d.expected for d in found) and any("90" in d.expected for d in found)


def test_targets_that_meet_the_national_ones(lint):
    report = lint(plan(pue="到2018年，新建大型数据中心PUE值不高于1.5；到2020年PUE值不高于1.3。",
                       poor="到2020年，贫困村宽带网络覆盖率达到100%。"))
    assert not codes(report, "PL203")


def test_guangxi_without_asean_information_harbour(linter, lint):
    report = lint_example(linter, "guangxi-without-asean-harbour.yaml")
    assert ("PL205", "中国—东盟信息港") in codes(report, "PL205")
    assert not codes(report, "PL201")
    text = (EXAMPLES / "guangxi-without-asean-harbour.yaml").read_text(encoding="utf-8")
    text += "      - heading: （二）建设中国—东盟信息港\n        body: 打造面向东盟的国际通信网络体系和信息枢纽。\n"
    assert not codes(lint(text), "PL205")


def test_regional_duty_binds_only_its_region(lint):
    zhejiang = plan().replace("山西省", "浙江省")
    assert ("PL205", "跨境电子商务综合试验区") in codes(lint(zhejiang), "PL205")
    hangzhou = "title: 杭州市信息化规划\nlevel: city\nregion: 杭州市\nsections:\n  - heading: 一、任务\n    body: 建设智慧城市。\n"
    ningbo = hangzhou.replace("杭州市", "宁波市")
    assert ("PL205", "跨境电子商务综合试验区") in codes(lint(hangzhou), "PL205")
    assert not codes(lint(ningbo), "PL205")
    assert ("PL205", "中国—东盟信息港") not in codes(lint(plan()), "PL205")


def test_ministry_plan_lists_exactly_its_uncovered_tasks(linter, pack):
    report = lint_example(linter, "ministry-agriculture.yaml")
    found = [d for d in report.diagnostics if d.code == "PL206"]
    mine = {t.number for t in pack.commitments.tasks if "农业部" in (*t.lead, *t.responsible)}
    reported = {int(d.message.split("第")[1].split("项")[0]) for d in found}
    assert reported < mine and {16, 17, 22} & reported == set()
    assert all("农业农村部（原农业部）" in d.message for d in found)
    assert not codes(report, "PL201")


def test_ministry_under_old_and_new_names_gets_the_same_tasks(lint):
    base = "title: 部门规划\nlevel: ministry\ndepartment: {}\nsections:\n  - heading: 一、任务\n    body: 加强组织领导。\n"
    old = {d.subject for d in lint(base.format("质检总局")).diagnostics if d.code == "PL206"}
    new = [d for d in lint(base.format("国家市场监督管理总局")).diagnostics if d.code == "PL206"]
    assert old and old <= {d.subject for d in new}
    assert any("原工商总局" in d.message for d in new) and any("原质检总局" in d.message for d in new)


def test_markdown_plan_with_paraphrased_headings(lint):
    md = """---
level: province
region: 湖北省
---
# 湖北省“十三五”信息化发展规划

## 一、发展现状与形势

“十二五”期间，武汉获批国家智慧城市试点。

## 四、重点行动

### （一）5G与下一代互联网部署行动

推进5G网络试验和商用部署，加快IPv6规模部署。

### （二）健康湖北信息服务行动

建设全民健康信息平台，推广远程医疗。
"""
    report = lint(md, "hubei.md")
    missing = {s for c, s in codes(report, "PL201")}
    assert "新型智慧城市建设行动" in missing
    assert "新一代信息网络技术超前部署行动" not in missing and "健康中国信息服务行动" not in missing
