"""A short, escaped excerpt of a value for an error message: never a whole file's contents."""
from __future__ import annotations

EXCERPT_CHARS = 80


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """At most `limit` characters, control and bidi characters escaped, quoted."""
    text = str(value)
    cut = text[:limit]
    shown = "".join(c if c.isprintable() and not _bidi(c) else c.encode("unicode_escape").decode("ascii")
                    for c in cut)
    return f"“{shown}{'…' if len(text) > limit else ''}”"


def _bidi(c: str) -> bool:
    return "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" or c in "\u200e\u200f\u061c"
