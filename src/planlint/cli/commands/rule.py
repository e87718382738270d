"""`planlint rule CODE|NAME`: what a code or a national item means, quoting the national plan."""
from __future__ import annotations

import sys

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.packs import pack_for_command
from planlint.cli.parser import LANGS, Parser


def run(argv: list[str]) -> int:
    from planlint.i18n import Catalog, nest_quotes
    from planlint.reporters.explain import UnknownTopic, explain

    p = Parser(prog="planlint rule", description="解释一个代码（PL102）或一个国家规划条目（指标、优先行动、专栏工程的名称），"
                                                 "并引用它所依据的国家规划原文。")
    p.add_argument("topic", metavar="CODE|名称")
    p.add_argument("--rulepack", metavar="NAME|DIR", help="规则包名称或目录（默认：配置中的 rulepack，或 national-13th）")
    p.add_argument("--lang", choices=LANGS, default="zh", help="语言：zh（默认）或 en")
    args = p.parse_args(argv)
    try:
        text = explain(args.topic, pack_for_command(args.rulepack), Catalog(args.lang))
    except UnknownTopic as err:
        raise UsageError(err.args[0]) from None
    sys.stdout.write("\n".join(nest_quotes(line) or line for line in text.split("\n")))
    return EXIT_OK
