"""`planlint server`: the Language Server Protocol over stdio, for editors (needs `planlint[lsp]`)."""
from __future__ import annotations

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.messages import USAGE
from planlint.cli.help import helper
from planlint.cli.parser import LANGS, Parser, requested_lang


def run(argv: list[str]) -> int:
    lang = requested_lang(argv)
    h = helper(lang)
    p = Parser(prog="planlint server", lang=lang, description=h("server.description"))
    p.add_argument("--stdio", action="store_true", help=h("server.stdio"))
    p.add_argument("--lang", choices=LANGS, default="zh", help=h("server.lang"))
    args = p.parse_args(argv)
    try:
        from planlint.server.app import serve
    except ImportError as err:
        raise UsageError(USAGE["server-needs-pygls"](reason=str(err))) from None
    serve(args.lang)
    return EXIT_OK
