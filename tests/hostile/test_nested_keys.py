"""Issue 15, key by key: under the root's `nested: refuse` a configuration in a subfolder may
change nothing — whatever key it sets, in whichever file form, it is an error (exit 2) naming the
file; under `nested: ignore` it changes nothing and the root's settings hold. The decision is
per file, not per key: a nested file that only *adds* checks today could relax them tomorrow."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from planlint.cli.app import main
from planlint.policy.config import _KEYS

ROOT = Path(__file__).resolve().parents[2]
GAPS = (ROOT / "examples" / "gansu-province-gaps.yaml").read_text(encoding="utf-8")
# every key, with a value that would change the run if it were obeyed
NESTED_VALUES = {
    "rulepack": "rulepack: ./empty-pack",
    "select": "select: [PL9]",
    "extend-select": "extend-select: [PL2]",
    "ignore": "ignore: [PL1, PL2]",
    "severity": "severity: {PL101: info, PL201: info}",
    "fail-on": "fail-on: error",
    "exclude": 'exclude: ["*"]',
    "waivers": "waivers: mine.yaml",
    "per-path": 'per-path: [{paths: ["*"], ignore: [PL1, PL2]}]',
    "nested": "nested: allow",        # a subfolder cannot re-open what the root closed
}
NESTED_TOML = {
    "rulepack": 'rulepack = "./empty-pack"',
    "select": 'select = ["PL9"]',
    "extend-select": 'extend-select = ["PL2"]',
    "ignore": 'ignore = ["PL1", "PL2"]',
    "severity": 'severity = {PL101 = "info", PL201 = "info"}',
    "fail-on": 'fail-on = "error"',
    "exclude": 'exclude = ["*"]',
    "waivers": 'waivers = "mine.yaml"',
    "per-path": 'per-path = [{paths = ["*"], ignore = ["PL1", "PL2"]}]',
    "nested": 'nested = "allow"',
}


def test_every_configuration_key_is_covered():
    assert set(NESTED_VALUES) == set(NESTED_TOML) == _KEYS


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    drafts = repo / "plans" / "drafts"
    drafts.mkdir(parents=True)
    (drafts / "p.yaml").write_text(GAPS, encoding="utf-8")
    (drafts / "mine.yaml").write_text("waivers:\n  - {code: PL101, subject: 固定宽带家庭普及率, reason: 我的}\n",
                                      encoding="utf-8")
    return repo


def _findings(capsys) -> list[tuple[str, str]]:
    doc = json.loads(capsys.readouterr().out)
    return sorted((d["code"], d["severity"]) for d in doc["diagnostics"])


def _plant(repo: Path, form: str, key: str) -> Path:
    """A nested configuration setting one key, in the file form asked for."""
    drafts = repo / "plans" / "drafts"
    line = NESTED_VALUES[key]
    if form == "pyproject.toml":
        line = "[tool.planlint]\n" + NESTED_TOML[key]
    (drafts / form).write_text(line + "\n", encoding="utf-8")
    return drafts / form


@pytest.mark.parametrize("form", [".planlint.yaml", ".planlint.yml", "pyproject.toml"])
@pytest.mark.parametrize("key", sorted(NESTED_VALUES))
def test_nested_refuse_refuses_every_key(repo, capsys, key, form):
    (repo / ".planlint.yaml").write_text("nested: refuse\nfail-on: warning\n", encoding="utf-8")
    planted = _plant(repo, form, key)
    assert main(["--format", "json", str(repo / "plans")]) == 2
    err = capsys.readouterr().err
    assert "nested: refuse" in err and str(planted) in err


@pytest.mark.parametrize("key", sorted(NESTED_VALUES))
def test_nested_ignore_obeys_no_key(repo, capsys, key):
    (repo / ".planlint.yaml").write_text("nested: ignore\nfail-on: warning\n", encoding="utf-8")
    assert main(["--format", "json", str(repo / "plans")]) == 1
    before = _findings(capsys)
    _plant(repo, ".planlint.yaml", key)
    assert main(["--format", "json", str(repo / "plans")]) == 1
    assert _findings(capsys) == before


def test_an_empty_nested_configuration_is_refused_too(repo, capsys):
    (repo / ".planlint.yaml").write_text("nested: refuse\n", encoding="utf-8")
    (repo / "plans" / "drafts" / ".planlint.yaml").write_text("", encoding="utf-8")
    assert main([str(repo / "plans")]) == 2
