"""`python -m planlint`: the console script's twin, without the working directory on the import path.

`python -m` puts the current directory first on sys.path, so a draft that ships a
`rapidfuzz.py` or `yaml.py` would run as planlint imports it. Only planlint itself (already
imported) comes from there legitimately; the entry is dropped before anything else loads.
"""
import os
import sys


def _drop_working_directory() -> None:
    here = os.getcwd()
    sys.path[:] = [p for p in sys.path if p not in ("", ".") and os.path.abspath(p) != here]


_drop_working_directory()

from planlint.cli import console_main  # noqa: E402 - after the import path is safe

console_main()
