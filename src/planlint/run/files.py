"""Which files a run lints: the paths given, directories searched for plans, "-" for stdin."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from planlint.readers import PLAN_SUFFIXES, is_plan_file

STDIN = "-"       # the path that means: read the plan from standard input (a file named "-" is ./-)


def collect_plan_files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """The files to lint and the problems (missing paths, directories without plans), in order.

    A directory gives its plan files, sorted, skipping hidden files and directories; a problem
    does not stop the others from being linted.
    """
    files: list[str] = []
    problems: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw == STDIN:
            if raw not in files:
                files.append(raw)
        elif p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if is_plan_file(f) and f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                problems.append(f"目录中没有规划文件（{'、'.join('*' + s for s in PLAN_SUFFIXES)}）：{raw}")
            files.extend(found)
        elif p.exists():
            files.append(raw)
        else:
            problems.append(f"找不到文件或目录：{raw}")
    return files, problems
