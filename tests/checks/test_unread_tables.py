"""PL008: a table that looks like the indicator table but cannot be read is one finding, at its
header, and its indicators are not reported missing one by one (PL101)."""


def test_a_mistyped_header_year_is_one_finding_not_a_cascade(province_plan, lint_plan, findings):
    text = province_plan().markdown().edit("| 2020年 |", "| 2021年 |")
    report = lint_plan(text)
    [d] = findings(report, "PL008")
    assert (d.severity, d.line) == ("error", text.line_of("| 2021年 |"))
    assert "2021年" in d.message and "2016—2020年" in d.message and "10项" in d.message
    assert "2020年" in d.hint and "固定宽带家庭普及率" in d.hint
    assert findings(report, "PL101") == []
    # its rows are neither read as targets nor as prose commitments
    assert findings(report, "PL102") == [] and findings(report, "PL203") == []


def test_the_same_table_with_the_right_year_is_read(province_plan, lint_plan, findings):
    text = province_plan().drop_indicator("固定宽带家庭普及率").markdown()
    report = lint_plan(text)
    assert findings(report, "PL008") == []
    assert [d.subject for d in findings(report, "PL101")] == ["固定宽带家庭普及率"]


def test_an_indicator_outside_the_unread_table_is_still_reported_missing(province_plan, lint_plan, findings):
    text = province_plan().drop_indicator("固定宽带家庭普及率").markdown().edit("| 2020年 |", "| 2021年 |")
    report = lint_plan(text)
    assert len(findings(report, "PL008")) == 1
    assert [d.subject for d in findings(report, "PL101")] == ["固定宽带家庭普及率"]


def test_a_review_table_of_the_past_is_not_an_unread_indicator_table(province_plan, lint_plan, findings):
    review = ("| 指标 | 2010年 | 2015年 |\n| --- | --- | --- |\n| 固定宽带家庭普及率（%） | 30 | 52 |\n"
              "| 移动宽带用户普及率（%） | 20 | 63 |\n")
    text = province_plan().markdown().edit("## 二、总体要求", review + "\n## 二、总体要求")
    assert findings(lint_plan(text), "PL008") == []


def test_a_later_plan_table_far_beyond_the_period_is_not_taken_for_a_slip(province_plan, lint_plan, findings):
    text = province_plan().markdown().edit("| 2020年 |", "| 2035年 |")
    report = lint_plan(text)
    assert findings(report, "PL008") == [] and findings(report, "PL101")


def test_english_names_the_year_and_period(province_plan, linter):
    text = province_plan().markdown().edit("| 2020年 |", "| 2021年 |")
    report = linter.lint_bytes("plan.md", text.encode())
    [d] = [d for d in report.diagnostics if d.code == "PL008"]
    from planlint.messages import render
    assert "2021" in render(d.message, "en") and "2016–2020" in render(d.message, "en")
