"""Configuration end to end: discovery upward from the linted file, every key, command-line
precedence, and broken configs (exit 2, one line)."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import run_planlint as run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GAPS = EXAMPLES / "gansu-province-gaps.yaml"


def codes(p):
    return [d["code"] for d in json.loads(p.stdout)["diagnostics"]]


@pytest.fixture
def project(tmp_path):
    """project/plans/sub/gansu.yaml, linted from elsewhere: the config is found from the file."""
    plans = tmp_path / "project" / "plans" / "sub"
    plans.mkdir(parents=True)
    shutil.copy2(GAPS, plans / "gansu.yaml")
    return tmp_path / "project"


def test_yaml_config_found_upward_select_ignore_severity(project, tmp_path):
    (project / ".planlint.yaml").write_text(
        "select: [PL1]\nignore: [PL11]\nseverity: {PL102: warning}\n", encoding="utf-8")
    p = run(project / "plans", "--format", "json", cwd=tmp_path)
    found = codes(p)
    assert found and all(c.startswith("PL1") and not c.startswith("PL11") for c in found)
    doc = json.loads(p.stdout)
    assert {d["severity"] for d in doc["diagnostics"] if d["code"] == "PL102"} == {"warning"}
    assert p.returncode == 1     # PL101, PL106 are still errors


def test_pyproject_config_and_fail_on(project, tmp_path):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.planlint]\nselect = ["PL102"]\nfail-on = "info"\n'
        '[tool.planlint.severity]\nPL102 = "info"\n', encoding="utf-8")
    p = run(project / "plans", "--format", "json", cwd=tmp_path)
    assert set(codes(p)) == {"PL102"} and p.returncode == 1
    p = run(project / "plans", "--format", "json", "--fail-on", "warning", cwd=tmp_path)   # CLI wins
    assert p.returncode == 0


def test_pyproject_without_table_is_skipped(project, tmp_path):
    (project / "plans" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (project / ".planlint.yaml").write_text("select: [PL101]\n", encoding="utf-8")
    assert set(codes(run(project / "plans", "--format", "json", cwd=tmp_path))) == {"PL101"}


def test_command_line_overrides_select_and_extends(project, tmp_path):
    (project / ".planlint.yaml").write_text("select: [PL101]\n", encoding="utf-8")
    assert set(codes(run(project, "--format", "json", "--select", "PL102", cwd=tmp_path))) == {"PL102"}
    got = set(codes(run(project, "--format", "json", "--extend-select", "PL201", cwd=tmp_path)))
    assert got == {"PL101", "PL201"}
    assert set(codes(run(project, "--format", "json", "--ignore", "PL101", cwd=tmp_path))) == set()
    assert len(codes(run(project, "--format", "json", "--isolated", cwd=tmp_path))) > 20


def test_exclude(project, tmp_path):
    (project / "plans" / "draft.yaml").write_text("title: [broken\n", encoding="utf-8")
    (project / ".planlint.yaml").write_text("exclude: [plans/draft.yaml]\nselect: [PL001]\n", encoding="utf-8")
    p = run(project, "--format", "json", cwd=tmp_path)
    assert p.returncode == 0 and not any(f["path"].endswith("draft.yaml") for f in json.loads(p.stdout)["files"])


def test_per_path_metadata_for_files_without_front_matter(tmp_path):
    md = tmp_path / "plans" / "draft.md"
    md.parent.mkdir()
    md.write_text("# 信息化发展规划\n\n## 一、发展目标\n\n到2020年，固定宽带家庭普及率达到60%。\n", encoding="utf-8")
    p = run(md, "--format", "json", cwd=tmp_path)
    assert json.loads(p.stdout)["files"][0]["level"] is None
    (tmp_path / ".planlint.yaml").write_text(
        "per-path:\n  - paths: [plans/*.md]\n    level: province\n    region: 甘肃省\n    ignore: [PL204]\n",
        encoding="utf-8")
    doc = json.loads(run(md, "--format", "json", cwd=tmp_path).stdout)
    f = doc["files"][0]
    assert (f["level"], f["region"]) == ("province", "甘肃省")
    assert any("配置文件" in note for note in f["inferred"])
    found = {d["code"] for d in doc["diagnostics"]}
    assert "PL101" in found and "PL102" in found and "PL003" not in found and "PL204" not in found


def test_written_metadata_wins_over_per_path(project, tmp_path):
    (project / ".planlint.yaml").write_text(
        "per-path:\n  - paths: ['**']\n    level: city\n    region: 兰州市\n", encoding="utf-8")
    f = json.loads(run(project, "--format", "json", cwd=tmp_path).stdout)["files"][0]
    assert (f["level"], f["region"]) == ("province", "甘肃省")


def test_rulepack_from_config_relative_to_it(project, tmp_path):
    from planlint.rulepack.loader import resolve_pack_dir
    shutil.copytree(resolve_pack_dir(None), project / "mypack")
    (project / ".planlint.yaml").write_text("rulepack: mypack\nselect: [PL102]\n", encoding="utf-8")
    p = run(project / "plans", "--format", "json", cwd=tmp_path)
    assert p.returncode == 1 and set(codes(p)) == {"PL102"}


def test_explicit_config_file(project, tmp_path):
    cfg = tmp_path / "ci.yaml"
    cfg.write_text("select: [PL101]\n", encoding="utf-8")
    assert set(codes(run(project, "--format", "json", "--config", cfg, cwd=tmp_path))) == {"PL101"}


@pytest.mark.parametrize("name,text,expect", [
    (".planlint.yaml", "select: [PL1\n", "不是有效的YAML"),
    (".planlint.yaml", "selct: [PL101]\n", "未知的键“selct”"),
    (".planlint.yaml", "select: [XX9]\n", "不是planlint的代码"),
    (".planlint.yaml", "severity: {PL102: fatal}\n", "severity.PL102"),
    (".planlint.yaml", "fail-on: never\n", "fail-on"),
    (".planlint.yaml", "per-path:\n  - level: province\n", "缺少 paths"),
    (".planlint.yaml", "per-path:\n  - paths: [a]\n    level: state\n", "level"),
    (".planlint.yaml", "rulepack: no-such-pack\n", "找不到规则包"),
    ("pyproject.toml", "[tool.planlint]\nselect = [\n", "不是有效的TOML"),
    (".planlint.yaml", "- just\n- a list\n", "顶层应为键值映射"),
])
def test_broken_config_is_exit_2_one_line(project, tmp_path, name, text, expect):
    (project / name).write_text(text, encoding="utf-8")
    p = run(project, cwd=tmp_path)
    assert p.returncode == 2, p.stdout + p.stderr
    assert expect in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_missing_explicit_config(tmp_path):
    p = run(GAPS, "--config", tmp_path / "nope.yaml")
    assert p.returncode == 2 and "找不到配置文件" in p.stderr


def test_glob_match():
    from planlint.policy.globs import glob_match
    assert glob_match("plans/a/b.yaml", "plans/")
    assert glob_match("plans/a/b.yaml", "plans/**")
    assert glob_match("plans/a/b.draft.md", "*.draft.md")
    assert glob_match("x/drafts/b.md", "drafts")
    assert not glob_match("plans/b.yaml", "other/")
