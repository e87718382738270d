"""What reading costs beside the plain parsers: CPU per plan kind, in one process.

    python bench/read_cost.py DIR [--runs 3]

For every plan in DIR (a bench/many.py corpus, say) this times planlint's reader alone
(read_source: parsing, the plan model, prose targets, the schema check) and the plain parser
bench/parse_floor.py uses for that format (libyaml's compose, markdown-it's parse), in CPU
seconds (time.process_time: the machine may be shared), the median of --runs passes after a
warm-up pass. The rest of a run (checks, rendering, start-up) is what planlint -j 1 costs on
top; bench/many.py times that as a whole.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

import yaml
from markdown_it import MarkdownIt

from planlint.readers import read_source
from planlint.readers.source import SourceText

Plan = tuple[Path, bytes]


def _timed(plans: list[Plan], work: Callable[[Path, bytes], object], runs: int) -> dict[str, float]:
    """Median CPU seconds per file suffix over `runs` passes (after one untimed pass)."""
    passes: dict[str, list[float]] = defaultdict(list)
    for run in range(runs + 1):
        spent: dict[str, float] = defaultdict(float)
        for path, data in plans:
            start = time.process_time()
            work(path, data)
            spent[path.suffix] += time.process_time() - start
        if run:                 # the first pass imports and warms up
            for suffix, seconds in spent.items():
                passes[suffix].append(seconds)
    return {suffix: statistics.median(times) for suffix, times in passes.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"{args.directory}: not a directory", file=sys.stderr)
        return 2
    plans = [(p, p.read_bytes()) for p in sorted(args.directory.iterdir())
             if p.suffix in (".yaml", ".yml", ".md")]
    if not plans:
        print(f"{args.directory}: no .yaml, .yml or .md plans", file=sys.stderr)
        return 2
    md = MarkdownIt("commonmark").enable("table")

    def plain(path: Path, data: bytes) -> object:
        text = data.decode("utf-8")
        return md.parse(text) if path.suffix == ".md" else yaml.compose(text, Loader=yaml.CSafeLoader)

    def planlint(path: Path, data: bytes) -> object:
        return read_source(str(path), SourceText.from_bytes(data))

    ours, floor = _timed(plans, planlint, args.runs), _timed(plans, plain, args.runs)
    counts = {s: sum(1 for p, _ in plans if p.suffix == s) for s in ours}
    for suffix in sorted(ours):
        print(f"{suffix:6s} {counts[suffix]:5d} plans  reader {ours[suffix]:.3f} s  "
              f"plain parser {floor[suffix]:.3f} s  ({ours[suffix] / floor[suffix]:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
