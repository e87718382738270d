"""The parse-only floor: read every plan in a directory with the plain parsers and nothing else.

    python bench/parse_floor.py DIR

YAML plans are composed by libyaml (yaml.CSafeLoader), Markdown plans parsed by markdown-it
into tokens: the least any linter of these files must do. bench/many.py --floor times this
as a whole process beside planlint -j 1 on the same files.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml
from markdown_it import MarkdownIt


def main(directory: str) -> int:
    md = MarkdownIt("commonmark").enable("table")
    for path in sorted(Path(directory).iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.suffix in (".yaml", ".yml"):
            yaml.compose(text, Loader=yaml.CSafeLoader)
        elif path.suffix == ".md":
            md.parse(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
