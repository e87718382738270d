"""The overview matrix: one row per plan, one column per national item of the pack.

A cell's status is read off the plan's findings about that item (their `subject` is the item's
canonical name), so the matrix and the findings cannot disagree: a finding that the item is
missing makes `✗`, a weaker target `↓` with the plan's value, any other finding about it `?`.
Without a finding the cell is `✓` where the pack asks the plan for the item (its checks would
have reported it otherwise) or the plan has it all the same (an indicator it sets, an action
found covered), and `—` where neither.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from planlint.messages import Template, bilingual_name, catalogue, render
from planlint.rulepack import RulePack
from planlint.rulepack.commitments import Commitment
from planlint.rulepack.model import NationalIndicator
from planlint.run.report import FileReport

MISSING_CODES = frozenset({"PL101", "PL201", "PL204", "PL205", "PL206"})
BELOW_CODES = frozenset({"PL102", "PL203"})
STATUSES = ("met", "missing", "below", "doubtful", "n/a")

LABELS = catalogue("overview.status", {
    "met": Template("✓ 达标", "✓ met"),
    "missing": Template("✗ 缺失", "✗ missing"),
    "below": Template("↓ 低于", "↓ below"),
    "doubtful": Template("? 存疑", "? doubtful"),
    "n/a": Template("— 不适用", "— not applicable"),
})
MEANINGS = catalogue("overview.meaning", {
    "met": Template("本级规划须承接该项（或虽不要求但已设置），且未发现问题",
                    "the plan must take the item up (or has it though not asked) and no finding was made"),
    "missing": Template("规划缺少该项（PL101、PL201、PL204、PL205、PL206）",
                        "the plan lacks the item (PL101, PL201, PL204, PL205, PL206)"),
    "below": Template("规划目标弱于国家目标，括注规划的数值（PL102、PL203）",
                      "the plan's target is weaker than the national one; the plan's value follows (PL102, PL203)"),
    "doubtful": Template("有关于该项的其他问题（名称存疑、数值无法比较、部署不明确等）",
                         "another finding concerns the item (doubtful name, incomparable value, vague take-up…)"),
    "n/a": Template("国家规划不要求本级（本部门、本地区）规划承接该项",
                    "the national plan does not ask this level (department, region) for the item"),
})
KINDS = catalogue("overview.kind", {
    "indicator": Template("指标", "indicator"),
    "action": Template("优先行动", "priority action"),
    "project": Template("专栏工程", "project"),
    "duty": Template("地区任务", "regional duty"),
    "task": Template("部门任务", "ministry task"),
})
LOCAL_LEVELS = ("province", "city", "county")


@dataclass(frozen=True)
class Column:
    """One national item: its kind, canonical name and the citation of the national text."""

    kind: str            # indicator | action | project | duty | task
    name: str
    source: str
    quote: str = ""
    name_en: Optional[str] = None   # the pack's English name, if it gives one

    def header(self, lang: str) -> str:
        """The column's title: `English (中文)` in an English report, else the Chinese name."""
        return bilingual_name(self.name, self.name_en, lang)


@dataclass(frozen=True)
class Cell:
    status: str                      # one of STATUSES
    value: Optional[str] = None      # the plan's value, for `below` (a Text: it renders in each language)
    codes: tuple[str, ...] = ()      # the findings it was read from

    def label(self, lang: str = "zh") -> str:
        text = LABELS[self.status]().render(lang)
        if not self.value:
            return text
        value = render(self.value, lang)
        return f"{text}（{value}）" if lang == "zh" else f"{text} ({value})"


@dataclass
class Row:
    path: str
    level: Optional[str]
    region: Optional[str]
    department: Optional[str]
    period: Optional[str]
    counts: dict[str, int]
    cells: list[Cell] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not any(self.counts.values())


@dataclass
class Overview:
    pack_name: str
    columns: list[Column]
    rows: list[Row]

    def status_counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            for cell in row.cells:
                out[cell.status] += 1
        return out


def build_overview(reports: Iterable[FileReport], pack: RulePack) -> Overview:
    reports = list(reports)
    items = _items(pack, reports)
    rows = [_row(r, items, pack) for r in reports]
    # regional duties and ministry tasks are columns only where they apply to a plan of the run
    keep = [i for i, (kind, _) in enumerate(items)
            if kind not in ("duty", "task") or any(row.cells[i].status != "n/a" for row in rows)]
    for row in rows:
        row.cells = [row.cells[i] for i in keep]
    return Overview(pack.name, [_column(*items[i]) for i in keep], rows)


def _items(pack: RulePack, reports: list[FileReport]) -> list[tuple[str, object]]:
    """The pack's items for local and ministry plans, in the pack's order."""
    out: list[tuple[str, object]] = [("indicator", ind) for ind in pack.indicators
                                     if ind.required_levels or ind.required_departments
                                     or set(ind.applies_levels) & set(LOCAL_LEVELS)]
    c = pack.commitments
    if c is not None:
        out += [("action", a) for a in c.actions]
        out += [("project", p) for p in c.projects]
        out += [("duty", d) for d in c.duties]
        out += [("task", t) for t in c.tasks]
    return out


def _column(kind: str, item: object) -> Column:
    citation = item.citation   # type: ignore[attr-defined]
    return Column(kind, item.name, citation.section, getattr(citation, "quote", "") or "",  # type: ignore[attr-defined]
                  getattr(item, "name_en", None))


def _row(report: FileReport, items: list[tuple[str, object]], pack: RulePack) -> Row:
    meta = report.plan.meta if report.plan is not None else None
    period = None
    if meta is not None and (meta.period_start or meta.period_end):
        period = f"{meta.period_start or ''}–{meta.period_end or ''}"
    counts = {s: report.count(s) for s in ("error", "warning", "info")}
    by_subject: dict[str, list] = {}
    for d in report.diagnostics:
        if d.subject:
            by_subject.setdefault(d.subject, []).append(d)
    cells = [_cell(by_subject.get(item.name, []), _asked(kind, item, report, pack) or _taken_up(kind, item, report))
             for kind, item in items]
    return Row(report.path, meta.level if meta else None, meta.region if meta else None,
               meta.department if meta else None, period, counts, cells)


def _cell(findings: list, asked: bool) -> Cell:
    codes = tuple(sorted({d.code for d in findings}))
    missing = [d for d in findings if d.code in MISSING_CODES]
    below = [d for d in findings if d.code in BELOW_CODES]
    if missing:
        return Cell("missing", codes=codes)
    if below:
        return Cell("below", value=below[0].actual or None, codes=codes)
    if findings:
        return Cell("doubtful", codes=codes)
    return Cell("met" if asked else "n/a")


def _taken_up(kind: str, item: object, report: FileReport) -> bool:
    """The plan has the item though the pack does not ask it: a national indicator it sets, an
    action found covered. Without a finding about it, it is met (✓), not "not applicable"."""
    name = item.name  # type: ignore[attr-defined]
    if kind == "indicator":
        return name in report.indicators_set
    return kind == "action" and any(c.kind == "action" and c.subject == name for c in report.covered)


def _asked(kind: str, item: object, report: FileReport, pack: RulePack) -> bool:
    """Does the pack ask this plan for the item (so that no finding means it is there)?"""
    if report.plan is None:
        return False
    meta = report.plan.meta
    level = meta.level
    if not level:
        return False
    if kind == "indicator":
        ind: NationalIndicator = item  # type: ignore[assignment]
        if level == "ministry":
            dept = pack.canonical_department(meta.department)
            return dept is not None and dept.name in ind.required_departments
        return level in ind.required_levels and (not ind.applies_regions or _in_regions(meta.region, ind.applies_regions))
    com: Commitment = item  # type: ignore[assignment]
    if kind == "task":
        dept = pack.canonical_department(meta.department)
        return level == "ministry" and dept is not None and dept.name in (*com.lead, *com.responsible)
    if kind == "duty":
        bound = com.regions_at(level) if com.regions else ()
        return ((level in com.applies_levels or level in com.required_levels)
                and (not com.regions or (bool(bound) and _in_regions(meta.region, bound))))
    if kind == "action":
        return level in com.required_levels or level in com.advised_levels
    return level in com.applies_levels or level in com.required_levels


def _in_regions(region: Optional[str], regions: tuple[str, ...]) -> bool:
    """A plan's region within one of the named ones: its name begins with it (广东省广州市 in 广东省)."""
    if not regions:
        return True
    return bool(region) and any(region.startswith(r) or r.startswith(region) for r in regions)  # type: ignore[union-attr]
