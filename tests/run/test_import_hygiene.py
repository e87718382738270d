"""What a plain run loads: a YAML or Markdown lint to a pipe imports none of the heavy modules
it does not use (issue 16: imports were most of a small plan's cost)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# never on the default text path: terminal rendering, workbooks, the editor server, the
# explaining validator, the replaced segmenter, hashing for baselines and fingerprints, the
# worker processes of -j N (one file is linted in the process itself), shutil (argparse's
# way to the terminal width, with bz2 and lzma); for a valid plan, the compiled validator too (with
# decimal and email.utils)
NEVER = ["rich", "openpyxl", "pygls", "jsonschema", "jieba", "hashlib", "difflib", "multiprocessing", "shutil",
         "jsonschema_rs", "email", "decimal",
         "planlint.baseline", "planlint.rulepack.derive.pack", "planlint.overview", "planlint.server"]


def _modules_after(*args: str) -> set[str]:
    code = ("import io, json, sys, contextlib\n"
            "from planlint.cli.app import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    status = main({list(args)!r})\n"
            "print(json.dumps([status, sorted(sys.modules)]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    status, modules = json.loads(out.stdout)
    assert status in (0, 1)
    return set(modules)


@pytest.mark.parametrize("plan", ["examples/gansu-province-gaps.yaml", "examples/markdown/hubei-province.md"])
def test_a_text_run_imports_nothing_it_does_not_use(plan):
    loaded = _modules_after("--isolated", plan)
    assert {"planlint.analysis.coverage", "rapidfuzz"} <= loaded      # the lint really ran
    assert sorted(m for m in loaded if m.split(".")[0] in NEVER or m in NEVER) == []


def test_a_yaml_run_never_imports_the_markdown_parser():
    loaded = _modules_after("--isolated", "examples/gansu-province-gaps.yaml")
    assert "planlint.readers.yaml.reader" in loaded
    assert "markdown_it" not in loaded and "logging" not in loaded    # markdown-it is what loads logging
    # nor what only an internal error (traceback) or a report written to a file (threading) needs;
    # logging, which markdown-it loads, brings both
    assert "traceback" not in loaded and "threading" not in loaded


def test_a_plain_markdown_run_never_imports_the_markdown_parser(tmp_path):
    # headings, paragraphs, a pipe table and a 专栏 quote: read without markdown-it (and the
    # logging it loads); a list sends the plan to markdown-it
    loaded = _modules_after("--isolated", "examples/markdown/hubei-province.md")
    assert "planlint.readers.markdown.reader" in loaded
    assert "markdown_it" not in loaded and "logging" not in loaded
    plan = tmp_path / "plan.md"
    plan.write_text("# 某市信息化规划\n\n- 到2020年，固定宽带家庭普及率达到70%。\n", encoding="utf-8")
    assert "markdown_it" in _modules_after("--isolated", str(plan))


def test_an_invalid_yaml_plan_still_gets_the_compiled_validator(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: 某市规划\nlevel: city\nregion: 成都市\nperiod: {start: 2016, end: 2101}\n", encoding="utf-8")
    loaded = _modules_after("--isolated", str(plan))
    assert "jsonschema_rs" in loaded
