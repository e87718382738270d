"""The argument parser every command uses: a mistake is one clear line and exit 2."""
from __future__ import annotations

import argparse

from planlint.cli.errors import UsageError
from planlint.cli.messages import USAGE

LANGS = ("zh", "en")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, not argparse's usage dump
        raise UsageError(USAGE["bad-arguments"](detail=message))


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
