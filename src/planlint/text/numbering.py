"""Chinese outline numbering, read in one place: 第一章 第一节 一、 （一） 1. （1） ① 专栏3.

One grammar names the forms and their depth in an outline (`FORMS`, outermost first). Each use
reads them under its own `Reading`, because the uses differ:

- OUTLINE ranks the headings of a plan pasted without ``#``: every outline form, numbers of at
  most two digits, and ``1.5`` is a figure, not item 1.
- TABLE_NAMES strips the numbering an indicator name carries in a table cell (``1.`` ``（1）``
  ``1）`` ``①`` ``（一）`` ``一、``): up to three digits, and a Chinese item ends in 、 only.
- FOLDED_NAMES strips it from a name already folded by NFKC (``（１）`` is ``(1)``): blanks may
  stand inside the numbering (``1 .`` ``( 1 )``), and ``（一）`` is not numbering there.
- BOXES tells the heading or first line of a 专栏 box (``专栏3``, ``【专栏三】``).
- HEADING_KEYS removes every numbering in a row at the start of a heading (``专栏3`` ``（一）1、``),
  so that headings compare by their words alone.

The readings keep the differences the modules had before they shared this grammar: each one
decides what the plans read mean, and moving one would change findings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Optional

_CHINESE_DIGITS = "一二三四五六七八九十"
_BLANKS = " \t\u3000\xa0"                 # what a heading's text is trimmed of
_TITLE_END = "。．.；;：:，, \u3000"         # what a stripped heading does not end with


@dataclass(frozen=True, eq=False)
class Form:
    """One way of numbering, as a pattern over a reading's parts (`Reading` fields in braces)."""

    name: str
    rank: Optional[int]        # depth in an outline, 0 outermost; None: not an outline level
    pattern: str


FORMS = (
    Form("chapter", 0, "第{ordinal}{chapter_units}{after_ordinal}"),      # 第一章 第二篇 第三部分
    Form("section", 1, "第{ordinal}节{after_ordinal}"),                   # 第一节
    Form("article", None, "第{ordinal}条{after_ordinal}"),                # 第一条
    Form("chinese item", 2, "{item_open}{chinese}{blank}{chinese_end}{after}"),       # 一、
    Form("chinese half paren", None, "{item_open}{chinese}{blank}[）)]{after}"),      # 一）
    Form("chinese paren", 3, "[（(]{blank}{chinese}{blank}[）)]{paren_end}{after}"),  # （一）
    Form("arabic item", 4, "{item_open}{arabic}{blank}{arabic_end}{not_a_figure}{after}"),  # 1. 1、
    Form("arabic half paren", None, "{item_open}{arabic}{blank}[）)]{after}"),        # 1）
    Form("arabic paren", 5, "[（(]{blank}{arabic}{blank}[）)]{paren_end}{after}"),    # （1）
    Form("circled", 6, "[①-⑳]{after}"),                                              # ①
    Form("box", None, r"{box_open}专栏\s*{box_number}"),                            # 专栏3 【专栏三】
)
_BY_NAME = {f.name: f for f in FORMS}


@dataclass(frozen=True, eq=False)
class Reading:
    """Which forms one use accepts, and how strictly it reads their parts."""

    forms: tuple[str, ...]
    chinese: str = f"[{_CHINESE_DIGITS}百]+"      # a Chinese numeral
    arabic: str = r"\d+"                         # an Arabic one (full-width digits too)
    ordinal: str = f"[{_CHINESE_DIGITS}百]+"      # the number in 第…章
    chapter_units: str = "章"
    chinese_end: str = "[、．.]"                 # what closes 一、
    arabic_end: str = "[、．.]"                  # what closes 1.
    paren_end: str = ""                          # what may follow （一）
    not_a_figure: str = ""                       # (?!\d): 1.5 is a figure, not item 1
    item_open: str = ""                          # an opening bracket an item may carry: （一、
    blank: str = ""                              # blanks inside the numbering: 1 . ( 1 )
    after: str = r"\s*"                          # blanks after it, part of the numbering
    after_ordinal: str = ""                      # what follows 第一章 as part of it (、 blanks)
    box_open: str = ""                           # the bracket a box number may open with: 【专栏3】
    box_number: str = r"\d+"
    leading: str = ""                            # blanks before it
    repeated: bool = False                       # several numberings in a row: 专栏3 （一）

    def pattern(self, form: str) -> str:
        parts = {k: v for k, v in self.__dict__.items() if isinstance(v, str)}
        return _BY_NAME[form].pattern.format(**parts)

    def any_form(self) -> str:
        alternatives = "|".join(self.pattern(f) for f in self.forms)
        return f"^{self.leading}(?:{alternatives}){'+' if self.repeated else ''}"

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use, kept on the reading (hashing a reading per call would cost more
        than the match)."""
        return re.compile(self.any_form())


OUTLINE = Reading(
    forms=tuple(f.name for f in FORMS if f.rank is not None),
    arabic=r"\d{1,2}", ordinal=f"[{_CHINESE_DIGITS}百零〇0-9]+", chapter_units="[章篇部分]+",
    paren_end="[、．.]?", not_a_figure=r"(?!\d)", after_ordinal=r"[、\s]*")
TABLE_NAMES = Reading(
    forms=("arabic paren", "arabic half paren", "arabic item", "circled", "chinese paren", "chinese item"),
    chinese=f"[{_CHINESE_DIGITS}]+", arabic=r"\d{1,3}", chinese_end="、", not_a_figure=r"(?!\d)")
FOLDED_NAMES = replace(
    TABLE_NAMES, forms=("arabic item", "arabic half paren", "arabic paren", "circled", "chinese item"),
    chinese=f"[{_CHINESE_DIGITS}]{{1,3}}", chinese_end="[、.]", not_a_figure="", blank=r"\s*", leading=r"\s*")
BOXES = Reading(forms=("box",), box_open=r"[【\[〔]?", box_number=f"[0-9０-９{_CHINESE_DIGITS}]+")
# a numeral of a heading key is any run of Chinese and Arabic digits, so the Chinese forms read 1. too
HEADING_KEYS = Reading(
    forms=("box", "chapter", "section", "article", "chinese item", "chinese half paren"),
    chinese=rf"[{_CHINESE_DIGITS}百\d]+", item_open="[（(]?", leading=r"\s*", repeated=True)


@lru_cache(maxsize=1)
def _outline_ranks() -> tuple[tuple[int, re.Pattern[str]], ...]:
    forms = sorted((f for f in FORMS if f.rank is not None and f.name in OUTLINE.forms), key=lambda f: f.rank)
    return tuple((f.rank, re.compile("^" + OUTLINE.pattern(f.name))) for f in forms)


def numbering_end(text: str, reading: Reading) -> int:
    """Where the numbering at the start of text ends under reading (with the blanks after it); 0 if none."""
    m = reading.regex.match(text)
    return m.end() if m else 0


def strip_numbering(text: str, reading: Reading) -> str:
    """text without the numbering it starts with, as reading reads it."""
    return reading.regex.sub("", text, count=1)


def numbering_rank(text: str) -> Optional[tuple[int, int]]:
    """(rank, length of the numbering) when text starts with outline numbering followed by a title."""
    for rank, rx in _outline_ranks():
        m = rx.match(text)
        if m and m.end() < len(text):
            return rank, m.end()
    return None


def strip_outline_numbering(text: str) -> str:
    """A heading's title: without its outline numbering, surrounding blanks and final 。：，."""
    hit = numbering_rank(text)
    title = text[hit[1]:] if hit else text
    return title.strip(_BLANKS).rstrip(_TITLE_END)


def has_name_numbering(name: str) -> bool:
    """Does a table cell's indicator name start with numbering (1. （1） ① 一、)?"""
    return TABLE_NAMES.regex.match(name) is not None


def strip_name_numbering(name: str, reading: Reading = TABLE_NAMES) -> str:
    """An indicator name without its numbering: ``（3）光纤入户用户…`` → ``光纤入户用户…``."""
    return reading.regex.sub("", name, count=1)


def is_box_heading(text: str) -> bool:
    """Does text open a 专栏 box (专栏3, 【专栏三】)?"""
    return BOXES.regex.match(text) is not None


def strip_heading_numbering(title: str) -> str:
    """A heading without every numbering it starts with, for comparison: （三）夯实发展基础 → 夯实发展基础."""
    return HEADING_KEYS.regex.sub("", title or "", count=1).strip()


def built_patterns() -> dict[str, str]:
    """Every pattern the grammar builds, by use. The backtracking audit reads regexes from the
    source, where these do not stand as literals; it asks for them here."""
    readings = {"OUTLINE": OUTLINE, "TABLE_NAMES": TABLE_NAMES, "FOLDED_NAMES": FOLDED_NAMES,
                "BOXES": BOXES, "HEADING_KEYS": HEADING_KEYS}
    out = {name: reading.any_form() for name, reading in readings.items()}
    out.update({f"OUTLINE rank {rank}": rx.pattern for rank, rx in _outline_ranks()})
    return out
