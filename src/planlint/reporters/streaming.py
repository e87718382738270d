"""Reports written file by file while the run goes on (text, github, jsonl), so that a run over
thousands of plans holds one plan's findings at a time, not all of them.

A streamer works in two halves: `render` makes one file's piece of the report where the file
was linted (in a worker process with -j N: what comes back is then a few kilobytes of text, not
the findings), and `write` puts the pieces out in input order, in the run's own process;
`finish` ends the report. The output is byte for byte what the whole-run reporter gives for
the same reports.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable, Optional, Protocol, TextIO, Union

from planlint.reporters.context import RenderContext
from planlint.run.report import FileReport

STREAMING_FORMATS = ("text", "github", "jsonl")


class Streamer(Protocol):
    def render(self, r: FileReport) -> object: ...
    def write(self, piece: object) -> None: ...
    def finish(self) -> None: ...


@dataclass(eq=False, repr=False)
class _Lazy:
    """The render context is asked for when the first report comes: the run knows its packs by then."""

    make: Callable[[], RenderContext]
    _ctx: Optional[RenderContext] = None

    def get(self) -> RenderContext:
        if self._ctx is None:
            self._ctx = self.make()
        return self._ctx


@dataclass(eq=False)
class TextPiece:
    """One file's block of the text report: plain text, or (for a terminal) its lines of
    escaped (text, style) segments; with the file's counts by severity for the summary."""

    body: Union[str, list]
    counts: tuple[int, int, int]        # error, warning, info


@dataclass(eq=False, repr=False)
class TextStreamer:
    """The text report, a file's block at a time, with the summary once all are written."""

    out: TextIO
    context: _Lazy
    color: bool = False
    files: int = 0
    totals: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    _console: object = None

    def render(self, r: FileReport) -> TextPiece:
        from planlint.reporters.text_report import file_lines, plain_text
        counts = {"error": 0, "warning": 0, "info": 0}
        lines = file_lines(r, self.context.get(), counts)
        return TextPiece(_escaped(lines) if self.color else plain_text(lines),
                         (counts["error"], counts["warning"], counts["info"]))

    def write(self, piece: object) -> None:
        assert isinstance(piece, TextPiece)
        self.files += 1
        for severity, n in zip(("error", "warning", "info"), piece.counts):
            self.totals[severity] += n
        self._write(piece.body)

    def finish(self) -> None:
        from planlint.reporters.text_report import plain_text, summary_lines
        lines = summary_lines(self.files, self.totals, self.context.get())
        self._write(_escaped(lines) if self.color else plain_text(lines))

    def _write(self, body: Union[str, list]) -> None:
        if isinstance(body, str):
            self.out.write(body)
            return
        from rich.console import Console
        from rich.text import Text

        if self._console is None:   # one console for the run: rich's set-up is not per file
            self._console = Console(file=self.out, force_terminal=True, highlight=False, soft_wrap=True, emoji=False)
        for line in body:
            text = Text()
            for segment, style in line:
                text.append(segment, style=style or None)
            self._console.print(text)  # type: ignore[attr-defined]


def _escaped(lines: list) -> list:
    """As the whole-run report: a value's control characters are escaped before any colour."""
    from planlint.text.escapes import visible
    return [[(visible(text, keep="\t"), style) for text, style in line] for line in lines]


@dataclass(eq=False, repr=False)
class GithubStreamer:
    """GitHub Actions annotations, a file's at a time."""

    out: TextIO
    context: _Lazy

    def render(self, r: FileReport) -> str:
        from planlint.reporters.github import render
        return render([r], self.context.get())

    def write(self, piece: object) -> None:
        assert isinstance(piece, str)
        self.out.write(piece)

    def finish(self) -> None:
        pass


@dataclass(eq=False, repr=False)
class JsonlStreamer:
    """One JSON object per finding per line: the fields of a Contract 2 diagnostic."""

    out: TextIO
    context: _Lazy

    def render(self, r: FileReport) -> str:
        return render_lines([r], self.context.get())

    def write(self, piece: object) -> None:
        assert isinstance(piece, str)
        self.out.write(piece)

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
