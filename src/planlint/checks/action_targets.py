"""PL203: a target the plan sets in an action's field is weaker than the action's 行动目标."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Optional

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.commitment_index import binds, index_for
from planlint.analysis.coverage import Place
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import COMMON_VALUES, Amount, Section, Template, catalogue
from planlint.text.quantity import Quantity, only_reaches, try_parse
from planlint.rulepack.commitments import ActionTarget

RULES = (
    Rule("PL203", "weak-action-target", "error",
         "规划在优先行动领域设定的目标弱于国家行动目标",
         "A target in a priority action's field is weaker than the national action target",
         "国家优先行动的量化行动目标（如新建大型云计算数据中心的PUE上限、贫困村宽带覆盖的下限）是地方规划的底线；"
         "数值与年份见规则包 actions.yaml。只比较同一年份的目标；全国总量目标（示范城市个数、卫星颗数等）"
         "不与地方规划比较。",
         explanation_en='The quantitative goals of the national priority actions (the PUE ceiling of new large cloud '
                        'data centres, the floor of broadband coverage of poor villages) are the floor for local '
                        "plans; values and years are in the rule pack's actions.yaml. Only targets for the same year "
                        'are compared; national totals (numbers of pilot cities, of satellites) are not compared '
                        'with a local plan.',
         readme="an action target weaker than the national one (PUE 1.5 for 2020, 贫困村 broadband below 90%)",
         # the targets a local plan answers for: national totals are not compared
         derives_from=PackItems("action",
                                targets=lambda target: target.binds != "national" and target.value is not None)),
)

MESSAGES = catalogue("PL203", {
    # the Chinese quotes the plan's own words for the figure; English gives the figure read from them
    "weaker": Template("“{item}”{year}年目标{raw}弱于国家行动目标{national}（{action}）",
                       "The {year} target {value} for “{item}” is weaker than the national action target {national} "
                       "(“{action}”)", lang_only={"raw", "value"}),
})
EVIDENCE = catalogue("PL203.evidence", {
    "sentence": Template("第{line}行“{path}”：{sentence}", "line {line}, “{path}”: {sentence}"),
})
HINTS = catalogue("PL203.hint", {
    "citation": Template("国家规划：{section}：“{quote}”", "National plan: {section}: “{quote}”"),
})

_VALUE = (r"[^。；;，,\d]{0,12}?((?:不高于|不超过|不大于|低于|小于|控制在|不低于|不少于|达到|超过|高于|大于|"
          r"≤|≥|<|>|＜|＞)?\s*\d+(?:\.\d+)?\s*[%％]?(?:以上|以下|以内)?)")
_YEAR = re.compile(r"(20\d\d)年")


def _as_meant(local: Quantity, raw: str, target: ActionTarget) -> Quantity:
    """达到1.3 of a figure that should stay low (PUE) is the level 1.3, not “1.3 or more”."""
    if target.direction == "lower" and local.comparator == ">=" and only_reaches(raw):
        return replace(local, comparator="=")
    return local


def _weaker(local: Quantity, target: ActionTarget) -> bool:
    nat = target.value
    assert nat is not None
    if target.direction == "lower":
        return local.value > nat.value + 1e-9 or local.comparator in (">", ">=")
    return local.value < nat.value - 1e-9 or local.comparator in ("<", "<=")


@lru_cache(maxsize=256)
def _target_regex(pattern: str) -> "re.Pattern[str]":
    return re.compile(re.escape(pattern) + _VALUE)


def _found(text: str, pattern: str) -> Iterator[tuple[int, str]]:
    if pattern not in text:       # the usual case, answered without a regular expression
        return
    for m in _target_regex(pattern).finditer(text):
        yield m.start(), m.group(1)


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    index = index_for(ctx)
    if index is None:
        return
    for action in index.commitments.actions:
        targets = [t for t in action.targets if t.binds != "national" and t.value is not None]
        if not targets or not binds(ctx, action):
            continue
        patterns = sorted({p for t in targets for p in t.patterns}, key=len, reverse=True)
        # one finding per fact: a figure the plan repeats (its goal and its body, a section and the
        # action inside it) is reported once, at the most specific place stating it
        facts: dict[tuple, list[tuple[Place, str, str, int, ActionTarget, Quantity]]] = {}
        for place in index.places:
            if place.weight <= 0 or not any(p in place.text for p in patterns):
                continue      # most places name none of the action's targets
            for sentence in index.sentences(place):
                for pattern in patterns:
                    for pos, raw in _found(sentence, pattern):
                        years = _YEAR.findall(sentence[:pos])
                        year: Optional[int] = int(years[-1]) if years else ctx.plan.meta.period_end
                        target = next((t for t in targets if t.year == year and pattern in t.patterns), None)
                        local = try_parse(raw, target.unit or None) if target else None
                        if target is not None and local is not None:
                            local = _as_meant(local, raw, target)
                        if target is None or local is None or not _weaker(local, target):
                            continue
                        if _judged_as_indicator(ctx, target, local):
                            continue
                        key = (target.id, year, local.comparator, round(local.value, 9))
                        facts.setdefault(key, []).append((place, sentence, raw, year, target, local))
        for occurrences in facts.values():
            place, sentence, raw, year, target, local = min(
                occurrences, key=lambda o: (len(o[0].raw), occurrences.index(o)))
            shown = _shown(local, target.unit)
            where = place.locate(sentence)
            yield Diagnostic(
                ctx.plan.path, where, "PL203", action.severity,
                MESSAGES["weaker"](item=target.subject, year=year, raw=raw.strip(), value=shown,
                                   national=target.expectation(), action=action.name),
                subject=action.name, expected=target.expectation(),
                actual=COMMON_VALUES["in-year"](value=shown, year=year),
                source=target.citation.section,
                evidence=[EVIDENCE["sentence"](line=where.line, path=place.path, sentence=sentence.strip()[:80])],
                hint=HINTS["citation"](section=Section(target.citation.section),
                                       quote=target.citation.quote.replace(" | ", "，")))


def _judged_as_indicator(ctx: CheckContext, target: ActionTarget, local: Quantity) -> bool:
    """Is the figure a plan indicator's target already (a table row or prose target read as the
    national indicator that states the same requirement)? PL102 reports it there."""
    if not target.indicator:
        return False
    return any(r.national is not None and r.national.id == target.indicator and r.target is not None
               and abs(r.target.value - local.value) <= 1e-9 for r in ctx.readings)


def _shown(local: Quantity, unit: str) -> Amount:
    """The plan's figure in the action target's unit (a plain figure takes the unit alone)."""
    amount = local.amount()
    if local.comparator == "=":
        return Amount(amount.number, unit)
    # 85% read with the unit % already carries it: never 85%%
    return amount if amount.unit == unit else replace(amount, unit=amount.unit + unit)


CHECK = Check(RULES, check)
