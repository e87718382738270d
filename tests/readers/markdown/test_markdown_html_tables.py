"""HTML and pandoc grid indicator tables in Markdown read like pipe tables.

One plan is written as a pipe table, as an HTML table (one line and pretty-printed, rowspan
category cells, ``<br>`` inside names, entities, Word's attributes and spans) and as a grid
table; all give the same (code, subject) findings, and each PL102 points at its own row.
"""
from __future__ import annotations

import time

import pytest

from planlint.model import Location
from planlint.readers.markdown.reader import read_markdown

FRONT = """---
level: province
region: 河南省
period: {start: 2016, end: 2020}
---

# 河南省“十三五”信息化发展规划

## 二、发展目标

**表1 “十三五”信息化发展主要指标**

"""
TAIL = "\n注：〔 〕表示五年累计数。\n\n## 三、保障措施\n\n加强组织领导。\n"

# (category, name, 2015, 2020): targets below the national ones on purpose (PL102)
ROWS = [
    ("信息基础设施", "1.固定宽带家庭普及率（%）", "50", "60"),
    ("信息基础设施", "2.移动宽带用户普及率（%）", "55", "70"),
    ("信息基础设施", "3.光纤入户用户占总宽带用户的比率（%）", "50", "≥80"),
    ("信息经济", "4.电子商务交易规模（万亿元）", "1.0", "1.5"),
    ("信息经济", "5.网络零售额（亿元）", "800", "1600"),
    ("信息服务", "6.网民规模（万人）", "4000", "5000"),
]


def pipe() -> str:
    out = ["| 类别 | 指标 | 2015年 | 2020年 |", "| --- | --- | --- | --- |"]
    last = None
    for cat, name, base, target in ROWS:
        out.append(f"| {cat if cat != last else ''} | {name} | {base} | {target} |")
        last = cat
    return FRONT + "\n".join(out) + "\n" + TAIL


def _html_rows(pretty: bool) -> list[str]:
    """Rows with the category written once as a rowspan cell, Word-style markup in the cells."""
    rows = []
    for k, (cat, name, base, target) in enumerate(ROWS):
        first = next(j for j, r in enumerate(ROWS) if r[0] == cat)
        span = sum(1 for r in ROWS if r[0] == cat)
        cells = []
        if k == first:
            cells.append(f'<TD rowspan="{span}" valign=top><p class=MsoNormal><b>{cat}</b></p></TD>')
        # a <br> inside the name (Word's manual line break), entities in the values
        split = name.index("率") if "率" in name else len(name) // 2
        cells.append(f"<td><span style='font-family:宋体'>{name[:split]}<br>{name[split:]}</span></td>")
        cells.append(f"<td>&nbsp;{base}</td>")
        cells.append(f"<td>{target.replace('≥', '&#8805;')}</td>")
        if pretty:
            rows.append("  <tr>\n" + "".join(f"    {c}\n" for c in cells) + "  </tr>")
        else:
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows


def html(pretty: bool) -> str:
    head = "<tr><th>类别</th><th>指　标</th><th>2015年</th><th>2020年</th></tr>"
    if pretty:
        body = ('<table border="1" class="MsoTableGrid">\n<thead>\n  ' + head + "\n</thead>\n<tbody>\n"
                + "\n".join(_html_rows(True)) + "\n</tbody>\n</table>")
    else:
        body = "<table><thead>" + head + "</thead><tbody>" + "".join(_html_rows(False)) + "</tbody></table>"
    return FRONT + body + "\n" + TAIL


def grid() -> str:
    widths = (14, 40, 8, 8)
    border = "+" + "+".join("-" * w for w in widths) + "+"
    out = [border, _grid_line(("类别", "指标", "2015年", "2020年"), widths),
           "+" + "+".join("=" * w for w in widths) + "+"]
    last = None
    for cat, name, base, target in ROWS:
        # the name wrapped onto two lines inside its cell, as pandoc wraps long cells
        half = len(name) // 2
        out.append(_grid_line((cat if cat != last else "", name[:half], base, target), widths))
        out.append(_grid_line(("", name[half:], "", ""), widths))
        out.append(border)
        last = cat
    return FRONT + "\n".join(out) + "\n" + TAIL


def _grid_line(cells: tuple[str, ...], widths: tuple[int, ...]) -> str:
    return "|" + "|".join(f" {c}".ljust(w) for c, w in zip(cells, widths)) + "|"


FORMS = {"pipe": pipe, "html-one-line": lambda: html(False), "html-pretty": lambda: html(True),
         "grid": grid}


def _findings(linter, text: str) -> set[tuple[str, str]]:
    report = linter.lint_bytes("plan.md", text.encode("utf-8"))
    return {(d.code, d.subject) for d in report.diagnostics if d.code.startswith("PL1")}


def _indicators(text: str):
    result = read_markdown(text, "plan.md")
    assert result.diagnostics == []
    return [i for i in result.plan.indicators if i.origin == "table"]


@pytest.mark.parametrize("form", list(FORMS))
def test_every_form_reads_the_same_indicators(form):
    inds = _indicators(FORMS[form]())
    got = [(i.category, i.name, i.unit, i.base.value, i.target.value, i.target.year) for i in inds]
    assert got == [("信息基础设施", "固定宽带家庭普及率", "%", "50", "60", 2020),
                   ("信息基础设施", "移动宽带用户普及率", "%", "55", "70", 2020),
                   ("信息基础设施", "光纤入户用户占总宽带用户的比率", "%", "50", "≥80", 2020),
                   ("信息经济", "电子商务交易规模", "万亿元", "1.0", "1.5", 2020),
                   ("信息经济", "网络零售额", "亿元", "800", "1600", 2020),
                   ("信息服务", "网民规模", "万人", "4000", "5000", 2020)]


@pytest.mark.parametrize("form", [f for f in FORMS if f != "pipe"])
def test_same_findings_as_the_pipe_table(linter, form):
    expected = _findings(linter, pipe())
    assert any(code == "PL102" for code, _ in expected)
    assert _findings(linter, FORMS[form]()) == expected


def _located(text: str, loc: Location) -> str:
    return text.split("\n")[loc.line - 1][loc.column - 1:]


@pytest.mark.parametrize("form", list(FORMS))
def test_cells_point_at_their_text(form):
    text = FORMS[form]()
    for ind, (_, name, base, target) in zip(_indicators(text), ROWS):
        assert _located(text, ind.loc).startswith(name[:4]), (form, ind.name, ind.loc)
        # an entity is where the text starts: ``&#8805;80`` is pointed at from its ``&``
        encoded = target.replace("≥", "&#8805;") if form.startswith("html") else target
        assert _located(text, ind.target.loc).startswith(encoded)
        if form.startswith("html"):    # &nbsp; before the value: the value itself is pointed at
            assert _located(text, ind.base.loc).startswith(base)


def _pl102_rows(linter, text: str) -> dict[str, int]:
    """subject → index of the table row whose name or target cell the PL102 finding points at."""
    inds = _indicators(text)
    report = linter.lint_bytes("plan.md", text.encode("utf-8"))
    out = {}
    for d in report.diagnostics:
        if d.code == "PL102":
            at = (d.loc.line, d.loc.column)
            rows = [k for k, i in enumerate(inds)
                    if at in ((i.loc.line, i.loc.column), (i.target.loc.line, i.target.loc.column))]
            assert len(rows) == 1, (d.subject, d.loc)
            out[d.subject] = rows[0]
    return out


@pytest.mark.parametrize("form", list(FORMS))
def test_pl102_points_at_the_row(linter, form):
    rows = _pl102_rows(linter, FORMS[form]())
    # the weak targets: 固定宽带, 移动宽带 below the national values; the scale indicators slow
    assert rows == {"固定宽带家庭普及率": 0, "移动宽带用户普及率": 1, "电子商务交易规模": 3,
                    "网络零售额": 4, "网民数量": 5}
    if form == "pipe":
        report = linter.lint_bytes("plan.md", pipe().encode("utf-8"))
        assert sorted(d.line for d in report.diagnostics if d.code == "PL102") == [15, 16, 18, 19, 20]


# --- HTML details ----------------------------------------------------------------------------

def test_national_layout_with_colspan_category_rows_and_two_header_rows():
    text = """# 某省规划

<table>
<tr><td rowspan=2>指标</td><td colspan=2>目标值</td><td rowspan=2>年均增速<br>（%）</td></tr>
<tr><td>2015年</td><td>2020年</td></tr>
<tr><td colspan=4>信息基础设施</td></tr>
<tr><td>1.固定宽带家庭普及率（%）</td><td>40</td><td>&gt;70</td><td>〔30〕</td></tr>
<tr><td colspan="4"><p>信息经济</p></td></tr>
<tr><td>2.网络零售额（亿元）</td><td>100</td><td>200</td><td>14.9</td></tr>
</table>
"""
    got = [(i.category, i.name, i.base.value, i.target.value, i.growth) for i in _indicators(text)]
    assert got == [("信息基础设施", "固定宽带家庭普及率", "40", ">70", "〔30〕"),
                   ("信息经济", "网络零售额", "100", "200", "14.9")]


def test_review_table_in_html_is_ignored_and_other_tables_are_text():
    text = """# 某省规划

## 一、发展基础

<table><caption>“十二五”信息化发展主要指标完成情况</caption>
<tr><th>指标</th><th>2015年规划目标</th><th>2015年实现情况</th></tr>
<tr><td>信息化发展指数</td><td>79</td><td>72</td></tr></table>

<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr><tr><td>1</td><td>建设数据中心</td><td>省发展改革委</td></tr></table>
"""
    result = read_markdown(text, "plan.md")
    assert result.plan.indicators == []
    assert "建设数据中心" in result.plan.sections[0].body


def test_nested_tables_flatten_into_their_cell():
    text = ("<table><tr><td>指标</td><td>2015年</td><td>2020年</td></tr>"
            "<tr><td>1.甲率（%）<table><tr><td>注</td><td>说明</td></tr></table></td><td>1</td><td>2</td></tr>"
            "<tr><td>2.乙率（%）</td><td>3</td><td>4</td></tr></table>\n")
    inds = _indicators(text)
    assert [(i.target.value, i.base.value) for i in inds] == [("2", "1"), ("4", "3")]
    assert inds[1].name == "乙率"


def test_text_around_the_table_is_still_read():
    text = ("# 某省规划\n\n## 二、发展目标\n\n到2020年，固定宽带家庭普及率达到80%。\n\n"
            "<table><tr><td>指标</td><td>2020年</td></tr><tr><td>网民规模（万人）</td><td>5000</td></tr></table>\n\n"
            "## 三、保障措施\n\n加强组织领导。\n")
    result = read_markdown(text, "plan.md")
    origins = sorted((i.origin, i.name) for i in result.plan.indicators)
    assert ("table", "网民规模") in origins and any(o != "table" for o, _ in origins)
    assert [s.heading for s in result.plan.sections] == ["二、发展目标", "三、保障措施"]


@pytest.mark.parametrize("text", [
    "<table><tr><td>指标<td>2020年<tr><td>甲率（%）<td>5\n\n正文。\n",          # nothing closed
    "<table></td></tr><tr><td>指标</td></td><td>2020年</tr></table></table>\n",  # stray ends
    "<table><tr><td>指标</td><td>2020年</td></tr><tr><td>a<b<c</td><td>1 < 2</td></tr></table>\n",
    "<TABLE><TR><TD>指标<TD>2020年<TR><TD>甲<!-- 注释<TD>1\n",
    "<table><![if !supportMisalignedColumns]><tr><td>指标</td></tr><![endif]></table>",
    "<table><tr><td rowspan=999999999 colspan=-3>指标</td><td colspan=abc>2020年</td></tr></table>",
    "<table><script><tr><td>指标</td></tr></table>",
    "<table" + " x" * 1000, "<table>", "</table>", "<table><td>&#99999999;&bogus;&",
    "+---+\n| a |\n+===+\n", "+---+\n+---+\n", "+--+--+\n| 指标 | 2020年 |\n| a",
])
def test_broken_markup_never_raises(text):
    result = read_markdown(text, "plan.md")
    assert result.plan is not None


def test_unclosed_html_table_ends_at_the_blank_line():
    text = "<table><tr><td>指标<td>2020年<tr><td>甲率（%）<td>5\n\n## 三、保障措施\n\n加强组织领导。\n"
    result = read_markdown(text, "plan.md")
    assert [(i.name, i.target.value) for i in result.plan.indicators] == [("甲率", "5")]
    assert result.plan.sections[0].heading == "三、保障措施"


# --- size ------------------------------------------------------------------------------------

def _timed(text: str, limit: float = 80.0):
    # a hang guard, not a speed test: CPU time of this process (other load does not count),
    # ten times the ≈8 s these inputs take on a quiet 2-core machine
    start = time.process_time()
    result = read_markdown(text, "big.md")
    took = time.process_time() - start
    assert took < limit, took
    return result


def test_twenty_thousand_row_html_table_pretty_printed():
    rows = "".join(f"<tr>\n  <td>{i}.指标{i}（%）</td>\n  <td>{i}</td>\n  <td>{i + 1}</td>\n</tr>\n"
                   for i in range(20_000))
    text = "<table>\n<tr><th>指标</th><th>2015年</th><th>2020年</th></tr>\n" + rows + "</table>\n"
    inds = _timed(text).plan.indicators
    assert len(inds) == 20_000
    assert inds[-1].loc == Location(2 + 5 * 19_999 + 2, 7)


def test_twenty_thousand_row_grid_table():
    rows = "".join(f"| {i}.指标{i}（%） | {i} | {i + 1} |\n+---+---+---+\n" for i in range(20_000))
    text = "+---+---+---+\n| 指标 | 2015年 | 2020年 |\n+===+===+===+\n" + rows
    assert len(_timed(text).plan.indicators) == 20_000


def test_nine_million_character_single_line_html_table():
    head = "<table><tr><td>指标</td><td>2015年</td><td>2020年</td></tr>"
    row = "<tr><td style='width:90pt'><span>{i}.指标{i}（%）</span></td><td>{i}</td><td>{j}</td></tr>"
    rows, size, i = [], len(head), 0
    while size < 9_000_000:
        rows.append(row.format(i=i, j=i + 1))
        size += len(rows[-1])
        i += 1
    result = _timed(head + "".join(rows) + "</table>\n")
    assert len(result.plan.indicators) == i


@pytest.mark.parametrize("piece", ["<a", '<a b="', "<!--", "</", "<?", "<![", "<", "<table><tr><td>",
                                   "</table", "&#", "<td a='x", "</td>"])
def test_hostile_markup_is_linear(piece):
    text = "<table><tr><td>指标</td><td>2020年</td></tr><tr><td>" + piece * (2_000_000 // len(piece))
    _timed(text, 5.0)


def test_pandoc_hard_line_breaks_inside_grid_cells_join_the_name():
    """pandoc -t markdown writes a hard break as a backslash at the end of a cell's line."""
    text = grid()
    for _, name, _, _ in ROWS:
        half = len(name) // 2
        text = text.replace(f" {name[:half]} ".rstrip(), f" {name[:half]}\\", 1)
    assert "\\" in text
    inds = _indicators(text)
    assert [i.name for i in inds] == [i.name for i in _indicators(grid())]
