"""Property-based tests for the Word and PDF readers: a valid .docx or PDF damaged byte by
byte, or a .docx whose XML is mutated inside an intact zip, is read without an exception
escaping; the whole Linter reports no internal error (PL900) and locates what it finds.

Settings as in test_properties.py (derandomized, no database, no deadline). PDF examples each
run pdftotext, so they are fewer.
"""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docx_builder import from_markdown
from planlint.readers import read_binary

from tests.run.test_properties import CI

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DOCX = from_markdown((EXAMPLES / "markdown" / "hubei-province.md").read_text(encoding="utf-8"), "autonum")
PDF = (EXAMPLES / "pdf" / "hubei-province.pdf").read_bytes()
XML_CHARS = '<>/&;="\' :wprtblcnumPrilvl0123456789一、（）专栏\x00\ufffe'


@st.composite
def damaged(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few bytes overwritten, a slice deleted, or cut short."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        if len(data) < 2:
            break
        i = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["overwrite", "delete", "truncate"]))
        if kind == "overwrite":
            piece = draw(st.binary(min_size=1, max_size=16))
            data[i:i + len(piece)] = piece
        elif kind == "delete":
            del data[i:i + draw(st.integers(1, 200))]
        else:
            del data[max(1, i):]
    return bytes(data)


@st.composite
def mutated_xml(draw: st.DrawFn) -> bytes:
    """The .docx with its document.xml mutated (so the zip itself stays readable)."""
    with zipfile.ZipFile(io.BytesIO(DOCX)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    doc = parts["word/document.xml"].decode("utf-8")
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, len(doc) - 1))
        piece = draw(st.text(st.sampled_from(XML_CHARS), min_size=1, max_size=12))
        doc = doc[:i] + piece + doc[i + draw(st.integers(0, 12)):]
    parts["word/document.xml"] = doc.encode("utf-8", errors="surrogatepass")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def _sound(report) -> None:
    assert not [d for d in report.diagnostics if d.code == "PL900"], report.diagnostics[:3]
    assert all(d.line >= 1 and d.column >= 1 for d in report.diagnostics)


@settings(max_examples=150, **CI)
@given(data=damaged(DOCX))
def test_damaged_docx_reads_without_exception(data: bytes):
    read_binary("p.docx", data)


@settings(max_examples=150, **CI)
@given(data=mutated_xml())
def test_mutated_docx_xml_lints_without_internal_error(linter, data: bytes):
    _sound(linter.lint_bytes("p.docx", data))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@settings(max_examples=25, **CI)
@given(data=damaged(PDF))
def test_damaged_pdf_lints_without_internal_error(linter, data: bytes):
    _sound(linter.lint_bytes("p.pdf", data))
