"""Which files a run lints: the paths given, directories searched for plans, "-" for stdin."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from planlint.messages import Joined
from planlint.readers import PLAN_SUFFIXES
from planlint.run.messages import PROBLEMS
from planlint.text.escapes import visible
from planlint.run.walk import walk_plans

STDIN = "-"       # the path that means: read the plan from standard input (a file named "-" is ./-)


def collect_plan_files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """The files to lint and the problems (missing paths, directories without plans), in order.

    A directory gives its plan files, sorted, skipping hidden files and directories; a problem
    does not stop the others from being linted. A file found in a directory that is a symlink
    to somewhere outside that directory is not read (a draft's `e2.md -> ../secret.env` must not
    have its first line quoted): it is a problem, so the run cannot pass by hiding a plan; so is a
    subdirectory that cannot be listed (exit 2, Contract 1: the run could not do its job). A
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
            walk = walk_plans(p)
            candidates = sorted(walk.files)
            problems.extend(PROBLEMS["unreadable-dir"](path=_shortened(printable(str(d))), why=err.strerror or str(err))
                            for d, err in sorted(walk.unreadable, key=lambda u: u[0]))
            tree = _resolved(p)
            inside = [_inside(f, tree) for f in candidates]
            found = [str(f) for f, ok in zip(candidates, inside) if ok]
            problems.extend(PROBLEMS["outside-link"](path=printable(str(f)))
                            for f, ok in zip(candidates, inside) if not ok)
            if not candidates and not walk.unreadable:
                problems.append(PROBLEMS["no-plans"](suffixes=Joined(tuple('*' + s for s in PLAN_SUFFIXES)),
                                                     path=printable(raw)))
            files.extend(found)
        elif p.exists():
            files.append(raw)
        else:
            problems.append(PROBLEMS["not-found"](path=printable(raw)))
    return files, problems


def _resolved(tree: Path) -> Optional[Path]:
    """The directory resolved once for all its files; None where it cannot be."""
    try:
        return tree.resolve()
    except (OSError, RuntimeError):
        return None


def _inside(path: Path, tree: Optional[Path]) -> bool:
    if tree is None:
        return False
    try:
        path.resolve().relative_to(tree)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def printable(path: str) -> str:
    """A path for a message: the bytes of a name that is not UTF-8, and any control or bidi
    character in it, as visible escapes (text/escapes.py), the same in every report."""
    return visible(path, keep="") if isinstance(path, str) else str(path)


def _shortened(path: str, keep: int = 120) -> str:
    """A path thousands of directories deep, cut in the middle: the message stays one readable line."""
    return path if len(path) <= 2 * keep else f"{path[:keep]}…{path[-keep:]}"
