"""The command line (Contract 1): exit 0 clean, 1 findings at/above --fail-on, 2 could not run.

app holds the program (main, console_main); parser the one-line argument errors; output the
atomic report writing; commands/ one module per command (lint, rules, rule, init, diff, server). The
commands turn their arguments into the run's options (planlint.run) and its errors into exit 2.
"""
from planlint.cli.app import console_main, main

__all__ = ["console_main", "main"]
