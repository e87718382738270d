"""Which sections of the outline are the plan's actions (行动/工程), with each one's goal."""
from __future__ import annotations

import re

from planlint.model import START, Plan, PlanAction, Section
from planlint.readers.markdown.markup import clean
from planlint.readers.markdown.numbering import strip_numbering


def _subtree_text(section: Section) -> str:
    parts = [section.body] if section.body else []
    for child in section.sections:
        parts.append(child.heading)
        sub = _subtree_text(child)
        if sub:
            parts.append(sub)
    return "\n".join(parts)


# a section that holds the actions: 五、优先行动 / 四、重点行动 / 重大工程和优先行动 (not 重大任务和重点工程)
_CONTAINER = re.compile(
    r"(?:实施|推进|开展|组织实施)?(?:[一二三四五六七八九十]+[大项])?(?:优先|重点|重大|主要|专项|重点专项)"
    r"(?:行动|工程)(?:(?:和|与|及|、)(?:优先|重点|重大|主要|专项)?(?:行动|工程))?(?:计划)?")
_GOAL_YEAR = re.compile(r"(?:到|至)(?:19|20)\d\d年")


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


def _is_container(title: str) -> bool:
    return _CONTAINER.fullmatch(title) is not None


def _is_action(title: str) -> bool:
    return title.endswith("行动") and not _is_container(title) and len(title) >= 4


def find_actions(plan: Plan) -> None:
    def visit(section: Section, parent_is_container: bool) -> None:
        title = strip_numbering(clean(section.heading))
        container = _is_container(title)
        if container and plan.actions_loc == START:
            plan.actions_loc = section.loc
        if (parent_is_container and not container) or _is_action(title):
            body = _subtree_text(section)
            plan.actions.append(PlanAction(title, section.loc, _goal(body), body, section.body_loc))
            if plan.actions_loc == START:
                plan.actions_loc = section.loc
        for child in section.sections:
            visit(child, container)

    for s in plan.sections:
        visit(s, False)
