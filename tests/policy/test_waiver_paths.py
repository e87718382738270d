"""Waiver `paths` are relative to the waiver file's directory, and a waiver that can never apply
is PL011 (issue 14, "Traps to close")."""
from __future__ import annotations

import json

import pytest

from planlint.cli import main

PLAN = """level: province
region: 甘肃省
period: 2016-2020
indicators:
  - name: 固定宽带家庭普及率
    target: 70%
"""
SUBJECT = "社会保障卡普及率"     # a required indicator the plan leaves out: PL101


def waiver(subject: str = SUBJECT, paths: str = "") -> str:
    line = f"    paths: ['{paths}']\n" if paths else ""
    return f"waivers:\n  - code: PL101\n    subject: {subject}\n{line}    reason: 由专项规划设定\n"


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "plans").mkdir()
    (tmp_path / "review").mkdir()
    (tmp_path / "plans" / "x.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / ".planlint.yaml").write_text('waivers: "review/waivers.yaml"\n', encoding="utf-8")
    return tmp_path


def lint(repo, capsys, monkeypatch) -> list[dict]:
    monkeypatch.chdir(repo)
    assert main(["plans", "--format", "json"]) in (0, 1)
    return json.loads(capsys.readouterr().out)["diagnostics"]


def pl101(diags: list[dict]) -> list[dict]:
    return [d for d in diags if d["code"] == "PL101" and d["subject"] == SUBJECT]


@pytest.mark.parametrize("paths", ["../plans/x.yaml", "**/x.yaml", "**/plans/x.yaml", "**/plans", "../plans/*.yaml", "../plans", "ABSOLUTE"])
def test_paths_from_a_waiver_file_in_a_subfolder_match(repo, capsys, monkeypatch, paths):
    if paths == "ABSOLUTE":
        paths = str(repo / "plans" / "x.yaml")
    (repo / "review" / "waivers.yaml").write_text(waiver(paths=paths), encoding="utf-8")
    diags = lint(repo, capsys, monkeypatch)
    assert not pl101(diags), paths
    assert not [d for d in diags if d["code"] == "PL011"], diags


def test_without_the_waiver_the_finding_is_there(repo, capsys, monkeypatch):
    (repo / "review" / "waivers.yaml").write_text("waivers: []\n", encoding="utf-8")
    assert pl101(lint(repo, capsys, monkeypatch))


@pytest.mark.parametrize("paths", ["plans/x.yaml", "x.yaml"])
def test_a_path_not_relative_to_the_waiver_file_is_pl011(repo, capsys, monkeypatch, paths):
    (repo / "review" / "waivers.yaml").write_text(waiver(paths=paths), encoding="utf-8")
    diags = lint(repo, capsys, monkeypatch)
    assert pl101(diags)
    unused = [d for d in diags if d["code"] == "PL011"]
    assert len(unused) == 1 and paths in unused[0]["message"] and "不存在" in unused[0]["message"]
    assert unused[0]["path"].endswith("review/waivers.yaml") and unused[0]["line"] == 2


def test_a_subject_written_as_an_alias_is_pl011_naming_the_national_name(repo, capsys, monkeypatch):
    (repo / "review" / "waivers.yaml").write_text(waiver(subject="社保卡普及率"), encoding="utf-8")
    diags = lint(repo, capsys, monkeypatch)
    assert pl101(diags)
    unused = [d for d in diags if d["code"] == "PL011"]
    assert len(unused) == 1 and SUBJECT in unused[0]["message"] and SUBJECT in unused[0]["hint"]
