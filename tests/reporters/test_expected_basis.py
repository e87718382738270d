"""What `expected` holds is labelled for what it is in every format and language: the national
plan's requirement (国家要求), or a value derived from the plan's own figures (推算值, 表中数值)."""
import json

import pytest

from cli_helpers import run_planlint as run

PLAN = """title: 江苏省“十三五”信息化发展规划
level: province
region: 江苏省
period: {start: 2016, end: 2020}
indicators:
  - name: 信息消费规模
    unit: 亿元
    base: {year: 2015, value: 3100}
    target: {year: 2020, value: 6000}
    growth: 25
  - name: 固定宽带家庭普及率
    unit: "%"
    base: {year: 2015, value: 52}
    target: {year: 2020, value: 65}
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("basis") / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_json_says_which_expected_values_are_national(plan):
    found = {d["code"]: d for d in json.loads(run(plan, "--format", "json", "--select", "PL102,PL111").stdout)["diagnostics"]}
    assert found["PL111"]["expected_basis"] == "derived" and found["PL102"]["expected_basis"] == "national"


@pytest.mark.parametrize("lang,derived,national", [("zh", "推算值", "国家要求"), ("en", "Derived", "National requirement")])
@pytest.mark.parametrize("fmt", ["text", "junit", "gitlab", "sarif", "html"])
def test_every_format_labels_the_plans_own_arithmetic_as_derived(plan, fmt, lang, derived, national):
    out = run(plan, "--format", fmt, "--lang", lang, "--select", "PL111", "--no-color").stdout
    if fmt == "sarif":        # the rules' own help speaks of national requirements: look at the result
        out = json.dumps([r["message"] for r in json.loads(out)["runs"][0]["results"]], ensure_ascii=False)
    assert derived in out and national not in out
