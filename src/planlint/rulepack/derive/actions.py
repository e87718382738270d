"""Priority actions and projects from a plan's headings, in pack format.

A heading over actions (优先行动, 重点工程, 专项行动, 重点行动, 重大工程) makes each heading under it an
action; 专栏 are projects. The 主要任务 headings are tasks of the plan itself, not actions.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from planlint.model import Plan, Section
from planlint.rulepack.derive.terms import phrases, title_core
from planlint.rulepack.derive.text import sentences, strip_numbering

CONTAINER = re.compile(r"(优先|重点|重大|专项)(专项)?(行动|工程)")
BOX = re.compile(r"^专栏\s*[\d一二三四五六七八九十]*")
GOAL_LEAD = re.compile(r"^(?:\*\*)?(?:行动目标|主要目标|目标)(?:\*\*)?[：:]\s*")
BODY_LEAD = re.compile(r"^(?:\*\*)?(?:主要内容|重点任务|建设内容|主要任务)(?:\*\*)?[：:]\s*")
MAX_CORE, MAX_SUPPORT = 10, 10


def _walk(sections: list[Section]) -> Iterator[Section]:
    for s in sections:
        yield s
        yield from _walk(s.sections)


def containers(plan: Plan) -> list[Section]:
    # 重大任务和重点工程 heads the plan's tasks (with 专栏 among them), not its actions
    return [s for s in _walk(plan.sections) if CONTAINER.search(s.heading) and "任务" not in s.heading and s.sections]


def _goal_and_body(section: Section) -> tuple[str, str]:
    goal, body = "", []
    for para in (section.body or "").splitlines():
        para = para.strip()
        if not para:
            continue
        if GOAL_LEAD.match(para) and not goal:
            goal = GOAL_LEAD.sub("", para)
        else:
            body.append(BODY_LEAD.sub("", para))
    if not goal:     # no 行动目标 line: the first sentence that sets a year
        goal = next((s for s in sentences(section.body) if re.search(r"到20\d\d年", s)), "")
    return goal, "\n".join(body)


def _item(section: Section, n: int, kind: str, parent: str, below: tuple[str, ...]) -> dict[str, Any]:
    name = BOX.sub("", strip_numbering(section.heading)).strip("　 ：:") or strip_numbering(section.heading)
    goal, body = _goal_and_body(section)
    core_word = title_core(name)
    core = [p for p in phrases(body) if p != name][:MAX_CORE]
    support = [p for p in phrases(goal) if p not in core and p != name][:MAX_SUPPORT]
    title_terms = [core_word] if core_word != name else []
    item: dict[str, Any] = {
        "id": f"{kind}-{n}", "number": n, "name": name,
        "terms": {"core": core or [core_word], **({"support": support} if support else {})},
        "citation": {"section": f"{strip_numbering(parent)}（{n}）" if parent else name, "quote": section.heading},
    }
    if title_terms:
        item["title_terms"] = title_terms
    if kind == "action":
        item["goal"] = goal or name
        item["required"] = {"levels": list(below)}
    else:
        item["applies"] = {"levels": list(below)}
    return item


def derive_actions(plan: Plan, below: tuple[str, ...]) -> list[dict]:
    out: list[dict] = []
    for container in containers(plan):
        for sub in container.sections:
            if not BOX.match(strip_numbering(sub.heading)):
                out.append(_item(sub, len(out) + 1, "action", container.heading, below))
    return out


def derive_projects(plan: Plan, below: tuple[str, ...]) -> list[dict]:
    out: list[dict] = []
    for s in _walk(plan.sections):
        if BOX.match(strip_numbering(s.heading)):
            out.append(_item(s, len(out) + 1, "project", "", below))
    for p in plan.projects:
        if not any(o["name"] == strip_numbering(p.title) for o in out):
            sec = Section(p.title, p.loc, p.body)
            out.append(_item(sec, len(out) + 1, "project", "", below))
    return out
