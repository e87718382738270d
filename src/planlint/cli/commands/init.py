"""`planlint init`: a plan skeleton holding what the pack requires of a level and region."""
from __future__ import annotations

import sys

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.messages import NOTES
from planlint.run.errors import carried
from planlint.cli.output import write_file
from planlint.cli.packs import pack_for_command
from planlint.cli.parser import LANGS, Parser


def run(argv: list[str]) -> int:
    from planlint.model import LEVELS
    from planlint.skeleton import InitError, InitRequest, skeleton

    p = Parser(prog="planlint init",
               description="生成规划骨架：含规则包要求该层级和地区（或部门）设置的全部指标和优先行动，国家底线写在注释里。")
    p.add_argument("--level", required=True, choices=LEVELS, help="规划层级")
    p.add_argument("--region", help="地区（省、市、县级规划必填），如 甘肃省")
    p.add_argument("--department", help="部门（部门规划必填），如 农业部")
    p.add_argument("--title", help="规划标题（默认由地区或部门生成）")
    p.add_argument("--output-file", "-o", metavar="FILE", help="写入文件（默认输出到标准输出）")
    p.add_argument("--force", action="store_true", help="文件已存在时覆盖（默认从不覆盖）")
    p.add_argument("--rulepack", metavar="NAME|DIR", help="规则包名称或目录（默认 national-13th）")
    p.add_argument("--lang", choices=LANGS, default="zh",
                   help="注释的语言：zh（默认）或 en；规划正文（标题、名称、占位文字）始终是中文")
    args = p.parse_args(argv)
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
