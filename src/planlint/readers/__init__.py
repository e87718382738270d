"""Readers turn a file into the one Plan model; the format is chosen by extension."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from planlint.text.periods import FALLBACK_PERIOD

from planlint.readers.base import ReadResult, unreadable
from planlint.readers.source import SourceError, decode

YAML_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")


def is_plan_file(path: Path) -> bool:
    return path.suffix.lower() in YAML_SUFFIXES + MARKDOWN_SUFFIXES


def read_plan(path: str, data: bytes, default_period: Optional[tuple[int, int]] = None) -> ReadResult:
    """Read one plan from its bytes; never raises for bad input.

    default_period is the plan period assumed where a plan writes none (the linter passes the
    rule pack's); it decides which table column holds the targets and the year of prose targets.
    """
    period = default_period or FALLBACK_PERIOD
    try:
        text = decode(data)
    except SourceError as err:
        return unreadable(path, err.message, err.loc)
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from planlint.readers.markdown.reader import read_markdown
        return read_markdown(text, path, period)
    from planlint.readers.yaml.reader import read_yaml
    return read_yaml(text, path, period)
