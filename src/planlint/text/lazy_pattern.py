"""A regular expression compiled when first used, for patterns many runs never need.

`re` compiles a character class over CJK or control ranges in Python, up to a millisecond
each, and a module-level `re.compile` makes every process pay it at import, including the
many runs (a clean plan, a YAML plan with its region given) that never use the pattern.
"""
from __future__ import annotations

import re
from typing import Any, Optional


class LazyPattern:
    """Stands for `re.compile(source, flags)`: every attribute is the compiled pattern's."""

    __slots__ = ("_source", "_flags", "_pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._pattern: Optional[re.Pattern[str]] = None

    def compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self._source, self._flags)
        return self._pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)
