"""Many plans at once: planlint -j 1, planlint -j 2 and yamllint (on the YAML half), whole processes.

    python bench/many.py --plans 3000 --runs 3
    python bench/many.py --memory 10,300,3000      # peak RSS only, for each count
    python bench/many.py --plans 3000 --floor      # planlint -j 1 against the parse-only floor, CPU time
    python bench/many.py --plans 800 --split       # -j 1 and -j 2: each process's CPU and idle time

Writes N plans into a temporary directory, half YAML and half Markdown, cycling through the
examples (1–10 KB, the size of a city or county plan), each copy renamed so no two files are
alike in name, and its decimals' last digits varied so copies differ in their values too (up to
1,000 distinct copies of each example; `--identical` copies them unchanged, as earlier rounds
measured). The tools run --runs times, interleaved (a busy moment hits all of them alike);
the median wall time and the largest peak RSS of each are printed, with the ratios the issue
asks for. Peak RSS is the kernel's (wait4), for the largest single process: with -j the
parent and each worker are separate processes, so this is the figure that must stay flat.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
# tools run as on a user's machine: bytecode cached after the first run even where the
# environment asks Python not to write it (an editable planlint would recompile every run)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# a decimal's last digit: what each copy of an example varies (years, numbering and most
# integers are left alone, so every copy keeps its example's structure)
_DECIMAL_END = re.compile(r"(?<=\d\.)(\d*)(\d)(?!\d)")


def varied(text: str, copy: int) -> str:
    """The copy-th variant of an example: the k-th decimal's last digit moved on by one of the
    copy number's last three digits, so copies differ in their values (a memo of value texts or
    sentences cannot be served by the repetition alone) and up to 1,000 copies are distinct.
    Copy 0 is the example itself."""
    if copy == 0:
        return text
    counter = iter(range(1 << 30))

    def shift(m: re.Match[str]) -> str:
        k = next(counter)
        step = (copy // 10 ** (k % 3)) % 10
        return m.group(1) + str((int(m.group(2)) + step) % 10)

    return _DECIMAL_END.sub(shift, text)


def make_plans(directory: Path, n: int, identical: bool = False) -> tuple[list[Path], list[Path]]:
    """n plans, alternately YAML and Markdown, cycling through the examples, each copy's values
    varied (`varied`; identical=True copies the examples as they are); returns (yaml files,
    markdown files)."""
    yamls = sorted((ROOT / "examples").glob("*.yaml"))
    mds = sorted((ROOT / "examples" / "markdown").glob("*.md"))
    out_yaml, out_md = [], []
    for i in range(n):
        pool, out = (yamls, out_yaml) if i % 2 == 0 else (mds, out_md)
        src = pool[(i // 2) % len(pool)]
        copy = 0 if identical else (i // 2) // len(pool)
        dst = directory / f"{i:05d}-{src.name}"
        dst.write_text(varied(src.read_text(encoding="utf-8"), copy), encoding="utf-8")
        out.append(dst)
    return out_yaml, out_md


@contextmanager
def corpus(n: int, identical: bool) -> Iterator[tuple[Path, list[Path]]]:
    """A temporary directory of n plans (make_plans) and its YAML files, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="planlint-many-") as tmp:
        d = Path(tmp) / "plans"
        d.mkdir()
        yamls, _ = make_plans(d, n, identical)
        yield d, yamls


def run(cmd: list[str]) -> tuple[float, int]:
    wall, rss, _ = run_cpu(cmd)
    return wall, rss


def spawn_quiet(cmd: list[str]) -> int:
    """Start cmd with its output discarded; its pid, for wait4 and /proc."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execve(cmd[0], cmd, ENV)
        finally:
            os._exit(127)
    return pid


def run_cpu(cmd: list[str]) -> tuple[float, int, float]:
    """Wall time (s), the largest peak RSS (KiB) of the process and its workers, and the process's
    CPU time (user + system, s; without -j workers' own), output discarded.

    The process's own peak comes from wait4; its children's (the -j workers) from their
    /proc/PID/status VmHWM, read every 50 ms while they live (a worker's peak is from its last
    reading: it holds one plan at a time, so that is close)."""
    start = time.perf_counter()
    pid = spawn_quiet(cmd)
    workers = 0
    while True:
        done, _, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return time.perf_counter() - start, max(usage.ru_maxrss, workers), usage.ru_utime + usage.ru_stime
        workers = max(workers, _children_hwm(pid))
        time.sleep(0.05)


def _children_hwm(pid: int) -> int:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0
    peak = 0
    for child in children:
        try:
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            pass
    return peak


def tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def timing(n: int, runs: int, fmt: str, identical: bool) -> None:
    planlint, yamllint = tool("planlint"), tool("yamllint")
    assert planlint, "planlint not installed beside this Python"
    with corpus(n, identical) as (d, yamls):
        ydir = d.parent / "yaml-half"
        ydir.mkdir()
        for y in yamls:
            os.link(y, ydir / y.name)
        cmds = {"planlint -j 1": [planlint, str(d), "--isolated", "--format", fmt, "-j", "1"],
                "planlint -j 2": [planlint, str(d), "--isolated", "--format", fmt, "-j", "2"]}
        if yamllint:
            cmds["yamllint (YAML half)"] = [yamllint, "-f", "parsable", str(ydir)]
        else:
            print("  (yamllint not found: pip install yamllint)")
        times: dict[str, list[float]] = {k: [] for k in cmds}
        peaks: dict[str, int] = {k: 0 for k in cmds}
        for cmd in cmds.values():        # warm-up: page cache, .pyc files
            run(cmd)
        for _ in range(runs):
            for name, cmd in cmds.items():
                t, rss = run(cmd)
                times[name].append(t)
                peaks[name] = max(peaks[name], rss)
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"{n} plans ({len(yamls)} YAML), --format {fmt}, median of {runs} runs:")
        for name in cmds:
            print(f"  {name:22s} {med[name]:7.2f} s   peak RSS {peaks[name] / 1024:6.1f} MB")
        print(f"  -j 2 / -j 1:          {med['planlint -j 2'] / med['planlint -j 1']:.2f}x")
        if yamllint:
            y = med["yamllint (YAML half)"]
            print(f"  -j 1 / yamllint:      {med['planlint -j 1'] / y:.2f}x")
            print(f"  -j 2 / yamllint:      {med['planlint -j 2'] / y:.2f}x")


def floor(n: int, runs: int, fmt: str, identical: bool) -> None:
    """CPU time of planlint -j 1 and of bench/parse_floor.py on the same n plans (medians):
    on a loaded machine CPU time, unlike wall time, is close to what the run itself costs."""
    planlint = tool("planlint")
    assert planlint, "planlint not installed beside this Python"
    with corpus(n, identical) as (d, _):
        cmds = {"planlint -j 1": [planlint, str(d), "--isolated", "--format", fmt, "-j", "1"],
                "parse floor": [sys.executable, str(ROOT / "bench" / "parse_floor.py"), str(d)]}
        cpu: dict[str, list[float]] = {k: [] for k in cmds}
        for cmd in cmds.values():        # warm-up: page cache, .pyc files, the pack cache
            run_cpu(cmd)
        for _ in range(runs):
            for name, cmd in cmds.items():
                cpu[name].append(run_cpu(cmd)[2])
        med = {k: statistics.median(v) for k, v in cpu.items()}
        print(f"{n} plans, --format {fmt}, CPU time, median of {runs} runs:")
        for name in cmds:
            print(f"  {name:22s} {med[name]:7.2f} s")
        print(f"  -j 1 / parse floor:   {med['planlint -j 1'] / med['parse floor']:.2f}x")


@dataclass
class Proc:
    """One process as /proc/PID/schedstat last saw it: nanoseconds on a CPU, waiting for one (the
    machine busy), and alive; the rest of its life it was blocked (waiting for work or a result)."""

    cpu: float = 0.0
    queued: float = 0.0
    life: float = 0.0
    cpu_at_first_worker: Optional[float] = None     # the parent's, when the first worker was seen

    @property
    def blocked(self) -> float:
        return max(self.life - self.cpu - self.queued, 0.0)


def _schedstat(pid: int) -> Optional[tuple[float, float]]:
    try:
        on_cpu, queued, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(on_cpu) / 1e9, int(queued) / 1e9


def _started(pid: int) -> Optional[float]:
    """The process's start, in seconds since boot (CLOCK_BOOTTIME)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")


def run_split(cmd: list[str]) -> tuple[float, Proc, list[Proc]]:
    """Wall time, the parent and its workers, sampled every 20 ms from /proc. The parent's own
    CPU is wait4's (itself and its reaped workers) less its workers' last samples."""
    start = time.perf_counter()
    began = time.clock_gettime(time.CLOCK_BOOTTIME)
    pid = spawn_quiet(cmd)
    parent = Proc()
    workers: dict[int, Proc] = {}
    while True:
        done, _, usage = os.wait4(pid, os.WNOHANG)
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
        if done:
            wall = time.perf_counter() - start
            parent.cpu = usage.ru_utime + usage.ru_stime - sum(w.cpu for w in workers.values())
            parent.life = now - began
            return wall, parent, list(workers.values())
        own = _schedstat(pid)
        if own is not None:
            parent.queued = own[1]
        try:
            children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            children = []
        for child in children:
            sample, born = _schedstat(child), _started(child)
            if sample is None or born is None:
                continue
            if parent.cpu_at_first_worker is None and own is not None:
                parent.cpu_at_first_worker = own[0]
            w = workers.setdefault(child, Proc())
            w.cpu, w.queued, w.life = sample[0], sample[1], now - born
        time.sleep(0.02)


def split(n: int, runs: int, fmt: str, identical: bool) -> None:
    """CPU time of -j 1 and of -j 2's parent and workers, how long the workers sat blocked, and
    the wall time -j 2 would take on an idle 2-core machine (every process on its own core when
    it can run: the parent's work before the fork, then the longest of the parent's rest, each
    worker, and all of it shared over two cores)."""
    planlint = tool("planlint")
    assert planlint, "planlint not installed beside this Python"
    with corpus(n, identical) as (d, _):
        base = [planlint, str(d), "--isolated", "--format", fmt]
        run_split(base + ["-j", "2"])        # warm-up: page cache, .pyc files, the pack cache
        rows = []
        for _ in range(runs):
            one = run_split(base + ["-j", "1"])
            two = run_split(base + ["-j", "2"])
            rows.append((one, two))
        print(f"{n} plans, --format {fmt}, each of {runs} runs (CPU and blocked time in s, from /proc):")
        ratios = []
        for (w1, p1, _), (w2, p2, ws) in rows:
            before = p2.cpu_at_first_worker or 0.0
            rest = p2.cpu - before
            idle = before + max(rest, *(w.cpu for w in ws), (rest + sum(w.cpu for w in ws)) / 2)
            ratios.append(idle / p1.cpu)
            print(f"  -j 1: CPU {p1.cpu:6.2f} (wall {w1:6.2f}, queued {p1.queued:5.2f})")
            print(f"  -j 2: parent CPU {p2.cpu:6.2f} ({before:5.2f} before the fork), blocked {p2.blocked:5.2f};"
                  f" wall {w2:6.2f}")
            for w in ws:
                print(f"        worker CPU {w.cpu:6.2f}, queued {w.queued:5.2f}, blocked {w.blocked:5.2f}"
                      f" ({w.blocked / w.life:4.0%} of its life {w.life:6.2f})")
            print(f"        total CPU {p2.cpu + sum(w.cpu for w in ws):6.2f};"
                  f" idle-machine estimate {idle:6.2f} = {idle / p1.cpu:.2f}x -j 1's CPU")
        print(f"  median estimate -j 2 / -j 1 on an idle 2-core machine: {statistics.median(ratios):.2f}x")


def memory(counts: list[int], fmt: str, jobs: int, identical: bool) -> None:
    planlint = tool("planlint")
    assert planlint, "planlint not installed beside this Python"
    print(f"peak RSS of one planlint process, --format {fmt} -j {jobs}:")
    for n in counts:
        with corpus(n, identical) as (d, _):
            _, rss = run([planlint, str(d), "--isolated", "--format", fmt, "-j", str(jobs)])
            print(f"  {n:6d} plans  {rss / 1024:6.1f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--format", default="text", help="planlint's --format (default text, streamed)")
    ap.add_argument("--memory", help="comma-separated plan counts: peak RSS only")
    ap.add_argument("--jobs", type=int, default=1, help="with --memory: -j (default 1)")
    ap.add_argument("--floor", action="store_true", help="planlint -j 1 against the parse-only floor (CPU time)")
    ap.add_argument("--split", action="store_true", help="-j 1 and -j 2: each process's CPU and blocked time")
    ap.add_argument("--identical", action="store_true",
                    help="copy the examples as they are (no varied values): the corpus of earlier rounds")
    args = ap.parse_args()
    if args.split:
        split(args.plans, args.runs, args.format, args.identical)
    elif args.floor:
        floor(args.plans, args.runs, args.format, args.identical)
    elif args.memory:
        memory([int(x) for x in args.memory.split(",")], args.format, args.jobs, args.identical)
    else:
        timing(args.plans, args.runs, args.format, args.identical)
    return 0


if __name__ == "__main__":
    sys.exit(main())
