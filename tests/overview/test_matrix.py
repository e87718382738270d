"""The overview matrix: each cell read off the plan's findings about its item."""
from __future__ import annotations

import pytest

from planlint.overview import build_overview
from planlint.run.report import FileReport


@pytest.fixture(scope="module")
def reports(linter, province_plan):
    def lint(text, name):
        return linter.lint_bytes(name, text.encode("utf-8"))
    weak = province_plan().change_indicator("固定宽带家庭普及率", target=60)
    lacking = province_plan().drop_indicator("网络零售额")
    clean = province_plan()
    return [lint(weak.yaml("weak.yaml"), "weak.yaml"), lint(lacking.yaml("lacking.yaml"), "lacking.yaml"),
            lint(clean.yaml("clean.yaml"), "clean.yaml")]


def cell(overview, path, name):
    row = next(r for r in overview.rows if r.path == path)
    return row.cells[[c.name for c in overview.columns].index(name)]


def test_one_row_per_plan_in_input_order(reports, pack):
    ov = build_overview(reports, pack)
    assert [r.path for r in ov.rows] == ["weak.yaml", "lacking.yaml", "clean.yaml"]
    assert all(len(r.cells) == len(ov.columns) for r in ov.rows)


def test_weaker_target_is_below_with_the_plans_value(reports, pack):
    c = cell(build_overview(reports, pack), "weak.yaml", "固定宽带家庭普及率")
    assert c.status == "below" and "60" in c.value
    assert c.label("zh").startswith("↓ 低于") and "60" in c.label("zh")
    assert c.label("en").startswith("↓ below (") and not any("\u4e00" <= ch <= "\u9fff" for ch in c.label("en"))


def test_missing_indicator_is_missing_and_present_one_met(reports, pack):
    ov = build_overview(reports, pack)
    assert cell(ov, "lacking.yaml", "网络零售额").status == "missing"
    assert cell(ov, "clean.yaml", "网络零售额").status == "met"
    assert cell(ov, "lacking.yaml", "网络零售额").label() == "✗ 缺失"


def test_every_cell_agrees_with_the_findings(reports, pack):
    ov = build_overview(reports, pack)
    for report, row in zip(reports, ov.rows):
        for col, c in zip(ov.columns, row.cells):
            codes = {d.code for d in report.diagnostics if d.subject == col.name}
            assert set(c.codes) == codes
            if c.status in ("met", "n/a"):
                assert not codes
            if c.status == "missing":
                assert codes & {"PL101", "PL201", "PL204", "PL205", "PL206"}


def test_item_not_asked_of_the_level_is_not_applicable(lint, blank_plan, pack):
    county = lint(blank_plan(level="county", region="江苏省南京市江宁区").yaml("county.yaml"), "county.yaml")
    ov = build_overview([county], pack)
    asked_of_county = {i.name for i in pack.indicators if "county" in i.required_levels}
    for col, c in zip(ov.columns, ov.rows[0].cells):
        if col.kind == "indicator" and col.name not in asked_of_county:
            assert c.status in ("n/a", "below", "doubtful")
        if col.kind == "indicator" and col.name in asked_of_county:
            assert c.status == "missing"


def test_unreadable_plan_is_a_row_of_not_applicable(pack):
    from planlint.diagnostics import Diagnostic
    from planlint.model import Location
    broken = FileReport("broken.yaml", None, [Diagnostic("broken.yaml", Location(1, 1), "PL001", "error", "无法解析")])
    ov = build_overview([broken], pack)
    assert ov.rows[0].counts["error"] == 1 and not ov.rows[0].clean
    assert {c.status for c in ov.rows[0].cells} == {"n/a"}


def test_duties_appear_only_where_they_apply(reports, pack):
    ov = build_overview(reports, pack)
    for i, col in enumerate(ov.columns):
        if col.kind in ("duty", "task"):
            assert any(r.cells[i].status != "n/a" for r in ov.rows)


def test_an_indicator_not_asked_of_the_plan_but_set_and_met_is_met(linter, province_plan, pack):
    """信息化发展指数 is asked of no province; a plan that sets it at the national 88 or above
    has it (✓), one below has it weaker (↓), one without it is not asked (—)."""
    def lint(draft, name):
        return linter.lint_bytes(name, draft.yaml(name).encode("utf-8"))
    sets = lint(province_plan().add_indicator("信息化发展指数", 90, unit=""), "sets.yaml")
    weaker = lint(province_plan().add_indicator("信息化发展指数", 80, unit=""), "weaker.yaml")
    without = lint(province_plan(), "without.yaml")
    ov = build_overview([sets, weaker, without], pack)
    assert cell(ov, "without.yaml", "信息化发展指数").status == "n/a"
    assert cell(ov, "sets.yaml", "信息化发展指数").status == "met"
    assert cell(ov, "weaker.yaml", "信息化发展指数").status == "below"


def test_an_indicator_set_outside_its_region_stays_not_applicable(linter, province_plan, pack):
    """A 中西部 target set by an eastern province is not compared: no ✓ for it."""
    draft = province_plan().add_indicator("中西部农村家庭宽带普及率", 50, unit="%")
    report = linter.lint_bytes("east.yaml", draft.yaml("east.yaml").encode("utf-8"))
    assert cell(build_overview([report], pack), "east.yaml", "中西部农村家庭宽带普及率").status == "n/a"
