"""PL102 and PL104 (indicator_targets): a target weaker than the national one; a target for another year."""
import pytest


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
