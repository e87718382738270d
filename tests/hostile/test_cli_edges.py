"""Issue 15: stdin's stand-in name is an input -o must not replace; a narrow output encoding is no
crash; a control character in `init` options cannot write YAML of its own."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # tests/cli_helpers.py
from cli_helpers import run_planlint  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PLAN = (ROOT / "examples" / "gansu-province-gaps.yaml").read_text(encoding="utf-8")


def test_stdin_filename_is_not_overwritten_by_the_report(tmp_path):
    (tmp_path / "p.yaml").write_text(PLAN, encoding="utf-8")
    p = run_planlint("--isolated", "-", "--stdin-filename", "p.yaml", "-o", "./sub/../p.yaml",
                     cwd=tmp_path, stdin=PLAN)
    assert p.returncode == 2 and "p.yaml" in p.stderr and "Traceback" not in p.stderr
    assert (tmp_path / "p.yaml").read_text(encoding="utf-8") == PLAN


def test_stdin_filename_of_a_file_not_yet_saved_is_not_written_either(tmp_path):
    p = run_planlint("--isolated", "-", "--stdin-filename", "new.yaml", "-o", "new.yaml", cwd=tmp_path, stdin=PLAN)
    assert p.returncode == 2 and not (tmp_path / "new.yaml").exists()


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"},
                                 {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_narrow_output_encoding_is_no_crash(tmp_path, env, fmt):
    (tmp_path / "p.yaml").write_text(PLAN, encoding="utf-8")
    p = run_planlint("--isolated", "--format", fmt, "p.yaml", "missing.yaml", cwd=tmp_path, env=env)
    assert p.returncode == 2 and "UnicodeEncodeError" not in p.stderr and "Traceback" not in p.stderr
    assert "missing.yaml" in p.stderr
    if fmt == "json":     # \uXXXX in place of what the encoding lacks: still the same JSON
        assert json.loads(p.stdout)["files"][0]["region"] == "甘肃省"
    else:
        assert "PL101" in p.stdout


@pytest.mark.parametrize("option", ["--region", "--title"])
@pytest.mark.parametrize("value", ["甘肃省\nevil: 1", "甘肃省\r", "甘肃省\x1b[31m", "甘肃省\u202e"])
def test_init_refuses_control_characters(tmp_path, option, value):
    args = ["init", "--level", "province", "-o", "s.yaml"] + (["--region", "甘肃省"] if option != "--region" else [])
    p = run_planlint(*args, option, value, cwd=tmp_path)
    assert p.returncode == 2 and option in p.stderr and "Traceback" not in p.stderr
    assert not (tmp_path / "s.yaml").exists()
