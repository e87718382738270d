"""Text folded for comparison: what coverage and the review-heading rule compare headings and
terms as, so that width, case and punctuation never decide (numbering is dropped first, by
`planlint.text.numbering.strip_heading_numbering`)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[\s“”\"'‘’「」『』《》〈〉（）()、，,。；;：:！!？?·]")
_DASHES = re.compile(r"[—–－‐-]+")


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Width, case, dashes and punctuation folded, so terms match however they are typed."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = _DASHES.sub("-", t)
    return _DROP.sub("", t)
