"""`planlint diff OLD NEW`: two drafts of one plan, what was fixed, what is new, what remains.

Both drafts are linted as `planlint OLD NEW` would (configuration, waivers, select/ignore);
exit 1 when the new draft has a new finding at or above fail-on, 2 when a draft cannot be linted.
"""
from __future__ import annotations

import os
import sys

from planlint.cli.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, printable
from planlint.cli.output import emit, refuse_to_overwrite_inputs
from planlint.cli.messages import USAGE
from planlint.cli.parser import LANGS, Parser, codes
from planlint.diagnostics import SEVERITIES, severity_rank
from planlint.messages import render
from planlint.run.files import STDIN
from planlint.run.options import LintOptions

FORMATS = ("text", "json", "html")


def run(argv: list[str]) -> int:
    from planlint.baseline.drafts import compare_drafts
    from planlint.reporters import diff_report
    from planlint.run.session import LintSession

    p = Parser(prog="planlint diff", description="对照同一规划的两稿（如征求意见稿 → 送审稿）："
                                                 "哪些问题已解决、哪些是新出现的、哪些仍未解决。")
    p.add_argument("old", metavar="OLD", help="前一稿（.yaml/.yml/.md）")
    p.add_argument("new", metavar="NEW", help="后一稿")
    p.add_argument("--format", choices=FORMATS, default="text", help="输出格式：text（默认）、json、html")
    p.add_argument("--output-file", "-o", metavar="FILE", help="把报告写入文件（先写临时文件再改名）")
    p.add_argument("--fail-on", choices=SEVERITIES, default=None,
                   help="后一稿有达到该严重程度的新问题时退出码为1（默认 error，或配置中的 fail-on）")
    p.add_argument("--rulepack", metavar="NAME|DIR", help="规则包名称或目录（默认 national-13th）")
    p.add_argument("--select", metavar="CODES", type=codes, help="只比较这些代码或前缀")
    p.add_argument("--ignore", metavar="CODES", type=codes, default=(), help="不比较这些代码或前缀")
    p.add_argument("--config", metavar="FILE", help="使用这个配置文件，不再查找")
    p.add_argument("--isolated", action="store_true", help="不读取任何配置文件和豁免文件")
    p.add_argument("--lang", choices=LANGS, default="zh", help="报告语言：zh（默认）或 en")
    p.add_argument("--verbose", "-v", action="store_true", help="text 格式也列出仍未解决的问题")
    args = p.parse_args(argv)
    if STDIN in (args.old, args.new):
        raise UsageError(USAGE["diff-stdin"]())
    for path in (args.old, args.new):
        if os.path.isdir(path):
            raise UsageError(USAGE["diff-directory"](path=printable(path)))
    options = LintOptions(rulepack=args.rulepack, select=args.select, ignore=args.ignore, fail_on=args.fail_on,
                          config=args.config, isolated=args.isolated, lang=args.lang, verbose=args.verbose)
    session = LintSession(options)
    files, problems = session.collect([args.old, args.new])
    if args.output_file:
        refuse_to_overwrite_inputs(args.output_file, files)
    result = session.lint(files, problems)
    for line in result.problems:
        print(f"planlint: {render(line, args.lang)}", file=sys.stderr)
    if result.problems:
        return EXIT_USAGE
    old, new = result.reports
    diff = compare_drafts(old.path, old.diagnostics, new.path, new.diagnostics)
    ctx = result.render_context()
    renderers = {"text": diff_report.render_text, "json": diff_report.render_json, "html": diff_report.render_html}
    emit(renderers[args.format](diff, ctx), args.output_file)
    threshold = severity_rank(result.fail_on_for(new.path))
    return EXIT_FINDINGS if any(severity_rank(d.severity) >= threshold for d in diff.new) else EXIT_OK
