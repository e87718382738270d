"""PL205 (regional_duties): a duty the national plan gives to the plan's own region is not taken up."""
import pytest
from pathlib import Path

ZHEJIANG = dict(region="浙江省", title="浙江省“十三五”信息化发展规划")


@pytest.mark.parametrize("fmt,where", [("yaml", "actions:"), ("md", "## 优先行动")])
def test_a_duty_of_the_plans_region_not_taken_up(province_plan, lint_plan, fmt, where):
    plan = province_plan(**ZHEJIANG)      # the compliant plan names 跨境电子商务 only in passing
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL205", "跨境电子商务综合试验区", "warning")
    assert d.line == text.line_of(where)
    assert "浙江省" in d.message and "推动杭州等跨境电子商务综合试验区建设" in d.message


def test_the_duty_taken_up(province_plan, lint_plan, findings):
    plan = province_plan(**ZHEJIANG)
    plan.project("数字经济").body += "推进杭州、宁波跨境电子商务综合试验区建设。"
    assert findings(lint_plan(plan), "PL205") == []


def test_a_duty_binds_only_its_region(province_plan, lint_plan, findings):
    """江苏 is not 浙江: the same text owes nothing there (the compliant plan shows it)."""
    assert findings(lint_plan(province_plan()), "PL205") == []


def test_a_duty_of_a_region_group_is_taken_up_by_its_members(province_plan, lint_plan, findings):
    """长江经济带 environment monitoring binds 江苏省; the compliant plan's 美丽江苏 action takes it up."""
    plan = province_plan()
    plan.action("美丽江苏").body = "建设生态环境监测网络和自然资源动态监测监管信息系统，推进“互联网+智慧能源”。"
    [d] = findings(lint_plan(plan), "PL205")
    assert (d.subject, d.severity) == ("长江经济带环境监测信息化", "info")


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



# --- one national item bound at different levels in different regions ---

@pytest.mark.parametrize("level,region,bound", [
    ("province", "浙江省", True), ("city", "杭州市", True),
    ("city", "宁波市", False), ("province", "江苏省", False)])
def test_the_e_commerce_zone_binds_zhejiang_and_hangzhou_at_their_own_levels(blank_plan, lint_plan, findings,
                                                                            level, region, bound):
    plan = blank_plan(level=level, region=region, title=f"{region}“十三五”信息化发展规划")
    subjects = [d.subject for d in findings(lint_plan(plan), "PL205")]
    assert subjects.count("跨境电子商务综合试验区") == (1 if bound else 0)


def test_the_pack_holds_the_e_commerce_zone_once(pack):
    zones = [d for d in pack.commitments.duties if d.name == "跨境电子商务综合试验区"]
    assert len(zones) == 1
    [zone] = zones
    assert zone.regions_at("province") == ("浙江省",) and zone.regions_at("city") == ("杭州市",)


@pytest.mark.parametrize("level,region,listed", [("province", "浙江省", True), ("city", "杭州市", True),
                                                 ("city", "宁波市", False)])
def test_init_lists_the_duty_where_pl205_would_ask_for_it(pack, level, region, listed):
    from planlint.skeleton import InitRequest, skeleton

    text = skeleton(InitRequest(level, region, None, None), pack)
    assert ("跨境电子商务综合试验区" in text) is listed
