"""The argument parser every command uses: a mistake is one clear line and exit 2."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable, Sequence

from planlint.cli.errors import UsageError
from planlint.cli.help import HELP
from planlint.cli.messages import USAGE

LANGS = ("zh", "en")


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors, and its own -h/--help line in the command's language."""

    def __init__(self, *args: object, lang: str = "zh", **kwargs: object) -> None:
        super().__init__(*args, add_help=False, **kwargs)  # type: ignore[arg-type]
        self.add_argument("-h", "--help", action="help", help=HELP["help"].pattern(lang))

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


def jobs(lang: str) -> Callable[[str], int]:
    """-j N: a number of worker processes, at least 1; the complaint in the command line's language."""
    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            n = 0
        if n < 1:
            raise argparse.ArgumentTypeError(HELP["jobs.bad"](value=text[:40]).render(lang))
        return n
    return parse


def requested_lang(args: Sequence[str]) -> str:
    """The --lang the command line asks for, read without the parser: an error may come before
    (or from) parsing, and the help is printed while parsing; both are said in it all the same."""
    lang = "zh"
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            lang = args[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang if lang in LANGS else "zh"
