"""`planlint pack derive PLAN -o DIR` and `planlint pack check DIR`: the plan one level up as a rule pack."""
from __future__ import annotations

import sys
from pathlib import Path

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.messages import USAGE
from planlint.run.errors import carried
from planlint.cli.parser import Parser


def run(argv: list[str]) -> int:
    p = Parser(prog="planlint pack", description="从上级规划生成规则包（derive），或检查规则包（check）。")
    sub = p.add_subparsers(dest="action", required=True)
    d = sub.add_parser("derive", help="从规划文件生成规则包目录")
    d.add_argument("plan", metavar="PLAN", help="作为规则来源的规划文件（.md/.yaml 等）")
    d.add_argument("-o", "--output", metavar="DIR", required=True, help="写入的规则包目录")
    d.add_argument("--name", metavar="NAME", help="规则包名称（小写字母、数字、连字符；默认取文件名）")
    d.add_argument("--title", metavar="TITLE", help="规划标题（规划文本没有标题行时；默认取文件名）")
    d.add_argument("--force", action="store_true", help="目录不为空时也写入（覆盖同名文件）")
    c = sub.add_parser("check", help="校验规则包并列出其内容")
    c.add_argument("pack", metavar="NAME|DIR|PLAN", help="规则包名称、目录或规划文件")
    args = p.parse_args(argv)
    return derive(args) if args.action == "derive" else check(args.pack)


def derive(args) -> int:
    from planlint.rulepack import RulePackError
    from planlint.rulepack.derive.pack import is_plan_file
    from planlint.rulepack.derive.writer import write_pack
    from planlint.rulepack.derive.source import derived_data
    from planlint.rulepack.loader import build_pack

    plan = Path(args.plan)
    if not is_plan_file(plan):
        raise UsageError(USAGE["plan-not-found"](path=str(args.plan)))
    try:
        data = derived_data(plan, args.name, args.title)
        build_pack(data, plan)          # refuse to write what would not load
        written = write_pack(data, Path(args.output), force=args.force)
    except RulePackError as err:
        raise UsageError(carried(err)) from None
    except (FileExistsError, OSError) as err:
        raise UsageError(USAGE["pack-unwritable"](reason=carried(err))) from None
    sys.stdout.write(f"已从 {plan} 生成规则包 {data['name']}（{len(written)} 个文件）：{args.output}\n")
    return check(args.output)


def check(name: str) -> int:
    from planlint.rulepack import RulePackError
    from planlint.rulepack.derive.source import load_any_pack

    try:
        pack = load_any_pack(name)
    except RulePackError as err:
        raise UsageError(carried(err)) from None
    c = pack.commitments
    required = [i for i in pack.indicators if i.required_levels]
    lines = [f"规则包 {pack.name}：{pack.title}（目标年 {pack.target_year}）",
             f"  指标 {len(pack.indicators)} 项（必备 {len(required)} 项）"]
    if pack.raw.get("extends"):     # the parent stacked above this pack whenever it is used
        lines.insert(1, f"  上级规则包（extends）：{pack.raw['extends']}")
    lines += [f"    {i.id}  {i.name}  {i.target.text}{i.unit.symbol}（{i.kind}）" for i in pack.indicators]
    for label, items in (("优先行动", c.actions if c else []), ("专栏项目", c.projects if c else [])):
        lines.append(f"  {label} {len(items)} 项")
        lines += [f"    {a.id}  {a.name}" for a in items]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK
