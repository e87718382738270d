"""Plain table markup is read without html.parser, and gives the events html.parser gives.

The plain reader (tables/html_tokens.py) is a faster path only: for the markup Word, pandoc and
web pages write it must give html.parser's events at html.parser's positions, and for anything
else it must decline, so that html.parser reads it as before.
"""
from __future__ import annotations

from html.parser import HTMLParser
from typing import Optional

import pytest

from planlint.readers.markdown.tables.html_parser import _TAGS, _neutralize, read_html_table
from planlint.readers.markdown.tables.html_tokens import NotPlain, attributes, plain_events

# a category cell spanning rows, Word's spans and attributes across lines, entities, <br/>
WORD_TABLE = """<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse'>
 <tr style='height:20.0pt'>
  <td rowspan=2 valign=top><p class=MsoNormal align=center><span style='font-family:宋体'>信息基础设施</span></p></td>
  <td
   valign=top width=83><p class=MsoNormal><span lang=EN-US>1.</span>固定宽带家庭普及率<o:p></o:p></p></td>
  <td nowrap><span lang=EN-US>40</span>&nbsp;</td>
  <TD colspan="2">&#8805;<b>70</b><br/>（<span lang=EN-US>%</span>）</TD>
 </tr>
 <tr><td>移动宽带用户普及率</td><td>57&#x25;</td><td>85</td></tr>
</table>"""


class _Recorder(HTMLParser):
    """html.parser's events for the same markup, as the plain reader writes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[tuple[str, tuple[int, int], str, str]] = []

    def handle_data(self, data: str) -> None:
        self.events.append(("data", self.getpos(), data, ""))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag in _TAGS:
            self.events.append(("start", self.getpos(), tag, self.get_starttag_text() or ""))
            self.attrs.append(attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _TAGS:
            self.events.append(("end", self.getpos(), tag, ""))

    def handle_entityref(self, name: str) -> None:
        self.events.append(("entity", self.getpos(), name, ""))

    def handle_charref(self, name: str) -> None:
        self.events.append(("charref", self.getpos(), name, ""))


def _stdlib_events(markup: str) -> tuple[list, list]:
    rec = _Recorder()
    rec.attrs = []
    rec.feed(markup)
    rec.close()
    return rec.events, rec.attrs


def test_word_markup_gives_html_parsers_events_and_attributes():
    events = list(plain_events(WORD_TABLE, _TAGS))      # Word's markup is plain: no NotPlain
    expected, expected_attrs = _stdlib_events(WORD_TABLE)
    assert events == expected
    assert [attributes(e[3]) for e in events if e[0] == "start"] == expected_attrs
    # the spans and o:p are not among the events; the text around them still is, piece by piece
    assert not any(e[2] in ("span", "o:p", "b") for e in events if e[0] in ("start", "end"))
    assert any(e[0] == "data" and e[2] == "固定宽带家庭普及率" for e in events)


def test_word_table_reads_its_cells_where_they_are():
    table = read_html_table(WORD_TABLE, 10, 1)
    cells = [[(c.text, c.loc.line, c.loc.column) for c in row] for row in table.rows]
    # where each cell's text starts in the file, past the tags before it; the colspan's
    # empty cell and the rowspan's covered one are placed at their cell and row
    assert cells == [
        [("信息基础设施", 12, 89), ("1.固定宽带家庭普及率", 14, 60), ("40", 15, 31), ("≥70（%）", 16, 19), ("", 16, 19)],
        [("", 18, 2), ("移动宽带用户普及率", 18, 10), ("57%", 18, 28), ("85", 18, 45)],
    ]


@pytest.mark.parametrize("markup", [
    "<table><tr><td width=83/>x</td></tr></table>",        # html.parser reads the value as "83/"
    "<table><tr><td>a & b</td></tr></table>",              # a bare ampersand
    "<table><tr><td>&nbsp</td></tr></table>",              # a reference without its ;
    "<table><tr><td title='a&amp;b'>x</td></tr></table>",  # a reference in a value
    "<table><tr><td>x</td x></tr></table>",                # an end tag with attributes
    "<table><tr><td>x<script>1</script></td></tr></table>",
    "<table><tr><td><title>x</title></td></tr></table>",
    "<table><tr><td\r\nvalign=top>x</td></tr></table>",    # a carriage return inside a tag
    "<table><tr><my-cell>x</my-cell></tr></table>",
])
def test_other_markup_is_left_to_html_parser(markup):
    with pytest.raises(NotPlain):
        list(plain_events(_neutralize(markup), _TAGS))


def test_declined_markup_still_reads():
    table = read_html_table("<table><tr><td>指标</td><td>a & b</td></tr><tr><td>x</td><td>1 < 2</td></tr></table>", 1, 1)
    assert [[c.text for c in row] for row in table.rows] == [["指标", "a & b"], ["x", "1 < 2"]]
