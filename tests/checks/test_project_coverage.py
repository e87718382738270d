"""PL204 (project_coverage): a 专栏 project the plan's level is expected to take up is not taken up."""
import pytest


@pytest.mark.parametrize("fmt,where", [("yaml", "actions:"), ("md", "## 优先行动")])
def test_a_dropped_project_is_the_one_finding(province_plan, lint_plan, fmt, where):
    plan = province_plan().drop_project("网络内容建设工程")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL204", "网络内容建设工程", "info")   # the pack's severity
    assert d.line == text.line_of(where)
    assert "专栏13" in d.message and "网络内容建设工程" in d.message


def test_a_project_taken_up_under_a_local_title_counts(province_plan, lint_plan, findings):
    plan = province_plan().drop_project("网络内容建设工程").add_project(
        "专栏7　网上正面宣传工程", "做强重点新闻网站，加强网上正面宣传和网络文艺创作。")
    assert findings(lint_plan(plan), "PL204") == []


def test_projects_carried_by_national_departments_are_not_asked_of_a_province(province_plan, lint_plan, findings):
    """专栏11 网信军民深度融合工程 and 专栏12 信息化国际枢纽工程 (like 专栏1 and 专栏6) are the
    national departments': the compliant plan never mentions them and owes nothing."""
    text = province_plan().yaml()
    assert "军民" not in text and "枢纽" not in text and "丝绸之路" not in text
    assert findings(lint_plan(text), "PL204") == []


def test_a_county_is_not_asked_for_the_provinces_projects(province_plan, lint_plan, findings):
    county = province_plan(level="county", region="昆山市", title="昆山市“十三五”信息化发展规划")
    assert findings(lint_plan(county.drop_project("网络内容建设工程")), "PL204") == []
