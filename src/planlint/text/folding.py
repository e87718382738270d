"""Text folded for comparison: what coverage and the review-heading rule compare headings and
terms as, so that width, case and punctuation never decide (numbering is dropped first, by
`planlint.text.numbering.strip_heading_numbering`)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[\s“”\"'‘’「」『』《》〈〉（）()、，,。；;：:！!？?·]")
_DASHES = re.compile(r"[—–－‐-]+")


# names, terms, headings and sentences recur across checks and plans and are cached; a whole
# section's text is folded once per plan, and caching it would keep every plan's text alive
# (16,384 entries of a few KB each: the memory a many-plan run must not grow by)
CACHED_UP_TO = 256


def normalise(text: str) -> str:
    """Width, case, dashes and punctuation folded, so terms match however they are typed."""
    if text and len(text) > CACHED_UP_TO:
        return _fold(text)
    return _fold_cached(text)


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = _DASHES.sub("-", t)
    return _DROP.sub("", t)


_fold_cached = lru_cache(maxsize=16384)(_fold)
