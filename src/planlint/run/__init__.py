"""The run, apart from the command line: options in, file reports and an exit status out.

library.lint_paths is the entry point (planlint.lint_paths); session runs many files with their
configuration, packs, waivers and policy; engine lints one file; files finds them.
"""
