"""`planlint server`: the Language Server Protocol over stdio, for editors (needs `planlint[lsp]`)."""
from __future__ import annotations

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.messages import USAGE
from planlint.cli.parser import LANGS, Parser


def run(argv: list[str]) -> int:
    p = Parser(prog="planlint server", description="编辑器的语言服务器（LSP，经标准输入输出）：打开、修改、保存 "
                                                   ".yaml/.yml/.md 规划时发布问题。需要 pip install 'planlint[lsp]'。")
    p.add_argument("--stdio", action="store_true", help="经标准输入输出通信（默认，也是唯一的方式；供要求此参数的编辑器使用）")
    p.add_argument("--lang", choices=LANGS, default="zh", help="问题的语言：zh（默认）或 en")
    args = p.parse_args(argv)
    try:
        from planlint.server.app import serve
    except ImportError as err:
        raise UsageError(USAGE["server-needs-pygls"](reason=str(err))) from None
    serve(args.lang)
    return EXIT_OK
