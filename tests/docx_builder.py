"""Small .docx files built at test time: the package's XML written by hand, as Word writes it.

`Doc` collects body XML (paragraphs, tables, text boxes) and writes a zip with the parts a
reader needs; `from_markdown` turns a Markdown plan into a Word document in one of three
heading styles (heading styles, typed 公文 numbering, Word automatic numbering) so a test
can compare the .docx with its Markdown twin.
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Optional, Sequence, Union
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
STYLES = (f'<w:styles {NS}>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
          + "".join(f'<w:style w:type="paragraph" w:styleId="Heading{i}"><w:name w:val="heading {i}"/>'
                    f'<w:pPr><w:outlineLvl w:val="{i - 1}"/></w:pPr></w:style>' for i in range(1, 7))
          + '</w:styles>')
# 一、 （一） 1． （1）: the 公文 levels as Word's automatic numbering writes them
NUMBERING = (f'<w:numbering {NS}><w:abstractNum w:abstractNumId="7">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
             '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/></w:lvl>'
             '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>'
             '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>')

# the relationships Word writes, which LibreOffice needs to find the document and its styles
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>')


def _document_rels(numbering: bool) -> str:
    rels = f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
    if numbering:
        rels += f'<Relationship Id="rId2" Type="{_REL}/numbering" Target="numbering.xml"/>'
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')


Cell = Union[str, tuple]     # text, or (text, gridSpan, vMerge) with vMerge None/"restart"/"continue"


def run(text: str, bold: bool = False, font: Optional[str] = None) -> str:
    rpr = (f'<w:rFonts w:eastAsia="{font}"/>' if font else "") + ("<w:b/>" if bold else "")
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(text: str = "", style: Optional[str] = None, num: Optional[tuple[int, int]] = None, centre: bool = False,
      bold: bool = False, border: bool = False, font: Optional[str] = None, extra_runs: str = "") -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if border:
        ppr += '<w:pBdr><w:top w:val="single"/><w:bottom w:val="single"/></w:pBdr>'
    if centre:
        ppr += '<w:jc w:val="center"/>'
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{run(text, bold, font) if text else ""}{extra_runs}</w:p>'


def table(rows: Sequence[Sequence[Cell]]) -> str:
    out = "<w:tbl><w:tblPr/>"
    for row in rows:
        out += "<w:tr>"
        for cell in row:
            text, span, vmerge = (cell, 1, None) if isinstance(cell, str) else \
                tuple(cell) + ("", 1, None)[len(cell):]
            tcpr = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
                   (f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>" if vmerge else "")
            out += f'<w:tc>{"<w:tcPr>" + tcpr + "</w:tcPr>" if tcpr else ""}{p(text)}</w:tc>'
        out += "</w:tr>"
    return out + "</w:tbl>"


def text_box(paragraphs: Sequence[str]) -> str:
    """A run holding a text box, stored as Word does: DrawingML in mc:Choice, VML in mc:Fallback."""
    content = "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>' + content +
            '</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>' + content +
            '</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def package(body: str, styles: str = STYLES, numbering: Optional[str] = NUMBERING, core_title: Optional[str] = None,
            extra: Optional[dict[str, bytes]] = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PACKAGE_RELS)
        z.writestr("word/_rels/document.xml.rels", _document_rels(bool(numbering)))
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}</w:body></w:document>')
        z.writestr("word/styles.xml", styles)
        if numbering:
            z.writestr("word/numbering.xml", numbering)
        if core_title:
            z.writestr("docProps/core.xml", '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                       f'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(core_title)}'
                       '</dc:title></cp:coreProperties>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．]|[（(]\d+[）)])")


def from_markdown(md: str, style: str) -> bytes:
    """The Markdown plan as a Word document; style is "styles", "typed" or "autonum"."""
    lines = md.split("\n")
    if lines and lines[0] == "---":
        lines = lines[lines.index("---", 1) + 1:]
    body: list[str] = []
    rows: list[list[str]] = []
    box: list[str] = []
    for ln in lines + [""]:
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            continue
        if rows:
            body.append(table(rows))
            rows = []
        if ln.startswith(">"):
            box.append(p(ln.lstrip("> ").replace("**", "")))
            continue
        if box:
            body.append(table([[("", 1, None)]]).replace(p(""), "".join(box)))
            box = []
        m = re.match(r"^(#+)\s+(.*)$", ln)
        if m:
            level, text = len(m.group(1)), m.group(2)
            if level == 1:
                body.append(p(text, style="Title" if style == "styles" else None, centre=style != "styles"))
            elif style == "styles":
                body.append(p(text, style=f"Heading{level - 1}"))
            elif style == "typed":
                body.append(p(text, font="黑体" if level == 2 else "楷体_GB2312"))
            else:
                body.append(p(_NUMBER.sub("", text), num=(3, level - 2)))
        elif ln.strip():
            bold = ln.startswith("**") and ln.endswith("**")
            body.append(p(ln.strip("*") if bold else ln, bold=bold))
    return package("".join(body))
