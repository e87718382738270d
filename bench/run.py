"""Time planlint as a whole process beside yamllint and check-jsonschema on the same file.

    python bench/run.py [--runs 15] [PLAN.yaml]

Each tool runs --runs times, interleaved so that machine noise hits all alike; the median
wall time of each is printed with planlint's ratio to the others. With no plan given, the
benchmark uses examples/jiangsu-province.yaml scaled to ≈80 KB (bench/make_large_plan.py)
and the example itself. The peers are found beside the running Python or on PATH; a missing
peer is reported and skipped.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_large_plan import make  # noqa: E402


def find(tool: str) -> str | None:
    beside = Path(sys.executable).parent / tool
    return str(beside) if beside.exists() else shutil.which(tool)


def commands(plan: Path) -> dict[str, list[str]]:
    cmds: dict[str, list[str]] = {}
    planlint = find("planlint")
    cmds["planlint"] = [planlint, str(plan)] if planlint else [sys.executable, "-m", "planlint", str(plan)]
    if find("yamllint"):
        cmds["yamllint"] = [find("yamllint"), str(plan)]   # its default configuration
    if find("check-jsonschema"):
        cmds["check-jsonschema"] = [find("check-jsonschema"), "--schemafile",
                                    str(ROOT / "schema" / "plan.schema.json"), str(plan)]
    return cmds


# Tools run as they do on a user's machine: bytecode is cached after the warm-up run even
# where the environment asks Python not to write it (a pip-installed peer has its .pyc files
# from installation; an editable planlint would otherwise recompile its sources every run).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_once(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    return time.perf_counter() - start


def bench(plan: Path, runs: int) -> dict[str, float]:
    cmds = commands(plan)
    for tool in ("yamllint", "check-jsonschema"):
        if tool not in cmds:
            print(f"  ({tool} not found: pip install {tool})")
    samples: dict[str, list[float]] = {name: [] for name in cmds}
    for name, cmd in cmds.items():       # one warm-up run each (page cache, .pyc files)
        time_once(cmd)
    for _ in range(runs):
        for name, cmd in cmds.items():
            samples[name].append(time_once(cmd))
    return {name: statistics.median(v) for name, v in samples.items()}


def report(label: str, plan: Path, medians: dict[str, float]) -> None:
    print(f"{label}: {plan.name} ({plan.stat().st_size / 1024:.0f} KB), median of runs")
    for name, t in medians.items():
        print(f"  {name:18s} {t * 1000:7.1f} ms")
    for peer in ("yamllint", "check-jsonschema"):
        if peer in medians:
            print(f"  planlint / {peer}: {medians['planlint'] / medians[peer]:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("plan", nargs="?")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    if args.plan:
        plan = Path(args.plan)
        report("plan", plan, bench(plan, args.runs))
        return
    example = ROOT / "examples" / "jiangsu-province.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        large = Path(tmp) / "jiangsu-province-80k.yaml"
        large.write_text(make(example, 80 * 1024), encoding="utf-8")
        report("large plan", large, bench(large, args.runs))
    report("example plan", example, bench(example, args.runs))


if __name__ == "__main__":
    main()
