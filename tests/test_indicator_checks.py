"""Each indicator check on small plans written in the test."""
import textwrap

import pytest


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


# --- PL102: level-type comparison --------------------------------------------------------------

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


# --- PL102: scale-type indicators compare growth, never size ----------------------------------

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


def _growth_row(name, base, target, growth, unit):
    return row(name, target, unit=unit, base=base) + (f'  growth: "{growth}"\n' if growth else "")


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


# --- PL104: other years are not comparable ---------------------------------------------------

def test_other_target_year_not_guessed(lint):
    r = lint(plan(row("固定宽带家庭普及率", "60", base=40, year=2025)))
    assert "固定宽带家庭普及率" not in subjects(r, "PL102")
    assert "固定宽带家庭普及率" in subjects(r, "PL104")


# --- PL101 ------------------------------------------------------------------------------------

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


def test_unknown_level_checks_only_what_binds_everyone(lint):
    text = "title: 某规划\nindicators:\n" + textwrap.indent(row("固定宽带家庭普及率", "60", base=40), "  ")
    r = lint(text)
    assert subjects(r, "PL101") == set() and "固定宽带家庭普及率" in subjects(r, "PL102")
    assert codes(r, "PL003")


def test_regional_goal_binds_only_its_region(lint):
    west = lint(plan(row("农村家庭宽带普及率", "35", base=20), region="甘肃省"))
    east = lint(plan(row("农村家庭宽带普及率", "35", base=20), region="江苏省"))
    assert "中西部农村家庭宽带普及率" in subjects(west, "PL102")
    assert not codes(east, "PL102")


# --- PL103, PL105–PL107 -------------------------------------------------------------------------

def test_doubtful_name_reported_and_requirement_still_missing(lint):
    r = lint(plan(row("固定宽带家庭普急率", "75", base=40)))
    assert "固定宽带家庭普及率" in subjects(r, "PL103")
    pl101 = [d for d in codes(r, "PL101") if d.subject == "固定宽带家庭普及率"][0]
    assert "普急率" in pl101.hint


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


# --- consistency: PL111–PL114 -----------------------------------------------------------------

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


def test_findings_at_one_place_come_in_the_national_plans_order(lint, pack):
    r = lint(plan("- name: 某自设指标\n  target: {year: 2020, value: 1}\n"))
    missing = [d.subject for d in codes(r, "PL101")]
    order = [i.name for i in pack.indicators]
    assert len(missing) > 5 and missing == sorted(missing, key=order.index)


@pytest.mark.parametrize("value,asked", [("0.75", True), ("\"0.75%\"", False), ("65", False)])
def test_a_fraction_written_for_a_percentage_is_reported_with_a_question(lint, value, asked):
    r = lint(plan(f"- name: 固定宽带家庭普及率\n  unit: \"%\"\n  target: {{year: 2020, value: {value}}}\n"))
    [d] = [d for d in codes(r, "PL102") if d.subject == "固定宽带家庭普及率"]
    assert ("请写作“75%”" in (d.hint or "")) is asked


def test_prose_restating_the_lists_target_is_not_a_second_finding(lint):
    row = "- name: 固定宽带家庭普及率\n  unit: \"%\"\n  target: {year: 2020, value: 65}\n"
    sections = "sections:\n  - heading: 二、发展目标\n    body: 到2020年，固定宽带家庭普及率达到{v}。\n"
    same = lint(plan(row, extra="") + sections.format(v="65%"))
    assert [d.line for d in codes(same, "PL102") if d.subject == "固定宽带家庭普及率"] == [8]   # the list row
    other = lint(plan(row, extra="") + sections.format(v="60%"))
    weak = [d for d in other.diagnostics if d.subject == "固定宽带家庭普及率" and d.code in ("PL102", "PL115")]
    assert sorted(d.code for d in weak) == ["PL102", "PL102", "PL115"]      # two targets, and they disagree
