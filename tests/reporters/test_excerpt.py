"""--show-source: the line under a finding, with the caret at its column by display width."""
import json

from cli_helpers import run_planlint as run
import pytest

from planlint.readers.source import SourceError, SourceText
from planlint.reporters.excerpt import excerpt
from planlint.run.report import FileReport


def test_the_caret_stands_under_the_column_counting_chinese_as_two_cells():
    src, caret = excerpt("| 固定宽带 | 65 |", 12, 10)
    assert src == "12 | | 固定宽带 | 65 |"
    # "| 固定宽带 | " is 9 characters and 13 cells: the caret is under the 6 of 65
    assert caret == "   | " + " " * 13 + "^"


def test_a_long_line_is_cut_around_the_column():
    line = "甲" * 200 + "达到65%" + "乙" * 200
    src, caret = excerpt(line, 3, 201)            # column 201: the 达 of 达到65%
    assert src == "3 | …" + "甲" * 36 + "达到65%" + "乙" * 31 + "…"
    assert caret == "  | " + " " * (1 + 72) + "^"   # past the … (one cell) and 36 甲 (two cells each)


def test_lines_come_from_the_decoded_source_and_bad_bytes_give_none():
    source = SourceText.from_bytes("a\r\nb\nc\n".encode())
    assert [source.line(n) for n in (0, 1, 2, 3, 4, 5)] == [None, "a", "b", "c", "", None]
    assert FileReport("p.yaml", source=source).source_line(2) == "b"
    with pytest.raises(SourceError):
        SourceText.from_bytes(b"\xff\xfe\x00\x00bad")
    assert FileReport("p.yaml").source_line(1) is None


def test_show_source_in_the_text_report_and_nowhere_else(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text("title: 某省“十三五”信息化规划\nlevel: province\nregion: 江苏省\nindicators:\n"
                    "  - name: 固定宽带家庭普及率\n    unit: \"%\"\n    target: {year: 2020, value: 65}\n",
                    encoding="utf-8")
    text = run("--isolated", "--select", "PL102", "--show-source", plan).stdout
    assert "7 |     target: {year: 2020, value: 65}" in text
    assert "  | " + " " * 32 + "^" in text
    plain = run("--isolated", "--select", "PL102", plan).stdout
    assert "value: 65}" not in plain
    report = json.loads(run("--isolated", "--format", "json", "--show-source", plan).stdout)
    assert "source_lines" not in json.dumps(report)
