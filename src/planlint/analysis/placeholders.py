"""Placeholders: text a drafter left to fill in (（待填写：…）, TODO, 略。, ……), which commits to nothing.

A sentence is a placeholder when, once brackets and punctuation are set aside, it is empty
(an ellipsis alone) or is one of the pack's placeholder words, alone or followed by a note
(`（待填写：本地的具体措施）`, `TODO: 补充进度`). A word merely opening a real sentence
(`略高于全国平均水平`) does not make it one: the word must stand alone or before a separator.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from planlint.text.folding import normalise

_OPEN = "（(【[〔<《"
_CLOSE = "）)】]〕>》"
_PUNCT_CHARS = "。．.，,；;：:！!？?、…⋯·-—–_*~`'\"“”‘’"
_PUNCT = re.compile(f"[\\s{re.escape(_PUNCT_CHARS)}]+")
_SEPARATORS = "：:，,；;、 -—（(【["
_MAX_CHARS = 200            # a placeholder is a short note: longer sentences are never folded


class Placeholders:
    """The pack's placeholder words, and the test whether a sentence or a text is only that."""

    def __init__(self, words: Iterable[str]):
        folded = {_fold(w) for w in words}
        self._words = tuple(sorted((w for w in folded if w), key=len, reverse=True))
        # the same, as `normalise` leaves them: what could_be compares
        self._normal_words = tuple(normalise(w) for w in self._words)

    def could_be(self, normal: str) -> bool:
        """Could a sentence whose `normalise`d text this is be a placeholder? A quick test on
        text already normalised, which rejects nearly every sentence: False is certain.
        A placeholder is, once normalised, only what its punctuation and brackets keep (…… is
        ......), or opens with a word after what its opening brackets keep (【待补充】)."""
        return not normal.strip(_KEPT_MARKS) or normal.lstrip(_KEPT_OPENINGS).startswith(self._normal_words)

    def is_placeholder(self, sentence: str) -> bool:
        if len(sentence) > _MAX_CHARS:
            return False
        inner = _fold(sentence).strip()
        while inner and inner[0] in _OPEN and inner[-1] in _CLOSE:
            inner = inner[1:-1].strip()          # （待填写：…） or 【TODO】
        if not inner or _PUNCT.fullmatch(inner):  # stops at the first other character: cheap for text
            return bool(sentence.strip())        # …… or 。。。 alone; an empty string is no sentence
        head = inner.lstrip(_OPEN)
        if not head.startswith(self._words):     # one C-level test rejects nearly every sentence
            return False
        for word in self._words:
            if head.startswith(word):
                rest = _PUNCT.sub("", head[len(word):].rstrip(_CLOSE))
                if not rest or head[len(word)] in _SEPARATORS + _CLOSE:
                    return True
        return False


# what normalise keeps of punctuation and brackets (…… → ......, 【 stays, （ goes)
_KEPT_MARKS = "".join(sorted(set("".join(map(normalise, _PUNCT_CHARS + _OPEN + _CLOSE)))))
_KEPT_OPENINGS = "".join(sorted(set("".join(map(normalise, _OPEN)))))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()
