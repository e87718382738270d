"""Indicators from a plan's indicator table rows and its 发展目标 prose, in pack format."""
from __future__ import annotations

import re
from typing import Any, Optional

from planlint.model import Plan, PlanIndicator
from planlint.rulepack.derive.text import row_quote, sentences
from planlint.text.units import parse_unit

POINTS = re.compile(r"^〔.*〕$")
# units of a level: a share, an index, a speed, a per-something rate
LEVEL_UNITS = re.compile(r"^(%|‰|)$|/|每|Mbps|kbps|M$|兆")


def _value(raw: Any) -> Optional[str]:
    if raw is None:
        return None
    text = str(raw).strip()
    return text if text and text not in ("—", "-", "－") else None


def _name(ind: PlanIndicator, row: int) -> str:
    """The row's name without its numbering: 13.4G基站数量 is row 13's 4G基站数量."""
    for prefix in (f"{row}.", f"{row}．", f"{row}、"):
        if ind.name.startswith(prefix) and len(ind.name) > len(prefix):
            return ind.name[len(prefix):]
    return ind.name


def kind_of(unit: str, growth: Optional[str]) -> str:
    """level (compared directly) or scale (compared by growth only): 〔N〕 points and shares,
    indices and speeds are levels; an amount with a yearly growth rate is a scale."""
    if growth and POINTS.match(growth):
        return "level"
    if LEVEL_UNITS.search(unit):
        return "level"
    return "scale"


def _direction(base: Optional[str], target: str) -> str:
    try:
        b = float(re.sub(r"[^\d.]", "", base or "") or "nan")
        t = float(re.sub(r"[^\d.]", "", target) or "nan")
    except ValueError:
        return "higher"
    return "lower" if t < b else "higher"


def _slug(n: int, prefix: str) -> str:
    return f"{prefix}-{n}"


def table_indicators(plan: Plan, lines: list[str], below: tuple[str, ...], section: str,
                     applies: tuple[str, ...] = ()) -> list[dict]:
    """Every row of the plan's indicator table(s): level rows required of the levels below (PL101)
    with targets no weaker (PL102); scale rows compared by growth only, as warnings."""
    out: list[dict] = []
    goal = {i.name: i for i in plan.indicators if i.origin == "text" and _in_goals(i)}
    rows = [i for i in plan.indicators if i.origin == "table"]
    for n, ind in enumerate(rows, 1):
        target = _value(ind.target.value if ind.target else None)
        if target is None or parse_unit(ind.unit or "") is None:
            continue
        unit = ind.unit or ""
        growth = _value(ind.growth)
        base = _value(ind.base.value if ind.base else None)
        kind = kind_of(unit, growth)
        line = lines[ind.loc.line - 1] if 0 < ind.loc.line <= len(lines) else ind.name
        item: dict[str, Any] = {
            "id": _slug(n, "row"), "name": _name(ind, n), "row": n, "unit": unit, "kind": kind,
            "direction": _direction(base, target),
            "target": {"year": ind.target.year or plan.meta.period_end or 0, "value": target},
            "citation": {"section": section, "quote": row_quote(line)},
        }
        if ind.category:
            item["category"] = ind.category
        if base is not None and ind.base and ind.base.year:
            item["base"] = {"year": ind.base.year, "value": base}
        if growth:
            item["growth"] = growth
        if kind == "level":
            item["required"] = {"levels": list(below)}
        else:
            item["severity"] = "warning"
        item["applies"] = {"levels": list(applies or below)}
        prose = goal.get(item["name"])
        if prose is not None:
            item["goal_citation"] = {"section": "／".join(prose.headings), "quote": _sentence_of(lines, prose)}
        out.append(item)
    return out


def prose_indicators(plan: Plan, lines: list[str], below: tuple[str, ...], taken: set[str], start: int) -> list[dict]:
    """Targets stated only in the 发展目标 prose: recorded, applying to the levels below, required of none."""
    out: list[dict] = []
    for ind in plan.indicators:
        if ind.origin != "text" or not _in_goals(ind) or any(ind.name in t for t in taken):
            continue
        target = _value(ind.target.value if ind.target else None)
        unit = ind.unit if ind.unit is not None else _unit_of(target or "")
        if target is None or unit is None or parse_unit(unit) is None:
            continue
        value = target.replace("达到", "").replace(unit, "", 1).strip() if unit else target.replace("达到", "").strip()
        taken.add(ind.name)
        out.append({
            "id": _slug(start + len(out), "goal"), "name": ind.name, "unit": unit, "kind": kind_of(unit, None),
            "direction": "higher", "target": {"year": ind.target.year or plan.meta.period_end, "value": value},
            "applies": {"levels": list(below)}, "severity": "warning",
            "citation": {"section": "／".join(ind.headings), "quote": _sentence_of(lines, ind)}})
    return out


def _unit_of(text: str) -> Optional[str]:
    m = re.search(r"[\d.]+\s*(%|[^\d\s.，。；]+)?$", text)
    return (m.group(1) or "") if m else None


def _in_goals(ind: PlanIndicator) -> bool:
    return any("目标" in h or "指标" in h for h in ind.headings)


def _sentence_of(lines: list[str], ind: PlanIndicator) -> str:
    line = lines[ind.loc.line - 1] if 0 < ind.loc.line <= len(lines) else ""
    for s in sentences(line):
        if ind.name in s:
            return s.lstrip("—").strip()
    return ind.name
