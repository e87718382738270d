"""Characters a report must never carry raw: what a plan's YAML escapes (`"\\e[31m"`, `"\\u202e"`)
or a file name brings in could recolour a terminal, forge a CI annotation, reorder what a reviewer
reads, or make an XML or UTF-8 report invalid. Each is shown as a visible, stable escape instead."""
from __future__ import annotations

import re

from planlint.text.lazy_pattern import LazyPattern

# C0 and C1 controls, DEL, the bidirectional controls, the two non-characters XML 1.0 forbids,
# and lone surrogates (the bytes of a file name that is not UTF-8, decoded by surrogateescape)
_UNSAFE = LazyPattern("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]")
_SURROGATE = LazyPattern("[\ud800-\udfff]")
_JSON_RAW = LazyPattern("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]")  # C0: json.dumps


def escape_char(c: str) -> str:
    """`\\xff` for a byte a non-UTF-8 name held (as its bytes are written elsewhere), else
    `\\x1b` / `\\u202e`."""
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, keep: str = "\n\t") -> str:
    """The text with every unsafe character but those in `keep` escaped."""
    return _UNSAFE.sub(lambda m: m.group(0) if m.group(0) in keep else escape_char(m.group(0)), text)


def json_safe(document: str) -> str:
    """A JSON document (ensure_ascii=False) made valid UTF-8 with no raw control or bidi character.

    A lone surrogate (a non-UTF-8 name's byte) cannot be kept: it becomes the escape `visible`
    gives it, its backslash escaped, so the string decodes to `\\xff` as in every other report.
    DEL, C1 and bidi controls keep their value through JSON's own `\\u` escape (json.dumps
    already escapes C0). Such characters only occur inside strings, so the document stays JSON."""
    def one(m: "re.Match[str]") -> str:
        c = m.group(0)
        return "\\" + escape_char(c) if _SURROGATE.fullmatch(c) else f"\\u{ord(c):04x}"
    return _JSON_RAW.sub(one, document)
