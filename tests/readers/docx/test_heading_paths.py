"""Every finding in a document names the headings it sits under: computed once from the
section tree, the same for a Word plan (however its headings are made) as for its Markdown."""
from __future__ import annotations

from pathlib import Path

import pytest

from docx_builder import from_markdown, package, p, table
from planlint.model import Location, Section
from planlint.readers.heading_paths import HeadingPaths

ROOT = Path(__file__).resolve().parents[3]
HUBEI = ROOT / "examples" / "markdown" / "hubei-province.md"


def _section(heading: str, line: int, *children: Section) -> Section:
    return Section(heading, Location(line, 1), sections=list(children))


def test_a_line_takes_the_path_of_the_last_heading_at_or_before_it():
    paths = HeadingPaths.of([
        _section("一、发展现状", 3, _section("（一）发展基础", 5)),
        _section("二、**总体要求**", 10, _section("（一）指导思想", 12), _section("（二）发展目标", 20)),
    ])
    assert paths.at(1) == ()                                   # before any heading: the title, front matter
    assert paths.at(3) == ("一、发展现状",)                     # a heading sits under itself
    assert paths.at(7) == ("一、发展现状", "（一）发展基础")
    assert paths.at(10) == ("二、总体要求",)                    # Markdown markup is not part of the name
    assert paths.at(19) == ("二、总体要求", "（一）指导思想")
    assert paths.at(999) == ("二、总体要求", "（二）发展目标")


@pytest.mark.parametrize("style", ["styles", "typed", "autonum"])
def test_a_word_plan_names_the_headings_of_its_markdown(linter, style):
    text = HUBEI.read_text(encoding="utf-8")
    md = linter.lint_bytes(HUBEI.name, text.encode("utf-8"))
    word = linter.lint_bytes("plan.docx", from_markdown(text, style))
    paths = {(d.code, d.subject): d.heading_path for d in word.diagnostics}
    assert paths == {(d.code, d.subject): d.heading_path for d in md.diagnostics}
    # the indicator table sits in 二、总体要求 › （二）发展目标, numbered by Word or typed
    weaker = next(d for d in word.diagnostics if d.code == "PL102")
    assert weaker.heading_path == ("二、总体要求", "（二）发展目标") and weaker.place.startswith("表1 ")


def test_a_table_cell_under_nested_headings(linter):
    body = (p("湖北省“十三五”信息化发展规划", centre=True) + p("二、总体要求") + p("（二）发展目标")
            + table([["指标", "2015年", "2020年"], ["固定宽带家庭普及率（%）", "40", "60"]]))
    [weaker] = [d for d in linter.lint_bytes("plan.docx", package(body)).diagnostics if d.code == "PL102"]
    assert weaker.heading_path == ("二、总体要求", "（二）发展目标") and weaker.place == "表1 第2行第3列"


def test_a_yaml_plan_has_no_heading_paths(lint, province_plan):
    report = lint(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), "a.yaml")
    assert report.diagnostics and all(d.heading_path == () for d in report.diagnostics)
