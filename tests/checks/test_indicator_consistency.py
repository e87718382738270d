"""PL111–PL114 (indicator_consistency): the plan's own figures must agree with each other."""
import pytest
import textwrap


def only_finding(lint_plan, plan, fmt):
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    return d, text


# --- PL111: stated annual growth vs base and target ------------------------------------------

@pytest.mark.parametrize("fmt,where", [("yaml", "growth: 25"), ("md", "| 信息消费规模")])
def test_a_stated_growth_that_does_not_follow_from_base_and_target(province_plan, lint_plan, fmt, where):
    d, text = only_finding(lint_plan, province_plan().change_indicator("信息消费规模", growth=25), fmt)
    assert (d.code, d.subject, d.severity, d.line) == ("PL111", "信息消费规模", "warning", text.line_of(where))
    assert "25%" in d.message and "14.1" in d.message


def test_a_growth_within_the_printed_rounding_agrees(province_plan, lint_plan, findings):
    """3100 → 6000 in five years is 14.1 %/yr; 14 is that figure printed coarser."""
    assert findings(lint_plan(province_plan().change_indicator("信息消费规模", growth=14)), "PL111") == []


# --- PL112: 〔N〕 vs target − base -------------------------------------------------------------

@pytest.mark.parametrize("fmt,where", [("yaml", "growth: 〔30〕"), ("md", "| 固定宽带家庭普及率")])
def test_cumulative_points_that_are_not_target_minus_base(province_plan, lint_plan, fmt, where):
    d, text = only_finding(lint_plan, province_plan().change_indicator("固定宽带家庭普及率", growth="〔30〕"), fmt)
    assert (d.code, d.subject, d.severity) == ("PL112", "固定宽带家庭普及率", "warning")
    assert d.line == text.line_of(where)
    assert "〔30〕" in d.message and "23" in d.message


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_cumulative_points_that_add_up(province_plan, lint_plan, findings, fmt):
    assert findings(lint_plan(province_plan(), fmt), "PL112") == []


# --- PL113: a percentage above 100 -----------------------------------------------------------

@pytest.mark.parametrize("fmt,where", [("yaml", "value: 120}"), ("md", "| 贫困村宽带网络覆盖率")])
def test_a_percentage_target_above_100(province_plan, lint_plan, fmt, where):
    plan = province_plan().change_indicator("贫困村宽带网络覆盖率", target=120, growth=None)
    d, text = only_finding(lint_plan, plan, fmt)
    assert (d.code, d.subject, d.severity) == ("PL113", "贫困村宽带网络覆盖率", "error")
    assert d.line == text.line_of(where) and "120%" in d.message


def test_a_rate_per_hundred_inhabitants_may_pass_100(province_plan, lint_plan, findings):
    plan = province_plan().change_indicator("移动宽带用户普及率", target=105, growth=None)
    assert findings(lint_plan(plan), "PL113") == []


# --- PL114: a target worse than the base ------------------------------------------------------

@pytest.mark.parametrize("fmt,where", [("yaml", "value: 95}"), ("md", "| 社会保障卡普及率")])
def test_a_higher_is_better_target_below_its_base(province_plan, lint_plan, fmt, where):
    d, text = only_finding(lint_plan, province_plan().change_indicator("社会保障卡普及率", base=96, growth=None), fmt)
    assert (d.code, d.subject, d.severity) == ("PL114", "社会保障卡普及率", "error")
    assert d.line == text.line_of(where) and "95%" in d.message and "96%" in d.message


def test_a_target_equal_to_its_base_is_not_against_the_direction(province_plan, lint_plan, findings):
    plan = province_plan().change_indicator("贫困村宽带网络覆盖率", base=100, growth=None)
    assert findings(lint_plan(plan), "PL114") == []


def test_the_plans_own_arithmetic_is_checked_even_outside_the_packs_period(province_plan, lint_plan):
    plan = province_plan(period=(2021, 2025)).change_indicator("固定宽带家庭普及率", growth="〔30〕")
    assert sorted(d.code for d in lint_plan(plan).diagnostics) == ["PL004", "PL112"]


# --- small YAML plans written inline, one indicator row at a time ---

def plan(indicators: str, level: str = "province", region: str = "江苏省", extra: str = "") -> str:
    head = f"title: 测试规划\nlevel: {level}\nregion: {region}\nperiod: {{start: 2016, end: 2020}}\n{extra}"
    return head + "indicators:\n" + textwrap.indent(textwrap.dedent(indicators).strip("\n"), "  ") + "\n"


def codes(report, code):
    return [d for d in report.diagnostics if d.code == code]


ROW = """\
- name: {name}
  unit: "{unit}"
  base: {{year: 2015, value: {base}}}
  target: {{year: {year}, value: "{target}"}}
"""


def row(name, target, unit="%", base=50, year=2020):
    return ROW.format(name=name, unit=unit, base=base, target=target, year=year)


def with_growth(name, base, target, growth, unit="%"):
    return row(name, target, unit=unit, base=base) + f"  growth: \"{growth}\"\n"


@pytest.mark.parametrize("growth,bad", [("〔24〕", False), ("〔20〕", True), ("〔24.4〕", False), ("〔25〕", False), ("〔26〕", True)])
def test_cumulative_points(lint, growth, bad):
    """56 and 80 printed as integers may hide ±0.5 each: 〔25〕 is possible, 〔26〕 is not."""
    r = lint(plan(with_growth("光纤入户用户占比", 56, 80, growth)))
    assert bool(codes(r, "PL112")) is bad


def test_national_table_rounding_is_tolerated(lint):
    """11.0 → 15.3 is 6.8 %/yr; the national table prints 6.9 — not an inconsistency."""
    r = lint(plan(with_growth("国内信息技术发明专利授权数", "11.0", "15.3", "6.9", unit="万件")))
    assert not codes(r, "PL111")


def test_stated_growth_that_does_not_follow(lint):
    r = lint(plan(with_growth("信息产业收入规模", "17.1", "26.2", "12", unit="万亿元")))
    assert codes(r, "PL111") and "8.9" in codes(r, "PL111")[0].message


def test_percentage_over_100(lint):
    r = lint(plan(row("贫困村宽带网络覆盖率", "120", base=80)))
    assert codes(r, "PL113")


def test_per_hundred_rate_may_exceed_100(lint):
    r = lint(plan(row("移动宽带用户普及率", "105", base=80)))
    assert not codes(r, "PL113")


def test_target_below_base(lint):
    r = lint(plan(row("社会保障卡普及率", "92", base=95)))
    assert codes(r, "PL114")



# --- what `expected` is: the plan's own arithmetic, never “国家要求” ---------------------------

@pytest.mark.parametrize("change,code", [
    (dict(growth=25), "PL111"), (dict(growth="〔30〕"), "PL112"),
])
def test_a_value_worked_out_from_the_plan_is_labelled_derived(province_plan, lint_plan, change, code):
    name = "信息消费规模" if code == "PL111" else "固定宽带家庭普及率"
    [d] = lint_plan(province_plan().change_indicator(name, **change)).diagnostics
    assert d.code == code and d.expected_basis == "derived" and d.expected_key == "label.expected.derived"
