"""The run, apart from the command line: options in, file reports and an exit status out.

library.lint_paths is the entry point (exported as planlint.lint_paths); options holds
LintOptions, errors RunError; files finds the plans a path names; engine lints one file;
session lints many under their configuration, packs, waivers and policy; report and result
are what comes back. Nothing here imports the command line or argparse.
"""
