"""Which files a run lints: the paths given, directories searched for plans, "-" for stdin."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from planlint.messages import Joined
from planlint.readers import PLAN_SUFFIXES, is_plan_file
from planlint.run.messages import PROBLEMS

STDIN = "-"       # the path that means: read the plan from standard input (a file named "-" is ./-)


def collect_plan_files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """The files to lint and the problems (missing paths, directories without plans), in order.

    A directory gives its plan files, sorted, skipping hidden files and directories; a problem
    does not stop the others from being linted. A file found in a directory that is a symlink
    to somewhere outside that directory is not read (a draft's `e2.md -> ../secret.env` must not
    have its first line quoted): it is a problem, so the run cannot pass by hiding a plan. A
    path given by name is followed wherever it points: the caller asked for it.
    """
    files: list[str] = []
    problems: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw == STDIN:
            if raw not in files:
                files.append(raw)
        elif p.is_dir():
            candidates = sorted(f for f in p.rglob("*") if is_plan_file(f) and f.is_file()
                                and not any(part.startswith(".") for part in f.relative_to(p).parts))
            found = [str(f) for f in candidates if _inside(f, p)]
            problems.extend(PROBLEMS["outside-link"](path=printable(str(f)))
                            for f in candidates if not _inside(f, p))
            if not candidates:
                problems.append(PROBLEMS["no-plans"](suffixes=Joined(tuple('*' + s for s in PLAN_SUFFIXES)), path=raw))
            files.extend(found)
        elif p.exists():
            files.append(raw)
        else:
            problems.append(PROBLEMS["not-found"](path=raw))
    return files, problems


def _inside(path: Path, tree: Path) -> bool:
    try:
        path.resolve().relative_to(tree.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def printable(path: str) -> str:
    """A path for a message: names that are not UTF-8 keep their bytes as escapes."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(path, str) else str(path)
