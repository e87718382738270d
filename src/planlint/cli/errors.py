"""Exit statuses (Contract 1) and the command line's own error."""
from __future__ import annotations

from planlint.run.result import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "UsageError", "printable"]


class UsageError(Exception):
    """Something the user must fix before planlint can run; one line on stderr, exit 2."""


def printable(path: str) -> str:
    """A path for a message: file names that are not UTF-8 keep their bytes as escapes."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(path, str) else str(path)
