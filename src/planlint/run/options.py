"""Everything a lint run can be told, as plain data (the command line fills it from its arguments)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Union

from planlint.checks.registry import is_code_or_prefix, suggest_code
from planlint.messages import Text
from planlint.run.errors import RunError
from planlint.run.messages import ERRORS


@dataclass(frozen=True)
class LintOptions:
    """The options of one run; the defaults are planlint's own (what `planlint PATH` does).

    Code lists hold codes or prefixes (PL1, PL201; a list or one string will do, any case).
    None and () mean "as the configuration says".
    """

    rulepack: Optional[str] = None            # a pack name or directory; else the configuration's
    select: Optional[tuple[str, ...]] = None  # replaces the configuration's select
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()              # added to the configuration's ignore
    fail_on: Optional[str] = None             # info | warning | error; else the configuration's
    exit_zero: bool = False                   # findings do not make the status 1
    config: Optional[str] = None              # this configuration file, no search
    isolated: bool = False                    # no configuration file and no waiver file
    waivers: Optional[str] = None             # this waiver file
    max_bytes: Optional[int] = None           # the size limit of one file (default 64 MiB)
    stdin_filename: Optional[str] = None      # the name (format, configuration) of the plan read from "-"
    keep_source: bool = False                 # keep the source of files with findings, for excerpts
    keep_covered: bool = True                 # list each file's covered actions with their evidence
    jobs: int = 1                             # worker processes (run/parallel.py); 1: lint here, in order
    # how the result is shown (its render context)
    lang: str = "zh"
    verbose: bool = False
    show_source: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.jobs, bool) or not isinstance(self.jobs, int) or self.jobs < 1:
            raise RunError(ERRORS["bad-jobs"](value=str(self.jobs)[:40]))
        if self.select is not None:
            object.__setattr__(self, "select", _codes(self.select, "--select"))
        object.__setattr__(self, "extend_select", _codes(self.extend_select, "--extend-select"))
        object.__setattr__(self, "ignore", _codes(self.ignore, "--ignore"))


def _codes(codes: Union[str, Iterable[str]], option: str) -> tuple[str, ...]:
    """The codes cleaned (PL101, pl2 → PL101, PL2). One that is neither a code nor a prefix is an
    error: a typo in --select (PL1O2) would otherwise switch every check off and pass."""
    cleaned = tuple(c.strip().upper() for c in ([codes] if isinstance(codes, str) else codes) if c.strip())
    for code in cleaned:
        if not is_code_or_prefix(code):
            raise RunError(unknown_code(code, option))
    return cleaned


def unknown_code(code: str, option: str) -> Text:
    """The error for a code that is neither a code nor a prefix, with the likeliest one meant."""
    suggestion = suggest_code(code)
    if suggestion:
        return ERRORS["unknown-code-suggest"](option=option, code=code, suggestion=suggestion)
    return ERRORS["unknown-code"](option=option, code=code)
