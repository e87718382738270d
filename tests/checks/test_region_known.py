"""PL005: a region that is no known division, or not one of the plan's level, is a finding —
regional targets and duties are not dropped in silence."""
import pytest


@pytest.mark.parametrize("fmt", ["yaml", "md"])
@pytest.mark.parametrize("region,hint", [("火星省", "中文全称"), ("Shaanxi", "中文全称"), ("江甦省", "江苏省”或“江西省"), ("陕酉省", "是否指“陕西省”？")])
def test_an_unknown_region_is_reported_where_it_is_written(province_plan, lint_plan, findings, fmt, region, hint):
    text = province_plan(region=region).markdown() if fmt == "md" else province_plan(region=region).yaml()
    [d] = findings(lint_plan(text), "PL005")
    assert (d.severity, d.line) == ("warning", text.line_of(f"region: {region}"))
    assert region in d.message and hint in d.hint


@pytest.mark.parametrize("region", ["西安市", "陕西省西安市"])
def test_a_city_written_as_a_province_is_inconsistent(province_plan, lint_plan, findings, region):
    [d] = findings(lint_plan(province_plan(region=region)), "PL005")
    assert "陕西省" in d.message and "level: city" in d.hint


@pytest.mark.parametrize("level,region", [("province", "江苏省"), ("province", "广西"), ("province", "新疆维吾尔自治区"),
                                          ("city", "西安市"), ("city", "陕西省西安市"), ("city", "宁波")])
def test_known_regions_of_the_level_are_not_reported(province_plan, lint_plan, findings, level, region):
    assert findings(lint_plan(province_plan(level=level, region=region)), "PL005") == []


def test_a_county_missing_from_the_divisions_is_not_reported(province_plan, lint_plan, findings):
    assert findings(lint_plan(province_plan(level="county", region="余姚市")), "PL005") == []


def test_english_names_the_region(province_plan, linter):
    from planlint.messages import render
    report = linter.lint_bytes("plan.yaml", province_plan(region="火星省").yaml().encode())
    [d] = [d for d in report.diagnostics if d.code == "PL005"]
    assert "“火星省” is not a known administrative division" in render(d.message, "en")
