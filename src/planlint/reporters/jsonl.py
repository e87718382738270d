"""JSON Lines: one JSON object per finding per line, with the fields of a Contract 2 diagnostic
(`path`, `line`, `column`, `code`, `severity`, `subject`, `message`, …). Written as the run goes
(reporters/streaming.py); no file list or tool header, so `cat a.jsonl b.jsonl` is a report too."""
from __future__ import annotations

from planlint.reporters.streaming import render_lines as render  # noqa: F401 - the format's whole-run renderer
