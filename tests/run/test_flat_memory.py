"""Memory does not grow with the number of plans: a complexity check, not a timing.

A streamed report (jsonl to a pipe) over 600 plans may use only a little more memory than over
150: each plan's model, bytes and findings are let go once written. Keeping each report with
its plan (as runs did before) adds ~30 MB for the 450 plans more (measured); the bound is well
under that and well over the allocator's noise (~4 MB measured)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from many import make_plans  # noqa: E402

MAX_GROWTH_KB = 8 * 1024


def _peak_rss_kb(directory: Path) -> int:
    cmd = [sys.executable, "-m", "planlint", str(directory), "--isolated", "--format", "jsonl", "-j", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 1, proc.stderr.read().decode()   # findings, no crash
    proc.stderr.close()
    return usage.ru_maxrss


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs wait4 for a child's peak RSS")
def test_peak_memory_does_not_grow_with_the_number_of_plans(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    large.mkdir()
    make_plans(small, 150)
    make_plans(large, 600)
    growth = _peak_rss_kb(large) - _peak_rss_kb(small)
    assert growth < MAX_GROWTH_KB, f"peak RSS grew by {growth} KB for 450 more plans"
