"""Issue 15: a rule pack, configuration or waiver file from a pull request cannot read files outside
the pack, echo them, or exhaust planlint (sizes, alias bombs, deep nesting, FIFOs)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from cli_helpers import run_planlint

from planlint.cli.app import main

ROOT = Path(__file__).resolve().parents[2]
SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY"
BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch):
    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "secret.env").write_text(SECRET + "\n", encoding="utf-8")
    shutil.copytree(ROOT / "rules" / "national-13th", tmp_path / "repo" / "pack")
    (tmp_path / "repo" / "p.yaml").write_text("level: province\nregion: 甘肃省\n", encoding="utf-8")
    return tmp_path / "repo"


def _lint(repo: Path, *args: str) -> int:
    return main(["--isolated", "--rulepack", str(repo / "pack"), *args, str(repo / "p.yaml")])


def test_pack_files_outside_the_pack_are_refused_unread(tree, capsys):
    manifest = tree / "pack" / "pack.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("regions: regions.yaml",
                                                                     "regions: ../../secret.env"), encoding="utf-8")
    assert _lint(tree) == 2
    err = capsys.readouterr().err
    assert "wJalrXUtnFEMI" not in err and "规则包目录之外" in err


def test_a_pack_file_symlinked_outside_the_pack_is_refused(tree, capsys):
    (tree / "pack" / "regions.yaml").unlink()
    os.symlink(tree.parent / "secret.env", tree / "pack" / "regions.yaml")
    assert _lint(tree) == 2
    err = capsys.readouterr().err
    assert "wJalrXUtnFEMI" not in err and "规则包目录之外" in err


def test_a_schema_error_quotes_only_a_short_excerpt(tree, capsys):
    manifest = tree / "pack" / "pack.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "target_year: 2020", "target_year: \"" + "K" * 100_000 + "\\e[31m\""), encoding="utf-8")
    assert _lint(tree) == 2
    err = capsys.readouterr().err
    assert "schema" in err and len(err) < 1000 and "\x1b" not in err


def test_a_fifo_pack_file_is_refused_without_blocking(tree):
    (tree / "pack" / "regions.yaml").unlink()
    os.mkfifo(tree / "pack" / "regions.yaml")
    # in a child with a timeout: today's main blocks on the FIFO forever
    p = run_planlint("--isolated", "--rulepack", tree / "pack", tree / "p.yaml", env={"PLANLINT_NO_CACHE": "1"})
    assert p.returncode == 2 and "不是普通文件" in p.stderr


def test_an_alias_bomb_in_a_pack_file_is_refused(tree, capsys):
    (tree / "pack" / "regions.yaml").write_text(BOMB, encoding="utf-8")
    assert _lint(tree) == 2
    assert "billion laughs" in capsys.readouterr().err


@pytest.mark.parametrize("name, body, expected", [
    (".planlint.yaml", BOMB, "billion laughs"),
    (".planlint.yaml", "ignore: [" + "\"PL1\"," * 400_000 + "]\n", "过大"),
    ("pyproject.toml", "[tool.planlint]\nx = " + "[" * 600 + "]" * 600 + "\n", "配置文件"),
])
def test_hostile_configurations_are_one_line_and_exit_2(tree, capsys, name, body, expected):
    (tree / name).write_text(body, encoding="utf-8")
    assert main(["--config", str(tree / name), str(tree / "p.yaml")]) == 2
    err = capsys.readouterr().err
    assert expected in err and len(err) < 1000 and "内部错误" not in err


def test_a_huge_waiver_file_is_refused(tree, capsys):
    (tree / "w.yaml").write_text("waivers:\n" + "  - {code: PL101, path: p.yaml, reason: r}\n" * 200_000,
                                 encoding="utf-8")
    assert main(["--isolated", "--waivers", str(tree / "w.yaml"), str(tree / "p.yaml")]) == 2
    assert "过大" in capsys.readouterr().err
