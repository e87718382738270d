"""Readers turn a file into the one Plan model; the format is chosen by extension."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from planlint.text.periods import FALLBACK_PERIOD

from planlint.readers.base import ReadResult, unreadable
from planlint.readers.source import SourceError, SourceText

YAML_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
# A .txt file named on the command line is read as Markdown (text pasted from a document), but
# the .txt files of a directory (notes, READMEs) are not taken for plans.
PASTED_TEXT_SUFFIXES = (".txt",)
DOCX_SUFFIXES = (".docx",)
LEGACY_WORD_SUFFIXES = (".doc", ".wps")       # converted to .docx by LibreOffice
PDF_SUFFIXES = (".pdf",)
BINARY_SUFFIXES = DOCX_SUFFIXES + LEGACY_WORD_SUFFIXES + PDF_SUFFIXES
PLAN_SUFFIXES = YAML_SUFFIXES + MARKDOWN_SUFFIXES + BINARY_SUFFIXES   # what a directory is searched for


def is_plan_file(path: Path) -> bool:
    """A file a directory search takes for a plan."""
    return path.suffix.lower() in PLAN_SUFFIXES


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"     # .doc and .wps (compound file)


def binary_kind(path: str, data: bytes = b"") -> Optional[str]:
    """Which binary format the file is ("docx", "legacy", "pdf"), by extension or, for a file
    named otherwise (a draft saved as plan.txt), by its first bytes; None for text."""
    suffix = Path(path).suffix.lower()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        return "pdf"
    if suffix in LEGACY_WORD_SUFFIXES or data.startswith(_OLE_MAGIC):
        return "legacy"
    if suffix in DOCX_SUFFIXES or (data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]):
        return "docx"
    return None


def is_binary_format(path: str, data: bytes = b"") -> bool:
    """Word and PDF files: read from their bytes, not decoded as text."""
    return binary_kind(path, data) is not None


def read_binary(path: str, data: bytes, default_period: Optional[tuple[int, int]] = None) -> ReadResult:
    """A .docx, .doc/.wps or .pdf plan; never raises for bad input."""
    period = default_period or FALLBACK_PERIOD
    kind = binary_kind(path, data)
    if kind == "pdf":
        from planlint.readers.pdf.reader import read_pdf
        return read_pdf(path, data, period)
    if kind == "legacy":
        from planlint.readers.legacy_word import read_legacy_word
        return read_legacy_word(path, data, period)
    from planlint.readers.docx.reader import read_docx
    return read_docx(path, data, period)


def reads_as_markdown(path: str) -> bool:
    """Markdown (and pasted text) by extension; everything else is read as YAML."""
    return Path(path).suffix.lower() in MARKDOWN_SUFFIXES + PASTED_TEXT_SUFFIXES


def read_plan(path: str, data: bytes, default_period: Optional[tuple[int, int]] = None) -> ReadResult:
    """Read one plan from its bytes; never raises for bad input."""
    if is_binary_format(path, data):
        return read_binary(path, data, default_period)
    try:
        source = SourceText.from_bytes(data)
    except SourceError as err:
        return unreadable(path, err.message, err.loc)
    return read_source(path, source, default_period)


def read_source(path: str, source: SourceText, default_period: Optional[tuple[int, int]] = None) -> ReadResult:
    """Read one plan from its decoded text.

    default_period is the plan period assumed where a plan writes none (the linter passes the
    rule pack's); it decides which table column holds the targets and the year of prose targets.
    """
    period = default_period or FALLBACK_PERIOD
    if reads_as_markdown(path):
        from planlint.readers.markdown.reader import read_markdown
        return read_markdown(source.text, path, period)
    from planlint.readers.yaml.reader import read_yaml
    return read_yaml(source.text, path, period)
