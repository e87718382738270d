"""Issue 15: a file name never becomes an option, and `python -m planlint` never imports from the cwd."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from planlint.cli.app import main

ROOT = Path(__file__).resolve().parents[2]
GAPS = (ROOT / "examples" / "gansu-province-gaps.yaml").read_text(encoding="utf-8")


def _plan_named(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).write_text(GAPS, encoding="utf-8")
    return tmp_path / name


def test_a_file_named_like_ignore_is_refused_before_dashdash(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _plan_named(tmp_path, "--ignore=PL,x.yaml")
    _plan_named(tmp_path, "p.yaml")
    assert main(["--isolated", "--ignore=PL,x.yaml", "p.yaml"]) == 2
    err = capsys.readouterr().err
    assert "--ignore=PL,x.yaml" in err and "--" in err and "./" in err


def test_after_dashdash_an_option_like_name_is_a_plan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _plan_named(tmp_path, "--ignore=PL,x.yaml")
    assert main(["--isolated", "--format", "json", "--", "--ignore=PL,x.yaml"]) == 1
    assert '"path": "--ignore=PL,x.yaml"' in capsys.readouterr().out


def test_a_file_named_dash_o_never_overwrites_another(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _plan_named(tmp_path, "-onotes.md")
    _plan_named(tmp_path, "p.yaml")
    (tmp_path / "notes.md").write_text("my notes\n", encoding="utf-8")
    assert main(["--isolated", "-onotes.md", "p.yaml"]) == 2
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "my notes\n"
    assert main(["--isolated", "--", "-onotes.md", "p.yaml"]) == 1
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "my notes\n"


def test_the_hook_ends_options_before_file_names():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for hook in hooks:
        assert hook["entry"] == "planlint"
        assert hook.get("args", [])[-1:] == ["--"], hook


def test_python_dash_m_does_not_import_from_the_working_directory(tmp_path):
    marker = tmp_path / "ran"
    for name in ("rapidfuzz.py", "yaml.py", "jieba.py"):
        (tmp_path / name).write_text(f"open({str(marker)!r}, 'a').write({name!r})\n", encoding="utf-8")
    _plan_named(tmp_path, "p.yaml")
    p = subprocess.run([sys.executable, "-m", "planlint", "--isolated", "p.yaml"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=300,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert not marker.exists(), marker.read_text()
    assert p.returncode == 1, p.stderr
