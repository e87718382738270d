"""Cell and heading text as the reader compares it: markup, tags and blanks removed; years found."""
from __future__ import annotations

import re
import unicodedata

BLANKS = " \t\u3000\xa0"         # what surrounds text in pasted plans: ASCII, ideographic, no-break
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`|<br\s*/?>|</?[a-zA-Z][^>]{0,200}>")
_LINK = re.compile(r"!?\[([^\[\]]{0,500})\]\([^()]{0,500}\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
YEAR = re.compile(r"(?<![\d０-９])((?:19|20)\d\d)(?![\d０-９])")   # not inside a longer number


def clean(text: str) -> str:
    """Cell or heading text without Markdown markup, HTML tags and surrounding blanks."""
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text.strip(BLANKS)


def squash(text: str) -> str:
    """Comparable form of a header: NFKC, no blanks at all (``指　标`` is ``指标``)."""
    return re.sub(r"[\s\u3000\xa0]+", "", unicodedata.normalize("NFKC", text))


def leading_blank(raw: str) -> int:
    return len(raw) - len(raw.lstrip(BLANKS))


def is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _hard_break(word: str) -> str:
    r"""A word without the backslash pandoc writes for a hard line break (``收入\``); an escaped
    backslash (``\\``) is text."""
    if word.endswith("\\") and not word.endswith("\\\\"):
        return word[:-1]
    return word


def join_wrapped(text: str) -> str:
    r"""Collapse white space the way a browser shows it: a break between two Chinese characters
    (``信息产业收入<br>规模``, a line wrapped by Word, pandoc's hard break ``收入\`` at a line's end)
    disappears, elsewhere it is one space."""
    words = [w for w in (_hard_break(w) for w in text.split()) if w]
    if len(words) < 2:
        return words[0] if words else ""
    out = [words[0]]
    for word in words[1:]:
        out.append("" if is_wide(out[-1][-1]) or is_wide(word[0]) else " ")
        out.append(word)
    return "".join(out)
