"""planlint: lint local informatization plans against a national rule pack.

As a library::

    import planlint
    result = planlint.lint_paths(["plans/"], planlint.LintOptions(fail_on="warning"))

`lint_paths`, `LintOptions`, `LintResult` and `RunError` load on first use: importing planlint
stays as cheap as reading its version.
"""
from planlint._version import __version__

__all__ = ["__version__", "lint_paths", "LintOptions", "LintResult", "RunError"]


def __getattr__(name: str) -> object:
    if name == "lint_paths":
        from planlint.run.library import lint_paths
        return lint_paths
    if name == "LintOptions":
        from planlint.run.options import LintOptions
        return LintOptions
    if name == "LintResult":
        from planlint.run.result import LintResult
        return LintResult
    if name == "RunError":
        from planlint.run.errors import RunError
        return RunError
    raise AttributeError(f"module 'planlint' has no attribute {name!r}")
