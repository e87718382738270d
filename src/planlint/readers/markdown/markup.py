"""Cell and heading text as the reader compares it: markup, tags and blanks removed; years found."""
from __future__ import annotations

import re
import unicodedata

from planlint.text.lazy_pattern import LazyPattern

BLANKS = " \t\u3000\xa0"         # what surrounds text in pasted plans: ASCII, ideographic, no-break
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`|<br\s*/?>|</?[a-zA-Z][^>]{0,200}>")
_LINK = LazyPattern(r"!?\[([^\[\]]{0,500})\]\([^()]{0,500}\)")
# CommonMark lets any ASCII punctuation be escaped, and pandoc escapes freely (\<1, \>2.5, \"…\")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# footnote references a converter leaves in a name or a value: <sup>1</sup>, <sup>①</sup> (not
# m<sup>2</sup>, a unit), pandoc's [^1]; a footnote's own line ([^1]: …) is text
_NOTE_SUP = LazyPattern(r"(?<![A-Za-z])<sup>\s*(?:\d{1,2}|[\u2460-\u2473]|\*{1,3}|\[\d{1,2}\]|注\d{0,2})\s*</sup>")
_NOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
# pandoc's Markdown writes <sup> as ^…^: ^①^ after a name is a footnote mark, m^2^ a unit's power
_NOTE_CARET = LazyPattern(r"(?<![A-Za-z])\^(?:\d{1,2}|[\u2460-\u2473]|\*{1,3}|注\d{0,2})\^")
_CARET = re.compile(r"\^([^\s^]{1,10})\^")
# ①…⑳ and superscript digits after a cell's text: footnote marks there, never part of it
_CELL_MARKS = re.compile(r"(?<=[^\sA-Za-z])[\u2460-\u2473\u00b9\u00b2\u00b3\u2070-\u2079]+")
_BLANK_RUNS = re.compile(r"[\s\u3000\xa0]+")
YEAR = re.compile(r"(?<![\d０-９])((?:19|20)\d\d)(?![\d０-９])")   # not inside a longer number


def clean(text: str) -> str:
    """Cell or heading text without Markdown markup, HTML tags and surrounding blanks."""
    if "<sup" in text:
        text = _NOTE_SUP.sub("", text)
    if "[" in text:
        text = _NOTE_REF.sub("", _LINK.sub(r"\1", text))
    if "^" in text:
        text = _CARET.sub(r"\1", _NOTE_CARET.sub("", text))
    if "*" in text or "_" in text or "`" in text or "<" in text:    # what every _MARKUP form starts with
        text = _MARKUP.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "---" in text:
        text = text.replace("---", "—")    # pandoc's smart punctuation writes an em dash so
    return text.strip(BLANKS)


def without_note_marks(cell: str) -> str:
    """A table cell without the footnote marks after its text (固定宽带家庭普及率②, 75③)."""
    return _CELL_MARKS.sub("", cell)


def squash(text: str) -> str:
    """Comparable form of a header: NFKC, no blanks at all (``指　标`` is ``指标``)."""
    return _BLANK_RUNS.sub("", unicodedata.normalize("NFKC", text))


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


_NO_SPACE_BEFORE = frozenset(".,;:!?)]}%")


def join_wrapped(text: str) -> str:
    r"""Collapse white space the way a browser shows it: a break between two Chinese characters
    (``信息产业收入<br>规模``, a line wrapped by Word, pandoc's hard break ``收入\`` at a line's end)
    disappears, elsewhere it is one space."""
    pieces = text.split()
    if len(pieces) < 2:         # most cells: one word, nothing to join
        return _hard_break(pieces[0]) if pieces else ""
    words = [w for w in map(_hard_break, pieces) if w]
    if len(words) < 2:
        return words[0] if words else ""
    out = [words[0]]
    for word in words[1:]:
        # nor before punctuation: a converter wraps a narrow cell anywhere (“1” / “.信息化发展指数”)
        glued = is_wide(out[-1][-1]) or is_wide(word[0]) or word[0] in _NO_SPACE_BEFORE
        out.append("" if glued else " ")
        out.append(word)
    return "".join(out)
