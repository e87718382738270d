"""The uncoloured text report escapes a value's control characters in one pass over a file's
block: the newlines that end its lines stay, a newline inside a value does not."""
from __future__ import annotations

from planlint.reporters.text_report import plain_text
from planlint.text.escapes import visible


def _per_segment(lines):
    return "".join("".join(visible(text, keep="\t") for text, _ in line) + "\n" for line in lines)


def test_a_clean_block_is_its_lines():
    lines = [[("plans/gs.yaml", "bold"), ("（省级，甘肃省）", "")], [("  gs.yaml:12:5: ", ""), ("PL102 错误", "bold red")], []]
    assert plain_text(lines) == "plans/gs.yaml（省级，甘肃省）\n  gs.yaml:12:5: PL102 错误\n\n"


def test_a_newline_inside_a_value_is_shown_as_an_escape_not_as_a_line():
    lines = [[("  gs.yaml:3:9: ", ""), (" 地区“甘肃省\n伪造的一行”不是省级行政区", "")], [("      提示：\t核对", "dim")]]
    out = plain_text(lines)
    assert out == "  gs.yaml:3:9:  地区“甘肃省\\x0a伪造的一行”不是省级行政区\n      提示：\t核对\n"
    assert out == _per_segment(lines)


def test_terminal_controls_and_bidi_marks_are_escaped_as_in_every_report():
    lines = [[("甘肃省\x1b[31m\u202e\x01", "")], [("\r\x85", "dim")]]
    assert plain_text(lines) == _per_segment(lines) == "甘肃省\\x1b[31m\\u202e\\x01\n\\x0d\\x85\n"


def test_no_lines_no_text():
    assert plain_text([]) == ""
