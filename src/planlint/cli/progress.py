"""A progress bar on stderr for long runs at a terminal; never in CI logs or when piped."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Callable, Iterator, Optional

MIN_FILES = 50        # below this a run ends before a bar would help


def wanted(n_files: int) -> bool:
    return n_files >= MIN_FILES and sys.stderr.isatty() and "CI" not in os.environ


@contextmanager
def progress_bar(n_files: int) -> Iterator[Optional[Callable[[int, int], None]]]:
    """A `progress(done, total)` callback drawing a rich bar, or None where no bar is wanted."""
    if not wanted(n_files):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("planlint", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True, redirect_stdout=False,
                  redirect_stderr=False) as bar:
        task = bar.add_task("lint", total=n_files)
        yield lambda done, total: bar.update(task, completed=done, total=total)
