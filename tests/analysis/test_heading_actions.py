"""Which headings of a Markdown plan are its actions: decided with the rule pack's words
(actions.yaml `headings`), not by the reader."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
import yaml

from planlint.analysis.heading_actions import container_pattern, find_heading_actions, heading_actions
from planlint.model import Location
from planlint.readers.markdown.reader import read_markdown
from planlint.readers.yaml.reader import read_yaml
from planlint.rulepack import load_pack
from planlint.rulepack.commitments import ActionHeadings, ContainerHeading
from planlint.rulepack.loader import resolve_pack_dir

ROOT = Path(__file__).resolve().parents[2]

CONTAINER_AND_OWN_TITLES = """## 三、重大任务和重点工程

### （一）构建产业生态体系

正文。

## 四、重点行动

### （一）数据开放共享

到2020年，建成开放平台。具体措施。

### （二）美丽中国信息化专项行动

建设监测网络。

## 五、保障措施

### （一）网络扶贫行动

实施网络覆盖。
"""


@pytest.fixture(scope="module")
def words(pack) -> ActionHeadings:
    assert pack.commitments is not None and pack.commitments.headings is not None
    return pack.commitments.headings


def actions_of(text: str, words: ActionHeadings):
    plan = read_markdown(text, "plan.md").plan
    find_heading_actions(plan, words)
    return plan


def test_actions_under_a_container_and_by_own_title(words):
    plan = actions_of(CONTAINER_AND_OWN_TITLES, words)
    titles = [a.title for a in plan.actions]
    # 重大任务和重点工程 holds tasks, not actions; 四、重点行动 holds actions; 网络扶贫行动 is one by its title
    assert titles == ["数据开放共享", "美丽中国信息化专项行动", "网络扶贫行动"]
    assert plan.actions[0].goal == "到2020年，建成开放平台。"
    assert plan.actions[0].body == "到2020年，建成开放平台。具体措施。"
    assert plan.actions_loc == Location(7, 4)


@pytest.mark.parametrize("heading, holds", [
    ("五、优先行动", True), ("四、重点行动", True), ("实施十二大优先行动", True), ("重大工程和优先行动", True),
    ("重点专项行动计划", True), ("（三）组织实施重大工程", True), ("三、重大任务和重点工程", False),
    ("优先行动方案", False), ("重点任务", False),
])
def test_container_headings_of_the_national_pack(words, heading, holds):
    plan = actions_of(f"## {heading}\n\n### （一）数据开放共享\n\n正文。\n", words)
    assert bool(plan.actions) == holds


def test_the_words_are_the_packs(words):
    # a pack whose plans put their actions under 重点任务: the same outline, other actions
    tasks = dataclasses.replace(words, container=ContainerHeading(qualifiers=("重大", "重点"), kinds=("任务",),
                                                                   joiners=("和",), joined_qualifiers=("重点",),
                                                                   endings=()),
                                action_endings=("计划",))
    plan = actions_of(CONTAINER_AND_OWN_TITLES.replace("三、重大任务和重点工程", "三、重点任务"), tasks)
    assert [a.title for a in plan.actions] == ["构建产业生态体系"]
    assert plan.actions_loc == Location(1, 4)


def test_a_pack_without_heading_words_finds_no_actions():
    plan = actions_of(CONTAINER_AND_OWN_TITLES, None)
    assert plan.actions == [] and plan.actions_loc == Location(1, 1)
    assert heading_actions(plan.sections, ActionHeadings()) == ([], Location(1, 1))
    assert container_pattern(ContainerHeading(kinds=("行动",))) is None      # no qualifier: no container


def test_a_second_call_changes_nothing(words):
    plan = actions_of(CONTAINER_AND_OWN_TITLES, words)
    find_heading_actions(plan, words)
    assert len(plan.actions) == 3


def test_a_plan_that_lists_its_actions_keeps_them(words):
    text = ("title: x\nactions:\n  - title: 某行动\n    body: 内容\n"
            "sections:\n  - heading: 五、优先行动\n    sections:\n      - heading: （一）数据开放共享\n")
    plan = read_yaml(text, "plan.yaml", (2016, 2020)).plan
    before = (list(plan.actions), plan.actions_loc)
    find_heading_actions(plan, words)
    assert (plan.actions, plan.actions_loc) == before and [a.title for a in plan.actions] == ["某行动"]


def test_the_linter_finds_the_actions_before_the_checks(lint):
    text = "---\nlevel: province\nregion: 江苏省\n---\n# 江苏省信息化规划\n\n## 一、总体要求\n\n正文。\n\n" \
           "## 五、优先行动\n\n### （一）数据开放共享行动\n\n到2020年，建成开放平台。\n"
    report = lint(text, "plan.md")
    pl201 = [d for d in report.diagnostics if d.code == "PL201"]
    assert pl201 and {d.line for d in pl201} == {11}          # where the plan's actions stand
    assert [a.title for a in report.plan.actions] == ["数据开放共享行动"]


def test_examples_give_their_actions(words):
    for path in sorted((ROOT / "examples" / "markdown").glob("*")):
        plan = actions_of(path.read_text(encoding="utf-8"), words)
        assert len(plan.actions) == 9, path


def test_seed_actions(seed_text, words):
    plan = actions_of("---\nlevel: province\n---\n" + seed_text, words)
    titles = [a.title for a in plan.actions]
    assert len(titles) == 12 and titles[0] == "新一代信息网络技术超前部署行动"
    assert "“互联网+政务服务”行动" in titles
    assert plan.actions[0].goal.startswith("行动目标：到2018年")


def test_pack_without_the_key_still_loads_and_reads_no_actions(tmp_path):
    dst = tmp_path / "pack"
    shutil.copytree(resolve_pack_dir(None), dst)
    actions = yaml.safe_load((dst / "actions.yaml").read_text(encoding="utf-8"))
    del actions["headings"]
    (dst / "actions.yaml").write_text(yaml.safe_dump(actions, allow_unicode=True), encoding="utf-8")
    pack = load_pack(str(dst))
    assert pack.commitments is not None and pack.commitments.headings is None
