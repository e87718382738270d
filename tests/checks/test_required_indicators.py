"""PL101 (required_indicators): a national indicator the plan's level or department must carry is missing."""
import pytest
import textwrap


@pytest.mark.parametrize("fmt,where", [("yaml", "indicators:"), ("md", "| 指标 |")])
def test_a_dropped_required_indicator_is_the_one_finding(province_plan, lint_plan, fmt, where):
    plan = province_plan().drop_indicator("网络零售额")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    report = lint_plan(text)
    [d] = report.diagnostics
    assert (d.code, d.subject, d.severity) == ("PL101", "网络零售额", "error")
    assert d.line == text.line_of(where)                 # the indicator list (the table), not line 1
    assert "网络零售额" in d.message and "10万亿元" in d.expected


def test_an_alias_of_the_national_name_satisfies_the_requirement(province_plan, lint_plan, findings):
    plan = province_plan().change_indicator("网络零售额", name="网上零售额")
    assert findings(lint_plan(plan), "PL101") == []


def test_a_near_miss_does_not_stand_in_for_the_national_indicator(province_plan, lint_plan, findings):
    plan = province_plan().change_indicator("固定宽带家庭普及率", name="农村家庭宽带普及率")
    assert [d.subject for d in findings(lint_plan(plan), "PL101")] == ["固定宽带家庭普及率"]


def test_a_city_answers_for_the_same_table_indicators(province_plan, lint_plan, findings):
    city = province_plan(level="city", region="苏州市").drop_indicator("社会保障卡普及率")
    [d] = findings(lint_plan(city), "PL101")
    assert (d.subject, d.severity) == ("社会保障卡普及率", "error") and "本级规划" in d.message


def test_a_ministry_answers_for_its_field_only(blank_plan, lint_plan, findings):
    court = blank_plan(level="ministry", region=None, department="最高人民法院")
    [d] = findings(lint_plan(court), "PL101")
    assert d.subject == "电子诉讼占比" and "本部门" in d.message
    court.add_indicator("电子诉讼占比", ">20", base="<2", unit="%")
    assert findings(lint_plan(court), "PL101") == []


def test_a_plan_of_unknown_level_is_held_to_no_required_indicator(province_plan, lint_plan, findings):
    plan = province_plan(level=None, title="某某规划").drop_indicator("网络零售额")
    assert findings(lint_plan(plan), "PL101") == []


# --- small YAML plans written inline, one indicator row at a time ---

def plan(indicators: str, level: str = "province", region: str = "江苏省", extra: str = "") -> str:
    head = f"title: 测试规划\nlevel: {level}\nregion: {region}\nperiod: {{start: 2016, end: 2020}}\n{extra}"
    return head + "indicators:\n" + textwrap.indent(textwrap.dedent(indicators).strip("\n"), "  ") + "\n"


def codes(report, code):
    return [d for d in report.diagnostics if d.code == code]


def subjects(report, code):
    return {d.subject for d in codes(report, code)}


ROW = """\
- name: {name}
  unit: "{unit}"
  base: {{year: 2015, value: {base}}}
  target: {{year: {year}, value: "{target}"}}
"""


def row(name, target, unit="%", base=50, year=2020):
    return ROW.format(name=name, unit=unit, base=base, target=target, year=year)


def test_missing_required_indicators_at_the_list(lint):
    r = lint(plan(row("固定宽带家庭普及率", "75", base=40)))
    missing = subjects(r, "PL101")
    assert "贫困村宽带网络覆盖率" in missing and "固定宽带家庭普及率" not in missing
    assert all(d.line == 5 for d in codes(r, "PL101"))  # the `indicators:` key


def test_distractor_does_not_satisfy_requirement(lint):
    r = lint(plan(row("信息消费占GDP比重", "7", base=4)))
    assert "信息消费规模" in subjects(r, "PL101")


def test_ministry_answers_for_its_field_only(lint):
    r = lint(plan(row("电子诉讼占比", ">20", base=1), level="ministry", region="x",
                  extra="department: 最高人民法院\n").replace("region: x\n", ""))
    assert subjects(r, "PL101") == set()
    r = lint(plan(row("电子诉讼占比", ">20", base=1), level="ministry", region="x",
                  extra="department: 国家卫生健康委员会\n").replace("region: x\n", ""))
    assert subjects(r, "PL101") == {"电子健康档案城乡居民覆盖率"}  # under the department's new name


def test_findings_at_one_place_come_in_the_national_plans_order(lint, pack):
    r = lint(plan("- name: 某自设指标\n  target: {year: 2020, value: 1}\n"))
    missing = [d.subject for d in codes(r, "PL101")]
    order = [i.name for i in pack.indicators]
    assert len(missing) > 5 and missing == sorted(missing, key=order.index)



def test_a_health_plans_standard_records_are_the_national_health_records(blank_plan, lint_plan, findings):
    # health plans count the records kept to the standard: 城乡居民规范化电子健康档案覆盖率
    health = blank_plan(title="“十三五”全国人口健康信息化发展规划", level="ministry", region=None,
                        department="国家卫生计生委")
    health.add_indicator("城乡居民规范化电子健康档案覆盖率", "85以上", base="75", unit="%")
    report = lint_plan(health)
    assert findings(report, "PL101") == [] and findings(report, "PL103") == []
    [weak] = findings(report, "PL102")
    assert weak.subject == "电子健康档案城乡居民覆盖率" and "85%" in weak.actual
