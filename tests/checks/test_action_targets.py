"""PL203 (action_targets): a target the plan sets in a priority action's field is weaker than the action's 行动目标."""
import pytest

WEAK_PUE = "到2020年，新建大型云计算数据中心PUE值不高于1.5。"


def test_a_weaker_pue_ceiling_in_the_actions_goal(province_plan, lint_plan):
    plan = province_plan()
    plan.action("云计算").goal = WEAK_PUE
    text = plan.yaml()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL203", "应用基础设施建设行动", "error")
    assert d.line == text.line_of("云计算数据中心和物联网应用基础设施建设行动")   # the action holding it
    assert "PUE" in d.message and "1.5" in d.message and "1.4" in d.expected and "2020" in d.actual


def test_a_weaker_floor_in_running_text(province_plan, lint_plan, findings):
    plan = province_plan()
    plan.action("网络扶贫").body += "到2020年，贫困村宽带网络覆盖率达到85%。"
    report = lint_plan(plan)
    # one fact, one finding: the figure is 表1's indicator too, so PL102 judges it and PL203 stays quiet
    [d] = [x for x in report.diagnostics if x.code in ("PL102", "PL203")]
    assert d.code == "PL102" and "85" in d.message and "90" in d.expected


def test_a_weak_figure_that_is_no_indicator_is_pl203_once_at_its_sentence(province_plan, lint_plan, findings):
    plan = province_plan()
    plan.action("云计算").body += "到2020年，新建大型云计算数据中心PUE值不高于1.5。"
    plan.add_section("三、主要任务", "推进绿色数据中心建设。到2020年，新建大型云计算数据中心PUE值不高于1.5。")
    text = plan.markdown()
    [d] = findings(lint_plan(text), "PL203")
    assert d.line in {text.line_of("新建大型云计算数据中心PUE值不高于1.5", n) for n in (1, 2)}
    assert "%%" not in d.message and "1.5" in d.message


def test_a_weaker_target_in_a_markdown_action_is_reported(province_plan, lint_plan, findings):
    plan = province_plan()
    plan.action("云计算").goal = WEAK_PUE
    text = plan.markdown()
    found = findings(lint_plan(text), "PL203")
    assert found and {(d.subject, d.line) for d in found} == {
        ("应用基础设施建设行动", text.line_of(WEAK_PUE))}       # the sentence stating it


def test_a_weaker_target_in_a_markdown_action_is_reported_once(province_plan, lint_plan, findings):
    plan = province_plan()
    plan.action("云计算").goal = WEAK_PUE
    assert len(findings(lint_plan(plan, "md"), "PL203")) == 1


@pytest.mark.parametrize("goal", ["到2020年，新建大型云计算数据中心PUE值不高于1.4。",
                                  "到2020年，新建大型云计算数据中心PUE值不高于1.3。",
                                  "到2018年，新建大型云计算数据中心PUE值不高于1.5。"])   # 2018's national 1.5
def test_targets_that_meet_the_national_ones(province_plan, lint_plan, findings, goal):
    plan = province_plan()
    plan.action("云计算").goal = goal
    assert findings(lint_plan(plan), "PL203") == []



def test_reaching_a_level_that_should_stay_low_is_that_level(province_plan, lint_plan, findings):
    # 达到 reads “at least” for a figure where more is better; a PUE the plan “reaches” is the level
    # it aims at: 1.3 meets the national ≤1.4, 1.45 misses it and is shown as written, not as ≥1.45
    plan = province_plan()
    plan.action("云计算").goal = "到2020年，新建大型云计算数据中心PUE值达到1.3，建成一批绿色数据中心。"
    assert findings(lint_plan(plan), "PL203") == []
    plan.action("云计算").goal = "到2020年，新建大型云计算数据中心PUE值达到1.45，建成一批绿色数据中心。"
    [d] = findings(lint_plan(plan), "PL203")
    assert "≥" not in d.actual and "1.45" in d.actual and "1.4" in d.expected
    # written as a floor (1.3以上), it is one: weaker than a ceiling whatever the figure
    plan.action("云计算").goal = "到2020年，新建大型云计算数据中心PUE值达到1.3以上。"
    [d] = findings(lint_plan(plan), "PL203")
    assert "≥1.3" in d.actual

# --- small plans written inline ---

def codes(report, *wanted):
    return {(d.code, d.subject) for d in report.diagnostics if d.code in wanted}


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


def test_weaker_action_targets(lint):
    report = lint(plan(pue="到2020年，新建大型云计算数据中心PUE值不高于1.5。",
                       poor="到2020年，贫困村宽带网络覆盖率达到85%。"))
    found = [d for d in report.diagnostics if d.code in ("PL102", "PL203")]
    # the 贫困村 figure is 表1's row 8 as well: PL102 reports it, once
    assert sorted((d.code, d.subject) for d in found) == [("PL102", "贫困村宽带网络覆盖率"), ("PL203", "应用基础设施建设行动")]
    assert any("1.4" in d.expected for d in found) and any("90" in d.expected for d in found)


def test_targets_written_in_a_yaml_action_body_that_meet_the_national_ones(lint):
    report = lint(plan(pue="到2018年，新建大型数据中心PUE值不高于1.5；到2020年PUE值不高于1.3。",
                       poor="到2020年，贫困村宽带网络覆盖率达到100%。"))
    assert not codes(report, "PL203")



def test_a_percent_figure_is_shown_with_one_percent_sign_in_every_language(lint):
    text = plan(poor="到2020年，贫困村宽带覆盖达到85%以上。")    # not read as 表1's row: PL203 judges it
    [d] = [x for x in lint(text).diagnostics if x.code == "PL203"]
    for lang in ("zh", "en"):
        shown = d.actual.render(lang) + d.message.render(lang)
        assert "85%" in shown and "%%" not in shown
