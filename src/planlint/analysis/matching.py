"""Which national indicator, if any, a plan's indicator is.

Four steps, cheapest first: (1) the normalised name or a curated alias; (2) a curated near
miss, which is never a match; (3) a character-level rapidfuzz shortlist (Chinese names are
not space-separated, so token scorers would see one token); (4) for each shortlisted
candidate, what the plan's name adds and lacks. A name that adds a real word (农村, 移动电话,
持卡人数 — the segmenter, with the pack’s vocabulary, decides what a word is) names another indicator; one that adds only
stray characters is probably a typo and becomes a doubtful match, reported as such.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from planlint.model import PlanIndicator
from planlint.text.folding import CACHED_UP_TO
from planlint.text.names import normalise_name
from planlint.rulepack import NationalIndicator, RulePack
from planlint.text.segment import Segmenter
from planlint.text.units import parse_unit

# characters that only say what kind of measure a name is; they differ between aliases
# (占比/比率/比例, 规模/数量/额) without changing the indicator
_MEASURE_CHARS = set("率比例重占额总量数规模的值")
_MEASURE_CLASSES = (
    ("capacity", ("能力", "带宽", "速率", "速度")),
    ("index", ("指数",)),
    ("ratio", ("率", "比", "比例", "比重", "占比", "比率", "覆盖面")),
    ("amount", ("规模", "额", "总额", "数量", "数", "量", "收入", "总量", "人数", "户数", "总值")),
)
# share of the candidate's characters a plan's name adding nothing must contain: to match it
# (信息化指数 → 信息化发展指数), or to be asked whether it means it (零售额 → 网络零售额?)
MIN_COVERAGE = 0.7
MIN_DOUBTFUL_COVERAGE = 0.4
# a name adding a word is another indicator, unless it holds all but this share of what
# distinguishes the candidate (its characters other than measure words): then it is asked about
SAFETY_NET_COVERAGE = 0.85
SHORTLIST_CUTOFF = 45.0
MAX_KEPT_KEYS = 8192     # names whose key a matcher keeps: a long run's names do not accumulate


def measure_class(key: str) -> Optional[str]:
    for cls, suffixes in _MEASURE_CLASSES:
        if key.endswith(suffixes):
            return cls
    return None


@dataclass(eq=False)
class Match:
    """The national indicator a local name was matched to, and how confidently."""

    local: PlanIndicator
    status: str                                  # exact | alias | fuzzy | doubtful | distinct | none
    national: Optional[NationalIndicator] = None  # set for exact, alias, fuzzy
    candidate: Optional[NationalIndicator] = None  # the "did you mean" of a doubtful match
    unit_text: Optional[str] = None              # the unit found in the unit field or the name
    alternatives: list[NationalIndicator] = field(default_factory=list)
    # a doubtful match whose name adds a word the pack does not know as a near miss (社保卡持卡
    # 普及率): asked about only while the plan has no indicator taken for that candidate
    adds_words: bool = False

    @property
    def matched(self) -> bool:
        return self.national is not None


class IndicatorMatcher:
    def __init__(self, pack: RulePack):
        self.pack = pack
        self.synonyms = tuple((normalise_name(a).key, normalise_name(b).key) for a, b in pack.name_synonyms)
        # longest first, so that 全市域 is dropped whole before 全市 is tried
        self.scope_prefixes = tuple(sorted({normalise_name(p).key for p in pack.name_scope_prefixes} - {""},
                                           key=len, reverse=True))
        self.by_key: dict[str, tuple[NationalIndicator, str]] = {}
        self.distinct: dict[str, NationalIndicator] = {}
        # each name's key, for the plans to come: the same names recur in plan after plan
        self._keys: dict[str, str] = {}
        vocabulary: set[str] = set()
        for ind in pack.indicators:
            for i, name in enumerate((ind.name, *ind.aliases)):
                key = self.key(name)
                self.by_key.setdefault(key, (ind, "exact" if i == 0 else "alias"))
                vocabulary.add(key)
            for name in ind.distinct:
                self.distinct.setdefault(self.key(name), ind)
                vocabulary.add(self.key(name))
        self.choices = list(self.by_key)
        vocab_file = Path(pack.directory) / "vocabulary.txt" if pack.directory else None
        self.segmenter = Segmenter(vocabulary, vocab_file)

    def key(self, name: str) -> str:
        """The comparison key of a name: normalised, with the pack's synonyms unified."""
        key = self._keys.get(name)
        if key is None:
            key = self._key(name)
            if len(self._keys) < MAX_KEPT_KEYS and len(name) <= CACHED_UP_TO:
                self._keys[name] = key
        return key

    def _key(self, name: str) -> str:
        key = normalise_name(name).key
        while key.startswith(self.scope_prefixes):       # 全省网民数量 counts the province's 网民数量
            prefix = next(p for p in self.scope_prefixes if key.startswith(p))
            if len(key) <= len(prefix) + 1:
                break
            key = key[len(prefix):]                      # 全省城乡…: each scope word in turn
        for variant, canonical in self.synonyms:
            key = key.replace(variant, canonical)
        return key

    def match(self, local: PlanIndicator) -> Match:
        nn = normalise_name(local.name)
        key = self.key(local.name)
        unit_text = local.unit if local.unit not in (None, "") else nn.unit
        if key in self.by_key:
            ind, how = self.by_key[key]
            return Match(local, how, ind, unit_text=unit_text)
        if key in self.distinct:
            return Match(local, "distinct", None, self.distinct[key], unit_text)
        return self._fuzzy(local, key, unit_text)

    def _fuzzy(self, local: PlanIndicator, key: str, unit_text: Optional[str]) -> Match:
        from rapidfuzz import fuzz, process

        unit = parse_unit(unit_text) if unit_text else None
        shortlist = process.extract(key, self.choices, scorer=fuzz.ratio, limit=10, score_cutoff=SHORTLIST_CUTOFF)
        accepted: dict[str, tuple[float, NationalIndicator]] = {}
        doubtful: Optional[tuple[float, NationalIndicator]] = None
        worded: Optional[tuple[float, NationalIndicator]] = None    # the best that adds a word
        local_class = measure_class(key)
        for cand_key, score, _ in shortlist:
            ind = self.by_key[cand_key][0]
            if unit is not None and not _units_fit(unit, ind):
                continue
            # an alias without a measure word (移动宽带用户普及) measures what its indicator does
            cand_class = measure_class(cand_key) or measure_class(self.key(ind.name))
            if local_class and cand_class and local_class != cand_class:
                continue
            chars, cand_chars = set(key), set(cand_key)
            coverage = len(chars & cand_chars) / len(cand_chars)
            extra = chars - cand_chars - _MEASURE_CHARS
            if not extra:
                if coverage >= MIN_COVERAGE:
                    best = accepted.get(ind.id)
                    if best is None or coverage > best[0]:
                        accepted[ind.id] = (coverage, ind)
                elif coverage >= MIN_DOUBTFUL_COVERAGE and (doubtful is None or score > doubtful[0]):
                    doubtful = (score, ind)   # 宽带覆盖率 lacks what makes 贫困村宽带覆盖率 that indicator
                continue
            if self._adds_a_word(key, extra):
                distinctive = cand_chars - _MEASURE_CHARS
                held = len(chars & distinctive) / len(distinctive) if distinctive else 0.0
                if held >= SAFETY_NET_COVERAGE and (worded is None or score > worded[0]):
                    worded = (score, ind)
                continue  # a qualifier: another indicator
            if len(extra) <= 2 and coverage >= 0.6 and (doubtful is None or score > doubtful[0]):
                doubtful = (score, ind)
        if accepted:
            ranked = sorted(accepted.values(), key=lambda x: -x[0])
            if len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= 0.15:
                return Match(local, "fuzzy", ranked[0][1], unit_text=unit_text)
            return Match(local, "doubtful", None, ranked[0][1], unit_text,
                         alternatives=[r[1] for r in ranked[1:3]])
        if doubtful is not None:
            return Match(local, "doubtful", None, doubtful[1], unit_text)
        if worded is not None:
            # never a silent pass: nearly all of a national name, plus a word nobody curated
            return Match(local, "doubtful", None, worded[1], unit_text, adds_words=True)
        return Match(local, "none", unit_text=unit_text)

    def _adds_a_word(self, key: str, extra: set[str]) -> bool:
        """Does the name add a dictionary word (a qualifier) rather than stray characters?"""
        for token in self.segmenter.cut(key):
            if set(token) & extra and self.segmenter.is_word(token):
                return True
        return False


def _units_fit(unit, ind: NationalIndicator) -> bool:
    if unit.dimension == "none" or ind.unit.dimension == "none":
        return True
    return unit.compatible(ind.unit)


def match_indicators(plan_indicators: list[PlanIndicator], matcher: IndicatorMatcher) -> list[Match]:
    return [matcher.match(ind) for ind in plan_indicators]
