"""`planlint init`: a plan skeleton holding what the pack requires of a level and region."""
from __future__ import annotations

import sys

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.messages import NOTES
from planlint.run.errors import carried
from planlint.cli.output import write_file
from planlint.cli.packs import pack_for_command
from planlint.cli.help import helper
from planlint.cli.parser import LANGS, Parser, requested_lang


def run(argv: list[str]) -> int:
    from planlint.model import LEVELS
    from planlint.skeleton import InitError, InitRequest, skeleton

    lang = requested_lang(argv)
    h = helper(lang)
    p = Parser(prog="planlint init", lang=lang, description=h("init.description"))
    p.add_argument("--level", required=True, choices=LEVELS, help=h("init.level"))
    p.add_argument("--region", help=h("init.region"))
    p.add_argument("--department", help=h("init.department"))
    p.add_argument("--title", help=h("init.title"))
    p.add_argument("--output-file", "-o", metavar="FILE", help=h("init.output-file"))
    p.add_argument("--force", action="store_true", help=h("init.force"))
    p.add_argument("--rulepack", metavar="NAME|DIR", help=h("rulepack"))
    p.add_argument("--lang", choices=LANGS, default="zh", help=h("init.lang"))
    args = p.parse_args(argv)
    if args.region and args.level in ("province", "city"):
        # a skeleton for a region no one can place would only be linted into PL005 later
        from planlint.checks.region_known import region_problem
        from planlint.cli.messages import USAGE
        problem = region_problem(args.region, args.level)
        if problem is not None:
            raise UsageError(USAGE["init-region"](problem=problem.message, hint=problem.hint))
    try:
        text = skeleton(InitRequest(args.level, args.region, args.department, args.title, lang=args.lang),
                        pack_for_command(args.rulepack))
    except InitError as err:
        raise UsageError(carried(err)) from None
    if args.output_file:
        write_file(args.output_file, text, overwrite=args.force)
        print(f"planlint: {NOTES['written'](path=args.output_file).render(args.lang)}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK
