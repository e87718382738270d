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
from planlint.cli.help import helper
from planlint.cli.parser import LANGS, Parser, codes, jobs, requested_lang
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
# the formats that show what a plan covers (the overview's ✓ cells, json's "covered"); text only
# with --verbose. The others never show it, so its evidence is not gathered for them.
COVERED_FORMATS = ("json",) + OVERVIEW_FORMATS
AUTO_JOBS_MIN_FILES = 8     # below this, forking workers costs more than it saves


def build_parser(lang: str = "zh") -> argparse.ArgumentParser:
    """The parser, its help in `lang` (the --lang of the command line, read before parsing)."""
    h = helper(lang)
    p = Parser(prog="planlint", lang=lang, description=h("lint.description"),
               formatter_class=argparse.RawDescriptionHelpFormatter, epilog=h("lint.epilog"))
    p.add_argument("paths", nargs="*", metavar="PATH", help=h("lint.paths"))
    p.add_argument("--format", choices=FORMATS, default="text", help=h("lint.format"))
    p.add_argument("--output-file", "-o", metavar="FILE", help=h("lint.output-file"))
    p.add_argument("--fail-on", choices=SEVERITIES, default=None, help=h("lint.fail-on"))
    p.add_argument("--exit-zero", action="store_true", help=h("lint.exit-zero"))
    p.add_argument("--rulepack", metavar="NAME|DIR|PLAN", action="append", help=h("lint.rulepack"))
    p.add_argument("--select", metavar="CODES", type=codes, help=h("lint.select"))
    p.add_argument("--extend-select", metavar="CODES", type=codes, default=(), help=h("lint.extend-select"))
    p.add_argument("--ignore", metavar="CODES", type=codes, default=(), help=h("lint.ignore"))
    p.add_argument("--config", metavar="FILE", help=h("lint.config"))
    p.add_argument("--isolated", action="store_true", help=h("lint.isolated"))
    p.add_argument("--waivers", metavar="FILE", help=h("lint.waivers"))
    baseline_options.add_arguments(p, h)
    p.add_argument("--statistics", action="store_true", help=h("lint.statistics"))
    p.add_argument("--per-file", action="store_true", help=h("lint.per-file"))
    p.add_argument("--lang", choices=LANGS, default="zh", help=h("lint.lang"))
    p.add_argument("--stdin-filename", metavar="NAME", help=h("lint.stdin-filename"))
    p.add_argument("-j", "--jobs", type=jobs(lang), default=None, metavar="N",
                   help=h("lint.jobs", min=AUTO_JOBS_MIN_FILES))
    p.add_argument("--max-bytes", type=int, default=None, metavar="N", help=h("lint.max-bytes"))
    p.add_argument("--verbose", "-v", action="store_true", help=h("lint.verbose"))
    p.add_argument("--show-source", action="store_true", help=h("lint.show-source"))
    p.add_argument("--no-color", action="store_true", help=h("lint.no-color"))
    p.add_argument("--version", action="version", version=f"planlint {__version__}", help=h("lint.version"))
    return p


def options_from(args: argparse.Namespace) -> LintOptions:
    """The run's options from the parsed arguments; argparse stops here."""
    packs = tuple(args.rulepack or ())
    return LintOptions(rulepack=(packs[0] if len(packs) == 1 else packs) or None, select=args.select, extend_select=args.extend_select,
                       ignore=args.ignore, fail_on=args.fail_on, exit_zero=args.exit_zero, config=args.config,
                       isolated=args.isolated, waivers=args.waivers, max_bytes=args.max_bytes,
                       stdin_filename=args.stdin_filename,
                       keep_source=args.show_source or args.format == "html",   # the HTML report always quotes
                       keep_covered=args.verbose or args.format in COVERED_FORMATS,
                       lang=args.lang, verbose=args.verbose, show_source=args.show_source)


def run(argv: list[str]) -> int:
    from planlint.run.session import LintSession

    refuse_files_named_like_options(argv)
    args = build_parser(requested_lang(argv)).parse_args(argv)
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
        result = session.lint(files, problems, progress=progress, stream=stream, jobs=n_jobs)
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
