"""The compliant province plan of conftest.py has no finding at all, as YAML and as Markdown.

Every other module under tests/checks takes this plan and removes or weakens one thing: that
the plan is clean here is what makes "exactly this finding appears" mean something there."""
import pytest


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_the_compliant_province_plan_has_no_finding(province_plan, lint_plan, fmt):
    report = lint_plan(province_plan(), fmt)
    assert [(d.code, d.line, d.message) for d in report.diagnostics] == []


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_both_renderings_read_every_part(province_plan, lint_plan, fmt):
    plan = province_plan()
    read = lint_plan(plan, fmt).plan
    listed = [i.name for i in read.indicators if i.origin != "text"]     # not the prose targets
    assert listed == [i.name for i in plan.indicators]
    assert [a.title for a in read.actions] == [a.title for a in plan.actions]
    assert len(read.projects) == len(plan.projects)
    assert (read.meta.level, read.meta.region, read.meta.period_start, read.meta.period_end) == \
        ("province", "江苏省", 2016, 2020)


def test_as_a_city_plan_it_is_still_clean(province_plan, lint_plan):
    """Cities answer for less than provinces: the same content leaves nothing missing."""
    city = province_plan(level="city", region="苏州市", title="苏州市“十三五”信息化发展规划")
    assert lint_plan(city).diagnostics == []


def test_the_builders_fail_loudly_on_a_part_that_is_not_there(province_plan):
    plan = province_plan()
    with pytest.raises(KeyError):
        plan.drop_indicator("不存在的指标")
    with pytest.raises(AssertionError):
        plan.yaml().edit("不存在的文字", "x")
