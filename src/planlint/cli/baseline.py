"""--baseline, --write-baseline, --prune-baseline: a run's findings against the findings a plan had.

A baseline file is written only where the user named it, and an existing file is replaced only
when it is itself a planlint baseline: `--write-baseline plan.yaml` or a mistyped README never
loses its content. Writes are atomic (cli/output.write_file).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from planlint.cli.errors import UsageError, printable
from planlint.cli.messages import NOTES, USAGE
from planlint.cli.output import refuse_to_overwrite_inputs, write_file
from planlint.messages import Text
from planlint.run.result import LintResult


def add_arguments(p: argparse.ArgumentParser, h: Callable[[str], str]) -> None:
    """The three options, their help (`h`, cli.help) in the command line's language."""
    p.add_argument("--baseline", metavar="FILE", help=h("lint.baseline"))
    p.add_argument("--write-baseline", metavar="FILE", help=h("lint.write-baseline"))
    p.add_argument("--prune-baseline", action="store_true", help=h("lint.prune-baseline"))


def check_arguments(args: argparse.Namespace, files: list[str]) -> None:
    """Refuse combinations and targets before linting, so a mistake costs no run."""
    if args.prune_baseline and not args.baseline:
        raise UsageError(USAGE["prune-needs-baseline"]())
    if args.write_baseline:
        refuse_to_overwrite_inputs(args.write_baseline, files)
        if args.output_file and Path(args.output_file).resolve() == Path(args.write_baseline).resolve():
            raise UsageError(USAGE["baseline-is-output"](path=printable(args.write_baseline)))
        from planlint.baseline import store     # here: a run without baselines never loads hashlib

        target = Path(args.write_baseline)
        if target.exists() and not store.is_baseline_file(args.write_baseline):
            raise UsageError(USAGE["not-a-baseline"](path=printable(args.write_baseline)))


def apply(args: argparse.Namespace, result: LintResult, files: list[str]) -> None:
    """Compare with --baseline (pruning it if asked), then write --write-baseline; messages on stderr."""
    if not (args.baseline or args.write_baseline):
        return
    from planlint.baseline import compare, store     # here: a run without baselines never loads hashlib

    diags = [d for r in result.reports for d in r.diagnostics]
    if args.baseline:
        base_dir = Path(args.baseline).parent
        known = store.load(args.baseline)
        result.baseline = compare.match(diags, known, base_dir, linted=files)
        if args.prune_baseline:
            if result.problems:
                _note(NOTES["prune-skipped"](path=printable(args.baseline)), args.lang)
            else:
                kept = compare.pruned(known, result.baseline)
                write_file(args.baseline, store.dump(kept))
                _note(NOTES["pruned"](path=printable(args.baseline), count=len(known.entries) - len(kept.entries)), args.lang)
    if args.write_baseline:
        if result.problems:      # a file that could not be read would vanish from the baseline
            _note(NOTES["baseline-skipped"](path=printable(args.write_baseline)), args.lang)
            return
        base_dir = Path(args.write_baseline).parent
        written = store.from_diagnostics(diags, base_dir)
        write_file(args.write_baseline, store.dump(written))
        _note(NOTES["baseline-written"](path=printable(args.write_baseline), count=len(written.entries)), args.lang)
        if not args.baseline:    # what was just written is known: the run reports it as such
            result.baseline = compare.match(diags, written, base_dir, linted=files)


def _note(text: Text, lang: str) -> None:
    print(f"planlint: {text.render(lang)}", file=sys.stderr)
