"""A caption merged across a table's first row (Word's “表1 …主要指标” as row 1) is the table's
caption, not its header: the rows under it are still the plan's indicators."""
from __future__ import annotations

import pytest

from planlint.readers.markdown.reader import read_markdown

FRONT = """---
level: province
region: 河南省
period: {start: 2016, end: 2020}
---

# 河南省“十三五”信息化发展规划

## 二、发展目标

"""
TAIL = "\n注：〔 〕表示五年累计数。\n\n## 三、保障措施\n\n加强组织领导。\n"
CAPTION = "表1 “十三五”信息化发展主要指标"
ROWS = [("1.固定宽带家庭普及率（%）", "50", "60"), ("2.移动宽带用户普及率（%）", "55", "70"),
        ("3.网民规模（万人）", "4000", "5000")]


def pipe(repeated: bool) -> str:
    first = f"| {CAPTION} | {CAPTION if repeated else ''} | {CAPTION if repeated else ''} |"
    lines = [first, "| --- | --- | --- |", "| 指标 | 2015年 | 2020年 |"]
    lines += [f"| {n} | {b} | {t} |" for n, b, t in ROWS]
    return FRONT + "\n".join(lines) + "\n" + TAIL


def html() -> str:
    rows = "".join(f"<tr><td>{n}</td><td>{b}</td><td>{t}</td></tr>" for n, b, t in ROWS)
    return (FRONT + f'<table><tr><td colspan="3"><b>{CAPTION}</b></td></tr>'
            "<tr><td>指标</td><td>2015年</td><td>2020年</td></tr>" + rows + "</table>\n" + TAIL)


@pytest.mark.parametrize("text", [pipe(False), pipe(True), html()], ids=["pipe", "pipe-repeated", "html-colspan"])
def test_a_caption_row_does_not_hide_the_table(text):
    plan = read_markdown(text, "plan.md").plan
    got = [(i.name, i.base.value, i.target.value, i.target.year) for i in plan.indicators if i.origin == "table"]
    assert got == [("固定宽带家庭普及率", "50", "60", 2020), ("移动宽带用户普及率", "55", "70", 2020),
                   ("网民规模", "4000", "5000", 2020)]


def test_a_one_text_first_row_over_a_table_that_is_no_indicator_table_stays_text():
    text = FRONT + "| 重点工程 | |\n| --- | --- |\n| 工程 | 内容 |\n| 宽带乡村 | 光纤到村 |\n" + TAIL
    plan = read_markdown(text, "plan.md").plan
    assert [i for i in plan.indicators if i.origin == "table"] == []
