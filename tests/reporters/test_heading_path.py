"""The heading path in every report format: the text-like ones after the place, JSON and SARIF
as fields (SARIF's logical location), the xlsx 问题清单 sheet as a column."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from planlint.i18n import Catalog
from planlint.reporters import github, gitlab, html_report, json_report, junit, sarif, text_report
from planlint.reporters.context import RenderContext

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"
WORD = ROOT / "examples" / "word" / "hubei-province.autonum.docx"
PATH = ["二、总体要求", "（二）发展目标"]
SHOWN = "[表1 第17行第3列 · 二、总体要求 › （二）发展目标]"


@pytest.fixture(scope="module")
def reports(pack):
    from planlint.run.engine import Linter
    return [Linter(pack).lint_bytes(str(WORD), WORD.read_bytes())]


def _ctx(pack, lang: str = "zh") -> RenderContext:
    return RenderContext(pack_name=pack.name, rules=[], catalog=Catalog(lang))


def _weaker(items, key):
    return next(x for x in items if key(x))


def test_text_shows_the_path_after_the_place(reports, pack):
    out = io.StringIO()
    text_report.render(reports, out, _ctx(pack), color=False)
    line = _weaker(out.getvalue().splitlines(), lambda ln: "PL102" in ln)
    assert f": {SHOWN} PL102 " in line


def test_english_quotes_the_plans_own_headings(reports, pack):
    out = io.StringIO()
    text_report.render(reports, out, _ctx(pack, "en"), color=False)
    line = _weaker(out.getvalue().splitlines(), lambda ln: "PL102" in ln)
    assert "[table 1, row 17, column 3 · “二、总体要求” › “（二）发展目标”] PL102" in line


def test_json_carries_the_path_as_an_array(reports, pack):
    doc = json.loads(json_report.render(reports, _ctx(pack)))
    jsonschema.validate(doc, json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8")))
    weaker = _weaker(doc["diagnostics"], lambda d: d["code"] == "PL102")
    assert weaker["heading_path"] == PATH and weaker["place"] == "表1 第17行第3列"


def test_sarif_names_the_section_as_a_logical_location(reports, pack):
    doc = json.loads(sarif.render(reports, _ctx(pack)))
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert not [e.message for e in cls(schema).iter_errors(doc)][:3]
    results = doc["runs"][0]["results"]
    weaker = _weaker(results, lambda r: r["ruleId"] == "PL102")
    [logical] = weaker["locations"][0]["logicalLocations"]
    assert logical == {"name": "（二）发展目标", "fullyQualifiedName": "二、总体要求 › （二）发展目标"}
    assert weaker["properties"]["heading_path"] == PATH and weaker["message"]["text"].startswith(SHOWN)
    # the line-like number: the paragraph ordinal of the cell, the same on every run
    assert weaker["locations"][0]["physicalLocation"]["region"]["startLine"] == 79


@pytest.mark.parametrize("name", ["word/hubei-province.autonum.docx", "pdf/hubei-province.pdf"])
def test_word_and_pdf_findings_keep_their_line_numbers_from_run_to_run(pack, name):
    from planlint.run.engine import Linter
    path = ROOT / "examples" / name
    if name.endswith(".pdf") and __import__("shutil").which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def regions() -> list[tuple]:
        report = Linter(pack).lint_bytes(str(path), path.read_bytes())
        doc = json.loads(sarif.render([report], _ctx(pack)))
        return [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                 r["properties"].get("place")) for r in doc["runs"][0]["results"]]
    first = regions()
    assert first == regions() and all(line >= 1 and place for _, line, place in first)
    # the number is the place's ordinal: distinct places, distinct numbers
    assert len({place for _, _, place in first}) == len({line for _, line, _ in first})


def test_html_github_gitlab_and_junit_show_it_with_the_place(reports, pack):
    ctx = _ctx(pack)
    assert f"<span class=\"where\">{WORD}:79:1 {SHOWN}</span>" in html_report.render(reports, ctx)
    annotation = _weaker(github.render(reports, ctx).splitlines(), lambda ln: "PL102" in ln)
    assert annotation.split("::", 2)[2].startswith(SHOWN) and "line=79" in annotation
    issue = _weaker(json.loads(gitlab.render(reports, ctx)), lambda i: i["check_name"] == "PL102")
    assert issue["description"].startswith(f"PL102 {SHOWN} ") and issue["location"]["lines"]["begin"] == 79
    case = _weaker(ET.fromstring(junit.render(reports, ctx).split("\n", 1)[1]).iter("testcase"),
                   lambda c: c.get("name", "").startswith("PL102"))
    assert case.get("line") == "79" and SHOWN in "".join(case.itertext())


def test_xlsx_findings_sheet_has_place_and_path_columns(reports, pack):
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl writes and reads the xlsx report")
    from planlint.overview import build_overview
    from planlint.reporters.overview import xlsx_report
    wb = openpyxl.load_workbook(io.BytesIO(xlsx_report.render(build_overview(reports, pack), reports, _ctx(pack))))
    rows = [[c.value for c in row] for row in wb["问题清单"].iter_rows()]
    head = rows[0]
    weaker = _weaker(rows[1:], lambda r: r[head.index("code")] == "PL102")
    assert weaker[head.index("place")] == "表1 第17行第3列"
    assert weaker[head.index("heading_path")] == "二、总体要求 › （二）发展目标"
