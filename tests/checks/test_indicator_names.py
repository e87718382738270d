"""PL103 (indicator_names): a name close to a national one but not clearly the same is asked about."""
import pytest
import textwrap


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


def test_doubtful_name_reported_and_requirement_still_missing(lint):
    r = lint(plan(row("固定宽带家庭普急率", "75", base=40)))
    assert "固定宽带家庭普及率" in subjects(r, "PL103")
    pl101 = [d for d in codes(r, "PL101") if d.subject == "固定宽带家庭普及率"][0]
    assert "普急率" in pl101.hint



# --- the safety net: a name holding nearly all of a national one, plus an uncurated word ----------

@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_an_uncurated_variant_is_asked_about_not_silently_ignored(province_plan, lint_plan, findings, fmt):
    plan = province_plan().change_indicator("社会保障卡普及率", name="社保卡持卡普及率")
    report = lint_plan(plan.yaml() if fmt == "yaml" else plan.markdown())
    [d] = findings(report, "PL103")
    assert d.subject == "社会保障卡普及率" and "是否指“社会保障卡普及率”" in d.message
    [missing] = findings(report, "PL101")
    assert missing.subject == "社会保障卡普及率" and "社保卡持卡普及率" in missing.hint


def test_a_local_indicator_beside_the_national_one_is_not_asked_about(province_plan, lint_plan, findings):
    plan = province_plan().add_indicator("农村电子商务交易规模", 1200, base=500, unit="亿元", growth=19.1)
    assert findings(lint_plan(plan), "PL103") == []
    # without the national indicator beside it, the same name is a question
    alone = province_plan().drop_indicator("电子商务交易规模").add_indicator(
        "农村电子商务交易规模", 1200, base=500, unit="亿元", growth=19.1)
    [d] = findings(lint_plan(alone), "PL103")
    assert d.subject == "电子商务交易规模"


def test_a_curated_near_miss_stays_another_indicator(province_plan, lint_plan, findings):
    plan = province_plan().add_indicator("移动电话普及率", 120, base=100, unit="部/百人")
    assert findings(lint_plan(plan), "PL103") == []
