"""The .docx package opened safely: a zip whose XML parts are parsed within bounds.

A .docx may come from an untrusted pull request, so the zip is bounded (entries, decompressed
size of each part read, read with a hard limit since a zip's declared sizes can lie) and an XML
part that declares a DOCTYPE is refused: Word never writes one, and refusing it rules out entity
expansion (billion laughs) and external entities.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Optional

MAX_ENTRIES = 5000
MAX_PART_BYTES = 64 * 1024 * 1024      # decompressed size of one XML part
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class PackageError(Exception):
    """Why the package cannot be read; `key` names the message (readers/docx/messages.py)."""

    def __init__(self, key: str, **args: object):
        super().__init__(key)
        self.key = key
        self.args_ = args


@dataclass
class Package:
    """The parts of one .docx that the reader uses."""

    zf: zipfile.ZipFile

    @classmethod
    def open(cls, data: bytes) -> "Package":
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError):
            raise PackageError("not-zip") from None
        if len(zf.infolist()) > MAX_ENTRIES:
            raise PackageError("too-many-entries", limit=MAX_ENTRIES)
        return cls(zf)

    def part(self, name: str) -> Optional[ET.Element]:
        """The parsed XML part, None when the package has no such part."""
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            return None
        if info.file_size > MAX_PART_BYTES:
            raise PackageError("part-too-large", part=name, limit=MAX_PART_BYTES)
        try:
            with self.zf.open(info) as f:
                raw = f.read(MAX_PART_BYTES + 1)
        # a damaged zip fails in many ways: offsets before the start (ValueError), a broken
        # deflate stream (zlib.error), a bad checksum or an encrypted entry
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError, zlib.error):
            raise PackageError("bad-part", part=name) from None
        if len(raw) > MAX_PART_BYTES:
            raise PackageError("part-too-large", part=name, limit=MAX_PART_BYTES)
        if _DOCTYPE.search(raw[:4096]) or _DOCTYPE.search(raw):
            raise PackageError("doctype", part=name)
        try:
            return ET.fromstring(raw)
        except ET.ParseError as err:
            raise PackageError("bad-xml", part=name, where=f"{err.position[0]}:{err.position[1]}") from None

    def main_part_name(self) -> str:
        """word/document.xml, or where [Content_Types].xml says the main document is."""
        types = self.part("[Content_Types].xml")
        if types is not None:
            for o in types:
                ctype = o.get("ContentType", "")
                if "wordprocessingml.document.main" in ctype or "wordprocessingml.template.main" in ctype:
                    return o.get("PartName", "/word/document.xml").lstrip("/")
        return "word/document.xml"


def is_digits(value: "str | None") -> bool:
    """An attribute that int() can read: ASCII digits only (a hostile "①" passes str.isdigit),
    and short (a level or a span, never thousands of digits)."""
    return bool(value) and value.isascii() and value.isdigit() and len(value) <= 9
