"""PL103 (indicator_names): a name close to a national one but not clearly the same is asked about."""
import pytest


@pytest.mark.parametrize("fmt,row", [("yaml", "- name: 固定宽带家庭普急率"), ("md", "| 固定宽带家庭普急率")])
def test_a_typo_in_a_national_name_is_asked_about(province_plan, lint_plan, findings, fmt, row):
    plan = province_plan().change_indicator("固定宽带家庭普及率", name="固定宽带家庭普急率")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    report = lint_plan(text)
    [d] = findings(report, "PL103")
    assert (d.subject, d.severity, d.line) == ("固定宽带家庭普及率", "warning", text.line_of(row))
    assert "普急率" in d.message and "是否指" in d.message
    # a doubtful name is not taken for the national indicator: it is still missing, with a pointer
    assert sorted(x.code for x in report.diagnostics) == ["PL101", "PL103"]
    assert "普急率" in findings(report, "PL101")[0].hint


@pytest.mark.parametrize("name", ["固定宽带家庭普及率", "家庭宽带普及率", "全省固定宽带家庭普及率"])
def test_the_national_name_and_its_variants_are_not_asked_about(province_plan, lint_plan, findings, name):
    plan = province_plan().change_indicator("固定宽带家庭普及率", name=name)
    assert findings(lint_plan(plan), "PL103") == []
