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
from planlint.model import Location, PlanIndicator
from planlint.rulepack import NationalIndicator, RulePack

STRICTER_WINS = ("PL102",)     # a shortfall is reported against the stricter of the packs' targets


def pack_label(pack: RulePack) -> str:
    """How reports name a pack: its name, or for a pack derived from a plan the plan's title."""
    return pack.title if pack.raw.get("derived") else pack.name


@dataclass(frozen=True)
class ItemKey:
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
        order: list[tuple] = []
        for i, diags in enumerate(per_pack):
            for d in diags:
                d.rulepack = self.labels[i]
                k = self.key(i, d)
                if k not in chosen:
                    chosen[k] = (i, d)
                    order.append(k)
                elif d.code in STRICTER_WINS and self._strictness(i, d) > self._strictness(*chosen[k]):
                    chosen[k] = (i, d)
        out = [chosen[k][1] for k in order]
        out.sort(key=Diagnostic.sort_key)
        return out
