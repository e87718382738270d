"""The directory walk: every plan file under a directory, without recursion and without
giving up on the first directory it cannot read."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from planlint.readers import is_plan_file


@dataclass(eq=False, repr=False)
class Walk:
    """The plan files found (not yet sorted) and the directories that could not be listed."""

    files: list[Path] = field(default_factory=list)
    unreadable: list[tuple[Path, OSError]] = field(default_factory=list)


def walk_plans(top: Path) -> Walk:
    """Plan files under `top`, hidden files and directories skipped, symlinked directories not
    entered (as pathlib's rglob). An explicit stack, not recursion: a tree 10,000 directories deep
    is a long list, not a RecursionError. A directory that cannot be listed (permission denied,
    a path too long) is kept with its error, so the caller can say so instead of passing it by."""
    found = Walk()
    stack = [top]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    path = here / entry.name
                    if _is_dir(entry):
                        stack.append(path)
                    elif is_plan_file(path) and _is_file(entry):
                        found.files.append(path)
        except OSError as err:
            found.unreadable.append((here, err))
    return found


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    """A regular file or a symlink to one (the caller decides about links leaving the tree)."""
    try:
        return entry.is_file()
    except OSError:
        return False
