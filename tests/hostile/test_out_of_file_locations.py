"""Issue 15: a finding located past the end of its file (a stale waiver or baseline, a reader
bug) is still reported by every format, never a crash and never a made-up excerpt."""
from __future__ import annotations

import io
import json
import xml.dom.minidom

import pytest

from planlint.diagnostics import Diagnostic
from planlint.model import Location
from planlint.readers.source import SourceText
from planlint.reporters import github, gitlab, html_report, json_report, junit, sarif, text_report
from planlint.run.options import LintOptions
from planlint.run.report import FileReport
from planlint.run.result import LintResult

SOURCE = "title: 甘肃省规划\nlevel: province\nregion: 甘肃省"       # three lines, no final newline
PLACES = [Location(4, 1), Location(10_000, 3), Location(2, 500), Location(0, 0), Location(3, 15, end_line=99, end_column=7)]


@pytest.fixture()
def result() -> LintResult:
    diags = [Diagnostic("p.yaml", loc, "PL101", "error", "过期的位置") for loc in PLACES]
    report = FileReport("p.yaml", None, diags, SourceText.from_bytes(SOURCE.encode("utf-8")))
    return LintResult([report], options=LintOptions(show_source=True, keep_source=True, verbose=True),
                      pack_names=["national-13th"])


@pytest.mark.parametrize("module", [json_report, sarif, gitlab, github, junit, html_report])
def test_every_format_reports_a_location_beyond_the_file(result, module):
    out = module.render(result.reports, result.render_context())
    assert out.count("过期的位置") >= len(PLACES) or module is gitlab
    if module in (json_report, sarif, gitlab):
        json.loads(out)
    if module is junit:
        xml.dom.minidom.parseString(out.encode("utf-8"))


def test_the_text_report_with_source_lines_has_no_excerpt_for_a_line_that_is_not_there(result):
    buf = io.StringIO()
    text_report.render(result.reports, buf, result.render_context(), color=False)
    out = buf.getvalue()
    assert out.count("过期的位置") == len(PLACES) and "p.yaml:10000:3" in out
    assert out.count("region: 甘肃省") == 1       # line 3's excerpt, once; none invented for the others


def test_the_overview_formats_accept_them_too(result):
    from planlint.overview import build_overview
    from planlint.reporters.overview import csv_report
    from planlint.rulepack import load_pack

    overview = build_overview(result.reports, load_pack())
    assert "p.yaml" in csv_report.render(overview, result.render_context())
    assert "p.yaml" in html_report.render(result.reports, result.render_context(), overview)


@pytest.mark.parametrize("text", ["title: x\nindicators:\n  - name: [", "title: x\nfoo: {", "a:\n  - b\n c: [",
                                  "title: x\nsections:\n  - heading: 一\n    body: |\n"])
def test_truncated_yaml_is_reported_inside_the_file(text):
    from planlint.rulepack import load_pack
    from planlint.run.engine import Linter

    report = Linter(load_pack()).lint_bytes("p.yaml", text.encode("utf-8"))
    lines = text.split("\n")
    assert report.diagnostics
    for d in report.diagnostics:
        assert 1 <= d.line <= len(lines) and 1 <= d.column <= len(lines[d.line - 1]) + 1, (d.code, d.line, d.column)
