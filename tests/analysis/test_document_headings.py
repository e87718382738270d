"""What the headings of a Markdown plan mean (its actions, the section of its targets):
decided with the rule pack's words (actions.yaml `headings`, indicators.yaml
`defaults.goal_headings`), not by the reader."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Optional

import pytest
import yaml

from planlint.analysis.document_headings import (container_pattern, goal_section, heading_actions,
                                                read_document_headings)
from planlint.model import Location
from planlint.readers.markdown.reader import read_markdown
from planlint.readers.yaml.reader import read_yaml
from planlint.rulepack import load_pack
from planlint.rulepack.commitments import ActionHeadings, ContainerHeading
from planlint.rulepack.loader import resolve_pack_dir

ROOT = Path(__file__).resolve().parents[2]
START = Location(1, 1)

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


def other_pack(pack, words: Optional[ActionHeadings], goal_headings: Optional[tuple[str, ...]] = None):
    """The national pack with other heading words, as another pack would have them."""
    commitments = dataclasses.replace(pack.commitments, headings=words)
    return dataclasses.replace(pack, commitments=commitments,
                               goal_headings=pack.goal_headings if goal_headings is None else goal_headings)


def read(text: str, pack):
    plan = read_markdown(text, "plan.md").plan
    read_document_headings(plan, pack)
    return plan


# --- actions --------------------------------------------------------------------------------

def test_actions_under_a_container_and_by_own_title(pack):
    plan = read(CONTAINER_AND_OWN_TITLES, pack)
    titles = [a.title for a in plan.actions]
    # 重大任务和重点工程 holds tasks, not actions; 四、重点行动 holds actions; 网络扶贫行动 is one by its title
    assert titles == ["数据开放共享", "美丽中国信息化专项行动", "网络扶贫行动"]
    assert plan.actions[0].goal == "到2020年，建成开放平台。"
    assert plan.actions[0].body == "到2020年，建成开放平台。具体措施。"
    assert plan.actions_loc == Location(7, 4)


@pytest.mark.parametrize("heading, holds", [
    ("五、优先行动", True), ("四、重点行动", True), ("实施十二大优先行动", True), ("重大工程和优先行动", True),
    ("重点专项行动计划", True), ("（三）组织实施重大工程", True), ("三、**优先行动**", True),
    ("三、重大任务和重点工程", False), ("优先行动方案", False), ("重点任务", False),
])
def test_container_headings_of_the_national_pack(pack, heading, holds):
    plan = read(f"## {heading}\n\n### （一）数据开放共享\n\n正文。\n", pack)
    assert bool(plan.actions) == holds


def test_the_words_are_the_packs(pack, words):
    # a pack whose plans put their actions under 重点任务: the same outline, other actions
    tasks = dataclasses.replace(words, container=ContainerHeading(qualifiers=("重大", "重点"), kinds=("任务",)),
                                action_endings=("计划",))
    plan = read(CONTAINER_AND_OWN_TITLES.replace("三、重大任务和重点工程", "三、重点任务"), other_pack(pack, tasks))
    assert [a.title for a in plan.actions] == ["构建产业生态体系"]
    assert plan.actions_loc == Location(1, 4)


def test_a_pack_without_heading_words_finds_no_actions(pack):
    plan = read(CONTAINER_AND_OWN_TITLES, other_pack(pack, None))
    assert plan.actions == [] and plan.actions_loc == START
    assert heading_actions(plan.sections, ActionHeadings()) == ([], START)
    assert container_pattern(ContainerHeading(kinds=("行动",))) is None      # no qualifier: no container


def test_a_second_call_changes_nothing(pack):
    plan = read(CONTAINER_AND_OWN_TITLES, pack)
    read_document_headings(plan, pack)
    assert len(plan.actions) == 3 and plan.actions_loc == Location(7, 4)


def test_a_plan_that_lists_its_actions_keeps_them(pack):
    text = ("title: x\nactions:\n  - title: 某行动\n    body: 内容\n"
            "sections:\n  - heading: 五、优先行动\n    sections:\n      - heading: （一）数据开放共享\n"
            "  - heading: 二、发展目标\n")
    plan = read_yaml(text, "plan.yaml", (2016, 2020)).plan
    before = (list(plan.actions), plan.actions_loc, plan.indicators_loc)
    read_document_headings(plan, pack)
    assert (plan.actions, plan.actions_loc, plan.indicators_loc) == before
    assert [a.title for a in plan.actions] == ["某行动"]


def test_examples_give_their_actions(pack):
    for path in sorted((ROOT / "examples" / "markdown").glob("*")):
        plan = read(path.read_text(encoding="utf-8"), pack)
        assert len(plan.actions) == 9, path


def test_seed_actions(seed_text, pack):
    plan = read("---\nlevel: province\n---\n" + seed_text, pack)
    titles = [a.title for a in plan.actions]
    assert len(titles) == 12 and titles[0] == "新一代信息网络技术超前部署行动"
    assert "“互联网+政务服务”行动" in titles
    assert plan.actions[0].goal.startswith("行动目标：到2018年")


# --- the section of the targets --------------------------------------------------------------

GOALS = "# 某省规划\n\n## 一、发展基础\n\n正文。\n\n## 二、总体要求\n\n### （三）发展目标\n\n到2020年，建成。\n"


def test_without_an_indicator_table_the_targets_stand_under_the_goals_heading(pack):
    assert read_markdown(GOALS, "plan.md").plan.indicators_loc == START       # the reader decides nothing
    assert read(GOALS, pack).indicators_loc == Location(9, 5)
    assert read(GOALS, other_pack(pack, pack.commitments.headings, ("总体要求",))).indicators_loc == Location(7, 4)
    assert read(GOALS, other_pack(pack, pack.commitments.headings, ())).indicators_loc == START
    assert goal_section([], ("发展目标",)) == START


def test_an_indicator_table_is_where_the_targets_stand(pack):
    text = GOALS + "\n| 指标 | 2015年 | 2020年 |\n|---|---|---|\n| 网民数量（亿） | 7 | 8 |\n"
    assert read(text, pack).indicators_loc == Location(13, 1)


# --- through the linter ---------------------------------------------------------------------

def test_the_linter_reads_the_headings_before_the_checks(lint):
    text = ("---\nlevel: province\nregion: 江苏省\n---\n# 江苏省信息化规划\n\n## 一、发展目标\n\n正文。\n\n"
            "## 五、优先行动\n\n### （一）数据开放共享行动\n\n到2020年，建成开放平台。\n")
    report = lint(text, "plan.md")
    lines = {code: {d.line for d in report.diagnostics if d.code == code} for code in ("PL101", "PL201")}
    assert lines == {"PL101": {7}, "PL201": {11}}      # where the plan's targets and actions stand
    assert [a.title for a in report.plan.actions] == ["数据开放共享行动"]


# --- the pack's data ------------------------------------------------------------------------

def test_the_national_pack_has_the_words(pack, words):
    assert pack.goal_headings == ("发展目标", "主要指标")
    assert words.action_endings == ("行动",) and words.action_min_chars == 4
    assert "优先" in words.container.qualifiers and "工程" in words.container.kinds


def test_pack_without_the_keys_still_loads(tmp_path):
    dst = tmp_path / "pack"
    shutil.copytree(resolve_pack_dir(None), dst)
    for name, drop in (("actions.yaml", ("headings",)), ("indicators.yaml", ("defaults", "goal_headings"))):
        data = yaml.safe_load((dst / name).read_text(encoding="utf-8"))
        parent = data
        for key in drop[:-1]:
            parent = parent[key]
        del parent[drop[-1]]
        (dst / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pack = load_pack(str(dst))
    assert pack.commitments is not None and pack.commitments.headings is None and pack.goal_headings == ()
