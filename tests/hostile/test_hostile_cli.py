"""Hostile input through the real command line, under a 2 GiB address-space limit.

A representative subset of the corpus (one of each kind) runs as `python -m planlint` in a
child process limited with RLIMIT_AS and a timeout, as CI would run it on a submitted draft.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import CASES, big_markdown

LIMIT_AS = 2 * 1024 ** 3
SUBSET = ("utf16-le-no-bom", "gb18030", "high-bytes-gb18030-would-take", "bidi-override", "python-tag",
          "python-tag-front-matter", "billion-laughs", "billion-laughs-front-matter", "long-string-aliases",
          "nesting-flow-100k", "nesting-block-seq-100k", "nesting-front-matter", "duplicate-key", "1e999",
          "rows-20000-markdown", "rows-20000-yaml")
STARTUP = 5.0    # interpreter start and rule pack: the bounds are for the work
WALL = 10        # the wall-clock timeout, catching a hang, allows ten times the CPU bound: load slows, never hangs


def child_cpu() -> float:
    """CPU seconds used so far by this process's finished children (user + system)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_AS, LIMIT_AS))


def run(*args: object, cwd: Path, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, preexec_fn=_limit, env=dict(os.environ, PYTHONUTF8="1"))


def _no_traceback(p: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in p.stderr and "Error:" not in p.stderr.split("planlint:")[0], p.stderr[-2000:]


@pytest.mark.parametrize("case", [c for c in CASES if c.name in SUBSET], ids=lambda c: c.name)
def test_cli_hostile_case(case, tmp_path):
    marker = tmp_path / "ran"
    f = tmp_path / case.filename
    f.write_bytes(case.make().replace(b"{marker}", str(marker).encode()))
    start = child_cpu()
    p = run(f.name, "--format", "json", cwd=tmp_path, timeout=WALL * (case.seconds + STARTUP))
    took = child_cpu() - start
    _no_traceback(p)
    assert took < case.seconds + STARTUP, f"{case.name}: {took:.1f}s CPU"
    report = json.loads(p.stdout)
    errors = [d for d in report["diagnostics"] if d["severity"] == "error"]
    assert p.returncode == (1 if errors else 0), (p.returncode, errors[:3])
    if case.code in ("PL001", "PL002"):
        assert any(d["code"] == case.code and d["line"] >= 1 and d["column"] >= 1
                   and (case.line is None or d["line"] == case.line) for d in errors), report["diagnostics"][:5]
    assert not marker.exists(), "a file named code to run, and it ran"


def test_cli_other_files_still_linted_after_hostile_ones(tmp_path):
    (tmp_path / "a.yaml").write_bytes(b"title: " + b"[" * 100_000)
    (tmp_path / "b.yaml").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.yaml").write_text("title: 某省规划\nlevel: province\nregion: 广东省\n", encoding="utf-8")
    os.mkfifo(tmp_path / "d.yaml")
    p = run("a.yaml", "b.yaml", "d.yaml", "missing.yaml", "c.yaml", "--format", "json", cwd=tmp_path, timeout=60)
    _no_traceback(p)
    assert p.returncode == 2 and p.stderr.strip().count("\n") == 0 and "missing.yaml" in p.stderr
    files = {f["path"] for f in json.loads(p.stdout)["files"]}
    assert {"a.yaml", "b.yaml", "c.yaml", "d.yaml"} <= files


def test_cli_size_limit_refuses_at_once(tmp_path):
    (tmp_path / "p.md").write_bytes(b"# x\n" * 100_000)
    p = run("p.md", "--max-bytes", "1000", "--format", "json", cwd=tmp_path, timeout=60)
    _no_traceback(p)
    diags = json.loads(p.stdout)["diagnostics"]
    assert p.returncode == 1 and [d["code"] for d in diags] == ["PL001"]


def test_cli_output_file_never_replaces_a_plan_being_linted(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text("title: 某省规划\nlevel: province\n", encoding="utf-8")
    before = plan.read_bytes()
    p = run("p.yaml", "-o", "p.yaml", cwd=tmp_path, timeout=60)
    assert plan.read_bytes() == before and p.returncode == 2


def test_cli_non_utf8_file_name(tmp_path):
    name = os.fsdecode(b"bad\xff.yaml")
    (tmp_path / name).write_text("title: x\n", encoding="utf-8")
    p = run(name, "--format", "sarif", "-o", "r.json", cwd=tmp_path, timeout=60)
    _no_traceback(p)
    assert p.returncode in (0, 1)


@pytest.mark.big
def test_60mb_markdown_plan_within_60s_under_2gib(tmp_path):
    """The issue's size case: a 60 MB plan of realistic shape, end to end, linear in time and memory."""
    f = tmp_path / "big.md"
    f.write_bytes(big_markdown(60_000_000))
    start = child_cpu()
    p = run(f.name, "--format", "json", "-o", "report.json", cwd=tmp_path, timeout=WALL * 60)
    took = child_cpu() - start
    _no_traceback(p)
    assert p.returncode in (0, 1) and took < 60, f"{took:.1f}s CPU"
    assert not [d for d in json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["diagnostics"]
                if d["code"] in ("PL001", "PL900")]
