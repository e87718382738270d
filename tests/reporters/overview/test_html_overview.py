"""--format html opens on the overview: contents, heat map, legend, clean plans, filter; escaped."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from planlint.i18n import Catalog
from planlint.overview import build_overview
from planlint.reporters import html_report
from planlint.reporters.context import RenderContext


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _page(reports, pack, lang="zh"):
    ctx = RenderContext(pack_name=pack.name, rules=[], catalog=Catalog(lang))
    page = html_report.render(reports, ctx, build_overview(reports, pack))
    parser = Tags()
    parser.feed(page)
    return page, parser.tags


def test_matrix_links_and_clean_plans(lint, province_plan, pack):
    reports = [lint(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), "a.yaml"),
               lint(province_plan().yaml("<b>.yaml"), "<b>.yaml")]
    page, tags = _page(reports, pack)
    body = page.split('<table class="heat">')[1].split("</table>")[0]
    assert body.count("<tr>") == 1 + len(reports)        # header + one row per plan
    ids = {a["id"] for t, a in tags if "id" in a}
    links = {a["href"][1:] for t, a in tags if t == "a" and a.get("href", "").startswith("#")}
    linked_with_findings = {f"plan-{i + 1}" for i, r in enumerate(reports) if r.diagnostics}
    assert linked_with_findings <= ids and linked_with_findings <= links
    assert "<b>.yaml" not in page and "&lt;b&gt;.yaml" in page
    assert "✗ 缺失" in page and "— 不适用" in page     # the legend
    if not reports[1].diagnostics:
        assert re.search(r'<ul class="clean"><li>&lt;b&gt;\.yaml</li>', page)


def test_self_contained_filter_and_folded_project_infos(lint, province_plan, pack):
    plan = province_plan().with_meta(level="city", region="江苏省南京市")
    reports = [lint(plan.yaml("city.yaml"), "city.yaml")]
    page, tags = _page(reports, pack)
    assert not any(a.get("src") or (t == "link" and a.get("href")) for t, a in tags)   # nothing fetched
    assert not any(t == "script" for t, _ in tags)
    assert {a["id"] for t, a in tags if t == "input" and a["type"] == "checkbox"} == {"sev-error", "sev-warning",
                                                                                     "sev-info"}
    codes = {d.code for d in reports[0].diagnostics}
    assert {a["id"] for t, a in tags if t == "input" and a["type"] == "radio"} == {"code-all"} | {
        f"code-{c}" for c in codes}
    for c in codes:       # choosing a code hides the other findings
        assert f'#code-{c}:checked~main .finding:not([data-code="{c}"]){{display:none}}' in page
    assert "#sev-info:not(:checked)~main .finding.info{display:none}" in page
    controls = page.split('<span class="filter">')[1].split("<main>")[0]   # siblings of <main>, not nested
    assert "<p" not in controls and "<div" not in controls and 'id="sev-error"' in controls
    assert all(f'data-code="{c}"' in page.split("<main>")[1] for c in codes)
    findings = [a for t, a in tags if t == "div" and "finding" in a.get("class", "")]
    assert len(findings) == len(reports[0].diagnostics)
    assert all(a["data-code"] and a["data-sev"] for a in findings)
    infos = [d for d in reports[0].diagnostics if d.code == "PL204" and d.severity == "info"]
    if infos:
        folded = page.split("<details>")[1].split("</details>")[0]
        assert folded.count('data-code="PL204"') == len(infos)


def test_english_overview(lint, province_plan, pack):
    page, _ = _page([lint(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), "a.yaml")], pack, "en")
    assert "Overview" in page and "✗ missing" in page and "Contents" in page


def test_the_marked_source_is_the_whole_value():
    from planlint.reporters.html_report import _source
    assert "<mark>≥88</mark>" in _source("    value: ≥88", 1, 12)
    assert "<mark>固定宽带家庭普及率</mark>" in _source("  - name: 固定宽带家庭普及率  # 注", 1, 11)
    assert "<mark>&lt;b&gt;</mark>" in _source("x: <b> y", 1, 4)      # still escaped
    assert "<mark> </mark>" in _source("end:", 1, 5)                   # past the end: a marked space
