"""The path patterns of the configuration (exclude, per-path) and of waivers (paths)."""
from __future__ import annotations

import fnmatch


def glob_match(rel: str, pattern: str) -> bool:
    """gitignore-like: `drafts/` or `drafts` covers the directory, `*.draft.md` any basename."""
    pattern = pattern.strip()
    if pattern.startswith("./"):
        pattern = pattern[2:]
    pattern = pattern.rstrip("/")
    if not pattern:
        return False
    if fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(rel, pattern + "/*"):
        return True
    if "/" not in pattern:
        return any(fnmatch.fnmatchcase(part, pattern) for part in rel.split("/"))
    return False
