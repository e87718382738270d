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


def docx_external_entity() -> bytes:
    """An external entity (XXE) that would read a local file into the text."""
    doc = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document {W}>' \
          '<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'
    return _zip({"word/document.xml": doc.encode()})


def docx_laughs_in_numbering() -> bytes:
    """A plain document whose numbering part, read for the headings, expands entities."""
    ents = '<!ENTITY l0 "一">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doc = f'<w:document {W}><w:body><w:p><w:r><w:t>规划</w:t></w:r></w:p></w:body></w:document>'
    numbering = f'<?xml version="1.0"?><!DOCTYPE n [{ents}]><w:numbering {W}><w:abstractNum w:abstractNumId="0">' \
                '<w:lvl w:ilvl="0"><w:lvlText w:val="&l9;"/></w:lvl></w:abstractNum></w:numbering>'
    return _zip({"word/document.xml": doc.encode(), "word/numbering.xml": numbering.encode()})


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF with a correct cross-reference table, so the reader gets as far as the hostile part."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer << /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _page_objects(content: bytes, extra: bytes = b"") -> list[bytes]:
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 " + extra + b">>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"]


def pdf_flate_bomb() -> bytes:
    """A page whose content stream inflates from tens of kilobytes to 14 MB of drawing."""
    import zlib
    return _pdf(_page_objects(zlib.compress(b"0 0 m 1 1 l S\n" * 1_000_000, 9)))


def pdf_deep_nesting(depth: int = 200_000) -> bytes:
    """Arrays nested far deeper than any parser's stack, in the page tree."""
    import zlib
    return _pdf(_page_objects(zlib.compress(b"BT ET"), b"/X " + b"[" * depth + b"]" * depth + b" "))


def pdf_page_count_lies() -> bytes:
    """A page tree claiming two billion pages over one."""
    import zlib
    objects = _page_objects(zlib.compress(b"BT ET"))
    objects[1] = b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"
    return _pdf(objects)
