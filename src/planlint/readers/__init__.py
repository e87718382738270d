"""Readers turn a file into the one Plan model; the format is chosen by extension."""
from __future__ import annotations

from pathlib import Path

from planlint.readers.base import ReadResult, unreadable
from planlint.readers.source import SourceError, decode

YAML_SUFFIXES = (".yaml", ".yml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")


def is_plan_file(path: Path) -> bool:
    return path.suffix.lower() in YAML_SUFFIXES + MARKDOWN_SUFFIXES


def read_plan(path: str, data: bytes) -> ReadResult:
    """Read one plan from its bytes; never raises for bad input."""
    try:
        text = decode(data)
    except SourceError as err:
        return unreadable(path, err.message, err.loc)
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from planlint.readers.markdown_reader import read_markdown
        return read_markdown(text, path)
    from planlint.readers.yaml_reader import read_yaml
    return read_yaml(text, path)
