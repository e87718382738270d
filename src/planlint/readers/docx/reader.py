"""Read one .docx into the Plan model (through the Markdown reader) with its locator."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Optional

from planlint.readers.base import ReadResult, unreadable
from planlint.readers.docx.body import Block, Para, Table, Walker
from planlint.readers.locator import Locator
from planlint.readers.docx.messages import PACKAGE
from planlint.readers.docx.numbering import Numbering
from planlint.readers.docx.package import W, Package, PackageError
from planlint.readers.docx.render import render
from planlint.readers.docx.styles import read_styles
from planlint.readers.source import SourceText

_DC = "{http://purl.org/dc/elements/1.1/}"


def read_docx(path: str, data: bytes, period: tuple[int, int]) -> ReadResult:
    """Never raises for bad input: an unreadable package is one located PL001."""
    try:
        pkg = Package.open(data)
        doc = pkg.part(pkg.main_part_name())
        if doc is None:
            return unreadable(path, PACKAGE["no-document"]())
        styles = read_styles(pkg.part("word/styles.xml"))
        numbering = Numbering(pkg.part("word/numbering.xml"))
        core_title = _core_title(pkg.part("docProps/core.xml"))
    except PackageError as err:
        return unreadable(path, PACKAGE[err.key](**err.args_))
    body = doc.find(f"{W}body")
    walker = Walker(styles, numbering)
    blocks = walker.blocks(body if body is not None else doc)
    rendered = render(blocks, core_title)
    if not any(line.strip() for line in rendered.lines):
        return unreadable(path, PACKAGE["empty"]())
    from planlint.readers.markdown.reader import read_markdown
    result = read_markdown("\n".join(rendered.lines), path, period)
    if result.plan is not None:
        result.plan.format = "docx"
    result.locator = Locator(rendered.places)
    result.source = SourceText("\n".join(_paragraph_texts(blocks, walker.ordinal)))
    return result


def _core_title(root: Optional[ET.Element]) -> Optional[str]:
    el = root.find(f"{_DC}title") if root is not None else None
    return (el.text or "").strip() or None if el is not None else None


def _paragraph_texts(blocks: list[Block], count: int) -> list[str]:
    """Each paragraph's text at its ordinal's line: what excerpts of a finding quote."""
    texts = [""] * count
    _fill_texts(blocks, texts)
    return texts


def _fill_texts(blocks: list[Block], texts: list[str]) -> None:
    # a module function rather than a nested one calling itself: that closure would be a
    # reference cycle keeping every paragraph's text alive until the cyclic collector ran
    for b in blocks:
        if isinstance(b, Para):
            if 0 < b.ordinal <= len(texts):
                texts[b.ordinal - 1] = b.text
            for box in b.boxes:
                _fill_texts(box.blocks, texts)
        elif isinstance(b, Table):
            for row in b.rows:
                for cell in row:
                    _fill_texts(cell.blocks, texts)
