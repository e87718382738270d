"""The rule pack as the checks see it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional

from planlint.messages import COMMON_VALUES, Text
from planlint.rulepack.citation import Citation
from planlint.rulepack.departments import Department, find_department
from planlint.text.quantity import Quantity, as_requirement
from planlint.text.units import Unit

if TYPE_CHECKING:
    from planlint.rulepack.commitments import Commitments


@dataclass(eq=False, repr=False)
class NationalIndicator:
    """One indicator of the national plan with its values, direction and citation."""

    id: str
    name: str
    unit: Unit
    kind: str                      # level | scale
    direction: str                 # higher | lower
    target: Quantity
    target_year: int
    citation: Citation
    row: Optional[int] = None      # row of the main table; None for 发展目标/专栏 targets
    category: Optional[str] = None
    base: Optional[Quantity] = None
    base_year: Optional[int] = None
    growth: Optional[Quantity] = None
    severity: str = "error"
    required_levels: tuple[str, ...] = ()
    required_departments: tuple[str, ...] = ()
    applies_levels: tuple[str, ...] = ()
    applies_regions: tuple[str, ...] = ()    # provinces, after expanding groups; () = anywhere
    aliases: tuple[str, ...] = ()
    distinct: tuple[str, ...] = ()
    goal_citation: Optional[Citation] = None
    may_exceed_100: bool = False   # a per-100-people rate (移动宽带用户普及率) can pass 100%
    name_en: Optional[str] = None  # shown beside the Chinese name under --lang en

    @property
    def source(self) -> str:
        """The short reference used in reports (Contract 2 `source`)."""
        if self.row is not None:
            return f"{self.citation.section} 第{self.row}项"
        return self.citation.section

    def expectation(self) -> Text:
        """What the national plan asks, e.g. ≥70%（2020年）: a plain national figure is a floor
        (a ceiling for lower-is-better items)."""
        return COMMON_VALUES["in-year"](value=as_requirement(self.target, self.direction).amount(), year=self.target_year)


@dataclass(eq=False, repr=False)
class RulePack:
    """A loaded, validated rule pack: indicators, commitments and their settings."""

    name: str
    title: str
    target_year: int
    indicators: list[NationalIndicator]
    document: str = ""
    base_year: Optional[int] = None
    region_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    departments: list[Department] = field(default_factory=list)
    growth_shortfall_severity: str = "warning"
    consistency_slack: float = 0.05
    directory: str = ""
    # [variant, canonical] spellings that mean the same inside indicator names (渗透率/普及率)
    name_synonyms: tuple[tuple[str, str], ...] = ()
    name_scope_prefixes: tuple[str, ...] = ()
    # words of a heading over the plan's targets (发展目标): where a document plan without an
    # indicator table is told of a missing indicator
    goal_headings: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)   # every file as loaded, for further rule kinds
    commitments: Optional["Commitments"] = None          # actions, projects, tasks, regional duties

    @property
    def period(self) -> tuple[int, int]:
        """The years the national plan covers: after its base year, up to its target year."""
        start = self.base_year + 1 if self.base_year else self.target_year - 4
        return start, self.target_year

    def indicator(self, id_or_name: str) -> Optional[NationalIndicator]:
        for ind in self.indicators:
            if id_or_name in (ind.id, ind.name):
                return ind
        return None

    def english_names(self) -> dict[str, str]:
        """Each item's Chinese name (a finding's subject) → its English name, for the items
        that have one: a derived pack (a province plan as the pack) has none."""
        named: list[tuple[str, Optional[str]]] = [(i.name, i.name_en) for i in self.indicators]
        if self.commitments is not None:
            c = self.commitments
            named += [(x.name, x.name_en) for x in (*c.actions, *c.projects, *c.duties)]
            named += [(t.subject, t.name_en) for a in c.actions for t in a.targets]
            named += [(t.citation.quote, t.name_en) for t in c.tasks]   # a task's subject is its quote
        for d in self.departments:      # the ministries a finding names, old and new
            named += [(d.name, d.name_en), (d.successor or "", d.successor_en)]
        return {zh: en for zh, en in named if en}

    def canonical_department(self, name: Optional[str]) -> Optional[Department]:
        """The department a plan's `department` names, under any of its names old or new."""
        return find_department(self.departments, name)
