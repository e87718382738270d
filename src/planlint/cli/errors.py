"""Exit statuses (Contract 1) and the command line's own error."""
from __future__ import annotations

from planlint.run.files import printable  # one escaping of file names, shared with the run
from planlint.run.result import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "UsageError", "printable"]


class UsageError(Exception):
    """Something the user must fix before planlint can run; one line on stderr, exit 2."""


