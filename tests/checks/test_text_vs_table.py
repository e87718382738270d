"""PL115 (text_vs_table): a target in the running text contradicts the indicator table."""
import pytest
import textwrap


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


def test_prose_restating_the_lists_target_is_not_a_second_finding(lint):
    row = "- name: 固定宽带家庭普及率\n  unit: \"%\"\n  target: {year: 2020, value: 65}\n"
    sections = "sections:\n  - heading: 二、发展目标\n    body: 到2020年，固定宽带家庭普及率达到{v}。\n"
    same = lint(plan(row, extra="") + sections.format(v="65%"))
    assert [d.line for d in codes(same, "PL102") if d.subject == "固定宽带家庭普及率"] == [8]   # the list row
    other = lint(plan(row, extra="") + sections.format(v="60%"))
    weak = [d for d in other.diagnostics if d.subject == "固定宽带家庭普及率" and d.code in ("PL102", "PL115")]
    assert sorted(d.code for d in weak) == ["PL102", "PL102", "PL115"]      # two targets, and they disagree



def test_the_tables_value_is_labelled_as_the_tables_not_as_national(province_plan, lint_plan):
    [d] = lint_plan(province_plan().add_section("三、发展目标", "到2020年，固定宽带家庭普及率达到80%。")).diagnostics
    assert d.code == "PL115" and d.expected_basis == "table"
