"""Pasted text without any Markdown block mark is not given to markdown-it: the reader relies on
markdown-it finding nothing there that it uses, which these tests check on such text."""
from __future__ import annotations

import pytest

from planlint.readers.markdown.lines import BLOCK_MARKS, _markdown, classify

# a plan pasted from Word: numbered headings without #, a list, indented and wrapped lines,
# a flattened table, a four-space indent (an indented code block to CommonMark), an HTML block
PASTED = """甲市“十三五”信息化发展规划

一、发展基础
　　“十二五”以来，全市信息化水平显著提升。
1. 固定宽带家庭普及率达到50%;
2) 移动宽带用户普及率达到70%。
+ 网络零售额年均增长20%以上
    四个空格缩进的一行
\t制表符缩进的一行

（二）发展目标
指标
2015年
2020年

固定宽带家庭普及率（%）
50
≥80
<p 网页粘贴的半个标签
[规划全文]: 见附件
"""


def _used_tokens(body: str) -> list[str]:
    used = {"heading_open", "table_open", "fence", "hr", "blockquote_open"}
    return [t.type for t in _markdown().parse(body) if t.type in used]


@pytest.mark.parametrize("body", [PASTED, PASTED.replace("\n", "\n\n"), PASTED.replace("　　", "    ")])
def test_markdown_it_finds_nothing_the_reader_uses_in_unmarked_text(body):
    assert BLOCK_MARKS.search(body) is None
    assert _used_tokens(body) == []


def test_unmarked_text_is_classified_line_by_line():
    blocks = classify(PASTED, 3)
    assert blocks.headings == {} and blocks.pipe_tables == {}
    kinds = {ln.no: ln.kind for ln in blocks.lines}
    assert kinds[4] == "text" and kinds[5] == "blank" and kinds[6] == "text"
    first = blocks.lines[3]
    assert (first.no, first.text, first.col) == (7, "“十二五”以来，全市信息化水平显著提升。", 3)


@pytest.mark.parametrize("mark", ["# 标题", "标题\n===", "标题\n---", "***", "___", "| a | b |\n|---|---|",
                                  "```\n代码\n```", "~~~\n代码\n~~~", "> 引用"])
def test_each_block_the_reader_uses_carries_a_mark(mark):
    assert _used_tokens(mark) != []
    assert BLOCK_MARKS.search(mark) is not None
