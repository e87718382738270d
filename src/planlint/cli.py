"""The command line (Contract 1): exit 0 clean, 1 findings at/above --fail-on, 2 could not run."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from planlint import __version__
from planlint.diagnostics import SEVERITIES, severity_rank

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
PLAN_SUFFIXES = (".yaml", ".yml", ".md", ".markdown")


class UsageError(Exception):
    """Something the user must fix before planlint can run; one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, not argparse's usage dump
        raise UsageError(f"命令行参数错误：{message}（用 planlint --help 查看用法）")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="planlint", description="按《“十三五”国家信息化规划》检查地方和部门信息化规划。",
                epilog="退出码：0 无达到 --fail-on 级别的问题；1 有；2 无法完成检查（参数、路径、规则包错误）。")
    p.add_argument("paths", nargs="*", metavar="PATH", help="规划文件或目录（目录中查找 *.yaml *.yml *.md）")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    p.add_argument("--output-file", "-o", metavar="FILE", help="把报告写入文件而不是标准输出")
    p.add_argument("--fail-on", choices=SEVERITIES, default="error",
                   help="达到该严重程度的问题使退出码为1（默认 error）")
    p.add_argument("--rulepack", metavar="NAME|DIR", help="规则包名称或目录（默认 national-13th）")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N", help="单个文件大小上限（字节，默认64MiB）")
    p.add_argument("--verbose", "-v", action="store_true", help="也列出无问题的文件和覆盖证据")
    p.add_argument("--no-color", action="store_true", help="不使用颜色（也可设环境变量 NO_COLOR）")
    p.add_argument("--version", action="version", version=f"planlint {__version__}")
    return p


def collect_files(paths: Sequence[str], problems: list[str]) -> list[str]:
    """Expand directories; report missing paths in `problems` and go on with the rest."""
    files: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
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


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        return _run(argv)
    except UsageError as err:
        print(f"planlint: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("planlint: 已中断", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_USAGE


def _run(argv: Optional[Sequence[str]]) -> int:
    args = build_parser().parse_args(argv)
    if not args.paths:
        raise UsageError("请给出要检查的规划文件或目录，例如 planlint plan.yaml")
    from planlint.engine import DEFAULT_MAX_BYTES, FileReport, Linter
    from planlint.rulepack import RulePackError, load_pack

    try:
        pack = load_pack(args.rulepack)
    except RulePackError as err:
        raise UsageError(str(err)) from None
    problems: list[str] = []
    files = collect_files(args.paths, problems)
    linter = Linter(pack, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES)
    reports: list[FileReport] = []
    for f in files:
        try:
            reports.append(linter.lint_file(f))
        except OSError as err:
            problems.append(f"无法读取文件：{f}（{err.strerror or err}）")
    _write_report(args, reports, pack.name)
    for line in problems:
        print(f"planlint: {line}", file=sys.stderr)
    if problems:
        return EXIT_USAGE
    threshold = severity_rank(args.fail_on)
    failing = any(severity_rank(d.severity) >= threshold for r in reports for d in r.diagnostics)
    return EXIT_FINDINGS if failing else EXIT_OK


def _write_report(args: argparse.Namespace, reports: list, pack_name: str) -> None:
    if args.format == "json":
        from planlint.reporters.json_report import render
        text = render(reports, pack_name)
        if args.output_file:
            _write_file(args.output_file, text)
        else:
            sys.stdout.write(text)
        return
    from planlint.reporters import text_report
    if args.output_file:
        import io
        buf = io.StringIO()
        text_report.render(reports, buf, color=False, verbose=args.verbose)
        _write_file(args.output_file, buf.getvalue())
    else:
        color = False if args.no_color or "NO_COLOR" in os.environ else None
        text_report.render(reports, sys.stdout, color=color, verbose=args.verbose)


def _write_file(path: str, text: str) -> None:
    """Write via a temporary file and a rename, so a failed write never leaves half a report."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.planlint-tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"无法写入报告文件 {path}：{err.strerror or err}") from None
