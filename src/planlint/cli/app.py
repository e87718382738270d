"""The program: the first word picks the command, and whatever goes wrong ends as one line.

`planlint PATH...` lints. Subcommands sit beside it: `planlint rules`, `planlint rule
CODE|NAME`, `planlint init`, `planlint diff OLD NEW` and `planlint server` (the editor's LSP server). A bare first word naming one of them is the subcommand, as with
ruff (`planlint rules` in a repository that keeps its rule packs in `rules/` lists the codes); to
lint a directory that happens to be called `rules`, `rule` or `init`, write it as a path:
`planlint ./rules`.
"""
from __future__ import annotations

import sys
from typing import Callable, Optional, Sequence

from planlint.cli.errors import EXIT_USAGE, UsageError
from planlint.cli.messages import USAGE
from planlint.cli.parser import requested_lang
from planlint.messages import LANGS, Text, render
from planlint.run.errors import RunError

SUBCOMMANDS = ("rules", "rule", "init", "pack", "diff", "server")


def console_main() -> None:
    """The `planlint` program (and `python -m planlint`): main() in a process of its own.

    A run allocates tens of thousands of small objects, nearly all alive until it ends; at
    Python's default threshold (a collection every 700 allocations) the cyclic collector
    walks them ~60 times, ~5 % of a run on an 80 KB plan, to free nothing. Collecting every
    100,000 allocations still bounds memory on the largest plans. Only the program does
    this: main() called from other code leaves the caller's collector alone.
    """
    import gc

    gc.set_threshold(100_000, 20, 20)
    sys.exit(main())


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one command line (sys.argv without it) and return its exit status; never raises."""
    args = list(sys.argv[1:] if argv is None else argv)
    tolerate_narrow_encodings()
    try:
        if args and args[0] in SUBCOMMANDS:
            return command(args[0])(args[1:])
        return command("lint")(args)
    except (UsageError, RunError) as err:
        print(f"planlint: {error_line(err, requested_lang(args))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"planlint: {USAGE['interrupted']().render(requested_lang(args))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_USAGE
    except Exception as err:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        error = f"{type(err).__name__}: {err}"
        print(f"planlint: {USAGE['internal'](error=error).render(requested_lang(args))}", file=sys.stderr)
        return EXIT_USAGE


def tolerate_narrow_encodings() -> None:
    """Under PYTHONIOENCODING=ascii (or a latin-1 locale) a Chinese report cannot be encoded: the
    characters that do not fit are written as \\uXXXX escapes, never a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "规划—".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")


def error_line(err: Exception, lang: str) -> str:
    """An error's one line; a templated one (messages.Text) in the language asked for."""
    message = err.args[0] if err.args else ""
    return render(message, lang) if isinstance(message, Text) else str(err)


def command(name: str) -> Callable[[list[str]], int]:
    """The `run` of one command's module, imported only when that command is used."""
    if name == "rules":
        from planlint.cli.commands import rules as module
    elif name == "rule":
        from planlint.cli.commands import rule as module
    elif name == "init":
        from planlint.cli.commands import init as module
    elif name == "diff":
        from planlint.cli.commands import diff as module
    elif name == "server":
        from planlint.cli.commands import server as module
    elif name == "pack":
        from planlint.cli.commands import pack as module
    else:
        from planlint.cli.commands import lint as module
    return module.run
