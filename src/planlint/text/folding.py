"""Text folded for comparison: what coverage and the review-heading rule compare headings and
terms as, so that width, case, punctuation and numbering (一、 （三） 专栏3) never decide."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NUMBERING = re.compile(r"^\s*(?:专栏\s*\d+|第[一二三四五六七八九十百]+[章节条]|[（(]?[一二三四五六七八九十百\d]+[)）、．.]\s*)+")
_DROP = re.compile(r"[\s“”\"'‘’「」『』《》〈〉（）()、，,。；;：:！!？?·]")
_DASHES = re.compile(r"[—–－‐-]+")


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Width, case, dashes and punctuation folded, so terms match however they are typed."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = _DASHES.sub("-", t)
    return _DROP.sub("", t)


def strip_numbering(title: str) -> str:
    """A heading without its leading numbering: （三）夯实发展基础 → 夯实发展基础."""
    return _NUMBERING.sub("", title or "").strip()
