"""Hostile Word and PDF files for the hostile corpus (generated at test time)."""
from __future__ import annotations

import io
import zipfile


def _zip(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_zip_bomb() -> bytes:
    """A few hundred kilobytes that decompress to over the part limit."""
    return _zip({"word/document.xml": b"<" + b" " * (65 * 1024 * 1024)})


def docx_billion_laughs() -> bytes:
    ents = '<!ENTITY l0 "笑">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doc = f'<?xml version="1.0"?><!DOCTYPE d [{ents}]><w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t>' \
          '</w:r></w:p></w:body></w:document>'
    return _zip({"word/document.xml": doc.encode()})


def docx_deep_nesting(depth: int = 100_000) -> bytes:
    doc = f"<w:document {W}><w:body>" + "<w:tbl><w:tr><w:tc>" * depth + "</w:tc></w:tr></w:tbl>" * depth + \
        "</w:body></w:document>"
    return _zip({"word/document.xml": doc.encode()})


def docx_many_entries(n: int = 6000) -> bytes:
    return _zip({f"x/{i}.xml": b"" for i in range(n)}, zipfile.ZIP_STORED)


def pdf_loop() -> bytes:
    """Page tree nodes that are their own kids."""
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n")
