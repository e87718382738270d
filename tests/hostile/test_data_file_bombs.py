"""Issue 15: alias bombs and deep nesting in every data file a pull request can supply (pack,
configuration, waivers, baseline) are refused in one line, exit 2, without exhausting memory."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planlint.cli.app import main
from planlint.resources.yamlio import DataYamlError, load_data

ROOT = Path(__file__).resolve().parents[2]
NODE_BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))


def string_bomb(uses: int = 3_000, chars: int = 1_000_000) -> str:
    """Few nodes, each alias one long string: counted by nodes alone this looked harmless."""
    return f'x-big: &b "{"建" * chars}"\nx-uses: [' + ",".join(["*b"] * uses) + "]\n"


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))    # the cache's json.dumps is in play


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules" / "national-13th", tmp_path / "repo" / "pack")
    (tmp_path / "repo" / "p.yaml").write_text("level: province\nregion: 甘肃省\n", encoding="utf-8")
    return tmp_path / "repo"


def _one_line_exit_2(capsys, argv: list[str], word: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert word in err and len(err.splitlines()) == 1 and len(err) < 1000 and "内部错误" not in err


def test_string_aliases_are_weighed_by_their_length():
    with pytest.raises(DataYamlError):
        load_data(string_bomb())
    assert load_data(string_bomb(uses=3, chars=1_000)) is not None     # a few aliases are fine


def test_a_string_alias_bomb_in_a_pack_is_refused(repo, capsys):
    regions = repo / "pack" / "regions.yaml"
    regions.write_text(string_bomb() + regions.read_text(encoding="utf-8"), encoding="utf-8")
    _one_line_exit_2(capsys, ["--isolated", "--rulepack", str(repo / "pack"), str(repo / "p.yaml")], "billion laughs")


@pytest.mark.parametrize("bomb", [NODE_BOMB, string_bomb()], ids=["nodes", "strings"])
def test_an_alias_bomb_in_a_waiver_file_is_refused(repo, capsys, bomb):
    (repo / "w.yaml").write_text(bomb + "waivers: []\n", encoding="utf-8")
    _one_line_exit_2(capsys, ["--isolated", "--waivers", str(repo / "w.yaml"), str(repo / "p.yaml")], "billion laughs")


@pytest.mark.parametrize("bomb", [NODE_BOMB, string_bomb(chars=300_000)], ids=["nodes", "strings"])   # < 1 MiB
def test_an_alias_bomb_in_a_configuration_is_refused(repo, capsys, bomb):
    (repo / ".planlint.yaml").write_text(bomb, encoding="utf-8")
    _one_line_exit_2(capsys, ["--config", str(repo / ".planlint.yaml"), str(repo / "p.yaml")], "billion laughs")


@pytest.mark.parametrize("body", ["[" * 100_000 + "]" * 100_000, '{"format": "planlint-baseline", "x": '
                                  + '{"a": ' * 100_000 + "1" + "}" * 100_001])
def test_a_baseline_nested_too_deep_is_refused(repo, capsys, body):
    (repo / "b.json").write_text(body, encoding="utf-8")
    _one_line_exit_2(capsys, ["--isolated", "--baseline", str(repo / "b.json"), str(repo / "p.yaml")], "基线文件")
