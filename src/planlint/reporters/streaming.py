"""Reports written file by file while the run goes on (text, github, jsonl), so that a run over
thousands of plans holds one plan's findings at a time, not all of them.

A streamer is told each file's report as it is made, in input order, and `finish` at the end;
its output is byte for byte what the whole-run reporter gives for the same reports.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable, Optional, Protocol, TextIO

from planlint.reporters.context import RenderContext
from planlint.run.report import FileReport

STREAMING_FORMATS = ("text", "github", "jsonl")


class Streamer(Protocol):
    def report(self, r: FileReport) -> None: ...
    def finish(self) -> None: ...


@dataclass
class _Lazy:
    """The render context is asked for when the first report comes: the run knows its packs by then."""

    make: Callable[[], RenderContext]
    _ctx: Optional[RenderContext] = None

    def get(self) -> RenderContext:
        if self._ctx is None:
            self._ctx = self.make()
        return self._ctx


@dataclass
class TextStreamer:
    out: TextIO
    context: _Lazy
    color: bool = False
    files: int = 0
    totals: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    _console: object = None

    def report(self, r: FileReport) -> None:
        from planlint.reporters.text_report import file_lines
        self.files += 1
        self._write(file_lines(r, self.context.get(), self.totals))

    def finish(self) -> None:
        from planlint.reporters.text_report import summary_lines
        self._write(summary_lines(self.files, self.totals, self.context.get()))

    def _write(self, lines: list) -> None:
        from planlint.text.escapes import visible
        # as the whole-run report: a value's control characters are escaped before any colour
        lines = [[(visible(text, keep="\t"), style) for text, style in line] for line in lines]
        if not self.color:
            self.out.write("".join("".join(text for text, _ in line) + "\n" for line in lines))
            return
        from rich.console import Console
        from rich.text import Text

        if self._console is None:   # one console for the run: rich's set-up is not per file
            self._console = Console(file=self.out, force_terminal=True, highlight=False, soft_wrap=True, emoji=False)
        for line in lines:
            text = Text()
            for segment, style in line:
                text.append(segment, style=style or None)
            self._console.print(text)  # type: ignore[attr-defined]


@dataclass
class GithubStreamer:
    out: TextIO
    context: _Lazy

    def report(self, r: FileReport) -> None:
        from planlint.reporters.github import render
        self.out.write(render([r], self.context.get()))

    def finish(self) -> None:
        pass


@dataclass
class JsonlStreamer:
    """One JSON object per finding per line: the fields of a Contract 2 diagnostic."""

    out: TextIO
    context: _Lazy

    def report(self, r: FileReport) -> None:
        self.out.write(render_lines([r], self.context.get()))

    def finish(self) -> None:
        pass


def render_lines(reports: list[FileReport], ctx: RenderContext) -> str:
    from planlint.reporters.json_report import finding_dict
    from planlint.text.escapes import json_safe
    out = [json_safe(json.dumps(finding_dict(d, ctx), ensure_ascii=False)) + "\n"
           for r in reports for d in r.diagnostics]
    return "".join(out)


def streamer(fmt: str, out: TextIO, context: Callable[[], RenderContext], color: bool = False) -> Streamer:
    lazy = _Lazy(context)
    if fmt == "text":
        return TextStreamer(out, lazy, color)
    if fmt == "github":
        return GithubStreamer(out, lazy)
    return JsonlStreamer(out, lazy)
