"""PL111–PL114: a plan's own numbers must agree with each other.

A stated annual growth must follow from base and target; 〔N〕 must equal target − base;
a percentage cannot pass 100; a higher-is-better target cannot sit below its base. Printed
values are rounded (the national table prints 6.9 for 11.0→15.3, which is 6.8), so every
comparison allows the rounding the printed digits imply, plus the pack's small slack.
"""
from __future__ import annotations

from typing import Iterator, Optional

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext, Reading
from planlint.analysis.growth import implied_growth_range, points_range
from planlint.diagnostics import Diagnostic
from planlint.text.quantity import Quantity, format_number

RULES = (
    Rule("PL111", "growth-inconsistent", "warning",
         "所列年均增速与基期值、目标值推算的结果不一致",
         "The stated annual growth does not follow from base and target values",
         readme="the stated annual growth does not follow from base and target (within the rounding the printed "
                "digits allow)",
         derives_from=PackItems("indicator")),
    Rule("PL112", "cumulative-points-inconsistent", "warning",
         "所列〔累计百分点〕与目标值减基期值不一致",
         "The stated cumulative percentage points differ from target minus base",
         readme="the stated 〔N〕 cumulative points differ from target − base (within rounding)",
         derives_from=PackItems("indicator")),
    Rule("PL113", "percentage-over-100", "error",
         "百分比数值超过100%",
         "A percentage above 100%",
         readme="a percentage over 100 (per-100-inhabitant rates excepted)",
         derives_from=PackItems("indicator")),
    Rule("PL114", "target-against-direction", "error",
         "目标值比基期值更差（越高越好的指标目标低于基期）",
         "A target worse than its base value for a higher-is-better (or lower-is-better) indicator",
         readme="a target worse than its base for a higher-is-better (or lower-is-better) indicator",
         derives_from=PackItems("indicator")),
)


def _exact(q: Optional[Quantity]) -> bool:
    return q is not None and q.comparator in ("=", ">=", "<=") and not q.cumulative


def _same_unit(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    if a.unit is not None and b.unit is not None and a.unit.compatible(b.unit) and a.unit.symbol != b.unit.symbol:
        return a, b.converted(a.unit)
    return a, b


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    for r in ctx.readings:
        yield from _percent_over_100(ctx, r)
        if not (_exact(r.base) and r.target is not None and not r.target.cumulative):
            continue
        base, target = _same_unit(r.base, r.target)
        yield from _direction(ctx, r, base, target)
        if r.growth is None:
            continue
        if r.growth.cumulative:
            yield from _points(ctx, r, base, target)
        else:
            yield from _growth(ctx, r, base, target)


def _is_percent(r: Reading, q: Quantity) -> bool:
    if q.unit is not None:
        return q.unit.symbol == "%"
    return r.national is not None and r.national.unit.symbol == "%"


def _percent_over_100(ctx: CheckContext, r: Reading) -> Iterator[Diagnostic]:
    if r.national is not None and r.national.may_exceed_100:
        return
    for name in ("base", "target"):
        q: Optional[Quantity] = getattr(r, name)
        if q is None or q.cumulative or not _is_percent(r, q) or q.value <= 100:
            continue
        obs = getattr(r.indicator, name)
        yield Diagnostic(ctx.plan.path, obs.loc, "PL113", "error",
                         f"指标“{r.indicator.name}”的{'目标值' if name == 'target' else '基期值'}"
                         f"{q.describe()}超过100%", subject=r.national.name if r.national else None,
                         actual=q.describe(), args={"form": name, "name": r.indicator.name, "value": q.describe()})


def _direction(ctx: CheckContext, r: Reading, base: Quantity, target: Quantity) -> Iterator[Diagnostic]:
    nat = r.national
    if nat is None or target.comparator in ("<", "<=") and nat.direction == "higher":
        return
    worse = target.value < base.value if nat.direction == "higher" else target.value > base.value
    if not worse:
        return
    word = "低于" if nat.direction == "higher" else "高于"
    yield Diagnostic(ctx.plan.path, r.indicator.target.loc, "PL114", "error",
                     f"“{r.indicator.name}”的目标值{target.describe()}{word}基期值{base.describe()}，"
                     f"而该指标{'越高越好' if nat.direction == 'higher' else '越低越好'}",
                     subject=nat.name, expected=f"目标值不{word}基期值{base.describe()}", actual=target.describe(),
                     args={"form": nat.direction, "name": r.indicator.name, "target": target.describe(),
                           "base": base.describe()})


def _agrees(stated: Quantity, lo: float, hi: float, slack: float) -> bool:
    """Can the stated figure (±its printed rounding and the slack) fall within [lo, hi]?"""
    s_lo = stated.value - stated.half_ulp - slack
    s_hi = stated.value + stated.half_ulp + slack
    if stated.comparator in (">", ">="):
        return hi >= s_lo
    if stated.comparator in ("<", "<="):
        return lo <= s_hi
    return hi >= s_lo and lo <= s_hi


def _growth(ctx: CheckContext, r: Reading, base: Quantity, target: Quantity) -> Iterator[Diagnostic]:
    base_year, target_year = ctx.base_year(r.indicator.base), ctx.target_year(r.indicator.target)
    if not base_year or not target_year or target_year <= base_year:
        return
    rng = implied_growth_range(base, target, target_year - base_year)
    if rng is None:
        return
    g, (lo, mid, hi) = r.growth, rng
    if _agrees(g, lo, hi, ctx.pack.consistency_slack):
        return
    yield Diagnostic(ctx.plan.path, r.indicator.growth_loc or r.indicator.loc, "PL111", "warning",
                     f"“{r.indicator.name}”所列年均增速{g.describe()}与推算值约{format_number(round(mid, 1))}%不符"
                     f"（{base_year}年{base.describe()}→{target_year}年{target.describe()}）",
                     subject=r.national.name if r.national else None,
                     expected=f"年均增速约{format_number(round(mid, 1))}%", actual=g.describe(),
                     args={"name": r.indicator.name, "stated": g.describe(), "implied": format_number(round(mid, 1)),
                           "base_year": str(base_year), "base": base.describe(),
                           "year": str(target_year), "target": target.describe()})


def _points(ctx: CheckContext, r: Reading, base: Quantity, target: Quantity) -> Iterator[Diagnostic]:
    g, (lo, mid, hi) = r.growth, points_range(base, target)
    if _agrees(g, lo, hi, ctx.pack.consistency_slack):
        return
    yield Diagnostic(ctx.plan.path, r.indicator.growth_loc or r.indicator.loc, "PL112", "warning",
                     f"“{r.indicator.name}”所列累计{g.describe()}个百分点与目标值减基期值"
                     f"（{target.describe()} − {base.describe()} = {format_number(round(mid, 2))}）不符",
                     subject=r.national.name if r.national else None,
                     expected=f"〔{format_number(round(mid, 2))}〕", actual=g.describe(),
                     args={"name": r.indicator.name, "stated": g.describe(), "target": target.describe(),
                           "base": base.describe(), "difference": format_number(round(mid, 2))})


CHECK = Check(RULES, check, binding_only=False)   # the plan's own data
