"""PL102 and PL104 (indicator_targets): a target weaker than the national one; a target for another year."""
import pytest
import textwrap


# --- PL102, level-type indicators: compared directly ------------------------------------------

@pytest.mark.parametrize("fmt,row", [("yaml", "value: 65}"), ("md", "| 固定宽带家庭普及率")])
def test_a_level_target_below_the_national_one(province_plan, lint_plan, fmt, row):
    plan = province_plan().change_indicator("固定宽带家庭普及率", target=65, growth="〔13〕")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL102", "固定宽带家庭普及率", "error")
    assert d.line == text.line_of(row)                    # at the target, not at the indicator's name
    assert "65%" in d.message and "≥70%" in d.expected and "65%" in d.actual


@pytest.mark.parametrize("target", [70, "≥70", "不低于70%", "70以上"])
def test_a_level_target_that_meets_the_national_one(province_plan, lint_plan, findings, target):
    plan = province_plan().change_indicator("固定宽带家庭普及率", target=target, base=40, growth=None)
    assert findings(lint_plan(plan), "PL102") == []


# --- PL102, scale-type indicators: only the implied growth is compared ------------------------

def test_a_scale_indicator_growing_slower_than_the_nation(province_plan, lint_plan):
    plan = province_plan().change_indicator("信息消费规模", target=3500, growth=None)
    text = plan.yaml()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL102", "信息消费规模", "warning")
    assert d.line == text.line_of("value: 3500}")
    assert "增速" in d.message and "2.5%" in d.message and "13.4" in d.expected


def test_a_scale_indicator_far_below_the_national_size_but_fast_is_fine(province_plan, lint_plan, findings):
    """0.6 万亿元 is a fraction of the nation's 6万亿元; 20 %/yr outgrows its 13.4 %."""
    plan = province_plan().change_indicator("信息消费规模", base=0.6, target=1.5, unit="万亿元", growth=None)
    assert findings(lint_plan(plan), "PL102") == []


# --- PL104: a target for another year is not compared ----------------------------------------

def test_a_target_for_another_year_is_not_comparable(province_plan, lint_plan):
    plan = province_plan().change_indicator("固定宽带家庭普及率", target=60, target_year=2025, growth=None)
    text = plan.yaml()
    [d] = lint_plan(text).diagnostics                   # 60 is below 70, but for 2025: no PL102
    assert (d.code, d.subject, d.severity) == ("PL104", "固定宽带家庭普及率", "info")
    assert d.line == text.line_of("{year: 2025, value: 60}")
    assert "2025" in d.message and "2020" in d.message


def test_a_target_for_the_national_year_is_compared_not_set_aside(province_plan, lint_plan, findings):
    report = lint_plan(province_plan().change_indicator("固定宽带家庭普及率", target_year=2020))
    assert findings(report, "PL104") == []


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


def _growth_row(name, base, target, growth, unit):
    return row(name, target, unit=unit, base=base) + (f'  growth: "{growth}"\n' if growth else "")


@pytest.mark.parametrize("target,weaker", [
    ("65", True), ("70", False), ("≥70", False), ("70以上", False), ("不低于70%", False),
    ("69.9", True), ("75%", False), ("百分之七十五", False), ("<75", True), ("65~75", True), ("0.75", True),
])
def test_level_type_against_plain_national(lint, target, weaker):
    r = lint(plan(row("固定宽带家庭普及率", target, base=40)))
    assert ("固定宽带家庭普及率" in subjects(r, "PL102")) is weaker


@pytest.mark.parametrize("target,weaker", [("15", True), ("≥15", True), (">15", False), ("超过15", False), ("16", False)])
def test_strict_national_comparator(lint, target, weaker):
    """National >15: a local 15 (or ≥15) does not meet it; >15 does."""
    r = lint(plan(row("电子诉讼占比", target, base=1)))
    assert ("电子诉讼占比" in subjects(r, "PL102")) is weaker


def test_pl102_is_located_at_the_target_and_quotes_the_nation(lint):
    r = lint(plan(row("家庭宽带普及率", "65%", base=40)))
    d = codes(r, "PL102")[0]
    assert (d.line, d.subject, d.severity) == (9, "固定宽带家庭普及率", "error")
    assert d.expected == "≥70%（2020年）" and d.actual == "65%（2020年）"
    assert "第6项" in d.source and "70" in d.hint


def test_units_convert_before_comparing(lint):
    ok = lint(plan(row("大中城市家庭用户带宽", "1Gbps", unit="Mbps", base=20)))
    assert "大中城市家庭用户带宽" not in subjects(ok, "PL102")
    low = lint(plan(row("大中城市家庭用户带宽", "0.05Gbps", unit="Mbps", base=20)))
    assert "大中城市家庭用户带宽" in subjects(low, "PL102")


def test_scale_type_small_but_fast_is_fine(lint):
    r = lint(plan(row("电子商务交易规模", "1.5", unit="万亿元", base=0.6)))   # 20%/yr
    assert "电子商务交易规模" not in subjects(r, "PL102")


def test_scale_type_slow_growth_is_reported_as_growth(lint):
    r = lint(plan(row("信息消费规模", "600", unit="亿元", base=500)))       # 3.7%/yr < 13.4
    d = [x for x in codes(r, "PL102") if x.subject == "信息消费规模"][0]
    assert "增速" in d.message and "13.4" in d.expected and d.severity == "warning"


def test_scale_type_units_mixed(lint):
    """Base in 亿元 and target in 万亿元 within one indicator still give the right growth."""
    r = lint(plan(row("网络零售额", "0.5万亿元", unit="亿元", base=1500)))  # 27%/yr
    assert "网络零售额" not in subjects(r, "PL102")


@pytest.mark.parametrize("base,target,growth,form", [
    ("0.3", "0.35", "3.1", "both"),   # 0.3 may be 0.25..0.35: only the stated 3.1 % settles it
    ("0.3", "0.35", None, None),      # the figures alone allow up to 7.3 %/yr: not reported
    ("0.3", "0.42", "7", None),       # stated 7 % meets 6.9 % and the figures allow it
    ("0.30", "0.35", "9", "implied"), # 9 % contradicts the figures (PL111): the figures decide
    ("", "0.35", "3.1", "stated"),    # no base: the stated rate is all there is
])
def test_scale_growth_with_a_coarse_base_goes_by_the_stated_rate(lint, base, target, growth, form):
    name = "国内信息技术发明专利授权数"
    text = _growth_row(name, base or 0, target, growth, "万件")
    if not base:
        text = text.replace("  base: {year: 2015, value: 0}\n", "")
    r = lint(plan(text))
    found = [d for d in codes(r, "PL102") if d.subject == name]
    # how the growth was found is the message's own text: PL102.growth.<form>
    assert [d.message.args["how"].id for d in found] == ([f"PL102.growth.{form}"] if form else [])
    if form == "both":
        assert "3.1%" in found[0].message and "0.3万件" in found[0].message


def test_other_target_year_not_guessed(lint):
    r = lint(plan(row("固定宽带家庭普及率", "60", base=40, year=2025)))
    assert "固定宽带家庭普及率" not in subjects(r, "PL102")
    assert "固定宽带家庭普及率" in subjects(r, "PL104")


def test_regional_goal_binds_only_its_region(lint):
    west = lint(plan(row("农村家庭宽带普及率", "35", base=20), region="甘肃省"))
    east = lint(plan(row("农村家庭宽带普及率", "35", base=20), region="江苏省"))
    assert "中西部农村家庭宽带普及率" in subjects(west, "PL102")
    assert not codes(east, "PL102")


@pytest.mark.parametrize("value,asked", [("0.75", True), ("\"0.75%\"", False), ("65", False)])
def test_a_fraction_written_for_a_percentage_is_reported_with_a_question(lint, value, asked):
    r = lint(plan(f"- name: 固定宽带家庭普及率\n  unit: \"%\"\n  target: {{year: 2020, value: {value}}}\n"))
    [d] = [d for d in codes(r, "PL102") if d.subject == "固定宽带家庭普及率"]
    assert ("请写作“75%”" in (d.hint or "")) is asked



# --- prose-only targets and rows with a growth only (issue 12) ---------------------------------

_PROSE_PLAN = ("---\nlevel: province\nregion: 江苏省\nperiod: {start: 2016, end: 2020}\n---\n\n"
               "# 江苏省“十三五”信息化发展规划\n\n## 一、发展现状与形势\n\n"
               "截至2015年底，全省电子商务交易规模达到2.4万亿元，信息消费规模达到3100亿元。\n\n"
               "## 二、发展目标\n\n到2020年，电子商务交易规模达到{ecommerce}万亿元，信息消费规模达到6000亿元、年均增长{growth}%。\n")


def test_a_prose_target_takes_its_base_from_the_review_paragraph(lint, findings):
    text = _PROSE_PLAN.replace("{ecommerce}", "3").replace("{growth}", "14.1")
    [d] = findings(lint(text, "plan.md"), "PL102", "电子商务交易规模")
    assert "2015年2.4万亿元" in d.message and "4.6%" in d.message
    assert d.line == text.split("\n").index(next(ln for ln in text.split("\n") if ln.startswith("到2020年"))) + 1
    # a target whose growth from that base keeps pace with the nation's is not reported
    assert findings(lint(_PROSE_PLAN.replace("{ecommerce}", "4.5").replace("{growth}", "14.1"), "plan.md"),
                    "PL102") == []


def test_a_growth_linked_to_a_prose_target_by_a_dunhao_is_its_growth(lint, findings):
    text = _PROSE_PLAN.replace("{ecommerce}", "4.5").replace("{growth}", "9").replace("，信息消费规模达到3100亿元", "")
    [d] = findings(lint(text, "plan.md"), "PL102", "信息消费规模")
    assert "9%" in d.message and "规划所列" in d.message
    # with the review's base too, the stated growth contradicts the figures: PL111 says so
    both = _PROSE_PLAN.replace("{ecommerce}", "4.5").replace("{growth}", "9")
    [d] = findings(lint(both, "plan.md"), "PL111", "信息消费规模")
    assert "2015年3100亿元" in d.message


def test_a_scale_row_with_only_a_growth_is_checked_by_it(province_plan, lint_plan, findings):
    text = province_plan().markdown().edit("| 3100 | 6000 | 14.1 |", "| 3100 | — | 9 |")
    [d] = findings(lint_plan(text), "PL102", "信息消费规模")
    assert d.line == text.line_of("| 3100 | — | 9 |") and "9%" in d.message and d.severity == "warning"
    ok = province_plan().markdown().edit("| 3100 | 6000 | 14.1 |", "| 3100 | — | 14.1 |")
    assert findings(lint_plan(ok), "PL102") == []
