"""Issue 15: control, ANSI and bidi characters from a plan's values or a file's name, and the bytes
of a name that is not UTF-8, never reach any report raw; every report stays valid in its format."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.dom.minidom
from pathlib import Path

import pytest

from planlint.cli.app import main
from planlint.text.escapes import json_safe, visible

ROOT = Path(__file__).resolve().parents[2]
# YAML escapes, not raw characters: the reader's raw-character refusal never sees these
HOSTILE_VALUES = 'region: "甘肃省\\e[31m\\u202e\\x01"\ntitle: "甘肃省\\e]8;;x\\a规划\\x85\\u2066"\n'
RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
NAME = os.fsdecode(b"n\xff\x1b[31m\xe2\x80\xae.yaml")      # not UTF-8, with an ESC and U+202E


@pytest.fixture()
def plans(tmp_path: Path) -> list[str]:
    base = (ROOT / "examples" / "gansu-province-gaps.yaml").read_text(encoding="utf-8")
    body = re.sub(r"(?m)^(region|title):.*\n", "", base)
    (tmp_path / "values.yaml").write_text(HOSTILE_VALUES + body, encoding="utf-8")
    (tmp_path / NAME).write_text(base, encoding="utf-8")
    (tmp_path / "=cmd|' -c calc'!A0.yaml").write_text(base, encoding="utf-8")
    return [str(tmp_path / "values.yaml"), str(tmp_path / NAME), str(tmp_path / "=cmd|' -c calc'!A0.yaml")]


def _report(tmp_path: Path, plans: list[str], fmt: str, *extra: str) -> bytes:
    out = tmp_path / f"report.{fmt}"
    assert main(["--isolated", "--format", fmt, "-o", str(out), *extra, "--", *plans]) == 1
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "github", "gitlab", "junit", "html", "csv"])
def test_no_raw_control_or_bidi_character_and_valid_utf8(tmp_path, plans, fmt):
    data = _report(tmp_path, plans, fmt, "--verbose")
    text = data.decode("utf-8")                  # strict: a raw 0xff would fail here
    assert not RAW.findall(text), sorted(set(RAW.findall(text)))
    # the name's byte is shown, the same way everywhere (SARIF: an absolute path is a file URI)
    assert "\\xff" in text or (fmt == "sarif" and "n%FF%1B" in text)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "gitlab"])
def test_json_reports_parse_and_keep_values_json_escaped(tmp_path, plans, fmt):
    data = _report(tmp_path, plans, fmt).decode("utf-8")
    doc = [json.loads(line) for line in data.splitlines()] if fmt == "jsonl" else json.loads(data)
    flat = json.dumps(doc, ensure_ascii=False)
    assert "n\\\\xff" in flat or "n%FF" in flat    # the non-UTF-8 name: its stable escaped form
    if fmt == "json":
        region = next(f["region"] for f in doc["files"] if f["path"].endswith("values.yaml"))
        assert region == "甘肃省\x1b[31m\u202e\x01"   # JSON keeps the value, escaped by JSON


def test_junit_is_well_formed_xml(tmp_path, plans):
    xml.dom.minidom.parseString(_report(tmp_path, plans, "junit"))


def test_html_shows_escapes_instead_of_obeying_them(tmp_path, plans):
    page = _report(tmp_path, plans, "html").decode("utf-8")
    assert "\\x1b[31m" in page and "\\u202e" in page


def test_github_annotations_cannot_be_forged(tmp_path, plans):
    lines = _report(tmp_path, plans, "github").decode("utf-8").splitlines()
    assert lines and all(line.startswith("::") for line in lines)


def test_a_formula_in_a_file_name_is_not_a_formula_in_the_csv(tmp_path, plans):
    rows = list(csv.reader(io.StringIO(_report(tmp_path, plans, "csv").decode("utf-8-sig"))))
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_xlsx_cells_hold_no_formula_and_no_control_character(tmp_path, plans):
    openpyxl = pytest.importorskip("openpyxl")
    _report(tmp_path, plans, "xlsx")
    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert values and not any(v.startswith("=") or RAW.search(v) for v in values)


def test_the_text_report_on_a_terminal_escapes_values_but_keeps_its_colours(plans, capsys):
    from planlint.reporters import text_report
    from planlint.run.options import LintOptions
    from planlint.run.session import LintSession

    result = LintSession(LintOptions(isolated=True)).lint(plans[:1])
    buf = io.StringIO()
    text_report.render(result.reports, buf, result.render_context(), color=True)
    shown = buf.getvalue()
    assert "\\x1b[31m" in shown and "\\u202e" in shown and "\u202e" not in shown
    assert "\x1b[" in shown          # rich's own styling is still there


def test_escapes_are_stable_and_json_safe_round_trips():
    name = os.fsdecode(b"a\xff\x1b\xe2\x80\xae")
    assert visible(name, keep="") == "a\\xff\\x1b\\u202e"
    assert json.loads(json_safe(json.dumps(name, ensure_ascii=False))) == "a\\xff\x1b\u202e"


@pytest.mark.parametrize("fmt", ["text", "github", "jsonl"])
def test_streamed_to_standard_output_is_escaped_too(tmp_path, plans, fmt, capsysbinary):
    # without -o these formats are written file by file as the run goes
    assert main(["--isolated", "--format", fmt, "--", *plans]) == 1
    text = capsysbinary.readouterr().out.decode("utf-8")
    assert text and not RAW.findall(text), sorted(set(RAW.findall(text)))
