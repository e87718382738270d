"""Bytes to text: the encodings plans arrive in, and what cannot be read at all."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from planlint.model import Location

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


@dataclass
class SourceError(Exception):
    message: str
    loc: Location = Location(1, 1)


def _loc_of_index(text: str, index: int) -> Location:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return Location(line, col)


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.

    Raises SourceError (becoming PL001) for empty, binary or undecodable input.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        text = _strict(data, "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as utf8_err:
            text = _gb_or_fail(data, utf8_err)
    if not text.strip():
        raise SourceError("文件为空：没有可检查的规划内容")
    m = _CONTROL.search(text)
    if m:
        what = "NUL字节（二进制内容？）" if m.group(0) == "\x00" else f"控制字符 U+{ord(m.group(0)):04X}"
        raise SourceError(f"文件含有{what}，不是文本规划文件", _loc_of_index(text, m.start()))
    m = _BIDI.search(text)
    if m:
        raise SourceError(f"文件含有双向文本控制字符 U+{ord(m.group(0)):04X}，可能隐藏真实内容，请删除",
                          _loc_of_index(text, m.start()))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise SourceError(f"文件不是有效的{encoding.upper()}编码：第{err.start}字节处无法解码")


def _gb_or_fail(data: bytes, utf8_err: UnicodeDecodeError) -> str:
    """Government documents are often GBK/GB18030; accept them only when they read as text."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and not _CONTROL.search(text):
        cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
        non_ascii = sum(1 for c in text if ord(c) > 127)
        if non_ascii and cjk / non_ascii > 0.6:
            return text
    raise SourceError(
        f"文件编码无法识别：不是UTF-8（第{utf8_err.start}字节处无法解码），也不像GB18030/GBK文本；"
        "请另存为UTF-8")
