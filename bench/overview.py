"""Benchmark of the overview formats against the JSON report, in the same run.

Copies the given plans (default: the examples) N times into a temporary directory, then times
whole processes — `planlint DIR --format json` (the peer), `--format csv`, `--format xlsx -o`
and `--format html -o` — RUNS times each, interleaved, and prints each format's median and its
ratio to the JSON report's median. What the overview adds is the matrix and its rendering;
the linting is the same in every process.

    python bench/overview.py --copies 20 --runs 3
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plans", nargs="*", type=Path, help="plan files to copy (default: examples/)")
    ap.add_argument("--copies", type=int, default=10, help="copies of each plan (default 10)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each command (default 3)")
    ap.add_argument("--planlint", default=str(Path(sys.executable).with_name("planlint")))
    args = ap.parse_args()
    plans = args.plans or sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".yaml", ".yml", ".md"))
    with tempfile.TemporaryDirectory(prefix="planlint-bench-") as tmp:
        d = Path(tmp) / "plans"
        d.mkdir()
        for i in range(args.copies):
            for p in plans:
                shutil.copy(p, d / f"{i:04d}-{p.name}")
        n = len(list(d.iterdir()))
        commands = {
            "json": [args.planlint, str(d), "--format", "json", "--isolated", "-o", f"{tmp}/r.json"],
            "csv": [args.planlint, str(d), "--format", "csv", "--isolated", "-o", f"{tmp}/r.csv"],
            "xlsx": [args.planlint, str(d), "--format", "xlsx", "--isolated", "-o", f"{tmp}/r.xlsx"],
            "html": [args.planlint, str(d), "--format", "html", "--isolated", "-o", f"{tmp}/r.html"],
        }
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():      # interleaved: a busy moment hits every format alike
                start = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True)
                times[name].append(time.perf_counter() - start)
                if proc.returncode not in (0, 1):
                    print(f"{name}: exit {proc.returncode}: {proc.stderr.decode(errors='replace')}", file=sys.stderr)
                    return 2
    peer = statistics.median(times["json"])
    print(f"{n} plans, median of {args.runs} runs")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"  {name:<5} {med:7.2f} s   {med / peer:5.2f}× json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
