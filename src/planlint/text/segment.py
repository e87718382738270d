"""Word segmentation over a small domain dictionary: the rule pack's own vocabulary.

The names and titles we segment are short, and the pack's words are the right dictionary for
them. The method is jieba's exact mode without its HMM (`jieba.cut(text, HMM=False)`): every
dictionary word starting at each character forms a graph, the path with the highest product
of word frequencies wins, and runs of single Latin letters or digits are joined. It is written
here because that is all planlint used of jieba, and importing jieba (with the logging,
tempfile and hashlib modules it loads) cost ~20 ms of every run, a sixth of a whole lint of a
small plan. tests/text/test_segment.py checks the cuts against jieba's own where it is
installed. Nothing is read or written beyond the pack's vocabulary file.
"""
from __future__ import annotations

import re
from math import log
from pathlib import Path
from typing import Iterable, Iterator, Optional

# jieba's character classes: the blocks a dictionary cuts, and the separators kept whole
_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SPACE = re.compile(r"(\r\n|\s)")
_LATIN = re.compile("[a-zA-Z0-9]")
WORD_FREQUENCY = 100       # every pack word weighs the same; vocabulary.txt may say otherwise


def prefix_dictionary(entries: Iterable[str]) -> tuple[dict[str, int], int]:
    """Each word's frequency, every prefix of a word present with 0 (a word may go on), and
    the total. An entry is `word frequency`; one that is not (no integer) is skipped."""
    freq: dict[str, int] = {}
    total = 0
    for entry in entries:
        parts = entry.strip().split(" ")[:2]
        if len(parts) < 2 or not parts[0]:
            continue
        try:
            count = int(parts[1])
        except ValueError:
            continue
        word = parts[0]
        freq[word] = count
        total += count
        for end in range(1, len(word)):
            freq.setdefault(word[:end], 0)
    return freq, total


# texts whose cuts are remembered: the pack's names and terms, and the titles of the plans
# being read (a few hundred each)
MAX_MEMOISED_CUTS = 8192


class Segmenter:
    def __init__(self, words: Iterable[str], vocabulary_file: Optional[Path] = None):
        self._words = {w for w in words if w}
        self._vocabulary_file = vocabulary_file
        self._freq: Optional[dict[str, int]] = None   # built on first use: most names match without
        self._log_total = 0.0
        self._cuts: dict[str, list[str]] = {}

    def _dictionary(self) -> dict[str, int]:
        if self._freq is None:
            entries = [f"{w} {WORD_FREQUENCY}" for w in sorted(self._words)]
            if self._vocabulary_file is not None and self._vocabulary_file.is_file():
                for line in self._vocabulary_file.read_text(encoding="utf-8").splitlines():
                    line = line.strip()
                    if line and not line.startswith("#") and len(line.split()) >= 2:
                        entries.append(" ".join(line.split()[:2]))
            self._freq, total = prefix_dictionary(entries)
            self._log_total = log(total) if total > 0 else 0.0
        return self._freq

    def words(self) -> set[str]:
        return {w for w, f in self._dictionary().items() if f > 0}

    def cut(self, text: str) -> list[str]:
        """The words of text, without whitespace tokens; memoised, as one name is compared
        with many candidates."""
        cuts = self._cuts.get(text)
        if cuts is None:
            if len(self._cuts) >= MAX_MEMOISED_CUTS:
                # a run over thousands of plans meets a new title at every heading: the oldest
                # go, so the memo (kept for the whole run with the pack) does not grow with them
                del self._cuts[next(iter(self._cuts))]
            cuts = self._cuts[text] = [t for t in self._tokens(text) if t.strip()]
        return cuts

    def is_word(self, token: str) -> bool:
        """A dictionary word (or a Latin/digit run such as 4G): a qualifier, not a typo."""
        if token.isascii():
            return len(token) >= 2
        return len(token) >= 2 and self._dictionary().get(token, 0) > 0

    def _tokens(self, text: str) -> Iterator[str]:
        for block in _BLOCK.split(text):
            if not block:
                continue
            if _BLOCK.match(block):
                yield from self._cut_block(block)
                continue
            for piece in _SPACE.split(block):    # outside blocks: whitespace whole, the rest by character
                if _SPACE.match(piece):
                    yield piece
                else:
                    yield from piece

    def _cut_block(self, s: str) -> Iterator[str]:
        route = self._best_route(s)
        at, n, latin = 0, len(s), ""
        while at < n:
            end = route[at] + 1
            word = s[at:end]
            if len(word) == 1 and _LATIN.match(word):
                latin += word              # 4 + G: one token, as a drafter writes 4G
            else:
                if latin:
                    yield latin
                    latin = ""
                yield word
            at = end
        if latin:
            yield latin

    def _best_route(self, s: str) -> list[int]:
        """For each position, where the best word starting there ends (inclusive)."""
        freq, log_total, n = self._dictionary(), self._log_total, len(s)
        score = [0.0] * (n + 1)
        end_at = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best: Optional[tuple[float, int]] = None
            found = False
            i, frag = k, s[k]
            while i < n and frag in freq:
                if freq[frag]:
                    found = True
                    cand = (log(freq[frag]) - log_total + score[i + 1], i)
                    if best is None or cand > best:
                        best = cand
                i += 1
                frag = s[k:i + 1]
            if not found:       # no word starts here: the character alone, with frequency 1
                best = (log(1) - log_total + score[k + 1], k)
            assert best is not None
            score[k], end_at[k] = best
        return end_at
