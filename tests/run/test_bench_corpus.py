"""The benchmark's corpus (bench/many.py): copies of the examples differ in their values, keep
their structure, and still read as plans."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from many import make_plans, varied  # noqa: E402

TEXT = "    base: {year: 2015, value: 81.2}\n    target: {year: 2020, value: \"92以上\"}\n| 2.固定宽带（%） | 45.5 | 75 |\n"


def test_copy_zero_is_the_example():
    assert varied(TEXT, 0) == TEXT


def test_a_copy_moves_decimals_only():
    copy = varied(TEXT, 3)
    # the k-th decimal moves by the copy number's (k mod 3)-th digit: 3 for the first, 0 for the second
    assert "81.5" in copy and "45.5" in copy
    assert "2015" in copy and "2020" in copy and "92以上" in copy and "| 75 |" in copy and "2.固定" in copy
    assert copy.count("\n") == TEXT.count("\n")


def test_copies_are_distinct(tmp_path: Path):
    yamls, mds = make_plans(tmp_path, 60)
    texts = [p.read_bytes() for p in yamls + mds]
    assert len(set(texts)) > len(texts) // 2
    (tmp_path / "same").mkdir()
    same, _ = make_plans(tmp_path / "same", 60, identical=True)
    assert len({p.read_bytes() for p in same}) < len(same)       # the examples as they are, repeated


def test_varied_copies_still_lint(tmp_path: Path):
    make_plans(tmp_path, 40)
    proc = subprocess.run([sys.executable, "-m", "planlint", str(tmp_path), "--isolated", "--format", "jsonl"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr      # findings (the gap examples), no crash
    assert not {"PL001", "PL002", "PL900"} & {json.loads(line)["code"] for line in proc.stdout.splitlines()}
