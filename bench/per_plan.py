"""The cost of one plan: planlint and yamllint as whole processes on a 7 KB and an 80 KB plan.

    python bench/per_plan.py [--runs 9] [--markdown]

Each command runs --runs times after a warm-up, interleaved so that machine noise hits both
alike. For each it prints the median wall time and the median CPU time (user + system of the
child, from os.wait4): on a shared 2-core machine other processes stretch wall time, while
CPU time stays close to what the run itself costs. Ratios are planlint / yamllint on the same
file. --markdown also times a Markdown plan (no yamllint peer: yamllint reads YAML only).
--before EXE times another planlint (say, an older tree's venv) in the same interleaving.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_large_plan import make  # noqa: E402

# tools run as on a user's machine: bytecode cached after the warm-up even where the
# environment asks Python not to write it (an editable planlint would recompile every run)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass
class Sample:
    wall: float
    cpu: float


def find(tool: str) -> str | None:
    beside = Path(sys.executable).parent / tool
    return str(beside) if beside.exists() else shutil.which(tool)


def run_once(cmd: list[str]) -> Sample:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = 0       # reaped by wait4: keep Popen from waiting again
    return Sample(wall, usage.ru_utime + usage.ru_stime)


def medians(cmds: dict[str, list[str]], runs: int) -> dict[str, Sample]:
    samples: dict[str, list[Sample]] = {name: [] for name in cmds}
    for cmd in cmds.values():          # warm-up: page cache, .pyc files, the pack cache
        run_once(cmd)
    for _ in range(runs):
        for name, cmd in cmds.items():
            samples[name].append(run_once(cmd))
    return {name: Sample(statistics.median(s.wall for s in v), statistics.median(s.cpu for s in v))
            for name, v in samples.items()}


def report(label: str, plan: Path, result: dict[str, Sample]) -> None:
    print(f"{label}: {plan.name} ({plan.stat().st_size / 1024:.0f} KB)")
    for name, s in result.items():
        print(f"  {name:10s} wall {s.wall * 1000:7.1f} ms   cpu {s.cpu * 1000:7.1f} ms")
    p = result["planlint"]
    if "yamllint" in result:
        y = result["yamllint"]
        print(f"  planlint / yamllint: wall {p.wall / y.wall:.2f}x   cpu {p.cpu / y.cpu:.2f}x")
    if "before" in result:
        b = result["before"]
        print(f"  planlint / before:   wall {p.wall / b.wall:.2f}x   cpu {p.cpu / b.cpu:.2f}x")


def commands(plan: Path, planlint: list[str], yamllint: str | None, before: str | None) -> dict[str, list[str]]:
    cmds = {"planlint": [*planlint, str(plan)]}
    if before:
        cmds["before"] = [before, str(plan)]
    if yamllint and plan.suffix == ".yaml":
        cmds["yamllint"] = [yamllint, str(plan)]      # its default configuration
    return cmds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--markdown", action="store_true", help="also time examples/markdown/hubei-province.md")
    ap.add_argument("--before", metavar="EXE", help="another planlint executable to time alongside")
    args = ap.parse_args()
    exe = find("planlint")
    planlint = [exe] if exe else [sys.executable, "-m", "planlint"]
    yamllint = find("yamllint")
    if yamllint is None:
        print("  (yamllint not found: pip install yamllint; planlint is timed alone)")
    example = ROOT / "examples" / "jiangsu-province.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        large = Path(tmp) / "jiangsu-province-80k.yaml"
        large.write_text(make(example, 80 * 1024), encoding="utf-8")
        plans = [("7 KB plan", example), ("80 KB plan", large)]
        if args.markdown:
            plans.append(("Markdown plan", ROOT / "examples" / "markdown" / "hubei-province.md"))
        for label, plan in plans:
            report(label, plan, medians(commands(plan, planlint, yamllint, args.before), args.runs))


if __name__ == "__main__":
    main()
