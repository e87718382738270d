"""PL201 and PL202 (action_coverage): a priority action the plan must (or should) deploy is missing or doubtful."""
import pytest
from pathlib import Path


@pytest.mark.parametrize("fmt,where", [("yaml", "actions:"), ("md", "## 优先行动")])
def test_a_dropped_priority_action_is_the_one_finding(province_plan, lint_plan, fmt, where):
    plan = province_plan().drop_action("新型智慧城市")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL201", "新型智慧城市建设行动", "error")
    assert d.line == text.line_of(where)                 # the plan's actions
    assert "新型智慧城市建设行动" in d.message and "到2020年" in d.message   # quotes the national goal


def test_a_city_should_deploy_it_and_is_warned(province_plan, lint_plan):
    city = province_plan(level="city", region="苏州市", title="苏州市“十三五”信息化发展规划")
    [d] = lint_plan(city.drop_action("新型智慧城市")).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL201", "新型智慧城市建设行动", "warning")


def test_a_ministry_is_not_held_to_local_actions(blank_plan, lint_plan, findings):
    report = lint_plan(blank_plan(level="ministry", region=None, department="商务部"))
    assert findings(report, "PL201") == [] and findings(report, "PL202") == []


def test_an_action_deployed_in_a_task_section_under_another_title_counts(province_plan, lint_plan, findings):
    plan = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）建设新型智慧城市", "分级分类推进新型智慧城市建设，建设城市时空信息云平台。", under="三、主要任务")
    report = lint_plan(plan)
    assert findings(report, "PL201") == [] and findings(report, "PL202") == []


def test_a_review_of_the_past_is_not_a_deployment(province_plan, lint_plan, findings):
    plan = province_plan().drop_action("新型智慧城市")
    plan.section("发展现状").body += "苏州、南京等市已建成新型智慧城市时空信息云平台和数字化城市管理平台。"
    assert [d.subject for d in findings(lint_plan(plan), "PL201")] == ["新型智慧城市建设行动"]


def test_work_built_on_what_is_already_built_is_a_deployment(province_plan, lint_plan, findings):
    # 已建成的 describes the platform the work builds on; the sentence commits to the work
    plan = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）建设新型智慧城市", "依托已建成的数字化城市管理平台，分级分类推进新型智慧城市建设，"
        "建设城市时空信息云平台。", under="三、主要任务")
    report = lint_plan(plan)
    assert findings(report, "PL201") == [] and findings(report, "PL202") == []


@pytest.mark.parametrize("sentence", [
    "全省已建成数字化城市管理平台，新型智慧城市建设试点取得成效。",
    "2015年，全省建成城市时空信息云平台，推进新型智慧城市建设试点。",
])
def test_an_achievement_in_a_task_section_is_not_a_deployment(province_plan, lint_plan, findings, sentence):
    plan = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）建设新型智慧城市", sentence, under="三、主要任务")
    assert [d.subject for d in findings(lint_plan(plan), "PL201")] == ["新型智慧城市建设行动"]


@pytest.mark.parametrize("achievement", [
    "２０１５年，全省建成城市时空信息云平台，推进新型智慧城市建设试点；",     # its year typed in full width
    "全省已建成城市时空信息云平台，新型智慧城市建设试点取得成效。",
])
def test_an_achievement_among_sentences_committing_to_other_work_is_left_out(province_plan, lint_plan, findings,
                                                                          achievement):
    body = "完善信息化统计制度。\n" + achievement + "健全统计指标体系。"
    plan = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）完善统计制度", body, under="三、主要任务")
    assert [d.subject for d in findings(lint_plan(plan), "PL201")] == ["新型智慧城市建设行动"]
    deployed = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）完善统计制度", body.replace(achievement, "推进新型智慧城市建设，建设城市时空信息云平台。"),
        under="三、主要任务")
    assert findings(lint_plan(deployed), "PL201") == []      # the same sentence, committing, counts


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_a_single_related_measure_is_doubtful(province_plan, lint_plan, fmt):
    plan = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）提升社会治理水平", "推进平安城市建设。", under="三、主要任务")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics                    # PL202 instead of PL201, not both
    assert (d.code, d.subject, d.severity) == ("PL202", "新型智慧城市建设行动", "warning")
    assert d.line == text.line_of("提升社会治理水平")      # at the place holding the mention
    assert "提升社会治理水平" in d.message and d.evidence and "平安城市" in d.evidence[0]


def test_a_deployed_action_is_not_doubtful(province_plan, lint_plan, findings):
    assert findings(lint_plan(province_plan()), "PL202") == []


# --- small plans written inline ---

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def codes(report, *wanted):
    return {(d.code, d.subject) for d in report.diagnostics if d.code in wanted}


def lint_example(linter, name):
    return linter.lint_file(str(EXAMPLES / name))


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


def test_paraphrased_local_titles_cover_every_action(linter):
    report = lint_example(linter, "actions-local-titles.yaml")
    assert not codes(report, "PL201", "PL202", "PL203", "PL205")


def test_review_of_the_past_is_not_a_commitment(linter):
    report = lint_example(linter, "smart-city-review-only.yaml")
    found = [d for d in report.diagnostics if d.code == "PL201"]
    assert [d.subject for d in found] == ["新型智慧城市建设行动"]
    assert "发展现状" in found[0].hint and "到2020年" in found[0].message
    assert found[0].line == report.plan.actions_loc.line


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


def test_a_single_related_measure_in_a_task_section_is_doubtful(lint):
    extra = """      - heading: （二）提升社会治理水平
        body: 推进平安城市建设。"""
    report = lint(plan(extra=extra))
    assert codes(report, "PL201", "PL202") == {("PL202", "新型智慧城市建设行动")}
    d = next(d for d in report.diagnostics if d.code == "PL202")
    assert d.severity == "warning" and d.evidence and "平安城市" in d.evidence[0]


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


# --- how strictly each level is held to the actions ---

def _plan(level: str, region: str) -> str:
    return (f"title: 测试规划\nlevel: {level}\nregion: {region}\nperiod: {{start: 2016, end: 2020}}\n"
            "actions:\n  - title: 政务服务一网通办行动\n"
            "    body: 推进政务服务“一号申请、一窗受理、一网通办”，建设电子证照库和统一身份认证体系。\n")


def pl201(report):
    return {d.subject: d.severity for d in report.diagnostics if d.code == "PL201"}


def test_province_must_cover_actions_as_errors(lint):
    found = pl201(lint(_plan("province", "江苏省")))
    assert found.get("新型智慧城市建设行动") == "error"
    assert "“互联网+政务服务”行动" not in found           # covered under a local title


def test_city_should_cover_them_as_warnings(lint):
    found = pl201(lint(_plan("city", "苏州市")))
    assert found.get("新型智慧城市建设行动") == "warning"
    assert "“互联网+政务服务”行动" not in found


def test_ministry_plans_are_not_held_to_local_actions(lint):
    text = _plan("ministry", "x").replace("region: x\n", "department: 商务部\n")
    assert pl201(lint(text)) == {}



@pytest.mark.parametrize("placeholder", [
    "（待填写：本地的具体措施、责任单位和进度）", "（待补充）", "TODO: 补充本地措施和进度", "略。", "……",
])
@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_a_placeholder_body_is_not_a_deployment(province_plan, lint_plan, findings, placeholder, fmt):
    plan = province_plan()
    plan.action("新型智慧城市").body = placeholder
    [d] = findings(lint_plan(plan, fmt), "PL201")
    assert d.subject == "新型智慧城市建设行动" and findings(lint_plan(plan, fmt), "PL202") == []
    # the hint points at the action the drafter named but left to fill in
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    assert f"第{text.line_of('新型智慧城市建设行动')}行" in d.hint and "占位" in d.hint
    assert placeholder.split("：")[0].strip("（）。…") in d.hint


def test_a_placeholder_hint_in_english_quotes_the_plan(province_plan, linter):
    from planlint.messages import render
    plan = province_plan()
    plan.action("新型智慧城市").body = "（待补充）"
    report = linter.lint_bytes("plan.md", plan.markdown().encode())
    [d] = [d for d in report.diagnostics if d.code == "PL201"]
    assert "placeholder" in render(d.hint, "en") and "（待补充）" in render(d.hint, "en")


def test_a_missing_action_without_a_placeholder_gets_no_placeholder_hint(province_plan, lint_plan, findings):
    plan = province_plan().drop_action("新型智慧城市")
    [d] = findings(lint_plan(plan, "md"), "PL201")
    assert d.hint is None or "占位" not in str(d.hint)


def test_an_action_with_only_its_title_is_doubtful_not_covered(province_plan, lint_plan, findings):
    plan = province_plan()
    plan.action("新型智慧城市").body = ""
    report = lint_plan(plan)
    [d] = findings(report, "PL202")
    assert d.subject == "新型智慧城市建设行动" and findings(report, "PL201") == []


def test_a_placeholder_beside_real_measures_does_not_hide_them(province_plan, lint_plan, findings):
    plan = province_plan()
    action = plan.action("新型智慧城市")
    action.body = action.body + "（待补充：责任单位）"
    report = lint_plan(plan)
    assert findings(report, "PL201") == [] and findings(report, "PL202") == []


def test_a_sentence_merely_opening_with_a_placeholder_word_is_text(province_plan, lint_plan, findings):
    plan = province_plan()
    plan.action("新型智慧城市").body = "略高于全国平均水平的城市先行，分级分类推进新型智慧城市建设，建设城市时空信息云平台。"
    report = lint_plan(plan)
    assert findings(report, "PL201") == [] and findings(report, "PL202") == []
