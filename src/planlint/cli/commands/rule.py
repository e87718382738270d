"""`planlint rule CODE|NAME`: what a code or a national item means, quoting the national plan."""
from __future__ import annotations

import sys

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.packs import pack_for_command
from planlint.cli.help import helper
from planlint.cli.parser import LANGS, Parser, requested_lang


def run(argv: list[str]) -> int:
    from planlint.i18n import Catalog, nest_quotes
    from planlint.reporters.explain import UnknownTopic, explain

    lang = requested_lang(argv)
    h = helper(lang)
    p = Parser(prog="planlint rule", lang=lang, description=h("rule.description"))
    p.add_argument("topic", metavar=h("rule.topic.metavar"), help=h("rule.topic"))
    p.add_argument("--rulepack", metavar="NAME|DIR", help=h("rulepack"))
    p.add_argument("--lang", choices=LANGS, default="zh", help=h("lang"))
    args = p.parse_args(argv)
    try:
        text = explain(args.topic, pack_for_command(args.rulepack), Catalog(args.lang))
    except UnknownTopic as err:
        raise UsageError(err.args[0]) from None
    sys.stdout.write("\n".join(nest_quotes(line) or line for line in text.split("\n")))
    return EXIT_OK
