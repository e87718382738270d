"""`planlint PATH...`: the arguments become LintOptions, the run lints, the report is written."""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
from typing import TYPE_CHECKING, Optional

from planlint._version import __version__
from planlint.cli import baseline as baseline_options
from planlint.cli.errors import UsageError, printable
from planlint.cli.messages import NOTES, USAGE
from planlint.cli.output import emit, refuse_to_overwrite_inputs
from planlint.cli.parser import LANGS, Parser, codes, jobs
from planlint.diagnostics import SEVERITIES
from planlint.messages import render
from planlint.run.options import LintOptions
from planlint.run.report import FileReport
from planlint.run.result import LintResult
from planlint.text.escapes import json_safe, visible

if TYPE_CHECKING:
    from planlint.reporters.context import RenderContext
    from planlint.run.session import LintSession

FORMATS = ("text", "json", "jsonl", "html", "sarif", "github", "gitlab", "junit", "csv", "xlsx")
OVERVIEW_FORMATS = ("csv", "xlsx", "html")   # the plan × national item matrix (planlint.overview)
AUTO_JOBS_MIN_FILES = 8     # below this, forking workers costs more than it saves


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="planlint", description="按《“十三五”国家信息化规划》检查地方和部门信息化规划。",
               formatter_class=argparse.RawDescriptionHelpFormatter,
               epilog="子命令：\n"
                      "  planlint rules                 列出全部代码、默认严重程度和概要\n"
                      "  planlint rule CODE|名称        解释一个代码或国家规划条目，引用国家规划原文\n"
                      "  planlint init --level L ...    生成规划骨架（planlint init --help）\n"
                      "  planlint diff OLD NEW          对照同一规划的两稿：已解决、新出现、未变的问题\n"
                      "  planlint server                编辑器的语言服务器（LSP，标准输入输出；需要 planlint[lsp]）\n"
                      "（第一个参数是子命令名且不存在同名文件或目录时才作为子命令。）\n\n"
                      "配置：从被检查文件所在目录向上查找 .planlint.yaml 或 pyproject.toml 的 [tool.planlint]；"
                      "命令行选项优先。\n"
                      "退出码：0 无达到 --fail-on 级别的问题；1 有；2 无法完成检查（参数、路径、规则包、配置错误）。")
    p.add_argument("paths", nargs="*", metavar="PATH", help="规划文件或目录（目录中查找 *.yaml *.yml *.md *.docx *.doc *.wps *.pdf；Word用.docx读取，.doc/.wps经LibreOffice转换，PDF经pdftotext读取，问题按段落/表格单元格或页/行定位）")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="输出格式：text（默认）、json（Contract 2）、jsonl（每行一个问题的JSON对象，边检查边输出）、html（供审阅者在浏览器中查看的单页报告）、"
                        "sarif（GitHub code scanning）、github（Actions 注释）、gitlab（Code Quality）、junit、"
                        "csv（规划×国家条目总览表）、xlsx（总览工作簿，须配合 -o 文件名.xlsx）")
    p.add_argument("--output-file", "-o", metavar="FILE", help="把报告写入文件而不是标准输出（先写临时文件再改名）")
    p.add_argument("--fail-on", choices=SEVERITIES, default=None,
                   help="达到该严重程度的问题使退出码为1（默认 error，或配置中的 fail-on）")
    p.add_argument("--exit-zero", action="store_true",
                   help="有问题也以0退出（照常报告；无法完成检查时仍为2），用于只收集报告的CI步骤")
    p.add_argument("--rulepack", metavar="NAME|DIR|PLAN", action="append",
                   help="规则包名称、目录或上级规划文件（默认 national-13th）；可重复，上级在前，逐级叠加")
    p.add_argument("--select", metavar="CODES", type=codes,
                   help="只报告这些代码或前缀（逗号分隔，如 PL1,PL201；替换配置中的 select）")
    p.add_argument("--extend-select", metavar="CODES", type=codes, default=(),
                   help="在 select 之外再报告这些代码")
    p.add_argument("--ignore", metavar="CODES", type=codes, default=(),
                   help="不报告这些代码或前缀（与配置中的 ignore 合并；PL001、PL900 不能忽略）")
    p.add_argument("--config", metavar="FILE", help="使用这个配置文件（.planlint.yaml 或 pyproject.toml），不再查找")
    p.add_argument("--isolated", action="store_true", help="不读取任何配置文件和豁免文件")
    p.add_argument("--waivers", metavar="FILE", help="豁免文件（默认：配置中的 waivers，或向上查找 .planlint-waivers.yaml）")
    baseline_options.add_arguments(p)
    p.add_argument("--statistics", action="store_true", help="只输出每个代码的问题数（同 ruff --statistics）")
    p.add_argument("--per-file", action="store_true",
                   help="与 --statistics 一起用：每个文件一行，列出错误、警告、提示数（json 格式同样）")
    p.add_argument("--lang", choices=LANGS, default="zh",
                   help="报告语言：zh（默认）或 en（英文框架、严重程度、规则概要和主要代码的消息；subject 保持中文）")
    p.add_argument("--stdin-filename", metavar="NAME",
                   help="PATH 为 - 时从标准输入读取规划，报告、格式（.md/.yaml/.docx/.pdf）和配置查找都按这个文件名（默认 stdin.yaml；内容是 Markdown 时为 stdin.md）")
    p.add_argument("-j", "--jobs", type=jobs, default=None, metavar="N",
                   help=f"并行检查的进程数（默认：文件不少于{AUTO_JOBS_MIN_FILES}个时为CPU核数，否则1；-j 1 依次检查）；"
                        "输出与进程数无关")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N", help="单个文件大小上限（字节，默认64MiB）")
    p.add_argument("--verbose", "-v", action="store_true", help="也列出无问题的文件和覆盖证据")
    p.add_argument("--show-source", action="store_true", help="在每个问题下显示所在的原文行，并用 ^ 标出位置（text 格式）")
    p.add_argument("--no-color", action="store_true", help="不使用颜色（也可设环境变量 NO_COLOR；非终端输出从不着色）")
    p.add_argument("--version", action="version", version=f"planlint {__version__}")
    return p


def options_from(args: argparse.Namespace) -> LintOptions:
    """The run's options from the parsed arguments; argparse stops here."""
    packs = tuple(args.rulepack or ())
    return LintOptions(rulepack=(packs[0] if len(packs) == 1 else packs) or None, select=args.select, extend_select=args.extend_select,
                       ignore=args.ignore, fail_on=args.fail_on, exit_zero=args.exit_zero, config=args.config,
                       isolated=args.isolated, waivers=args.waivers, max_bytes=args.max_bytes,
                       stdin_filename=args.stdin_filename,
                       keep_source=args.show_source or args.format == "html",   # the HTML report always quotes
                       lang=args.lang, verbose=args.verbose, show_source=args.show_source)


def run(argv: list[str]) -> int:
    from planlint.run.session import LintSession

    refuse_files_named_like_options(argv)
    args = build_parser().parse_args(argv)
    if args.per_file and not args.statistics:
        raise UsageError(USAGE["per-file"]())
    if not args.paths:
        raise UsageError(USAGE["no-paths"]())
    if args.format == "xlsx" and not args.output_file and sys.stdout.isatty():
        raise UsageError(USAGE["xlsx-terminal"]())
    session = LintSession(options_from(args), stdin=lambda limit: _read_stdin(limit, args.lang))
    files, problems = session.collect(args.paths)
    if args.output_file:
        refuse_to_overwrite_inputs(args.output_file, files, args.stdin_filename)
    baseline_options.check_arguments(args, files)
    from planlint.cli.progress import progress_bar
    n_jobs = job_count(args.jobs, len(files))
    if _streams(args):
        result = _lint_streaming(args, session, files, problems, n_jobs)
    else:
        with progress_bar(len(files)) as progress:
            result = session.lint(files, problems, progress=progress, jobs=n_jobs)
        baseline_options.apply(args, result, files)
        if args.format in OVERVIEW_FORMATS and not args.statistics:
            _write_overview(args, result, session)
        else:
            _write_report(args, result)
    for line in result.problems:
        print(f"planlint: {render(line, args.lang)}", file=sys.stderr)
    return result.exit_status


def job_count(asked: Optional[int], n_files: int) -> int:
    """-j as given; by default one worker per usable core once there are enough files."""
    if asked is not None:
        return asked
    if n_files < AUTO_JOBS_MIN_FILES:
        return 1
    try:
        return len(os.sched_getaffinity(0))      # the cores this process may use (a CI container's share)
    except AttributeError:
        return os.cpu_count() or 1


def refuse_files_named_like_options(argv: list[str]) -> None:
    """A file called `--ignore=PL,x.yaml` or `-onotes.md`, passed as `planlint $(git ls-files)`,
    would switch checks off or overwrite a file: an argument before `--` that names an existing
    file is refused, not guessed at. After `--` every argument is a path (argparse)."""
    for arg in argv:
        if arg == "--":
            return
        if arg.startswith("-") and arg != "-" and os.path.lexists(arg):
            raise UsageError(USAGE["option-like-file"](arg=printable(arg)))


def _streams(args: argparse.Namespace) -> bool:
    """Text, github and jsonl reports are written file by file as the run goes; not with a
    baseline (a finding's state is known only once every file is linted) or --statistics."""
    from planlint.reporters.streaming import STREAMING_FORMATS
    return (args.format in STREAMING_FORMATS and not args.statistics and not args.baseline
            and not args.write_baseline)


def _lint_streaming(args: argparse.Namespace, session: "LintSession", files: list[str], problems: list[str],
                    n_jobs: int) -> LintResult:
    """To standard output as each file is done; into -o FILE whole at the end (written or not at
    all, as every report), from the text collected: the plans themselves are let go either way."""
    from planlint.cli.progress import progress_bar
    from planlint.reporters.streaming import streamer

    out = io.StringIO() if args.output_file else sys.stdout
    color = False if args.output_file or args.no_color or "NO_COLOR" in os.environ else out.isatty()
    stream = streamer(args.format, out, session.render_context, color=color)
    with progress_bar(len(files)) as progress:
        result = session.lint(files, problems, progress=progress, on_report=stream.report, jobs=n_jobs)
    stream.finish()
    if args.output_file:
        emit(out.getvalue(), args.output_file)
    return result


def _read_stdin(limit: int, lang: str) -> bytes:
    if sys.stdin.isatty():     # a user at a terminal may not know planlint waits for them
        print(f"planlint: {NOTES['reading-stdin']().render(lang)}", file=sys.stderr)
    return sys.stdin.buffer.read(limit)


def _write_report(args: argparse.Namespace, result: LintResult) -> None:
    ctx = result.render_context()
    reports = result.reports
    if args.statistics:
        text = (_per_file(reports, ctx, as_json=args.format == "json") if args.per_file
                else _statistics(reports, ctx, as_json=args.format == "json"))
        text = json_safe(text) if args.format == "json" else visible(text)   # paths as in every report
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
    emit(text, args.output_file)


def _write_overview(args: argparse.Namespace, result: LintResult, session: "LintSession") -> None:
    """The matrix is made against the run's (first) rule pack: its items are the columns."""
    from planlint.cli.output import emit_bytes
    from planlint.overview import build_overview

    ctx = result.render_context()
    overview = build_overview(result.reports, session.first_pack())
    if args.format == "html":
        from planlint.reporters import html_report
        emit(html_report.render(result.reports, ctx, overview), args.output_file)
    elif args.format == "csv":
        from planlint.reporters.overview import csv_report
        emit(csv_report.render(overview, ctx), args.output_file)
    else:
        from planlint.reporters.overview import xlsx_report
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            raise UsageError(USAGE["xlsx-needs-openpyxl"]()) from None
        emit_bytes(xlsx_report.render(overview, result.reports, ctx), args.output_file)


def _per_file(reports: list[FileReport], ctx: RenderContext, as_json: bool) -> str:
    """Counts per plan, in input order: which of many plans need attention first."""
    rows = [(r.path, r.count("error"), r.count("warning"), r.count("info")) for r in reports]
    if as_json:
        return json.dumps([{"path": p, "errors": e, "warnings": w, "infos": i} for p, e, w, i in rows],
                          ensure_ascii=False, indent=2) + "\n"
    lines = [ctx.catalog.t("stats.per-file.header")]
    lines += [f"{e:>4}  {w:>4}  {i:>4}  {p}" for p, e, w, i in rows]
    lines.append(ctx.catalog.t("summary", files=len(rows), error=sum(r[1] for r in rows),
                               warning=sum(r[2] for r in rows), info=sum(r[3] for r in rows)))
    return "\n".join(lines) + "\n"


def _statistics(reports: list[FileReport], ctx: RenderContext, as_json: bool) -> str:
    from planlint.reporters.explain import statistics

    diags = [d for r in reports for d in r.diagnostics]
    stats = statistics(diags)
    if as_json:
        return json.dumps([{"code": s.code, "name": s.name, "count": s.count} for s in stats],
                          ensure_ascii=False, indent=2) + "\n"
    lines = [f"{s.count:>5}  {s.code}  {s.name:<34} {ctx.summary(s.code)}" for s in stats]
    lines.append(ctx.catalog.t("stats.total", count=len(diags)))
    return "\n".join(lines) + "\n"
