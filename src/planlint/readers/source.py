"""Bytes to text: the encodings plans arrive in, and what cannot be read at all.

A file is decoded once, into a SourceText: the reader parses its text, the suppression comments
are found in its lines, and excerpts (--show-source, HTML) quote them.

Read: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK (common for government
documents) when the bytes really read as Chinese text. Everything else is a SourceError (PL001)
that names the problem, the byte offset in the file and, where the text up to it could be
decoded, its line and column (columns count characters, not bytes).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from planlint.messages import Text
from planlint.model import Location
from planlint.readers.messages import DECODING
from planlint.text.lazy_pattern import LazyPattern

# C0 controls other than tab/LF/CR, DEL, C1 controls and the noncharacters U+FFFE/U+FFFF:
# none belongs in a plan, and YAML parsers refuse them without saying where they are
_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff"
_CONTROL = re.compile(f"[{_CONTROLS}]")
# a clean text (nearly every plan) is scanned once for both, not once for each
_CONTROL_OR_BIDI = re.compile(rf"[{_CONTROLS}\u202a-\u202e\u2066-\u2069]")
# YAML counts NEL, LS and PS as line breaks but Markdown and editors mostly do not; one
# meaning for everyone keeps every reader's line numbers the same
_ODD_BREAKS = LazyPattern(r"\r\n?|[\x85\u2028\u2029]")
_SNIFF = 4096            # bytes looked at to recognise UTF-16/UTF-32 without a BOM
_GB_MIN_COMMON = 0.9     # share of non-ASCII characters that must be common (GB2312) characters


@dataclass(eq=False)
class SourceError(Exception):
    """Why a file cannot be decoded, and where."""

    message: Text
    loc: Location = Location(1, 1)


@dataclass(frozen=True, eq=False, repr=False)
class SourceText:
    """One file's decoded text and its lines, made once when the file is read."""

    text: str

    @classmethod
    def from_bytes(cls, data: bytes) -> "SourceText":
        """Raises SourceError (PL001) for what cannot be decoded, as decode() does."""
        return cls(decode(data))

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The text split at "\n", the only line break decode() leaves. Split when first asked
        for (by the suppression scan, after the reader): not held while the reader works."""
        return tuple(self.text.split("\n"))

    def line(self, number: int) -> Optional[str]:
        """The text of a 1-based line; None past the end (a finding's line is always inside)."""
        return self.lines[number - 1] if 0 < number <= len(self.lines) else None


def _loc_in(text: str, index: int) -> Location:
    """Line and column (in characters) of text[index], counting every kind of line break."""
    prefix = _ODD_BREAKS.sub("\n", text[:index])
    line = prefix.count("\n") + 1
    return Location(line, len(prefix) - (prefix.rfind("\n") + 1) + 1)


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.

    Raises SourceError (becoming PL001) for empty, binary or undecodable input. Line breaks
    come back as "\\n" only.
    """
    # UTF-32 LE's BOM begins with UTF-16 LE's: test the longer one first
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise SourceError(DECODING["utf-32"]())
    if data.startswith(codecs.BOM_UTF8):
        bom, encoding = len(codecs.BOM_UTF8), "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        bom, encoding = 0, "utf-16"      # the codec reads the BOM itself
    else:
        bom, encoding = 0, ""
    if encoding:
        text = _strict(data, bom, encoding)
    else:
        _refuse_wide_without_bom(data)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_err:
            text, encoding = _gb_or_fail(data, utf8_err), "gb18030"
    if not text or text.isspace():
        raise SourceError(DECODING["empty"]())
    odd = _CONTROL_OR_BIDI.search(text)
    if odd:
        _refuse_odd(text, odd.start(), bom, encoding)
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        text = _ODD_BREAKS.sub("\n", text)
    return text


def _refuse_odd(text: str, first: int, bom: int, encoding: str) -> None:
    """The SourceError for a control or bidi character, the first at text[first]; a control
    character anywhere is reported before a bidi control."""
    m = _CONTROL.search(text, first)
    if m:
        ch = m.group(0)
        offset = _byte_offset(text, m.start(), bom, encoding)
        problem = DECODING["nul"](offset=offset) if ch == "\x00" else \
            DECODING["control"](codepoint=f"{ord(ch):04X}", offset=offset)
        raise SourceError(problem, _loc_in(text, m.start()))
    raise SourceError(DECODING["bidi"](codepoint=f"{ord(text[first]):04X}",
                                       offset=_byte_offset(text, first, bom, encoding)),
                      _loc_in(text, first))


def _byte_offset(text: str, index: int, bom: int, encoding: str) -> int:
    """Byte offset in the file of text[index] (only computed on the error path)."""
    if encoding == "utf-16":
        return 2 + len(text[:index].encode("utf-16-le"))
    return bom + len(text[:index].encode(encoding))


def _strict(data: bytes, bom: int, encoding: str) -> str:
    try:
        return data[bom:].decode(encoding)
    except UnicodeDecodeError as err:
        offset = bom + err.start
        good = data[bom:bom + err.start].decode(encoding, errors="replace")
        raise SourceError(DECODING["bad-bytes-after-bom"](encoding=encoding.upper(), offset=offset, reason=err.reason),
                          _loc_in(good, len(good))) from None


def _refuse_wide_without_bom(data: bytes) -> None:
    """UTF-16/UTF-32 without a BOM: ASCII characters leave NUL bytes in a regular pattern."""
    head = data[:_SNIFF]
    nuls = head.count(0)
    if nuls < 4:
        return  # a stray NUL is reported as such, with its place, by the control check
    share = [sum(1 for i in range(r, len(head), 4) if head[i] == 0) / max(1, len(head[r::4])) for r in range(4)]
    even, odd = share[0] + share[2], share[1] + share[3]
    if min(share[1], share[2], share[3]) > 0.5 and share[0] < 0.5:
        kind = "UTF-32LE"
    elif min(share[0], share[1], share[2]) > 0.5 and share[3] < 0.5:
        kind = "UTF-32BE"
    elif odd > 0.2 and even < 0.1 * odd:
        kind = "UTF-16LE"
    elif even > 0.2 and odd < 0.1 * even:
        kind = "UTF-16BE"
    else:
        return  # NULs without a pattern: binary, reported by the control check
    raise SourceError(DECODING["wide-without-bom"](encoding=kind, offset=head.index(0)))


def _gb_or_fail(data: bytes, utf8_err: UnicodeDecodeError) -> str:
    """Government documents are often GBK/GB18030; accept them only when they read as text.

    GB18030 maps almost every byte sequence to some character, so decoding alone proves
    nothing: random high bytes decode to rare ideographs and private-use characters. Real
    documents are made overwhelmingly of the common (GB2312) characters, which random bytes
    hit only about a quarter of the time.
    """
    where = _utf8_failure(data, utf8_err)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text:
        non_ascii = len(text) - len(text.encode("ascii", "ignore"))
        # gb2312 turns what it cannot encode into "?": the count tells the uncommon characters
        uncommon = text.encode("gb2312", errors="replace").count(b"?") - text.count("?")
        if non_ascii and uncommon <= (1 - _GB_MIN_COMMON) * non_ascii:
            return text
    raise SourceError(DECODING["unknown-encoding"](offset=utf8_err.start), where)


def _utf8_failure(data: bytes, err: UnicodeDecodeError) -> Location:
    good = data[:err.start].decode("utf-8", errors="replace")
    return _loc_in(good, len(good))
