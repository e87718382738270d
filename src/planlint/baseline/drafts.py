"""Two drafts of one plan (征求意见稿 → 送审稿): which findings were fixed, which are new, which remain.

Findings are matched by the same logical fingerprint as a baseline (code + national item, not
the line), with both drafts taken as the same file: the drafts' names differ by design.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from planlint.diagnostics import Diagnostic
from planlint.reporters.fingerprint import fingerprints

SAME_FILE = "plan"     # the one path both drafts are fingerprinted under


@dataclass
class DraftDiff:
    """Findings of the new draft that are new or unchanged, and findings of the old draft fixed since."""

    old_path: str
    new_path: str
    new: list[Diagnostic] = field(default_factory=list)          # as found in the new draft
    unchanged: list[Diagnostic] = field(default_factory=list)    # as found in the new draft
    fixed: list[Diagnostic] = field(default_factory=list)        # as found in the old draft


def compare_drafts(old_path: str, old: Iterable[Diagnostic], new_path: str, new: Iterable[Diagnostic]) -> DraftDiff:
    old, new = list(old), list(new)
    old_fps = _keys(old)
    new_fps = _keys(new)
    out = DraftDiff(old_path, new_path)
    before = set(old_fps)
    for d, fp in zip(new, new_fps):
        (out.unchanged if fp in before else out.new).append(d)
    kept = set(new_fps)
    out.fixed = [d for d, fp in zip(old, old_fps) if fp not in kept]
    return out


def _keys(diags: list[Diagnostic]) -> list[str]:
    return fingerprints(replace(d, path=SAME_FILE) for d in diags)
