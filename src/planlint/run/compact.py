"""What a run keeps of each linted file until the report is written: a run over 25,000 plans holds
all their findings at once, so each kept finding shares what other findings already hold.

Most of a finding's text repeats from plan to plan (what the national plan asks, its citation,
the hint), and the plan model itself is needed only for its metadata once the checks are done.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from planlint.diagnostics import Diagnostic
from planlint.messages import Text
from planlint.run.report import FileReport

_SHARED_FIELDS = tuple(f.name for f in fields(Diagnostic) if f.name not in ("evidence",))


@dataclass(eq=False, repr=False)
class SharedValues:
    """One object per distinct value a run's findings hold (a message equal in wording, template
    and arguments is the same message, so sharing it changes nothing any report shows)."""

    _pool: dict[tuple[type, Any], Any] = field(default_factory=dict)

    def share(self, value: Any) -> Any:
        if isinstance(value, list) or value is None:
            return value
        try:
            key = (type(value), value)
            found = self._pool.setdefault(key, value)
        except TypeError:      # an unhashable value: kept as it is
            return value
        if found is not value and type(value) is Text and (found.template is not value.template
                                                          or found.args != value.args):
            return value       # the same Chinese wording from another template or arguments
        return found

    def compact(self, report: FileReport, keep_plan: bool) -> None:
        """Share the findings' values; without keep_plan, keep only the plan's metadata and
        where its lists stood (what reporters read), not its indicators, actions and text."""
        for d in report.diagnostics:
            for name in _SHARED_FIELDS:
                setattr(d, name, self.share(getattr(d, name)))
            if d.evidence:
                d.evidence = [self.share(e) for e in d.evidence]
        if report.plan is not None and not keep_plan:
            report.plan = replace(report.plan, indicators=[], actions=[], projects=[], sections=[])
