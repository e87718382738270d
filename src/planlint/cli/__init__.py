"""The command line (Contract 1): exit 0 clean, 1 findings at/above --fail-on, 2 could not run.

app holds the program (main, console_main); parser the one-line argument errors; output the
atomic report writing; commands/ one module per command (lint, rules, rule, init, diff, server). The
commands turn their arguments into the run's options (planlint.run) and its errors into exit 2.

This package's own module imports nothing: the `planlint` program (console_main below) sets
the garbage collector's pace before the imports, which allocate most of a small run's objects.
"""
from typing import Any

__all__ = ["console_main", "main"]


def console_main() -> None:
    """The `planlint` program: app.console_main, with the collector paced before the imports
    (at the default pace they alone set off ~40 collections that free nothing)."""
    import gc

    gc.set_threshold(100_000, 20, 20)
    from planlint.cli.app import console_main as program

    gc.freeze()      # the modules' objects live as long as the process: no collection need walk them
    program()


def __getattr__(name: str) -> Any:
    if name == "main":      # `from planlint.cli import main`: the program's body, for other code
        from planlint.cli.app import main

        return main
    raise AttributeError(name)
