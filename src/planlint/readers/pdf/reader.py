"""Read one PDF into the Plan model (through the Markdown reader), located by page and line."""
from __future__ import annotations

import re

from planlint.readers.base import ReadResult, unreadable
from planlint.readers.locator import Locator
from planlint.readers.pdf.extract import PdfError, extract
from planlint.readers.pdf.layout import layout
from planlint.readers.pdf.messages import PDF, PDF_HINTS
from planlint.readers.source import SourceText

_CID = re.compile(r"\(cid:\d+\)")
_MIN_TEXT_CHARS = 20        # fewer characters than this in the whole file: no text layer


def read_pdf(path: str, data: bytes, period: tuple[int, int]) -> ReadResult:
    """Never raises for bad input: no pdftotext, a broken or scanned PDF is one clear PL001."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return unreadable(path, PDF["not-pdf"]())
    try:
        pages = extract(data)
    except PdfError as err:
        hint = PDF_HINTS["install"]() if err.key == "no-pdftotext" else None
        return unreadable(path, PDF[err.key](**err.args_), hint=hint)
    text = "".join(ln.text for p in pages for ln in p.lines)
    if len(_CID.findall(text)) > 10 or "\ufffd" * 3 in text:
        return unreadable(path, PDF["no-unicode-map"](), hint=PDF_HINTS["ocr"]())
    if len(text.strip()) < _MIN_TEXT_CHARS:
        return unreadable(path, PDF["no-text-layer"](pages=len(pages)), hint=PDF_HINTS["ocr"]())
    lines, places, doc_lines = layout(pages)
    from planlint.readers.markdown.reader import read_markdown
    result = read_markdown("\n".join(lines), path, period)
    if result.plan is not None:
        result.plan.format = "pdf"
    result.locator = Locator(places)
    result.source = SourceText("\n".join(doc_lines))
    return result
