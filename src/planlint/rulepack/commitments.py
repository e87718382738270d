"""What a plan must take up besides indicators: priority actions, 专栏 projects, 分工 tasks and
regional duties, as loaded from the pack's actions/projects/tasks/regional files."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from planlint.messages import COMMON_VALUES, Text, carried
from planlint.rulepack.messages import PACK_ERRORS, PLACES
from planlint.text.quantity import Quantity, QuantityError, as_requirement, parse_quantity
from planlint.rulepack.citation import Citation


class CommitmentDataError(ValueError):
    """A value in the commitment files cannot be used (the loader turns it into RulePackError)."""


@dataclass(frozen=True, eq=False)
class Terms:
    """The words that show an item is taken up: core ones weigh more than support."""

    core: tuple[str, ...] = ()
    support: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class ActionTarget:
    """A quantitative 行动目标. `binds == "national"` targets are never compared with a local plan."""

    id: str
    subject: str
    year: int
    citation: Citation
    name_en: Optional[str] = None              # the subject in English (--lang en)
    binds: str = "local"
    patterns: tuple[str, ...] = ()
    unit: str = ""
    direction: str = "higher"
    value: Optional[Quantity] = None
    # the national indicator stating the same figure (indicators.yaml id): a plan row read as
    # that indicator is judged by PL102, so its figure is not reported again as PL203
    indicator: Optional[str] = None

    def expectation(self) -> Text:
        assert self.value is not None
        return COMMON_VALUES["in-year"](value=as_requirement(self.value, self.direction).amount(), year=self.year)


@dataclass(frozen=True, eq=False, repr=False)
class Commitment:
    """One national item a plan may have to take up: an action, a project, a task or a duty."""

    kind: str                                  # action | project | task | duty
    id: str
    name: str
    citation: Citation
    terms: Terms
    name_en: Optional[str] = None              # in English (--lang en); tasks: their subject, the quote
    title_terms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    severity: str = "warning"
    required_levels: tuple[str, ...] = ()      # must take it up (actions: PL201)
    advised_levels: tuple[str, ...] = ()       # expected to take it up, at warning severity
    applies_levels: tuple[str, ...] = ()       # may take it up; projects and duties: expected
    regions: tuple[str, ...] = ()              # duties: provinces/cities bound, groups expanded
    # duties whose levels differ by region (浙江省 at province level, 杭州市 at city and county):
    # (region, levels) for each of `regions`; empty when `applies_levels` holds for them all
    region_levels: tuple[tuple[str, tuple[str, ...]], ...] = ()
    number: Optional[int] = None
    goal: str = ""                             # actions: the 行动目标, verbatim
    targets: tuple[ActionTarget, ...] = ()
    lead: tuple[str, ...] = ()                 # tasks: 牵头 departments
    responsible: tuple[str, ...] = ()          # tasks: 按职责分工负责 departments
    action: Optional[str] = None               # tasks: the priority action the task organises (its id)
    covered_score: Optional[float] = None      # overrides the pack-wide threshold

    @property
    def source(self) -> str:
        return self.citation.section

    def regions_at(self, level: str) -> tuple[str, ...]:
        """The regions whose plans of `level` the item binds (empty: none of them)."""
        if not self.region_levels:
            return self.regions if level in self.applies_levels else ()
        return tuple(r for r, levels in self.region_levels if level in levels)

    def goal_for(self, year: int) -> str:
        """The part of the 行动目标 set for one year (到2020年，…), else the whole goal."""
        marker = f"到{year}年"
        if marker in self.goal:
            part = self.goal[self.goal.index(marker):]
            return part.split("；")[0].rstrip("。")
        return self.goal.rstrip("。")


@dataclass(frozen=True, eq=False)
class CoverageSettings:
    """How coverage is scored: heading weights, past markers, thresholds."""

    review_headings: tuple[str, ...] = ()             # a review wherever they stand in a heading
    review_headings_leading: tuple[str, ...] = ()     # … only at its start (发展基础, not 夯实发展基础)
    review_heading_scopes: tuple[str, ...] = ()       # the plan's own area before that start (我省)
    weak_headings: dict[str, float] = field(default_factory=dict)
    past_markers: tuple[str, ...] = ()
    generic_title_words: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()                # 待填写, TODO, 略: a text not yet written
    covered_score: float = 2.0
    doubtful_score: float = 1.0
    title_strong: float = 80.0
    title_weak: float = 60.0
    foreign_place_factor: float = 0.5


@dataclass(frozen=True)
class ContainerHeading:
    """The words of a heading over actions (五、优先行动, 实施十二大重点工程, 重大工程和优先行动),
    written [lead] [count] qualifier kind [joiner [joined qualifier] kind] [ending]."""

    leads: tuple[str, ...] = ()
    counters: tuple[str, ...] = ()               # after a count in Chinese numerals: 十二大, 三项
    qualifiers: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()
    joined_qualifiers: tuple[str, ...] = ()
    endings: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False, repr=False)
class ActionHeadings:
    """How a plan written as a document names its actions in its headings (actions.yaml
    `headings`): each heading right under a container is an action, and so is one ending with
    an action word wherever it stands."""

    container: ContainerHeading = field(default_factory=ContainerHeading)
    action_endings: tuple[str, ...] = ()
    action_min_chars: int = 1


@dataclass(eq=False, repr=False)
class Commitments:
    """The actions, projects, tasks and duties of a pack, with their scoring settings."""

    settings: CoverageSettings = field(default_factory=CoverageSettings)
    headings: Optional[ActionHeadings] = None    # None: a document plan's headings name no actions
    actions: list[Commitment] = field(default_factory=list)
    projects: list[Commitment] = field(default_factory=list)
    tasks: list[Commitment] = field(default_factory=list)
    duties: list[Commitment] = field(default_factory=list)

    def vocabulary(self) -> set[str]:
        """Every term and title word, for the segmenter's domain dictionary."""
        words: set[str] = set(self.settings.generic_title_words)
        for item in (*self.actions, *self.projects, *self.tasks, *self.duties):
            words.update(item.terms.core)
            words.update(item.terms.support)
            words.update(item.title_terms)
        return {w for w in words if len(w) >= 2}


def _tuple(v: Any) -> tuple[str, ...]:
    return tuple(str(x) for x in (v or ()))


def _citation(d: dict, default_section: str) -> Citation:
    return Citation(d.get("section") or default_section, d["quote"])


def _terms(d: Any) -> Terms:
    if isinstance(d, list):          # tasks: a plain list, every term core
        return Terms(_tuple(d))
    return Terms(_tuple(d.get("core")), _tuple(d.get("support")))


def _expand(regions: Any, groups: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for r in regions or ():
        out.extend(groups.get(r, (r,)))
    return tuple(out)


def _target(d: dict, section: str, where: str) -> ActionTarget:
    value = None
    if d.get("value") is not None:
        try:
            value = parse_quantity(d["value"], d.get("unit") or None)
        except QuantityError as err:
            raise CommitmentDataError(PACK_ERRORS["at"](where=PLACES["target"](where=where, id=str(d["id"])),
                                                       detail=carried(err))) from None
    return ActionTarget(id=d["id"], subject=d["subject"], year=d["year"], citation=_citation(d["citation"], section),
                        binds=d.get("binds", "local"), patterns=_tuple(d.get("patterns")), unit=d.get("unit", ""),
                        direction=d.get("direction", "higher"), value=value,
                        indicator=d.get("indicator"), name_en=d.get("name_en"))


def _action_headings(d: dict) -> ActionHeadings:
    c = d.get("container") or {}
    container = ContainerHeading(**{key: _tuple(c.get(key)) for key in (
        "leads", "counters", "qualifiers", "kinds", "joiners", "joined_qualifiers", "endings")})
    return ActionHeadings(container, _tuple(d.get("action_endings")), int(d.get("action_min_chars", 1)))


def load_commitments(data: dict, groups: dict[str, tuple[str, ...]]) -> Commitments:
    """Build the commitments from the merged pack dict (already schema-validated); files absent
    from a pack simply give no items."""
    out = Commitments()
    acts = data.get("actions") or {}
    cov = acts.get("coverage") or {}
    out.settings = CoverageSettings(
        review_headings=_tuple(cov.get("review_headings")),
        review_headings_leading=_tuple(cov.get("review_headings_leading")),
        review_heading_scopes=_tuple(cov.get("review_heading_scopes")),
        weak_headings=dict(cov.get("weak_headings") or {}),
        past_markers=_tuple(cov.get("past_markers")), generic_title_words=_tuple(cov.get("generic_title_words")),
        placeholders=_tuple(cov.get("placeholders")),
        **{k: float(cov[k]) for k in ("covered_score", "doubtful_score", "title_strong", "title_weak",
                                      "foreign_place_factor") if k in cov})
    out.headings = _action_headings(acts["headings"]) if "headings" in acts else None
    defaults = acts.get("defaults") or {}
    local = _tuple(defaults.get("local_levels")) or ("province", "city", "county")
    for a in acts.get("actions") or ():
        section = defaults.get("section", "")
        where = PLACES["action"](id=str(a["id"]))
        required = _tuple((a.get("required") or {}).get("levels"))
        applies = _tuple((a.get("applies") or {}).get("levels")) or local
        advised = _tuple((a.get("advised") or {}).get("levels"))
        out.actions.append(Commitment(
            kind="action", id=a["id"], name=a["name"], name_en=a.get("name_en"), citation=_citation(a["citation"], section),
            terms=_terms(a["terms"]), title_terms=_tuple(a.get("title_terms")), aliases=_tuple(a.get("aliases")),
            severity=a.get("severity") or defaults.get("severity", "error"), required_levels=required,
            advised_levels=advised, applies_levels=tuple(dict.fromkeys(required + advised + applies)), number=a.get("number"), goal=a.get("goal", ""),
            targets=tuple(_target(t, section, where) for t in a.get("targets") or ())))
    projs = data.get("projects") or {}
    pdef = projs.get("defaults") or {}
    for p in projs.get("projects") or ():
        levels = _tuple((p.get("applies") or {}).get("levels"))
        out.projects.append(Commitment(
            kind="project", id=p["id"], name=p["name"], name_en=p.get("name_en"), citation=_citation(p["citation"], pdef.get("section", "")),
            terms=_terms(p["terms"]), title_terms=_tuple(p.get("title_terms")), aliases=_tuple(p.get("aliases")),
            severity=p.get("severity") or pdef.get("severity", "warning"), applies_levels=levels,
            regions=_expand((p.get("applies") or {}).get("regions"), groups), number=p.get("number")))
    tasks = data.get("tasks") or {}
    tdef = tasks.get("defaults") or {}
    for t in tasks.get("tasks") or ():
        out.tasks.append(Commitment(
            kind="task", id=f"task-{t['number']}", name=t["text"], name_en=t.get("name_en"), citation=_citation(t["citation"], tdef.get("section", "")),
            terms=_terms(t["terms"]), severity=t.get("severity") or tdef.get("severity", "warning"),
            applies_levels=("ministry",), number=t["number"], lead=_tuple(t.get("lead")),
            responsible=_tuple(t.get("responsible")), covered_score=tdef.get("covered_score", 1.0),
            action=t.get("action")))
    action_ids = {a.id for a in out.actions}
    for task in out.tasks:
        if task.action is not None and task.action not in action_ids:
            raise CommitmentDataError(PACK_ERRORS["unknown-action"](where=PLACES["task"](number=task.number),
                                                                    action=task.action))
    regional = data.get("regional") or {}
    rdef = regional.get("defaults") or {}
    all_groups = dict(groups)
    all_groups.update({k: tuple(g["members"]) for k, g in (regional.get("groups") or {}).items()})
    for d in regional.get("duties") or ():
        bindings = _bindings(d["regions"], _tuple(d.get("levels")) or local, all_groups)
        levels = tuple(dict.fromkeys(lv for _, lvs in bindings for lv in lvs))
        uniform = all(lvs == bindings[0][1] for _, lvs in bindings)
        out.duties.append(Commitment(
            kind="duty", id=d["id"], name=d["name"], name_en=d.get("name_en"), citation=_citation(d["citation"], ""),
            terms=_terms(d["terms"]), severity=d.get("severity") or rdef.get("severity", "warning"),
            applies_levels=levels, regions=tuple(r for r, _ in bindings),
            region_levels=() if uniform else bindings, covered_score=rdef.get("covered_score")))
    return out


def _bindings(entries: Any, levels: tuple[str, ...], groups: dict[str, tuple[str, ...]]
              ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A duty's regions, groups expanded, each with the levels it binds: an entry is a region
    (at the duty's `levels`) or `{region: 杭州市, levels: [city, county]}`, one national item
    bound at a different level there."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for entry in entries or ():
        region, own = (entry["region"], _tuple(entry.get("levels")) or levels) if isinstance(entry, dict) else (entry, levels)
        out += [(r, own) for r in groups.get(region, (region,))]
    return tuple(out)
