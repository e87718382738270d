"""`planlint rules`: every code with its default severity, name and one-line summary."""
from __future__ import annotations

import json
import sys

from planlint.cli.errors import EXIT_OK
from planlint.cli.parser import LANGS, Parser


def run(argv: list[str]) -> int:
    from planlint.i18n import Catalog
    from planlint.checks.registry import RULES
    from planlint.reporters.explain import rules_listing

    p = Parser(prog="planlint rules", description="列出全部代码、默认严重程度、名称和一行概要。")
    p.add_argument("--lang", choices=LANGS, default="zh", help="语言：zh（默认）或 en")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式")
    args = p.parse_args(argv)
    catalog = Catalog(args.lang)
    if args.format == "json":
        sys.stdout.write(json.dumps([{"code": r.code, "name": r.name, "severity": r.severity,
                                      "summary": catalog.summary(r.code, r.summary)} for r in RULES],
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(rules_listing(catalog))
    return EXIT_OK
