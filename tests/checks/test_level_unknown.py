"""PL003: a plan whose level is neither written nor inferable is told that only what binds every
level was checked. A check since the registry (checks/level_unknown.py), no longer the engine's."""
from __future__ import annotations

from planlint.analysis.context import build_context
from planlint.checks import level_unknown, run_checks
from planlint.readers import read_plan
import textwrap

NO_LEVEL = "title: 某规划\nindicators: []\n"
PROVINCE = "title: 某规划\nlevel: province\nregion: 江苏省\nindicators: []\n"
OTHER_PERIOD_NO_LEVEL = "title: 某规划\nperiod: {start: 2021, end: 2025}\nindicators: []\n"


def pl003(report):
    return [d for d in report.diagnostics if d.code == "PL003"]


def test_a_plan_without_a_level_gets_one_finding_at_its_start(lint):
    [d] = pl003(lint(NO_LEVEL))
    assert (d.severity, d.line, d.column) == ("info", 1, 1)
    assert d.message == "未写明规划层级（level），也无法从标题推断；只检查对各层级都适用的要求"
    assert d.hint == "请在文件开头写明 level: province/city/county/ministry"


def test_a_written_or_inferred_level_is_no_finding(lint):
    assert not pl003(lint(PROVINCE))
    assert not pl003(lint("# 江苏省“十三五”信息化发展规划\n\n## 一、发展目标\n\n正文。\n", "plan.md"))


def test_a_level_set_by_the_configuration_counts_as_stated(linter):
    report = linter.lint_bytes("plan.yaml", NO_LEVEL.encode(), {"level": "city", "region": "南京市"})
    assert not pl003(report)


def test_reported_also_where_the_pack_does_not_bind_the_plan(lint):
    found = [d.code for d in lint(OTHER_PERIOD_NO_LEVEL).diagnostics]
    assert "PL003" in found and "PL004" in found


def test_it_is_a_check_of_the_pipeline(linter, pack):
    plan = read_plan("plan.yaml", NO_LEVEL.encode(), linter.default_period).plan
    ctx = build_context(plan, pack, linter.matcher, linter.regions)
    assert [d.code for d in run_checks(ctx, [level_unknown.CHECK])] == ["PL003"]
    assert [d.code for d in run_checks(ctx) if d.code == "PL003"] == ["PL003"]
    assert not level_unknown.CHECK.binding_only


# --- small YAML plans written inline, one indicator row at a time ---

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


def test_unknown_level_checks_only_what_binds_everyone(lint):
    text = "title: 某规划\nindicators:\n" + textwrap.indent(row("固定宽带家庭普及率", "60", base=40), "  ")
    r = lint(text)
    assert subjects(r, "PL101") == set() and "固定宽带家庭普及率" in subjects(r, "PL102")
    assert codes(r, "PL003")

