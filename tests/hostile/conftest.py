"""Hostile input (issue 6): shared helpers for the generated corpus."""
from __future__ import annotations

import re
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))   # corpus.py and redos.py beside the tests

_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")


def line_count(data: bytes) -> int:
    """Lines of a file as planlint counts them (every kind of line break)."""
    from planlint.readers.source import SourceError, decode

    try:
        text = decode(data)   # as decoded: a GB18030 file may hold a NEL line break UTF-8 doesn't see
    except SourceError:
        text = data.decode("utf-8", errors="replace")
    return len(_BREAKS.sub("\n", text).split("\n"))


def assert_located(diagnostics: list, data: bytes) -> None:
    """Every finding points inside the file: line 1 … its last line (the empty one after a final
    newline counts), column ≥ 1."""
    last = line_count(data)
    for d in diagnostics:
        assert 1 <= d.line <= last and d.column >= 1, (d.code, d.line, d.column, d.message, last)
