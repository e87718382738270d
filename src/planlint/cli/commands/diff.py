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
from planlint.cli.help import helper
from planlint.cli.parser import LANGS, Parser, codes, requested_lang
from planlint.diagnostics import SEVERITIES, severity_rank
from planlint.messages import render
from planlint.run.files import STDIN
from planlint.run.options import LintOptions

FORMATS = ("text", "json", "html")


def run(argv: list[str]) -> int:
    from planlint.baseline.drafts import compare_drafts
    from planlint.reporters import diff_report
    from planlint.run.session import LintSession

    lang = requested_lang(argv)
    h = helper(lang)
    p = Parser(prog="planlint diff", lang=lang, description=h("diff.description"))
    p.add_argument("old", metavar="OLD", help=h("diff.old"))
    p.add_argument("new", metavar="NEW", help=h("diff.new"))
    p.add_argument("--format", choices=FORMATS, default="text", help=h("diff.format"))
    p.add_argument("--output-file", "-o", metavar="FILE", help=h("lint.output-file"))
    p.add_argument("--fail-on", choices=SEVERITIES, default=None, help=h("diff.fail-on"))
    p.add_argument("--rulepack", metavar="NAME|DIR", help=h("rulepack"))
    p.add_argument("--select", metavar="CODES", type=codes, help=h("diff.select"))
    p.add_argument("--ignore", metavar="CODES", type=codes, default=(), help=h("diff.ignore"))
    p.add_argument("--config", metavar="FILE", help=h("diff.config"))
    p.add_argument("--isolated", action="store_true", help=h("lint.isolated"))
    p.add_argument("--lang", choices=LANGS, default="zh", help=h("diff.lang"))
    p.add_argument("--verbose", "-v", action="store_true", help=h("diff.verbose"))
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
