"""Chinese outline numbering (第一章, 一、, （三）, 1., ①) as the Markdown reader reads it.

Moved here unchanged from the reader; one numbering grammar for the whole program is being
built in planlint/text/numbering.py, and this module is to be pointed at it.
"""
from __future__ import annotations

import re
from typing import Optional

from planlint.readers.markdown.markup import BLANKS
from planlint.text.lazy_pattern import LazyPattern

# numbering styles, outermost first: the rank orders headings written without "#" (1. and (1),
# which none of the example and sample plans reaches, compile on first use)
_NUMBERING = (
    (0, re.compile(r"^第[一二三四五六七八九十百零〇0-9]+[章篇部分]+[、\s\u3000]*")),
    (1, re.compile(r"^第[一二三四五六七八九十百零〇0-9]+节[、\s\u3000]*")),
    (2, re.compile(r"^[一二三四五六七八九十百]+[、．.][\s\u3000]*")),
    (3, re.compile(r"^[（(][一二三四五六七八九十百]+[）)][、．.]?[\s\u3000]*")),
    (4, LazyPattern(r"^\d{1,2}[、．.](?![\d０-９])[\s\u3000]*")),
    (5, LazyPattern(r"^[（(]\d{1,2}[）)][、．.]?[\s\u3000]*")),
    (6, re.compile(r"^[①-⑳][\s\u3000]*")),
)
# the numbering before an indicator's name in a table row (1.固定宽带家庭普及率, （2）…, ③…)
_NAME_NUMBERING = re.compile(
    r"^(?:[（(]?\d{1,3}[）)]|\d{1,3}[、．.](?![\d０-９])|[①-⑳]|[（(][一二三四五六七八九十]+[）)]|"
    r"[一二三四五六七八九十]+、)[\s\u3000]*")


# what each style above can start with besides a digit (\\d is any Unicode decimal digit, as
# str.isdecimal): most lines of a plan start otherwise, and are then tried against no pattern
_FIRST_CHARS = frozenset("第一二三四五六七八九十百（(") | frozenset(chr(c) for c in range(0x2460, 0x2474))


def numbering_rank(text: str) -> Optional[tuple[int, int]]:
    """(rank, length of the numbering) when text starts with Chinese outline numbering."""
    if not text or not (text[0] in _FIRST_CHARS or text[0].isdecimal()):
        return None
    for rank, rx in _NUMBERING:
        m = rx.match(text)
        if m and m.end() < len(text):
            return rank, m.end()
    return None


def strip_numbering(text: str) -> str:
    hit = numbering_rank(text)
    title = text[hit[1]:] if hit else text
    return title.strip(BLANKS).rstrip("。．.；;：:，, \u3000")


def is_name_numbered(name: str) -> bool:
    """Does an indicator name in a table start with its row number?"""
    return _NAME_NUMBERING.match(name) is not None


def strip_name_numbering(name: str) -> str:
    return _NAME_NUMBERING.sub("", name, count=1).strip(BLANKS)
