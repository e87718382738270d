"""PL115 (text_vs_table): a target in the running text contradicts the indicator table."""
import pytest


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_prose_that_contradicts_the_table(province_plan, lint_plan, fmt):
    plan = province_plan().add_section("三、发展目标", "到2020年，固定宽带家庭普及率达到80%。")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL115", "固定宽带家庭普及率", "warning")
    assert d.line == text.line_of("固定宽带家庭普及率达到80%")            # at the sentence
    table_row = text.line_of("- name: 固定宽带家庭普及率" if fmt == "yaml" else "| 固定宽带家庭普及率")
    assert f"第{table_row}行" in d.message and "80%" in d.message and "75%" in d.message


@pytest.mark.parametrize("sentence", ["到2020年，固定宽带家庭普及率达到75%。", "到2020年，固定宽带家庭普及率达到75%以上。"])
def test_prose_that_restates_the_table(province_plan, lint_plan, findings, sentence):
    plan = province_plan().add_section("三、发展目标", sentence)
    assert findings(lint_plan(plan), "PL115") == []


def test_prose_for_another_year_is_not_compared_with_the_table(province_plan, lint_plan, findings):
    plan = province_plan().add_section("三、发展目标", "到2018年，固定宽带家庭普及率达到60%。")
    assert findings(lint_plan(plan), "PL115") == []
