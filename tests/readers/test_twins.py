"""The same plan as YAML and as Markdown gives the same findings (issue 3: same answers).

Each YAML example is rendered here as the Markdown a drafter would write — front matter,
numbered headings, the national table layout with units in the names, actions as headings —
and both are linted. Findings are compared by (code, subject); lines differ by nature.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CN = "一二三四五六七八九十"


def _cell(v) -> str:
    return "—" if v is None else str(v)


def render_markdown(plan: dict) -> str:
    front = {k: plan[k] for k in ("level", "region", "department", "period") if k in plan}
    out = ["---", yaml.safe_dump(front, allow_unicode=True).strip(), "---", "", f"# {plan['title']}", ""]
    sections = plan.get("sections") or []
    review = [s for s in sections if "现状" in s["heading"]]
    for s in review:
        out += _section(s, 2)
    n = len(review)
    if plan.get("indicators"):
        n += 1
        out += [f"## {CN[n - 1]}、发展目标", "", "| 指标 | 2015年 | 2020年 | 年均增速（%） |", "| --- | --- | --- | --- |"]
        for i, ind in enumerate(plan["indicators"], 1):
            unit = ind.get("unit") or ""
            name = f"{i}.{ind['name']}" + (f"（{unit}）" if unit else "")
            base = (ind.get("base") or {}).get("value")
            target = (ind.get("target") or {}).get("value")
            out.append(f"| {name} | {_cell(base)} | {_cell(target)} | {_cell(ind.get('growth'))} |")
        out.append("")
    if plan.get("actions"):
        n += 1
        out += [f"## {CN[n - 1]}、重点行动", ""]
        for i, a in enumerate(plan["actions"], 1):
            out += [f"### （{CN[i - 1] if i <= 10 else i}）{a['title']}", ""]
            if a.get("goal"):
                out += [a["goal"], ""]
            out += [a.get("body", ""), ""]
    for p in plan.get("projects") or []:
        out += [f"> **{p['title']}**", ">", f"> {p.get('body', '')}", ""]
    for s in sections:
        if s in review:
            continue
        n += 1
        heading = s["heading"].split("、", 1)[-1]
        out += _section(dict(s, heading=f"{CN[n - 1]}、{heading}"), 2)
    return "\n".join(out) + "\n"


def _section(s: dict, depth: int) -> list[str]:
    out = [f"{'#' * depth} {s['heading']}", "", s.get("body", ""), ""]
    for child in s.get("sections") or []:
        out += _section(child, min(depth + 1, 6))
    return out


def twin_examples() -> list[Path]:
    """YAML examples whose targets are all for 2020 (a 2015/2020 table can hold them)."""
    out = []
    for p in sorted(EXAMPLES.glob("*.yaml")):
        plan = yaml.safe_load(p.read_text(encoding="utf-8"))
        years = {(i.get("target") or {}).get("year", 2020) for i in plan.get("indicators") or []}
        if years <= {2020} and plan.get("title"):
            out.append(p)
    return out


def findings(report) -> set[tuple[str, str]]:
    # PL107 (missing unit/year) depends on where a format lets the unit be written
    return {(d.code, d.subject or "") for d in report.diagnostics if d.code not in ("PL107",)}


@pytest.mark.parametrize("example", twin_examples(), ids=lambda p: p.name)
def test_yaml_and_markdown_twins_agree(linter, example):
    text = example.read_text(encoding="utf-8")
    as_yaml = linter.lint_bytes(example.name, text.encode("utf-8"))
    md = render_markdown(yaml.safe_load(text))
    as_md = linter.lint_bytes(example.with_suffix(".md").name, md.encode("utf-8"))
    assert findings(as_yaml) == findings(as_md), md


def test_twins_cover_the_gap_example():
    names = {p.name for p in twin_examples()}
    assert {"jiangsu-province.yaml", "chengdu-city.yaml", "hrss-ministry.yaml"} <= names


def test_markdown_findings_point_at_table_rows(linter):
    example = EXAMPLES / "chengdu-city.yaml"
    md = render_markdown(yaml.safe_load(example.read_text(encoding="utf-8")))
    report = linter.lint_bytes("chengdu-city.md", md.encode("utf-8"))
    lines = md.splitlines()
    for d in report.diagnostics:
        if d.code == "PL102":
            assert d.subject in lines[d.line - 1] or "电子健康档案" in lines[d.line - 1]
            assert lines[d.line - 1].startswith("|")


def test_the_national_plan_meets_itself(linter, seed_text):
    """The national text, with a front matter saying it is a province plan, has no gaps."""
    doc = "---\nlevel: province\n---\n" + seed_text
    report = linter.lint_bytes("national.md", doc.encode("utf-8"))
    table = [i for i in report.plan.indicators if i.origin == "table"]
    assert len(table) == 17
    bad = [(d.code, d.subject, d.line) for d in report.diagnostics if d.code in ("PL101", "PL102", "PL201")]
    assert bad == []
