"""Everything checks share about one plan, computed once: matches and parsed values."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Optional

from planlint.analysis.coverage_pack import PackCoverage
from planlint.analysis.document_headings import read_document_headings
from planlint.analysis.matching import IndicatorMatcher, Match
from planlint.model import Observation, Plan, PlanIndicator, UnreadTable
from planlint.text.quantity import Quantity, QuantityError, parse_quantity, year_in_value
from planlint.places.regions import RegionResolver
from planlint.analysis.review_headings import ReviewHeadings
from planlint.rulepack import NationalIndicator, RulePack


@dataclass(eq=False)
class Reading:
    """One plan indicator, matched and with its values parsed (None where absent or unreadable)."""

    indicator: PlanIndicator
    match: Match
    base: Optional[Quantity] = None
    target: Optional[Quantity] = None
    growth: Optional[Quantity] = None
    errors: list[tuple[str, QuantityError]] = field(default_factory=list)  # (field, error)

    @property
    def national(self) -> Optional[NationalIndicator]:
        return self.match.national


@dataclass(eq=False, repr=False)
class CheckContext:
    """One plan prepared for the checks: its readings, level, region and shared indexes."""

    plan: Plan
    pack: RulePack
    readings: list[Reading]
    regions: RegionResolver
    # the national indicators (by id) a table the reader could not read names, with that table:
    # reported once, by the table's own finding (PL008), not as missing (PL101)
    held_back: dict[str, UnreadTable] = field(default_factory=dict)
    # the pack's coverage words, derived once per pack (None: derived for this plan alone)
    coverage: Optional[PackCoverage] = None
    # what several checks derive from the same plan (e.g. the coverage index), built once
    _shared: dict[str, Any] = field(default_factory=dict)
    # each group of provinces asked about, answered once: every item bound to 中西部 asks again
    _within: dict[tuple[str, ...], bool] = field(default_factory=dict)

    @property
    def binding(self) -> bool:
        """Does the pack bind this plan? Not when the plan's period (written or inferred) lies
        wholly outside the pack's (a 十四五 plan and the 十三五 pack): PL004."""
        start, end = self.pack.period
        meta = self.plan.meta
        if meta.period_end is not None and meta.period_end < start:
            return False
        return not (meta.period_start is not None and meta.period_start > end)

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self._shared:
            self._shared[key] = build()
        return self._shared[key]

    @property
    def level(self) -> Optional[str]:
        return self.plan.meta.level

    def target_year(self, obs: Optional[Observation]) -> Optional[int]:
        """A target's year as written, else the plan period's end."""
        if obs is None:
            return None
        return obs.year or year_in_value(obs.value) or self.plan.meta.period_end

    def base_year(self, obs: Optional[Observation]) -> Optional[int]:
        if obs is None:
            return None
        written = obs.year or year_in_value(obs.value)
        if written:
            return written
        return self.plan.meta.period_start - 1 if self.plan.meta.period_start else None

    def applies(self, ind: NationalIndicator) -> bool:
        """Does the plan answer for this item's target (its level and region)?"""
        if self.level and self.level not in ind.applies_levels:
            return False
        if ind.applies_regions:
            return self.within(ind.applies_regions)
        return True

    def within(self, provinces: Iterable[str]) -> bool:
        """Is the plan's region inside these provinces (a county named alone read as of its period)?"""
        key = tuple(provinces)
        inside = self._within.get(key)
        if inside is None:
            inside = self._within[key] = self.regions.within(self.plan.meta.region, key, self.plan.meta.period)
        return inside

    def required(self, ind: NationalIndicator) -> bool:
        """Must the plan carry this item at all?"""
        if self.level == "ministry":
            dept = self.pack.canonical_department(self.plan.meta.department)
            return dept is not None and dept.name in ind.required_departments
        return bool(self.level) and self.level in ind.required_levels and self.applies(ind)


def _detached(err: QuantityError) -> QuantityError:
    """The error without its traceback and context: kept in the context, those would hold this
    function's frame (the readings, the plan) in a reference cycle until the cyclic collector
    ran. Only its message is reported."""
    err.__traceback__ = None
    err.__context__ = None
    return err


def _parse(obs_value: object, unit: Optional[str]) -> Quantity:
    return parse_quantity(obs_value, unit)


def review_headings(pack: RulePack) -> ReviewHeadings:
    return ReviewHeadings.of(pack.commitments.settings if pack.commitments is not None else None)


def reports_a_result(ind: PlanIndicator, review: ReviewHeadings) -> bool:
    """A figure in prose with no target year of its own, under a review of the past
    (一、发展现状: 网民规模达到3000万人): a result, not a target."""
    return ind.origin == "text" and ind.year_assumed and review.any_review(ind.headings)


def build_context(plan: Plan, pack: RulePack, matcher: IndicatorMatcher, regions: RegionResolver,
                  coverage: Optional[PackCoverage] = None) -> CheckContext:
    read_document_headings(plan, pack)
    readings = []
    review = coverage.review if coverage is not None else review_headings(pack)    # built once per pack
    bases = stated_bases(plan, matcher)
    for ind in plan.indicators:
        if reports_a_result(ind, review):
            continue
        match = matcher.match(ind)
        if ind.origin == "text" and ind.base is None and match.national is not None \
                and match.national.id in bases:
            ind = replace(ind, base=bases[match.national.id])   # its base, from the review of the past
            match = replace(match, local=ind)
        r = Reading(ind, match)
        unit = match.unit_text
        for name in ("base", "target"):
            obs: Optional[Observation] = getattr(ind, name)
            if obs is None or obs.value is None:
                continue
            try:
                setattr(r, name, _parse(obs.value, unit))
            except QuantityError as err:
                r.errors.append((name, _detached(err)))
        if ind.growth is not None:
            try:
                r.growth = parse_quantity(ind.growth, "%")
            except QuantityError as err:
                if str(ind.growth).strip() not in ("—", "-", "", "——", "/"):
                    r.errors.append(("growth", _detached(err)))
        readings.append(r)
    return CheckContext(plan, pack, readings, regions, held_back(plan, matcher), coverage)


def stated_bases(plan: Plan, matcher: IndicatorMatcher) -> dict[str, Observation]:
    """The latest achieved figure before the period the prose states for each national
    indicator (截至2015年底，全省电子商务交易规模达到2.4万亿元): a base for its prose target."""
    out: dict[str, Observation] = {}
    start = plan.meta.period_start
    for res in plan.results:
        national = matcher.match(res).national
        obs = res.base
        if national is None or obs is None or obs.year is None or (start is not None and obs.year >= start):
            continue
        best = out.get(national.id)
        if best is None or (best.year or 0) < obs.year:
            out[national.id] = obs
    return out


def held_back(plan: Plan, matcher: IndicatorMatcher) -> dict[str, UnreadTable]:
    """The national indicators the plan's unread tables name, each with its table."""
    out: dict[str, UnreadTable] = {}
    for table in plan.unread_tables:
        for row in table.rows:
            national = matcher.match(row).national
            if national is not None:
                out.setdefault(national.id, table)
    return out
