"""planlint counts columns in code points from 1; LSP counts from 0 in the client's encoding.

UTF-16 is LSP's default: a character outside the BMP (𠮷, common in place names) is two UTF-16
units but one code point, so a column after it shifts by one unless converted.
"""
from __future__ import annotations

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def units(text: str, encoding: str) -> int:
    """The length of text in the encoding's code units."""
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == UTF16:
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    return len(text)


def lsp_position(lines: list[str], line: int, column: int, encoding: str) -> tuple[int, int]:
    """(line, character) for LSP from planlint's 1-based line and code-point column, clamped to the text."""
    row = min(max(line, 1), max(len(lines), 1)) - 1
    text = lines[row] if row < len(lines) else ""
    col = min(max(column, 1) - 1, len(text))
    return row, units(text[:col], encoding)


def code_point(text: str, character: int, encoding: str) -> int:
    """The code-point offset in text of an LSP character offset in the encoding (clamped)."""
    if encoding == UTF32:
        return min(max(character, 0), len(text))
    count = 0
    for i, ch in enumerate(text):
        if count >= character:
            return i
        count += units(ch, encoding)
    return len(text)
