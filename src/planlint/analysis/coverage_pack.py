"""What coverage derives from a rule pack alone, computed once per pack rather than per plan.

A run lints many plans against the same pack: the segmenter over the pack's vocabulary, the
heading and marker words normalised, and each item's terms, title words and name cores are
the same for every plan. The linter holds one PackCoverage per pack (as it holds the indicator
matcher) and every plan's CoverageIndex reads from it. Item data is derived on first use, so a
run over one plan pays only for the items that plan is asked about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from planlint.analysis.placeholders import Placeholders
from planlint.analysis.review_headings import ReviewHeadings
from planlint.rulepack.commitments import Commitment, Commitments, CoverageSettings
from planlint.rulepack.departments import name_key
from planlint.text.folding import normalise
from planlint.text.numbering import strip_heading_numbering
from planlint.text.segment import Segmenter

Term = tuple[str, str, float]     # (normalised term, term as written, points)


@dataclass(frozen=True, eq=False)
class ItemWords:
    """One item's words, normalised: what every plan's index compares with."""

    terms: tuple[Term, ...]
    norms: tuple[str, ...]           # the terms' normalised forms alone, for the inner loops
    # for each term, the earlier terms that contain it: once one of those is found in a text,
    # the term adds nothing there (宽带 inside 宽带网络)
    inside: tuple[tuple[int, ...], ...]
    title_words: tuple[str, ...]
    name_cores: tuple[str, ...]      # its name's and aliases' cores, for rapidfuzz

    @cached_property
    def chars(self) -> tuple[frozenset[str], ...]:
        """Each term's characters: a text lacking one of them cannot hold the term."""
        return tuple(map(frozenset, self.norms))


@dataclass(eq=False, repr=False)
class PackCoverage:
    """The coverage settings and item words of one pack's commitments."""

    commitments: Commitments
    _items: dict[str, ItemWords] = field(default_factory=dict, repr=False)
    _units: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False)

    @property
    def settings(self) -> CoverageSettings:
        return self.commitments.settings

    @cached_property
    def segmenter(self) -> Segmenter:
        return Segmenter(normalise(w) for w in self.commitments.vocabulary())

    @cached_property
    def review(self) -> ReviewHeadings:
        return ReviewHeadings.of(self.settings)

    @cached_property
    def weak_words(self) -> tuple[tuple[str, float], ...]:
        return tuple((normalise(word), w) for word, w in self.settings.weak_headings.items())

    @cached_property
    def past_marker(self) -> Optional[re.Pattern[str]]:
        markers = sorted({m for m in map(normalise, self.settings.past_markers) if m}, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, markers))) if markers else None

    @cached_property
    def generic(self) -> frozenset[str]:
        return frozenset(self.settings.generic_title_words)

    @cached_property
    def placeholders(self) -> Placeholders:
        return Placeholders(self.settings.placeholders)

    def core_title(self, title: str) -> str:
        """A title without its generic words (行动, 建设, 推进 …), as the segmenter cuts it."""
        generic = self.generic
        return "".join(t for t in self.segmenter.cut(title) if t not in generic)

    def words(self, item: Commitment) -> ItemWords:
        key = item.kind + ":" + item.id
        words = self._items.get(key)
        if words is None:
            words = self._items[key] = self._derive(item)
        return words

    def units(self, task: Commitment) -> tuple[tuple[str, str], ...]:
        """A 分工 task's departments as (name key, "lead" | "responsible"), leads first."""
        key = task.kind + ":" + task.id
        units = self._units.get(key)
        if units is None:
            units = self._units[key] = tuple((name_key(n), "lead") for n in task.lead) + \
                tuple((name_key(n), "responsible") for n in task.responsible)
        return units

    def _derive(self, item: Commitment) -> ItemWords:
        terms = tuple((normalise(term), term, value)
                      for terms, value in ((item.terms.core, 1.0), (item.terms.support, 0.5))
                      for term in terms if normalise(term))
        norms = tuple(t for t, _, _ in terms)
        title_words = tuple(w for w in map(normalise, item.title_terms) if w)
        # each core once, in the order of the name and its aliases (a set's order would change
        # with the interpreter's string hashing, and with it which placeholder a hint names)
        names = dict.fromkeys(c for c in (self.core_title(normalise(strip_heading_numbering(n)))
                                          for n in (item.name, *item.aliases)) if c)
        return ItemWords(terms, norms, containments(norms), title_words, tuple(names))


def containments(terms: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """For each term, the indexes of the earlier terms it is part of (or equal to)."""
    return tuple(tuple(k for k in range(j) if t in terms[k]) for j, t in enumerate(terms))
