"""The run's own error: what the user must fix before planlint can lint (exit 2 on the command line)."""
from planlint.messages import carried  # noqa: F401 - re-exported: errors passed on keep their template


class RunError(Exception):
    """A configuration, rule pack, waiver file or option that cannot be used; the message is one line."""

