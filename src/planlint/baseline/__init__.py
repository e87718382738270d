"""Baselines: the findings a plan already had, so that only new ones fail a run."""
from planlint.baseline.compare import BaselineMatch, NEW, UNCHANGED, ABSENT, match, pruned
from planlint.baseline.store import Baseline, BaselineEntry, BaselineError, load, dump, from_diagnostics

__all__ = ["ABSENT", "NEW", "UNCHANGED", "Baseline", "BaselineEntry", "BaselineError", "BaselineMatch",
           "dump", "from_diagnostics", "load", "match", "pruned"]
