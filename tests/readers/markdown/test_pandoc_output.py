"""Plans converted by pandoc read like the originals: simple, multiline and grid tables, escaped
characters, `---` for a dash, straight quotes, footnote marks in names and values (fixtures in
pandoc/, written by pandoc 2.17: see pandoc/README.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from planlint.readers.markdown.reader import read_markdown

HERE = Path(__file__).parent / "pandoc"
EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "markdown"


def _findings(linter, path: Path) -> list[tuple[str, str]]:
    report = linter.lint_bytes(path.name, path.read_bytes())
    return sorted((d.code, d.subject or "") for d in report.diagnostics)


def _table(name: str) -> dict[str, tuple]:
    plan = read_markdown((HERE / name).read_text(encoding="utf-8"), name).plan
    return {i.name: (i.base and i.base.value, i.target and i.target.value, i.growth, i.unit, i.category)
            for i in plan.indicators if i.origin == "table"}


@pytest.mark.parametrize("converted", ["hubei.multiline.md", "hubei.grid.md", "hubei.headerless-multiline.md",
                                       "hubei.headerless-simple.md"])
def test_a_converted_plan_gets_the_findings_of_its_original(linter, converted):
    assert _findings(linter, HERE / converted) == _findings(linter, EXAMPLES / "hubei-province.md")


def test_the_compliant_plan_as_a_simple_table_stays_compliant(linter):
    assert _findings(linter, HERE / "jiangsu.simple.md") == []


def test_a_multiline_table_is_read_cell_by_cell():
    rows = _table("hubei.multiline.md")
    assert len(rows) == 15
    assert rows["信息化发展指数"] == ("73.1", "90", None, None, "总体发展水平")
    # pandoc's escapes and its --- for a dash are what the drafter wrote
    assert rows["电子商务交易规模"][1:3] == (">2.5", ">15.8")
    assert rows["电子诉讼占比"][:2] == ("<1", ">20")
    assert rows["IT项目投资占全社会固定资产投资总额的比例"][3] == "%"


@pytest.mark.parametrize("converted", ["hubei.headerless-multiline.md", "hubei.headerless-simple.md"])
def test_a_table_whose_first_row_is_not_marked_a_header_is_read_by_its_content(converted):
    rows = _table(converted)
    assert rows == _table("hubei.multiline.md")
    assert rows["信息化发展指数"] == ("73.1", "90", None, None, "总体发展水平")


def test_dash_runs_around_prose_are_not_a_headerless_table():
    # thematic breaks of short runs, and dash runs that do not close the same way, frame prose
    text = ("# 江苏省“十三五”信息化发展规划\n\n## 二、发展目标\n\n- - -\n到2020年，固定宽带家庭普及率达到75%。\n- - -\n\n"
            "  ------ ------\n到2020年，移动宽带用户普及率达到90%。\n  ---- ----\n")
    plan = read_markdown(text, "plan.md").plan
    assert [(i.name, i.origin) for i in plan.indicators] == [("固定宽带家庭普及率", "text"), ("移动宽带用户普及率", "text")]


@pytest.mark.parametrize("converted", ["yichang.word-habits.md", "yichang.word-habits.gfm.md"])
def test_a_word_table_with_its_caption_in_row_one_and_no_header_marked_reads_as_written(linter, converted):
    rows = _table(converted)
    assert len(rows) == 10
    assert rows["固定宽带家庭普及率"][:2] == ("45", "68")           # ^①^ is a footnote mark
    assert rows["电子健康档案城乡居民覆盖率"][:2] == ("70", "92")    # and so is 92^②^
    found = [(c, s) for c, s in _findings(linter, HERE / converted) if c != "PL204"]
    assert found == [("PL102", "固定宽带家庭普及率"), ("PL201", "在线教育普惠行动")]


def test_a_grid_table_wrapped_mid_word_keeps_its_names():
    rows = _table("hubei.grid.md")
    assert "信息化发展指数" in rows and "IT项目投资占全社会固定资产投资总额的比例" in rows
    assert rows["光纤入户用户占总宽带用户的比率"][:2] == ("58", "85")


@pytest.mark.parametrize("converted", ["jiangsu.footnotes.gfm.md", "jiangsu.footnote-refs.gfm.md"])
def test_footnote_marks_are_not_part_of_names_or_values(linter, converted):
    rows = _table(converted)
    assert rows["光纤入户用户占总宽带用户的比率"][:2] == ("62", "85")
    assert rows["固定宽带家庭普及率"][:2] == ("52", "75")
    assert rows["固定宽带家庭普及率"][4] == "信息基础设施"        # the merged category column
    codes = {c for c, _ in _findings(linter, HERE / converted)}
    assert not codes & {"PL101", "PL103", "PL105"}


def test_a_unit_written_with_a_superscript_keeps_it():
    from planlint.readers.markdown.markup import clean, without_note_marks
    assert without_note_marks("人均住房面积（m²）") == "人均住房面积（m²）"
    assert clean("人均住房面积（m<sup>2</sup>）") == "人均住房面积（m2）"
    assert clean("固定宽带家庭普及率<sup>1</sup>") == "固定宽带家庭普及率"


def test_a_dash_rule_and_a_line_under_it_are_not_a_table():
    text = ("---\nlevel: province\nregion: 江苏省\n---\n\n# 江苏省“十三五”信息化发展规划\n\n## 一、发展现状\n\n"
            "-----\n\n全省信息化取得积极进展。\n\n--- ---\n\n加强组织领导。\n")
    plan = read_markdown(text, "plan.md").plan
    assert plan.indicators == [] and "加强组织领导" in plan.sections[0].body


def test_dash_lines_that_only_look_like_a_table_are_text():
    # far more dash runs than any table has columns, and a multiline table that never closes
    wide = "指标 目标\n" + "- " * 5000 + "\n" + "固定宽带家庭普及率 75\n"
    unclosed = "-" * 60 + "\n指标 2015年 2020年\n------ ------ ------\n固定宽带家庭普及率 52 75\n\n移动宽带用户普及率 63 90\n"
    for body in (wide, unclosed):
        plan = read_markdown("# 江苏省“十三五”信息化发展规划\n\n## 一、发展目标\n\n" + body, "plan.md").plan
        assert [i.origin for i in plan.indicators] == []
