"""What the headings of a plan written as a document mean under the rule pack.

A Markdown or pasted-text plan has no lists: it gives its actions as headings, and its targets
under a heading. The reader records the outline as written (each heading with its words
unnumbered, Section.title); what the headings mean is the pack's to say:

- actions (actions.yaml `headings`): every heading right under a container (五、优先行动,
  实施十二大重点工程) is an action, and so is one ending with an action word (（三）社区服务行动)
  wherever it stands. An action's goal is the sentence of its text that holds the first
  到20XX年; its body is the text of its whole subtree.
- the targets' section (indicators.yaml `defaults.goal_headings`): without an indicator table,
  a missing indicator is reported at the first heading naming the goals (二、发展目标).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from planlint.model import START, Location, Plan, PlanAction, Section
from planlint.rulepack import RulePack
from planlint.rulepack.commitments import ActionHeadings, ContainerHeading

_GOAL_YEAR = re.compile(r"(?:到|至)(?:19|20)\d\d年")
_COUNT = "[一二三四五六七八九十]+"        # the 十二 of 实施十二大优先行动


def read_document_headings(plan: Plan, pack: RulePack) -> None:
    """Fill in the actions, where they stand and where the targets stand of a plan whose
    structure is its headings; a plan that lists them (YAML) keeps what it wrote. Assigns:
    a second call changes nothing."""
    if not plan.structure_in_headings:
        return
    words = pack.commitments.headings if pack.commitments is not None else None
    plan.actions, plan.actions_loc = heading_actions(plan.sections, words)
    if plan.indicators_loc == START:      # no indicator table
        plan.indicators_loc = goal_section(plan.sections, pack.goal_headings)


def goal_section(sections: list[Section], words: tuple[str, ...]) -> Location:
    """Where the first heading naming the goals stands (START if none does)."""
    for section in sections:
        for s, _ in section.walk():
            if any(w in s.heading for w in words):
                return s.loc
    return START


def heading_actions(sections: list[Section], words: Optional[ActionHeadings]) -> tuple[list[PlanAction], Location]:
    """The actions among the sections, and the first container or action (START if none)."""
    found: list[PlanAction] = []
    if words is None:
        return found, START
    container = container_pattern(words.container)
    where = START

    # walked with a stack, in document order: a nested function calling itself would be a
    # reference cycle, keeping the plan's actions alive until the cyclic collector ran
    stack = [(s, False) for s in reversed(sections)]
    while stack:
        section, parent_is_container = stack.pop()
        title = section.title
        holds = container is not None and container.fullmatch(title) is not None
        if holds and where == START:
            where = section.loc
        own = title.endswith(words.action_endings) and not holds and len(title) >= words.action_min_chars
        if (parent_is_container and not holds) or own:
            body = _subtree_text(section)
            found.append(PlanAction(title, section.loc, _goal(body), body, section.body_loc))
            if where == START:
                where = section.loc
        stack.extend((child, holds) for child in reversed(section.sections))
    return found, where


@lru_cache(maxsize=8)
def container_pattern(words: ContainerHeading) -> Optional[re.Pattern[str]]:
    """The pattern a whole container heading matches; None when the pack names no container."""
    if not words.qualifiers or not words.kinds:
        return None
    kind = _one_of(words.kinds)
    count = f"(?:{_COUNT}{_one_of(words.counters)})?" if words.counters else ""
    joined = f"(?:{_one_of(words.joiners)}{_optional(words.joined_qualifiers)}{kind})?" if words.joiners else ""
    return re.compile(_optional(words.leads) + count + _one_of(words.qualifiers) + kind + joined
                      + _optional(words.endings))


def _one_of(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _optional(words: tuple[str, ...]) -> str:
    return _one_of(words) + "?" if words else ""


def _subtree_text(section: Section) -> str:
    parts = [section.body] if section.body else []
    for child in section.sections:
        parts.append(child.heading)
        sub = _subtree_text(child)
        if sub:
            parts.append(sub)
    return "\n".join(parts)


def _goal(body: str) -> str:
    """The sentence holding the first 到20XX年 (up to its 。 or line end): the action's goal.

    Found from the year outwards: a regex that scans the sentence before the year from every
    start position is quadratic on a long line without one.
    """
    m = _GOAL_YEAR.search(body)
    if m is None:
        return ""
    start = max(body.rfind(c, 0, m.start()) for c in "。；;\n") + 1
    ends = [i for i in (body.find("。", m.end()), body.find("\n", m.end())) if i >= 0]
    end = min(ends) if ends else len(body)
    if body.startswith("。", end):
        end += 1
    return body[start:end].strip()
