"""Issue 15: a configuration or waiver file a submitter adds in a subfolder cannot switch checks off
when the root configuration says `nested: ignore|refuse`; discovery stops at the repository root."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from planlint.cli.app import main

ROOT = Path(__file__).resolve().parents[2]
GAPS = (ROOT / "examples" / "gansu-province-gaps.yaml").read_text(encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "plans" / "drafts").mkdir(parents=True)
    (repo / "plans" / "drafts" / "p.yaml").write_text(GAPS, encoding="utf-8")
    return repo


def _codes(capsys) -> list[str]:
    out = json.loads(capsys.readouterr().out)
    return [d["code"] for d in out["diagnostics"]]


def _plant(repo: Path) -> None:
    (repo / "plans" / "drafts" / ".planlint.yaml").write_text('ignore: [PL1, PL2]\nexclude: ["*"]\n',
                                                             encoding="utf-8")


def test_nested_ignore_keeps_the_root_configuration(repo, capsys):
    (repo / ".planlint.yaml").write_text("nested: ignore\nfail-on: warning\n", encoding="utf-8")
    _plant(repo)
    assert main(["--format", "json", str(repo / "plans")]) == 1
    assert any(c.startswith("PL1") for c in _codes(capsys))


def test_nested_refuse_is_a_located_error(repo, capsys):
    (repo / ".planlint.yaml").write_text("nested: refuse\n", encoding="utf-8")
    _plant(repo)
    assert main([str(repo / "plans")]) == 2
    err = capsys.readouterr().err
    assert "nested: refuse" in err and "drafts" in err


def test_nested_allow_is_todays_behaviour(repo, capsys):
    (repo / ".planlint.yaml").write_text("nested: allow\n", encoding="utf-8")
    _plant(repo)
    assert main(["--format", "json", str(repo / "plans")]) == 0


def test_a_nested_waiver_file_is_refused_or_ignored(repo, capsys):
    (repo / "plans" / "drafts" / ".planlint-waivers.yaml").write_text(
        "waivers:\n  - {code: PL1, path: p.yaml, reason: mine}\n", encoding="utf-8")
    (repo / ".planlint.yaml").write_text("nested: refuse\n", encoding="utf-8")
    assert main([str(repo / "plans")]) == 2
    assert ".planlint-waivers.yaml" in capsys.readouterr().err
    (repo / ".planlint.yaml").write_text("nested: ignore\n", encoding="utf-8")
    assert main(["--format", "json", str(repo / "plans")]) == 1
    assert any(c.startswith("PL1") for c in _codes(capsys))


def test_discovery_stops_at_the_repository_root(repo, capsys):
    (repo.parent / ".planlint.yaml").write_text('exclude: ["**"]\nignore: [PL1, PL2]\n', encoding="utf-8")
    assert main(["--format", "json", str(repo / "plans")]) == 1
    assert any(c.startswith("PL1") for c in _codes(capsys))


def test_nested_takes_only_known_values(repo, capsys):
    (repo / ".planlint.yaml").write_text("nested: sometimes\n", encoding="utf-8")
    assert main([str(repo / "plans")]) == 2
    assert "nested" in capsys.readouterr().err
