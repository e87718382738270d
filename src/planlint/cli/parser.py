"""The argument parser every command uses: a mistake is one clear line and exit 2."""
from __future__ import annotations

import argparse

from planlint.cli.errors import UsageError

LANGS = ("zh", "en")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, not argparse's usage dump
        raise UsageError(f"命令行参数错误：{message}（用 planlint --help 查看用法）")


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
