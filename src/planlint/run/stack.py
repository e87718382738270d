"""Stacked rule packs: a plan checked against the national pack and the plans above it at once.

Each pack lints the file on its own; the findings are then merged so that an item two packs
hold (a province row that is a national indicator, matched the way plan rows are matched) is
reported once: against the stricter target for a shortfall (PL102), against the highest pack
otherwise. Every finding is attributed (`Diagnostic.rulepack`) to the pack whose requirement it
reports.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from planlint.analysis.matching import IndicatorMatcher
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, Text, catalogue
from planlint.model import Location, PlanIndicator
from planlint.rulepack import NationalIndicator, RulePack

STRICTER_WINS = ("PL102",)     # a shortfall is reported against the stricter of the packs' targets

# a finding against a plan one level up names that level, and the national figure where both set one
LEVEL_WORDS = catalogue("stack.level", {
    "national": Template("国家", "national"), "ministry": Template("部门", "ministry"),
    "province": Template("省级", "provincial"), "city": Template("市级", "city"),
    "county": Template("县级", "county"),
})
MESSAGES = catalogue("stack", {
    "below": Template("“{indicator}”{year}年目标{value}低于{level}目标{national}{also}",
                      "The target for “{indicator}” is weaker than the {level} target: {value} for {year}, "
                      "below the {level} {national}{also}"),
    "above": Template("“{indicator}”{year}年目标{value}高于{level}目标{national}{also}",
                      "The target for “{indicator}” is weaker than the {level} target: {value} for {year}, "
                      "above the {level} {national}{also} (lower is better)"),
    "missing": Template("缺少{level}规划要求本级规划设置的指标“{indicator}”（{level}目标{expected}）",
                        "Missing the indicator “{indicator}” that the {level} plan asks this level's plan to carry "
                        "({level} target {expected})"),
    "ceiling": Template("“{indicator}”{year}年目标{value}只设上限，未保证达到{level}目标{national}{also}",
                        "The target for “{indicator}” is weaker than the {level} target: {value} for {year} "
                        "only sets a ceiling and does not guarantee the {level} {national}{also}"),
    "scale": Template("“{indicator}”是规模类指标，不比较绝对值；其年均增速约{growth}%（{how}），"
                      "低于{level}年均增速{national_growth}",
                      "“{indicator}” is a scale indicator, so sizes are not compared; its annual growth is "
                      "about {growth}% ({how}), below the {level} annual growth {national_growth}"),
    "other-year": Template("“{indicator}”的目标年份为{year}年，{level}目标为{national_year}年，二者不可直接比较",
                           "The target for “{indicator}” is for {year} and the {level} target for "
                           "{national_year}: the two cannot be compared directly"),
    "also": Template("（{level}目标{value}）", " ({level} target {value})"),
})
# the national plan's wording each restated template replaces, and the arguments it keeps
RESTATED = {"PL102.below": "below", "PL102.above": "above", "PL102.ceiling": "ceiling",
            "PL102.scale": "scale", "PL104.other-year": "other-year", "PL101.level": "missing"}
KEPT = ("indicator", "year", "value", "national", "growth", "how", "national_growth", "national_year")


def pack_label(pack: RulePack) -> str:
    """How reports name a pack: its name, or for a pack derived from a plan the plan's title."""
    return pack.title if pack.raw.get("derived") else pack.name


def applicable(packs: list[RulePack], period: tuple[Optional[int], Optional[int]]) -> list[int]:
    """The packs (by index) whose period a plan's overlaps: the period chooses among stacked packs
    (national-13th and national-14th both configured). None overlapping: all, for PL004 to say so."""
    start, end = period
    if not (start or end):
        return list(range(len(packs)))
    start, end = start or end, end or start
    fits = [i for i, p in enumerate(packs) if p.period[0] <= end and start <= p.period[1]]
    return fits or list(range(len(packs)))


@dataclass(frozen=True, eq=False)
class ItemKey:
    """Where a national item is reported: the highest pack holding it, under its name there."""

    pack: int      # the highest pack that holds the item
    name: str      # its name there


class PackStack:
    """Packs highest level first, with each lower pack's indicators mapped onto the packs above."""

    def __init__(self, packs: list[RulePack], matchers: list[IndicatorMatcher]):
        self.packs = packs
        self.labels = [pack_label(p) for p in packs]
        self._keys: list[dict[str, ItemKey]] = []
        for i, pack in enumerate(packs):
            keys: dict[str, ItemKey] = {}
            for ind in pack.indicators:
                keys[ind.name] = self._upper_key(ind, i, matchers) or ItemKey(i, ind.name)
            self._keys.append(keys)

    def _upper_key(self, ind: NationalIndicator, i: int, matchers: list[IndicatorMatcher]) -> Optional[ItemKey]:
        probe = PlanIndicator(name=ind.name, loc=Location(), unit=ind.unit.symbol)
        for j in range(i):
            m = matchers[j].match(probe)
            if m.status in ("exact", "alias", "fuzzy") and m.national is not None:
                return self._keys[j].get(m.national.name, ItemKey(j, m.national.name))
        return None

    def key(self, i: int, d: Diagnostic) -> tuple:
        if d.subject is None:
            return (d.code, "", d.line, d.column, str(d.message))
        item = self._keys[i].get(d.subject, ItemKey(i, d.subject))
        return (d.code, item.pack, item.name)

    def _strictness(self, i: int, d: Diagnostic) -> float:
        ind = self.packs[i].indicator(d.subject or "")
        if ind is None:
            return float("-inf")
        value = ind.target.value
        return value if ind.direction == "higher" else -value

    def merge(self, per_pack: list[list[Diagnostic]]) -> list[Diagnostic]:
        """One finding per item, attributed to the pack that sets the requirement it reports."""
        chosen: dict[tuple, tuple[int, Diagnostic]] = {}
        others: dict[tuple, list[tuple[int, Diagnostic]]] = {}
        order: list[tuple] = []
        for i, diags in enumerate(per_pack):
            for d in diags:
                d.rulepack = self.labels[i]
                k = self.key(i, d)
                if k not in chosen:
                    chosen[k] = (i, d)
                    order.append(k)
                    continue
                others.setdefault(k, []).append((i, d))
                if d.code in STRICTER_WINS and self._strictness(i, d) > self._strictness(*chosen[k]):
                    others[k].append(chosen[k])
                    chosen[k] = (i, d)
        out = [self._restated(*chosen[k], [o for o in others.get(k, []) if o[1] is not chosen[k][1]])
               for k in order]
        out.sort(key=Diagnostic.sort_key)
        return out

    def _level(self, i: int) -> str:
        derived = self.packs[i].raw.get("derived")
        return (derived or {}).get("level") or "national" if derived else "national"

    def _restated(self, i: int, d: Diagnostic, others: list[tuple[int, Diagnostic]]) -> Diagnostic:
        """A finding of a pack derived from a plan speaks of that plan's level (省级目标), not of
        the national one, and names the national figure too where the packs differ."""
        if self.packs[i].raw.get("derived") and d.expected is not None and d.expected_basis is None:
            d.expected_basis = "parent"      # labelled 上级规划要求, not 国家要求
        which = RESTATED.get(d.message_id or "")
        if which is None or not self.packs[i].raw.get("derived") or not isinstance(d.message, Text):
            return d
        args = dict(d.message.args)
        level = LEVEL_WORDS.get(self._level(i), LEVEL_WORDS["province"])()
        if which == "missing":
            d.message = MESSAGES["missing"](level=level, indicator=args.get("indicator", d.subject),
                                            expected=args.get("expected", ""))
            return d
        also = ""
        for j, other in others:
            other_args = getattr(other.message, "args", {})
            if "national" in other_args and str(other_args["national"]) != str(args.get("national")):
                also = MESSAGES["also"](level=LEVEL_WORDS.get(self._level(j), LEVEL_WORDS["national"])(),
                                        value=other_args["national"])
                break
        kept = {k: args[k] for k in KEPT if k in args}
        d.message = (MESSAGES[which](level=level, **kept) if which in ("scale", "other-year")
                     else MESSAGES[which](level=level, also=also, **kept))
        return d
