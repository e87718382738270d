"""`planlint init`: a skeleton with every required indicator and action, valid against the
schema, never overwriting without --force, written atomically."""
import json
import os
import subprocess
import sys

import pytest
import yaml

from cli_helpers import run_planlint as run


@pytest.mark.parametrize("args", [
    ("--level", "province", "--region", "甘肃省"),
    ("--level", "province", "--region", "浙江省"),   # 某省 is refused now (issue 12)
    ("--level", "city", "--region", "成都市"),
    ("--level", "county", "--region", "余姚市"),
    ("--level", "province", "--region", "广西壮族自治区"),
    ("--level", "ministry", "--department", "人力资源社会保障部"),
])
def test_skeleton_passes_schema_and_its_placeholders_cover_nothing(tmp_path, args):
    out = tmp_path / "plan.yaml"
    p = run("init", *args, "-o", out, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    from planlint.resources.paths import validator
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert not list(validator("plan.schema.json").iter_errors(data))
    lint = run(out, "--format", "json", cwd=tmp_path)
    diagnostics = json.loads(lint.stdout)["diagnostics"]
    codes = {d["code"] for d in diagnostics}
    # every required indicator, action and regional duty is there and well formed …
    assert not codes & {"PL001", "PL002", "PL003", "PL101"}, lint.stdout
    # … but a body still reading （待填写：…） commits to nothing: each item it lists is still to do
    items = [item["title"] for key in ("actions", "projects") for item in data.get(key) or []]
    unfilled = [d for d in diagnostics if d["code"] in {"PL201", "PL205", "PL206"}]
    assert items and len(unfilled) == len(items), lint.stdout
    assert lint.returncode == (1 if any(d["severity"] == "error" for d in diagnostics) else 0)


def test_skeleton_has_required_items_and_national_minimums(tmp_path, pack):
    p = run("init", "--level", "province", "--region", "甘肃省", cwd=tmp_path)
    data = yaml.safe_load(p.stdout)
    names = {i["name"] for i in data["indicators"]}
    required = {i.name for i in pack.indicators if "province" in i.required_levels and not i.applies_regions}
    assert required <= names
    actions = {a["title"] for a in data["actions"]}
    assert {a.name for a in pack.commitments.actions if "province" in a.required_levels} <= actions
    for i in pack.indicators:
        if i.name in names:
            assert f"国家目标：{i.expectation()}" in p.stdout


def test_regional_duty_is_in_the_skeleton(tmp_path, pack):
    data = yaml.safe_load(run("init", "--level", "province", "--region", "广西壮族自治区", cwd=tmp_path).stdout)
    duty = next(d for d in pack.commitments.duties if "广西壮族自治区" in d.regions)
    assert duty.name in {p["title"] for p in data["projects"]}


def test_never_overwrites_without_force(tmp_path):
    out = tmp_path / "plan.yaml"
    out.write_text("mine\n", encoding="utf-8")
    p = run("init", "--level", "province", "--region", "甘肃省", "-o", out, cwd=tmp_path)
    assert p.returncode == 2 and "--force" in p.stderr and out.read_text(encoding="utf-8") == "mine\n"
    assert not list(tmp_path.glob(".*planlint-tmp"))
    p = run("init", "--level", "province", "--region", "甘肃省", "-o", out, "--force", cwd=tmp_path)
    assert p.returncode == 0 and out.read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize("args,expect", [
    (("--level", "province"), "--region"),
    (("--level", "ministry"), "--department"),
    (("--level", "ministry", "--department", "不存在部"), "没有部门"),
    (("--level", "state", "--region", "x"), "命令行参数错误"),
    ((), "命令行参数错误"),
])
def test_bad_init_requests(tmp_path, args, expect):
    p = run("init", *args, cwd=tmp_path)
    assert p.returncode == 2 and expect in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_unwritable_output(tmp_path):
    p = run("init", "--level", "province", "--region", "甘肃省", "-o", tmp_path / "no" / "plan.yaml", cwd=tmp_path)
    assert p.returncode == 2 and "无法写入" in p.stderr


@pytest.mark.parametrize("args", [
    ("--level", "province", "--region", "广西壮族自治区"),         # indicators, actions and a regional duty
    ("--level", "ministry", "--department", "人力资源社会保障部"),  # the department's tasks
])
def test_english_skeleton_comments_are_english_and_the_plan_stays_chinese(tmp_path, args):
    import re

    english = run("init", *args, "--lang", "en", cwd=tmp_path)
    chinese = run("init", *args, cwd=tmp_path)
    assert english.returncode == 0 and chinese.returncode == 0, english.stderr
    cjk = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
    comments = [line.strip() for line in english.stdout.splitlines() if line.strip().startswith("#")]
    beside = re.compile(r"\((?=[^()]*[\u4e00-\u9fff])[^()]*\)")      # the Chinese name beside its English
    stray = [c for c in comments if cjk.search(beside.sub("", re.sub(r"“[^“”]*”", "", c)))]
    assert comments and stray == []
    assert "planlint checks Chinese plans" in english.stdout
    # the plan itself is the Chinese skeleton: same keys and values, only the comments differ
    assert yaml.safe_load(english.stdout) == yaml.safe_load(chinese.stdout)


@pytest.mark.parametrize("level, region, said", [
    ("province", "火星省", "不是已知的行政区划"),
    ("province", "西安市", "是陕西省的地级行政区"),
    ("city", "西按市", "是否指“西安市”"),
])
def test_init_refuses_a_region_no_one_can_place_with_a_suggestion(level, region, said, capsys):
    # issue 12: the skeleton would only be linted into PL005 later
    from planlint.cli.app import main
    assert main(["init", "--level", level, "--region", region]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and said in captured.err and "Traceback" not in captured.err


def test_init_takes_a_known_region_at_its_level(capsys):
    from planlint.cli.app import main
    assert main(["init", "--level", "city", "--region", "西安市"]) == 0
    assert "西安市" in capsys.readouterr().out
