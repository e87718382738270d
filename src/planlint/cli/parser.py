"""The argument parser every command uses: a mistake is one clear line and exit 2."""
from __future__ import annotations

import argparse
import os
import sys

from planlint.cli.errors import UsageError
from planlint.cli.messages import USAGE

LANGS = ("zh", "en")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, not argparse's usage dump
        raise UsageError(USAGE["bad-arguments"](detail=message))

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every add_argument, and each imports shutil (with bz2
        # and lzma, ≈2–6 ms of a one-plan run) only to ask the terminal's width: asked here
        return self.formatter_class(prog=self.prog, width=terminal_columns() - 2)  # type: ignore[call-arg]


def terminal_columns(fallback: int = 80) -> int:
    """The terminal's width as shutil.get_terminal_size gives it: $COLUMNS, else stdout's terminal."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or fallback  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return fallback


def codes(text: str) -> tuple[str, ...]:
    """A comma-separated option of codes or prefixes; LintOptions cleans them (PL101, pl2 → PL101, PL2)."""
    return tuple(text.split(","))


def jobs(text: str) -> int:
    """-j N: a number of worker processes, at least 1."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"-j/--jobs 应为不小于1的进程数，而不是 {text[:40]}")
    return n
