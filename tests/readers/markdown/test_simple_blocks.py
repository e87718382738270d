"""The plain-Markdown scanner (simple_blocks.py) against markdown-it: wherever the scanner reads a
body, it must find exactly the headings, pipe tables and block quotes markdown-it finds; where
the body holds anything else, it must leave the body to markdown-it."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from planlint.readers.markdown.lines import classify, parsed_marks
from planlint.readers.markdown.simple_blocks import Mark, simple_marks

PLAN = """# 湖北省“十三五”信息化发展规划

## 一、发展目标 ##

到2020年，全省信息化发展水平进入全国前列。固定宽带家庭普及率达到75%。
**表1 湖北省“十三五”信息化发展主要指标**
| 指标 | 2015年 | 2020年 |
| --- | :-: | ---: |
| 1.信息化发展指数 | 73.1 | 90 |
| 2.固定宽带家庭普及率（%） | 45 | 75 |
注：〔 〕表示五年累计数。

> **专栏1 宽带湖北工程**
> 实施光网城市和宽带乡村工程，到2020年，98%的行政村实现光纤通达。

<table class=MsoTableGrid border=1>
 <tr><td>指　标</td><td>2020年</td></tr>
# 不是标题：HTML块中
</table>

### （一）建设信息基础设施 #
#5G网络不是标题
"""

# lines a plan (or a converter) writes, which the scanner reads ...
READ = [
    "", "   ", "\t", "　", "正文一行，到2020年达到75%。", "  缩进两格的正文", "**表1 主要指标**",
    "# 标题", "## 二、总体要求 ##", "### （一）发展目标 #", "#### ", "# #", "####### 七个", "#5G网络",
    "   # 缩进的标题", "# 甲 | 乙",
    "| 指标 | 2015年 | 2020年 |", "| --- | --- | --- |", "|:--|--:|", "指标 | 2020年", "--- | ---",
    "| 1.信息化发展指数 | 73.1 | 90 |", "|", "||", "| a | b | c | d |", ":-: | :-:", "|-- -|", "| --- |",
    "> **专栏1 宽带工程**", "> 实施光网城市工程。", "<table border=1>", "<tr><td>75</td></tr>", "</table>",
    "<p class=MsoNormal>", "1.信息化发展指数", "2020年", "行末反斜杠\\", "_下划线_",
]
# ... and the constructs it must leave to markdown-it (or read exactly as markdown-it does)
LEFT = [
    ">", "> # 引用中的标题", ">> 嵌套", ">\t制表", "<span>行内</span>", "<!-- 注释 -->", "<div>",
    "- 列表项", "* 列表项", "+ 列表项", "1. 列表项", "2) 列表项", "---", "***", "* * *", "___", "===", "-",
    "```", "~~~", "    四格缩进", "\t制表缩进", "[规划]: http://example.gov.cn", "[1] 注释", "转义\\|竖线 | 乙",
]


def _bodies() -> st.SearchStrategy[str]:
    line = st.sampled_from(READ) | st.sampled_from(READ) | st.sampled_from(READ) | st.sampled_from(LEFT)
    return st.tuples(st.lists(line, max_size=14), st.booleans()).map(
        lambda t: "\n".join(t[0]) + ("\n" if t[1] else ""))


@settings(max_examples=3000, deadline=None)
@given(_bodies())
def test_where_the_scanner_reads_a_body_it_agrees_with_markdown_it(body):
    marks = simple_marks(body)
    if marks is not None:
        assert marks == parsed_marks(body)


def test_a_plain_plan_is_read_by_the_scanner_as_by_markdown_it():
    marks = simple_marks(PLAN)
    assert marks is not None and marks == parsed_marks(PLAN)
    assert [(m.kind, m.start, m.end) for m in marks] == [
        ("heading", 0, 1), ("heading", 2, 3), ("table", 6, 11), ("quote", 12, 14), ("heading", 20, 21)]
    assert marks[1].content == "一、发展目标" and marks[4] == Mark("heading", 20, 21, 3, "（一）建设信息基础设施")


def test_the_classified_lines_are_those_of_markdown_it():
    blocks = classify(PLAN, 5)
    kinds = [ln.kind for ln in blocks.lines]
    # GFM: the 注 line below the rows is a row too; "# 不是标题" is in the HTML block
    assert kinds[6:11] == ["table"] * 5 and kinds[17] == "text"
    assert blocks.pipe_tables == {6: 11} and blocks.lines[12].quote == blocks.lines[13].quote == 1
    assert sorted(blocks.headings) == [0, 2, 20]


def test_other_blocks_are_left_to_markdown_it():
    for extra in ("- 列表项", "1. 列表项", "```", "---", "===", "    四格缩进", "[规划]: http://x.cn",
                  "<span>行内</span>", "> # 引用中的标题", ">", "转义\\|竖线 | 乙", "甲\r乙"):
        assert simple_marks(PLAN + extra + "\n") is None, extra


def test_the_html_block_tags_are_markdown_its():
    # written out so that a plain plan never imports markdown-it: they must stay tags that
    # markdown-it also ends at a blank line (``search`` is left out: older versions lack it)
    from markdown_it.common.html_blocks import block_names

    from planlint.readers.markdown.simple_blocks import _BLOCK_TAGS
    assert set(_BLOCK_TAGS) <= set(block_names) and set(block_names) - set(_BLOCK_TAGS) <= {"search", "source"}
    assert simple_marks("<search>\n\n# 标题\n") is None
