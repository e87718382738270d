"""The actions/projects/tasks/regional rule data: complete, cited verbatim, free of code."""
import re

import pytest

from planlint.checks.ministry_tasks import departments_of


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _all_citations(pack):
    c = pack.commitments
    for item in (*c.actions, *c.projects, *c.tasks, *c.duties):
        yield item.id, item.citation.quote
        for t in item.targets:
            yield f"{item.id}/{t.id}", t.citation.quote
        if item.goal:
            yield f"{item.id}/goal", item.goal
    for name, group in (pack.raw.get("regional") or {}).get("groups", {}).items():
        yield name, group["citation"]["quote"]


def test_counts(pack):
    c = pack.commitments
    assert len(c.actions) == 12 and len(c.projects) == 16 and len(c.tasks) == 74
    assert [t.number for t in c.tasks] == list(range(1, 75))
    assert [p.number for p in c.projects] == list(range(1, 17))


def test_minimum_required_actions_for_provinces(pack):
    required = {a.name for a in pack.commitments.actions if "province" in a.required_levels}
    assert required >= {"新一代信息网络技术超前部署行动", "应用基础设施建设行动", "数据资源共享开放行动",
                        "“互联网+政务服务”行动", "美丽中国信息化专项行动", "网络扶贫行动",
                        "新型智慧城市建设行动", "在线教育普惠行动", "健康中国信息服务行动"}


def test_national_only_targets_bind_no_local_plan(pack):
    beidou = next(a for a in pack.commitments.actions if a.name == "北斗系统建设应用行动")
    assert all(t.binds == "national" for t in beidou.targets)
    infra = next(a for a in pack.commitments.actions if a.name == "应用基础设施建设行动")
    assert {(t.year, t.value.value) for t in infra.targets} == {(2018, 1.5), (2020, 1.4)}


def test_every_citation_occurs_in_the_national_text(pack, seed_text):
    flat = _flat(seed_text)
    for where, quote in _all_citations(pack):
        assert _flat(quote) in flat, f"{where}: {quote}"


def test_action_names_are_the_national_headings(pack, seed_text):
    for a in pack.commitments.actions:
        assert f"{a.name}。" in seed_text, a.name


def test_task_departments_are_parsed_from_the_table(pack, seed_text):
    for t in pack.commitments.tasks:
        cell = t.citation.quote
        assert cell in seed_text
        annex = seed_text[seed_text.index("重点任务分工方案"):]
        row = annex[annex.index(t.name):].splitlines()[1].strip()
        for dept in (*t.lead, *t.responsible):
            assert dept in row, (t.number, dept)
        if t.lead:
            assert row.startswith("、".join(t.lead) + "牵头")


def test_renamed_departments_answer_for_predecessors(pack):
    assert {d.name for d in departments_of(pack, "农业农村部")} == {"农业部"}
    assert {d.name for d in departments_of(pack, "国家市场监督管理总局")} >= {"质检总局", "工商总局"}
    assert {d.name for d in departments_of(pack, "国家卫生健康委员会")} == {"国家卫生计生委"}


def test_no_action_names_in_code(pack):
    import ast
    from pathlib import Path

    import planlint
    names = {n for a in pack.commitments.actions for n in (a.name, *a.aliases)}
    names |= {p.name for p in pack.commitments.projects} | {d.name for d in pack.commitments.duties}
    for py in Path(planlint.__file__).parent.rglob("*.py"):
        tree = ast.parse(py.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                hits = [n for n in names if n in node.value]
                assert not hits, f"{py.name}: national name {hits[0]} written in code"


def test_every_task_has_terms_taken_from_its_own_text(pack):
    """A task with no terms can never be taken up (第61项 had none); a term not in the task's text
    (线教育 for 在线教育) or cut at a bracket (基金等）) is a derivation slip."""
    for task in pack.commitments.tasks:
        assert task.terms.core, task.number
        for term in task.terms.core:
            assert term in task.name and term.count("（") == term.count("）"), (task.number, term)
