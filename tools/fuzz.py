"""A mutation fuzzer for the whole lint of one file (issue 15): run it outside CI for as long
as you like, e.g. ``.venv/bin/python tools/fuzz.py --inputs 100000``.

Each input is a seed plan (the examples, plus any directory given with ``--seeds``) damaged by
a few random mutations: spans deleted, repeated or swapped, bytes flipped, and tokens that
matter to YAML, Markdown, tables and Chinese numbers inserted. Each goes through
``Linter.lint_bytes`` in this process, and counts as a failure when

- an exception escapes, or the lint takes longer than ``--timeout`` seconds (a hang);
- a finding is PL900 (planlint's own error), or lies outside the file (line or column);
- every ``--report-every``-th input: its JSON or SARIF report does not parse, its JUnit is not
  well-formed XML, or a report is not valid UTF-8.

Inputs are made from ``--seed`` alone, so a failure is reproduced by its number; failing inputs
are written to ``--save`` for a look. Exit 0 when nothing failed, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import signal
import sys
import time
import xml.dom.minidom
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".yaml", ".yml", ".md", ".markdown")

# what makes YAML, Markdown, indicator tables and Chinese quantities take another path
TOKENS = [b":", b": ", b"- ", b"\n- ", b"|", b"| --- |", b"\n|", b">", b"{", b"}", b"[", b"]", b"&a ", b"*a",
          b"!!python/object ", b"!!binary ", b"? ", b"---\n", b"...\n", b"#", b"\n## ", b"\n### ", b"**",
          b"`", b"```\n", b"<table><tr><td rowspan=\"9\">", b"</td>", b"<!--", b"-->", b"\\", b"%%", b"%",
          b"<!-- planlint-disable PL102 -- r -->", b"# planlint: disable=PL101", b"\t", b"\r", b"\r\n",
          b"\x00", b"\xff", b"\xef\xbb\xbf", "\u202e".encode(), "\u2028".encode(), "\u3000".encode(),
          "年".encode(), "2020年".encode(), "2021年".encode(), "≥".encode(), "〔".encode(), "〕".encode(),
          "万亿".encode(), "年均增长".encode(), "达到".encode(), "突破".encode(), "七成".encode(),
          "专栏".encode(), "（待补充）".encode(), "一、".encode(), "（一）".encode(), "①".encode(),
          b"9" * 400, b"1e999", b".nan", b"0x", b"-", b"~", b"\\u202e"]


class Hang(BaseException):
    """Raised by the alarm: a BaseException, so the lint's own `except Exception` cannot swallow it."""


@dataclass
class Tally:
    inputs: int = 0
    failures: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(self.failures.values())


def seeds(extra: list[Path]) -> list[tuple[str, bytes]]:
    found = []
    for base in [ROOT / "examples", *extra]:
        for p in sorted(base.rglob("*")):
            if p.suffix in SUFFIXES and p.is_file() and p.stat().st_size < 200_000:
                found.append((p.name, p.read_bytes()))
    return found


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few mutations of the text (so most inputs still decode and reach the checks), and now
    and then of the raw bytes (so the decoder's refusals are exercised too)."""
    text = data.decode("utf-8")
    for _ in range(rng.choice((1, 1, 2, 3, 5))):
        n = len(text)
        i = rng.randrange(n + 1)
        j = min(n, i + rng.choice((1, 2, 8, 64, 512)))
        kind = rng.randrange(7)
        if kind == 0:
            text = text[:i] + text[j:]
        elif kind == 1:
            text = text[:i] + text[i:j] * rng.choice((2, 3, 50)) + text[i:]
        elif kind == 2:
            text = text[:i] + rng.choice(TOKENS).decode("utf-8", "surrogateescape") + text[i:]
        elif kind == 3:
            text = text[:i] + rng.choice(":|-#*年%0123456789 \n一二三") + text[i + 1:]
        elif kind == 4:
            text = text[:i]                          # truncated, often without a final newline
        elif kind == 5:
            k = rng.randrange(n + 1)
            text = text[:i] + text[k:k + rng.randint(1, 200)] + text[i:]
        else:
            lines = text.split("\n")
            if len(lines) > 2:
                x, y = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[x], lines[y] = lines[y], lines[x]
                text = "\n".join(lines)
    out = bytearray(text.encode("utf-8", "surrogateescape"))
    if out and rng.random() < 0.05:                  # a damaged byte: the decoders' turn
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def inputs(seed_files: list[tuple[str, bytes]], count: int, seed: int) -> Iterator[tuple[int, str, bytes]]:
    for k in range(count):
        rng = random.Random(f"{seed}:{k}")
        name, data = seed_files[rng.randrange(len(seed_files))]
        yield k, name, mutate(data, rng)


# the line breaks planlint's readers honour (readers/source.py): a lone \r ends a line too
_BREAKS = re.compile(r"\r\n|\r|\n|\x85|\u2028|\u2029")


def _lines(data: bytes) -> tuple[int, Optional[list[int]]]:
    """The number of lines, and characters per line when the bytes are UTF-8 (else None: then
    only the line is checked, against the most lines any decoding could give)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return len(_BREAKS.split(data.decode("latin-1"))), None
    lines = _BREAKS.split(text)
    return len(lines), [len(line) for line in lines]


def outside(report, data: bytes) -> list[str]:
    lines, lengths = _lines(data)
    bad = []
    for d in report.diagnostics:
        line, col = d.loc.line, d.loc.column
        if not 1 <= line <= lines or col < 1:
            bad.append(f"outside: {d.code} at {line}:{col} in a file of {lines} lines")
        elif lengths is not None and col > lengths[line - 1] + 1:
            bad.append(f"outside: {d.code} at {line}:{col}, line {line} has {lengths[line - 1]} characters")
    return bad


def report_problems(report) -> list[str]:
    from planlint.reporters import json_report, junit, sarif
    from planlint.run.result import LintResult

    ctx = LintResult([report], pack_names=["national-13th"]).render_context()
    problems = []
    for name, render, check in (("json", json_report.render, json.loads), ("sarif", sarif.render, json.loads),
                                ("junit", junit.render, xml.dom.minidom.parseString)):
        text = render([report], ctx)
        try:
            text.encode("utf-8")
            check(text)
        except Exception as err:  # noqa: BLE001 - any failure to parse is the finding
            problems.append(f"report: {name}: {type(err).__name__}: {str(err)[:120]}")
    return problems


def _alarm(signum, frame):  # noqa: ARG001
    raise Hang()


def run(count: int, seed: int, timeout: float, report_every: int, extra: list[Path],
        save: Optional[Path] = None, quiet: bool = False) -> Tally:
    from planlint.rulepack import load_pack
    from planlint.run.engine import Linter

    linter = Linter(load_pack())
    seed_files = seeds(extra)
    tally = Tally()
    start = time.monotonic()
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for k, name, data in inputs(seed_files, count, seed):
            tally.inputs += 1
            path = f"fuzz-{k}{Path(name).suffix}"
            why: list[str] = []
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                report = linter.lint_bytes(path, data)
            except Hang:
                why = [f"hang: over {timeout:g} s"]
                report = None
            except Exception as err:  # noqa: BLE001 - an escaped exception is what we look for
                why = [f"escaped: {type(err).__name__}: {str(err)[:120]}"]
                report = None
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if report is not None:
                why += [f"PL900: {d.message[:120]}" for d in report.diagnostics if d.code == "PL900"]
                why += outside(report, data)
                if report_every and k % report_every == 0:
                    why += report_problems(report)
            for w in why:
                tally.failures[w.split(":")[0]] += 1
            if why:
                if not quiet:
                    print(f"input {k} (from {name}): " + "; ".join(why[:3]), file=sys.stderr)
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    (save / path).write_bytes(data)
            if not quiet and tally.inputs % 5000 == 0:
                print(f"… {tally.inputs} inputs, {tally.failed} failures, {time.monotonic() - start:.0f} s",
                      file=sys.stderr)
    finally:
        signal.signal(signal.SIGALRM, old)
    tally.seconds = time.monotonic() - start
    return tally


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Mutation fuzzing of planlint's whole lint of one file.")
    ap.add_argument("--inputs", type=int, default=10_000, help="how many inputs (default 10,000)")
    ap.add_argument("--seed", type=int, default=0, help="inputs are made from this seed alone")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds one input may take before it is a hang")
    ap.add_argument("--report-every", type=int, default=10, help="render JSON/SARIF/JUnit for every Nth input")
    ap.add_argument("--seeds", type=Path, action="append", default=[], help="another directory of seed plans")
    ap.add_argument("--save", type=Path, help="write failing inputs here")
    args = ap.parse_args(argv)
    tally = run(args.inputs, args.seed, args.timeout, args.report_every, args.seeds, args.save)
    print(f"{tally.inputs} inputs in {tally.seconds:.0f} s: {tally.failed} failures"
          + (f" ({dict(tally.failures)})" if tally.failed else ""))
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
