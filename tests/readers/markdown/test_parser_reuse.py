"""One markdown-it parser serves every plan of a run: what one plan writes never changes how the
next is read (parse() starts from a fresh state and environment each time)."""
from __future__ import annotations

from planlint.readers.markdown.lines import _markdown, classify

# a reference definition and a heading underline: the first plan's references live in
# markdown-it's env, which must not carry over to the second plan
FIRST = """# 甲市“十三五”信息化规划

[规划]: http://example.gov.cn/plan

## 一、发展目标

| 指标 | 2015年 | 2020年 |
|---|---|---|
| 固定宽带家庭普及率（%） | 50 | 70 |
"""
SECOND = """乙县信息化规划
================

[规划]

  - 到2020年，固定宽带家庭普及率达到70%。
> 专栏1 信息惠民工程

```
代码块中的 # 不是标题
```
"""


def _shape(body: str) -> tuple:
    blocks = classify(body, 0)
    return ([(ln.no, ln.kind, ln.text, ln.col, ln.quote) for ln in blocks.lines],
            sorted((i, h.text, h.md_level) for i, h in blocks.headings.items()), blocks.pipe_tables)


def test_second_plan_reads_as_with_a_parser_of_its_own():
    _markdown.cache_clear()
    alone = _shape(SECOND)
    _markdown.cache_clear()
    _shape(FIRST)
    after = _shape(SECOND)
    assert _markdown.cache_info().currsize == 1 and _markdown.cache_info().hits >= 1   # the same parser
    assert after == alone
    assert alone[1] == [(0, "乙县信息化规划", 1)]
