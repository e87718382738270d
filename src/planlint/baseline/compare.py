"""A run's findings against a baseline: each is new or unchanged; baseline entries not seen are absent."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from planlint.baseline.store import Baseline, BaselineEntry, keyed, relative_path
from planlint.diagnostics import Diagnostic

NEW, UNCHANGED, ABSENT = "new", "unchanged", "absent"    # SARIF's baselineState values


@dataclass
class BaselineMatch:
    """Which findings of a run the baseline knows (by object identity within the run), and what it lost."""

    states: dict[int, str] = field(default_factory=dict)      # id(diagnostic) → NEW | UNCHANGED
    absent: list[BaselineEntry] = field(default_factory=list)  # in the baseline, no longer found (fixed)
    kept: list[BaselineEntry] = field(default_factory=list)    # baseline entries still found, in file order

    def state(self, d: Diagnostic) -> str:
        return self.states.get(id(d), NEW)

    def is_new(self, d: Diagnostic) -> bool:
        return self.state(d) == NEW

    def count(self, state: str) -> int:
        return len(self.absent) if state == ABSENT else sum(1 for s in self.states.values() if s == state)


def match(diags: Iterable[Diagnostic], baseline: Baseline, base_dir: Path, linted: Iterable[str] = ()) -> BaselineMatch:
    """Compare. Baseline entries count as absent only for files this run linted (`linted`, as given):
    linting one file of a folder must not report the others' findings as fixed."""
    by_fp = {e.fingerprint: e for e in baseline.entries}
    result = BaselineMatch()
    seen: set[str] = set()
    for d, fp in keyed(diags, base_dir):
        if fp in by_fp:
            result.states[id(d)] = UNCHANGED
            seen.add(fp)
        else:
            result.states[id(d)] = NEW
    linted_rel = {relative_path(p, base_dir) for p in linted}
    for e in baseline.entries:
        if e.fingerprint in seen:
            result.kept.append(e)
        elif e.path in linted_rel:
            result.absent.append(e)
    return result


def pruned(baseline: Baseline, result: BaselineMatch) -> Baseline:
    """The baseline without the findings fixed since (entries of files not linted stay)."""
    gone = {e.fingerprint for e in result.absent}
    return Baseline([e for e in baseline.entries if e.fingerprint not in gone])
