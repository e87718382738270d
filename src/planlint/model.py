"""The plan model every reader produces and every check consumes.

Each element carries the location where it was written so that findings can point at it.
Values are kept as the drafter wrote them (``raw``); the quantity parser interprets them.
The records compare by identity (``eq=False``: nothing compares them by value, and each
generated method costs every run an ``exec`` at import); a `Location` compares by value, as
the findings a run keeps share equal locations (run/compact.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional, Union

RawValue = Union[str, int, float, None]

LEVELS = ("national", "province", "city", "county", "ministry")
# the levels as drafters write them in Chinese (level: 省级): read as meant, reported as PL002
LEVEL_WORDS = {
    "国家": "national", "国家级": "national", "全国": "national",
    "省": "province", "省级": "province", "省级规划": "province", "自治区": "province",
    "市": "city", "市级": "city", "地市": "city", "地市级": "city", "市级规划": "city",
    "县": "county", "县级": "county", "区县": "county", "县区": "county", "县级规划": "county",
    "部门": "ministry", "部委": "ministry", "部门规划": "ministry", "行业": "ministry",
}


def level_from_text(text: str) -> Optional[str]:
    """province for province, PROVINCE or 省级; None for what names no level."""
    t = text.strip()
    return t.lower() if t.lower() in LEVELS else LEVEL_WORDS.get(t)


@dataclass(frozen=True)
class Location:
    """A 1-based line and column in the file as written."""

    line: int = 1
    column: int = 1
    end_line: Optional[int] = None
    end_column: Optional[int] = None


START = Location(1, 1)


@dataclass(eq=False)
class Observation:
    """One dated value of an indicator: its base (2015) or its target (2020)."""

    value: RawValue
    year: Optional[int] = None
    loc: Location = START          # where the value is written
    year_loc: Optional[Location] = None


@dataclass(eq=False)
class PlanIndicator:
    """One indicator as the plan writes it: name, unit, base and target, each located."""

    name: str
    loc: Location                  # where the name is written (a YAML key, a table row)
    unit: Optional[str] = None
    unit_loc: Optional[Location] = None
    category: Optional[str] = None
    base: Optional[Observation] = None
    target: Optional[Observation] = None
    growth: RawValue = None
    growth_loc: Optional[Location] = None
    origin: str = "list"           # list (YAML), table, text (a target stated in prose)
    # prose targets: the headings of the sections around the sentence (outermost first), and
    # whether the year is only assumed (no 到20XX年 before the figure): the checks decide
    # with the rule pack whether such a figure reports a result under a review heading
    headings: tuple[str, ...] = ()
    year_assumed: bool = False


@dataclass(eq=False)
class Section:
    """A heading with its own text and its subsections."""

    heading: str
    loc: Location
    body: str = ""
    body_loc: Optional[Location] = None
    sections: list["Section"] = field(default_factory=list)
    # the heading's words without outline numbering and markup (五、**优先行动** → 优先行动), as a
    # reader of documents (Markdown) reads them; "" where the reader records none (YAML)
    title: str = ""
    # the file line of each line of `body` where the reader knows it (Markdown), so a finding
    # about one sentence points at that sentence rather than at the heading
    body_lines: tuple[int, ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple["Section", int]]:
        yield self, depth
        for child in self.sections:
            yield from child.walk(depth + 1)


@dataclass(eq=False)
class PlanAction:
    """An action (行动/工程) the plan lists, with its goal and body."""

    title: str
    loc: Location
    goal: str = ""
    body: str = ""
    body_loc: Optional[Location] = None


@dataclass(eq=False)
class PlanProject:
    """A 专栏 or named project the plan lists."""

    title: str
    loc: Location
    body: str = ""
    body_loc: Optional[Location] = None
    body_lines: tuple[int, ...] = ()      # as Section.body_lines


@dataclass(frozen=True, eq=False)
class Inference:
    """Metadata planlint decided itself, not the drafter: which values, and how it decided them."""

    values: tuple[tuple[str, str], ...]   # (key, value) decided together; () when none could be
    how: str                              # "title" or "configuration"
    text: str                             # what reports say of it: a Text (JSON `inferred` gives its Chinese)

    def decides(self, key: str) -> bool:
        return any(k == key for k, _ in self.values)


Period = tuple[int, int]        # a plan's first and last year


@dataclass(eq=False)
class Metadata:
    """What the plan says about itself: title, level, region, department, period."""

    title: Optional[str] = None
    level: Optional[str] = None
    region: Optional[str] = None
    department: Optional[str] = None
    period_start: Optional[int] = None
    period_end: Optional[int] = None
    # what was decided for the values the drafter did not write
    inferred: list[Inference] = field(default_factory=list)
    locs: dict[str, Location] = field(default_factory=dict)

    @property
    def period(self) -> Optional[Period]:
        """(start, end), one year given standing for both; None when neither is known."""
        start, end = self.period_start, self.period_end
        if start is None:
            return None if end is None else (end, end)
        return (start, end if end is not None else start)


@dataclass(eq=False)
class UnreadTable:
    """A table that looks like the plan's indicator table but cannot be read as one.

    Its rows are kept (names, no values) so that the checks name what went unchecked instead of
    reporting each of them missing (PL101): one finding about the table, not a cascade."""

    loc: Location                  # the header cell that stops the reading
    caption: str
    reason: str                    # why: a key of checks/unread_tables.py's messages
    years: tuple[int, ...] = ()    # the header years the reader found
    rows: list[PlanIndicator] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class Plan:
    """Everything read from one file, in one shape whatever its format."""

    path: str
    format: str                    # "yaml", "md", "docx" or "pdf"
    meta: Metadata = field(default_factory=Metadata)
    indicators: list[PlanIndicator] = field(default_factory=list)
    actions: list[PlanAction] = field(default_factory=list)
    projects: list[PlanProject] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # where a missing indicator / action belongs (the table or list, else the top)
    indicators_loc: Location = START
    actions_loc: Location = START
    # the format writes no lists (Markdown, pasted text): the plan's actions, and the section
    # holding its targets, are headings in `sections`, which analysis/document_headings.py reads
    # with the rule pack's words before the checks run
    structure_in_headings: bool = False
    unread_tables: list[UnreadTable] = field(default_factory=list)
    # figures the prose reports as achieved, with their year (截至2015年底……达到450亿元): each
    # a `base`; a target stated only in prose takes its base from them (analysis/context.py)
    results: list[PlanIndicator] = field(default_factory=list)

    def all_sections(self) -> Iterator[tuple[Section, int]]:
        for s in self.sections:
            yield from s.walk()
