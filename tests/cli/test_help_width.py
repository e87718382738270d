"""Help is wrapped to the terminal's width exactly as argparse wraps it, without argparse's
shutil import (cli/parser.py)."""
import argparse

import pytest

from planlint.cli.commands.lint import build_parser
from planlint.cli.parser import terminal_columns


@pytest.mark.parametrize("columns", ["50", "120", "", "wide"])
def test_help_is_wrapped_as_argparse_wraps_it(columns, monkeypatch):
    monkeypatch.setenv("COLUMNS", columns)
    parser = build_parser()
    ours = parser.format_help()
    stock = argparse.ArgumentParser._get_formatter     # argparse's own: shutil.get_terminal_size
    monkeypatch.setattr(type(parser), "_get_formatter", stock)
    assert ours == parser.format_help()


def test_columns_come_from_the_environment_else_a_fallback(monkeypatch):
    monkeypatch.setenv("COLUMNS", "73")
    assert terminal_columns() == 73
    monkeypatch.setenv("COLUMNS", "wide")
    assert terminal_columns() > 0
