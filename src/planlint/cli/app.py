"""The program: the first word picks the command, and whatever goes wrong ends as one line.

`planlint PATH...` lints. Three subcommands sit beside it: `planlint rules`, `planlint rule
CODE|NAME` and `planlint init`. A bare first word naming one of them is the subcommand, as with
ruff (`planlint rules` in a repository that keeps its rule packs in `rules/` lists the codes); to
lint a directory that happens to be called `rules`, `rule` or `init`, write it as a path:
`planlint ./rules`.
"""
from __future__ import annotations

import sys
from typing import Callable, Optional, Sequence

from planlint.cli.errors import EXIT_USAGE, UsageError
from planlint.run.errors import RunError

SUBCOMMANDS = ("rules", "rule", "init", "pack")


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
    try:
        if args and args[0] in SUBCOMMANDS:
            return command(args[0])(args[1:])
        return command("lint")(args)
    except (UsageError, RunError) as err:
        print(f"planlint: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("planlint: 已中断", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_USAGE
    except Exception as err:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        print(f"planlint: 内部错误：{type(err).__name__}: {err}（这是planlint的缺陷，请附上命令和文件报告问题）",
              file=sys.stderr)
        return EXIT_USAGE


def command(name: str) -> Callable[[list[str]], int]:
    """The `run` of one command's module, imported only when that command is used."""
    if name == "rules":
        from planlint.cli.commands import rules as module
    elif name == "rule":
        from planlint.cli.commands import rule as module
    elif name == "init":
        from planlint.cli.commands import init as module
    elif name == "pack":
        from planlint.cli.commands import pack as module
    else:
        from planlint.cli.commands import lint as module
    return module.run
