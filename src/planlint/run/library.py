"""planlint as a library: lint paths as `planlint PATH...` would, without printing or exiting."""
from __future__ import annotations

from typing import Optional, Sequence

from planlint.run.options import LintOptions
from planlint.run.result import LintResult
from planlint.run.session import LintSession


def lint_paths(paths: Sequence[str], options: Optional[LintOptions] = None) -> LintResult:
    """Lint plan files and directories ("-" reads a plan from standard input).

    The result holds a FileReport per file (its findings after suppressions, waivers and
    select/ignore), the problems (missing paths, unreadable files) and `exit_status`, the status
    `planlint` would exit with. Raises RunError for what must be fixed before anything can be
    linted: a configuration, rule pack or waiver file that cannot be used.
    """
    session = LintSession(options or LintOptions())
    files, problems = session.collect([str(p) for p in paths])
    return session.lint(files, problems)
