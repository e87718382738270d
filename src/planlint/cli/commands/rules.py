"""`planlint rules`: every code with its default severity, name and one-line summary."""
from __future__ import annotations

import json
import sys

from planlint.cli.errors import EXIT_OK
from planlint.cli.help import helper
from planlint.cli.parser import LANGS, Parser, requested_lang


def run(argv: list[str]) -> int:
    from planlint.i18n import Catalog
    from planlint.checks.registry import RULES
    from planlint.reporters.explain import rules_listing

    lang = requested_lang(argv)
    h = helper(lang)
    p = Parser(prog="planlint rules", lang=lang, description=h("rules.description"))
    p.add_argument("--lang", choices=LANGS, default="zh", help=h("lang"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=h("rules.format"))
    args = p.parse_args(argv)
    catalog = Catalog(args.lang)
    if args.format == "json":
        sys.stdout.write(json.dumps([{"code": r.code, "name": r.name, "severity": r.severity,
                                      "summary": catalog.summary(r.code, r.summary)} for r in RULES],
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(rules_listing(catalog))
    return EXIT_OK
