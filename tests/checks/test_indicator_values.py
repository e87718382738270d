"""PL105–PL107 (indicator_values): values that cannot be read, units that do not fit, missing years and units."""
import pytest
import textwrap


# --- PL105 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt,row", [("yaml", "value: 待定}"), ("md", "| 固定宽带家庭普及率")])
def test_a_target_that_is_not_a_number(province_plan, lint_plan, fmt, row):
    plan = province_plan().change_indicator("固定宽带家庭普及率", target="待定", growth=None)
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity, d.line) == ("PL105", "固定宽带家庭普及率", "warning", text.line_of(row))
    assert "待定" in d.message and "目标值" in d.message


def test_an_indicator_without_a_target(province_plan, lint_plan):
    text = province_plan().change_indicator("固定宽带家庭普及率", target=None, growth=None).yaml()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.line) == ("PL105", "固定宽带家庭普及率", text.line_of("- name: 固定宽带家庭普及率"))
    assert "没有目标值" in d.message


@pytest.mark.parametrize("target", ["75%", "不低于75", "百分之七十五", "75以上"])
def test_the_ways_drafters_write_a_number_are_read(province_plan, lint_plan, findings, target):
    plan = province_plan().change_indicator("固定宽带家庭普及率", target=target, growth=None)
    assert findings(lint_plan(plan), "PL105") == []


# --- PL106 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt,row", [("yaml", "unit: 万人"), ("md", "| 社会保障卡普及率（万人）")])
def test_a_unit_of_another_dimension_than_the_nations(province_plan, lint_plan, fmt, row):
    plan = province_plan().change_indicator("社会保障卡普及率", unit="万人", growth=None)
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics                     # and no PL102: incomparable is not weaker
    assert (d.code, d.subject, d.severity, d.line) == ("PL106", "社会保障卡普及率", "error", text.line_of(row))
    assert "万人" in d.message and "%" in d.expected


def test_a_unit_that_converts_is_not_a_mismatch(province_plan, lint_plan, findings):
    plan = province_plan().change_indicator("信息消费规模", unit="万亿元", base=0.31, target=0.6)
    assert findings(lint_plan(plan), "PL106") == []


# --- PL107 ----------------------------------------------------------------------------------

def test_a_target_without_a_year_is_read_for_the_end_of_the_period(province_plan, lint_plan):
    text = province_plan().change_indicator("固定宽带家庭普及率", target_year=None).yaml()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity, d.line) == ("PL107", "固定宽带家庭普及率", "warning",
                                                       text.line_of("target: {value: 75}"))
    assert "年份" in d.message and "2020" in d.message


def test_a_scale_indicator_without_a_unit_is_read_in_the_national_unit(province_plan, lint_plan):
    text = province_plan().change_indicator("信息消费规模", unit=None, base=0.31, target=0.6).yaml()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity, d.line) == ("PL107", "信息消费规模", "warning",
                                                       text.line_of("- name: 信息消费规模"))
    assert "单位" in d.message and "万亿元" in d.message


def test_a_year_and_a_unit_written_leave_nothing_to_assume(province_plan, lint_plan, findings):
    assert findings(lint_plan(province_plan()), "PL107") == []


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


def test_not_a_number(lint):
    r = lint(plan(row("固定宽带家庭普及率", "待定", base=40)))
    assert codes(r, "PL105") and "待定" in codes(r, "PL105")[0].message


def test_unit_mismatch(lint):
    r = lint(plan(row("社会保障卡普及率", "9000", unit="万人", base=6000)))
    assert "社会保障卡普及率" in subjects(r, "PL106")
    assert "社会保障卡普及率" not in subjects(r, "PL102")


def test_missing_year_assumes_period_end(lint):
    text = plan("- name: 固定宽带家庭普及率\n  unit: '%'\n  target: {value: 65}\n")
    r = lint(text)
    assert codes(r, "PL107") and "2020" in codes(r, "PL107")[0].message
    assert "固定宽带家庭普及率" in subjects(r, "PL102")


def test_missing_unit_for_scale_indicator(lint):
    text = plan("- name: 信息消费规模\n  base: {year: 2015, value: 0.1}\n  target: {year: 2020, value: 0.2}\n")
    assert "信息消费规模" in subjects(lint(text), "PL107")



def test_a_scale_indicator_given_only_by_its_growth_is_not_asked_for_a_unit(lint, findings):
    # the 发展目标 paragraph gives 信息消费规模 only a rate of growth: there is no figure whose
    # unit could be missing, so no PL107 (“没有写单位”) beside the growth the checks weigh
    text = ("---\nlevel: province\nregion: 甘肃省\nperiod: {start: 2016, end: 2020}\n---\n\n"
            "# 甘肃省“十三五”信息化发展规划\n\n## 二、发展目标\n\n"
            "到2020年，全省固定宽带家庭普及率达到70%，信息消费规模年均增长15%，"
            "网络零售额达到1500亿元。\n")
    report = lint(text, "plan.md")
    assert [i.growth for i in report.plan.indicators if i.name == "信息消费规模"] == ["15%"]
    assert findings(report, "PL107", "信息消费规模") == []
