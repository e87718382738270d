"""The PDF reader: text cleaning, tables across pages, scans and broken files, locations."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planlint.readers.pdf.extract import clean, join_words, undouble
from planlint.readers.pdf.reader import read_pdf

PERIOD = (2016, 2020)
_REPO = Path(__file__).resolve().parents[3]
# the shared folder sits beside the repository (or beside the folder of its worktrees)
OFFICE = next((d / "shared" / "samples-office" for d in (_REPO.parent, _REPO.parent.parent)
               if (d / "shared" / "samples-office").is_dir()), _REPO.parent / "shared" / "samples-office")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed; .ci/run installs it")


def test_words_join_without_spaces_beside_chinese():
    assert join_words(["到", "2020", "年，", "IPv6", "规模"]) == "到2020年，IPv6规模"
    assert join_words(["IT", "project"]) == "IT project"


def test_kangxi_radicals_and_compatibility_forms_normalised_but_chinese_punctuation_kept():
    assert clean("⼀体化（％）") == "一体化（%）"
    assert clean("，。：；“”") == "，。：；“”"


def test_fake_bold_doubling_undone():
    assert undouble("山山东东省省") == "山东省"
    assert undouble("好好") == "好好"          # too short to tell from a real repetition
    assert undouble("发展发展") == "发展发展"


def _minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws `content` (no fonts: no text layer)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


@needs_pdftotext
def test_scanned_pdf_is_one_clear_finding():
    result = read_pdf("scan.pdf", _minimal_pdf(b"0 0 m 100 100 l S"), PERIOD)
    assert result.plan is None
    [d] = result.diagnostics
    assert d.code == "PL001" and "文字层" in str(d.message) and d.hint


@needs_pdftotext
def test_broken_pdf_is_one_located_finding():
    [d] = read_pdf("bad.pdf", b"%PDF-1.4\nnot really", PERIOD).diagnostics
    assert d.code == "PL001" and d.line == 1


def test_not_a_pdf():
    [d] = read_pdf("x.pdf", b"hello", PERIOD).diagnostics
    assert d.code == "PL001" and "%PDF" in str(d.message)


def _office(name: str) -> Path:
    path = OFFICE / name
    if not path.is_file():
        pytest.skip(f"{path} not found (the shared samples live beside the repository)")
    return path


def _found(report) -> set[tuple[str, str]]:
    return {(d.code, d.subject) for d in report.diagnostics if d.code != "PL003"}


@needs_pdftotext
@pytest.mark.parametrize("case", ["case001-province", "case009-province"])
def test_pdf_gives_the_findings_of_its_word_original(linter, case):
    pdf = _office(f"{case}.gongwen.pdf")
    docx = _office(f"{case}.gongwen.docx")
    from_pdf = linter.lint_bytes(pdf.name, pdf.read_bytes())
    from_docx = linter.lint_bytes(docx.name, docx.read_bytes())
    assert _found(from_pdf) and _found(from_pdf) == _found(from_docx)
    # findings are located by page and line, and the excerpt is that line of the page
    weaker = [d for d in from_pdf.diagnostics if d.code == "PL102"]
    assert weaker and all(d.place.startswith("第") and "页第" in d.place for d in weaker)
    assert all(d.subject[:2] in (from_pdf.source_line(d.line) or "") for d in weaker if d.subject)
