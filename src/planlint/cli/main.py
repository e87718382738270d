"""The command line (Contract 1): exit 0 clean, 1 findings at/above --fail-on, 2 could not run.

`planlint PATH...` lints. Three subcommands sit beside it: `planlint rules`, `planlint rule
CODE|NAME` and `planlint init`. A bare first word naming one of them is the subcommand, as with
ruff (`planlint rules` in a repository that keeps its rule packs in `rules/` lists the codes); to
lint a directory that happens to be called `rules`, `rule` or `init`, write it as a path:
`planlint ./rules`.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from planlint import __version__
from planlint.diagnostics import SEVERITIES, severity_rank

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
PLAN_SUFFIXES = (".yaml", ".yml", ".md", ".markdown")
FORMATS = ("text", "json", "html", "sarif", "github", "gitlab", "junit")
SUBCOMMANDS = ("rules", "rule", "init")


class UsageError(Exception):
    """Something the user must fix before planlint can run; one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, not argparse's usage dump
        raise UsageError(f"命令行参数错误：{message}（用 planlint --help 查看用法）")


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in text.split(",") if c.strip())


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="planlint", description="按《“十三五”国家信息化规划》检查地方和部门信息化规划。",
                formatter_class=argparse.RawDescriptionHelpFormatter,
                epilog="子命令：\n"
                       "  planlint rules                 列出全部代码、默认严重程度和概要\n"
                       "  planlint rule CODE|名称        解释一个代码或国家规划条目，引用国家规划原文\n"
                       "  planlint init --level L ...    生成规划骨架（planlint init --help）\n"
                       "（第一个参数是子命令名且不存在同名文件或目录时才作为子命令。）\n\n"
                       "配置：从被检查文件所在目录向上查找 .planlint.yaml 或 pyproject.toml 的 [tool.planlint]；"
                       "命令行选项优先。\n"
                       "退出码：0 无达到 --fail-on 级别的问题；1 有；2 无法完成检查（参数、路径、规则包、配置错误）。")
    p.add_argument("paths", nargs="*", metavar="PATH", help="规划文件或目录（目录中查找 *.yaml *.yml *.md）")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="输出格式：text（默认）、json（Contract 2）、html（供审阅者在浏览器中查看的单页报告）、"
                        "sarif（GitHub code scanning）、github（Actions 注释）、gitlab（Code Quality）、junit")
    p.add_argument("--output-file", "-o", metavar="FILE", help="把报告写入文件而不是标准输出（先写临时文件再改名）")
    p.add_argument("--fail-on", choices=SEVERITIES, default=None,
                   help="达到该严重程度的问题使退出码为1（默认 error，或配置中的 fail-on）")
    p.add_argument("--exit-zero", action="store_true",
                   help="有问题也以0退出（照常报告；无法完成检查时仍为2），用于只收集报告的CI步骤")
    p.add_argument("--rulepack", metavar="NAME|DIR", help="规则包名称或目录（默认 national-13th）")
    p.add_argument("--select", metavar="CODES", type=_codes,
                   help="只报告这些代码或前缀（逗号分隔，如 PL1,PL201；替换配置中的 select）")
    p.add_argument("--extend-select", metavar="CODES", type=_codes, default=(),
                   help="在 select 之外再报告这些代码")
    p.add_argument("--ignore", metavar="CODES", type=_codes, default=(),
                   help="不报告这些代码或前缀（与配置中的 ignore 合并；PL001、PL900 不能忽略）")
    p.add_argument("--config", metavar="FILE", help="使用这个配置文件（.planlint.yaml 或 pyproject.toml），不再查找")
    p.add_argument("--isolated", action="store_true", help="不读取任何配置文件和豁免文件")
    p.add_argument("--waivers", metavar="FILE", help="豁免文件（默认：配置中的 waivers，或向上查找 .planlint-waivers.yaml）")
    p.add_argument("--statistics", action="store_true", help="只输出每个代码的问题数（同 ruff --statistics）")
    p.add_argument("--lang", choices=("zh", "en"), default="zh",
                   help="报告语言：zh（默认）或 en（英文框架、严重程度、规则概要和主要代码的消息；subject 保持中文）")
    p.add_argument("--stdin-filename", metavar="NAME",
                   help="PATH 为 - 时从标准输入读取规划，报告、格式（.md/.yaml）和配置查找都按这个文件名（默认 stdin.yaml）")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N", help="单个文件大小上限（字节，默认64MiB）")
    p.add_argument("--verbose", "-v", action="store_true", help="也列出无问题的文件和覆盖证据")
    p.add_argument("--show-source", action="store_true", help="在每个问题下显示所在的原文行，并用 ^ 标出位置（text 格式）")
    p.add_argument("--no-color", action="store_true", help="不使用颜色（也可设环境变量 NO_COLOR；非终端输出从不着色）")
    p.add_argument("--version", action="version", version=f"planlint {__version__}")
    return p


def collect_files(paths: Sequence[str], problems: list[str]) -> list[str]:
    """Expand directories; report missing paths in `problems` and go on with the rest."""
    files: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw == "-":           # standard input (a file named "-" is ./-)
            if raw not in files:
                files.append(raw)
        elif p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in PLAN_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                problems.append(f"目录中没有规划文件（*.yaml、*.yml、*.md）：{raw}")
            files.extend(found)
        elif p.exists():
            files.append(raw)
        else:
            problems.append(f"找不到文件或目录：{raw}")
    return files


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
    try:
        return _dispatch(list(sys.argv[1:] if argv is None else argv))
    except UsageError as err:
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


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in SUBCOMMANDS:
        from planlint.cli import commands
        return {"rules": commands.cmd_rules, "rule": commands.cmd_rule, "init": commands.cmd_init}[argv[0]](argv[1:])
    return _run(argv)


def _run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if not args.paths:
        raise UsageError("请给出要检查的规划文件或目录，例如 planlint plan.yaml（子命令：rules、rule、init）")
    from planlint.run.session import LintRun

    run = LintRun(args)
    problems: list[str] = []
    files = collect_files(args.paths, problems)
    if args.stdin_filename and "-" not in args.paths:
        raise UsageError("--stdin-filename 只在从标准输入读取（PATH 为 -）时使用")
    if args.output_file and any(_same_file(args.output_file, f) for f in files if f != "-"):
        raise UsageError(f"报告文件 {_printable(args.output_file)} 是正在检查的规划文件之一，未写入（请换一个文件名）")
    reports = run.lint_all(files, problems)
    _write_report(args, reports, run)
    for line in problems:
        print(f"planlint: {line}", file=sys.stderr)
    if problems:
        return EXIT_USAGE
    failing = any(severity_rank(d.severity) >= severity_rank(run.fail_on_for(r.path))
                  for r in reports for d in r.diagnostics)
    return EXIT_FINDINGS if failing and not args.exit_zero else EXIT_OK


def _write_report(args: argparse.Namespace, reports: list, run: "object") -> None:
    from planlint.reporters.context import RenderContext

    ctx: RenderContext = run.render_context()  # type: ignore[attr-defined]
    if args.statistics:
        text = _statistics(reports, ctx, as_json=args.format == "json")
    elif args.format == "text":
        from planlint.reporters import text_report
        if not args.output_file:
            color = False if args.no_color or "NO_COLOR" in os.environ else None
            text_report.render(reports, sys.stdout, ctx, color=color)
            return
        buf = io.StringIO()
        text_report.render(reports, buf, ctx, color=False)
        text = buf.getvalue()
    else:
        import importlib
        module = {"json": "json_report", "html": "html_report"}.get(args.format, args.format)
        text = importlib.import_module(f"planlint.reporters.{module}").render(reports, ctx)
    if args.output_file:
        write_file(args.output_file, text)
    else:
        sys.stdout.write(text)


def _statistics(reports: list, ctx: "object", as_json: bool) -> str:
    from planlint.reporters.explain import statistics

    diags = [d for r in reports for d in r.diagnostics]
    stats = statistics(diags)
    if as_json:
        return json.dumps([{"code": s.code, "name": s.name, "count": s.count} for s in stats],
                          ensure_ascii=False, indent=2) + "\n"
    lines = [f"{s.count:>5}  {s.code}  {s.name:<34} {ctx.summary(s.code)}" for s in stats]  # type: ignore[attr-defined]
    lines.append(ctx.catalog.t("stats.total", count=len(diags)))  # type: ignore[attr-defined]
    return "\n".join(lines) + "\n"


def write_file(path: str, text: str, overwrite: bool = True) -> None:
    """Write via a temporary file and a rename, so a failed write never leaves half a file.

    The temporary file gets a fresh, unpredictable name beside the target (a planted symlink
    or a second run writing the same report cannot interfere). With overwrite=False an
    existing file is never replaced, even one that appears meanwhile: the temporary file is
    hard-linked into place, which fails if the name exists.
    """
    import tempfile

    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.",
                                        suffix=".planlint-tmp")
    except OSError as err:
        raise UsageError(f"无法写入文件 {_printable(path)}：{err.strerror or err}") from None
    tmp = Path(tmp_name)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)      # mkstemp's 0600 would hide a report from its readers
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as out:
            out.write(text)
        if overwrite:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise UsageError(f"{_printable(path)} 已存在，未覆盖（要覆盖请加 --force）") from None
            except OSError:   # a filesystem without hard links: check, then rename
                if target.exists():
                    raise UsageError(f"{_printable(path)} 已存在，未覆盖（要覆盖请加 --force）") from None
                os.replace(tmp, target)
    except OSError as err:
        raise UsageError(f"无法写入文件 {_printable(path)}：{err.strerror or err}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _printable(path: str) -> str:
    """A path for a message: file names that are not UTF-8 keep their bytes as escapes."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(path, str) else str(path)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


_write_file = write_file   # the name earlier code and tests use
