"""Reading a data file (rule pack, configuration, waivers) that may come from a pull request:
a regular file only (a FIFO would block, /dev/zero never ends), at most `limit` bytes."""
from __future__ import annotations

import os
import stat
from pathlib import Path


class FileTooLarge(OSError):
    """Larger than the limit, or not a regular file: refused without reading it whole."""


def read_bounded(path: Path, limit: int) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FileTooLarge(f"{path}: not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FileTooLarge(f"{path}: larger than {limit} bytes")
    return data
