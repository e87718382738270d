"""`planlint pack derive PLAN -o DIR` and `planlint pack check DIR`: the plan one level up as a rule pack."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planlint.cli.errors import EXIT_OK, UsageError
from planlint.cli.help import helper
from planlint.cli.messages import PACK, USAGE
from planlint.run.errors import carried
from planlint.cli.parser import LANGS, Parser, requested_lang


def run(argv: list[str]) -> int:
    lang = requested_lang(argv)
    h = helper(lang)
    p = Parser(prog="planlint pack", lang=lang, description=h("pack.description"))
    # --lang before or after the action; read by the pre-scan (requested_lang), as the help is
    p.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=h("lang"))
    sub = p.add_subparsers(dest="action", required=True)
    d = sub.add_parser("derive", lang=lang, help=h("pack.derive"), description=h("pack.derive"))
    d.add_argument("plan", metavar="PLAN", help=h("pack.derive.plan"))
    d.add_argument("-o", "--output", metavar="DIR", required=True, help=h("pack.derive.output"))
    d.add_argument("--name", metavar="NAME", help=h("pack.derive.name"))
    d.add_argument("--title", metavar="TITLE", help=h("pack.derive.title"))
    d.add_argument("--force", action="store_true", help=h("pack.derive.force"))
    d.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=h("lang"))
    c = sub.add_parser("check", lang=lang, help=h("pack.check"), description=h("pack.check"))
    c.add_argument("pack", metavar="NAME|DIR|PLAN", help=h("pack.check.pack"))
    c.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=h("lang"))
    args = p.parse_args(argv)
    return derive(args, lang) if args.action == "derive" else check(args.pack, lang)


def derive(args: argparse.Namespace, lang: str) -> int:
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
    line = PACK["derived"](plan=str(plan), name=data["name"], count=len(written), output=str(args.output))
    sys.stdout.write(line.render(lang) + "\n")
    return check(args.output, lang)


def check(name: str, lang: str = "zh") -> int:
    """The pack's items, one a line; English names beside the Chinese under --lang en."""
    from planlint.rulepack import RulePackError
    from planlint.rulepack.derive.source import load_any_pack

    try:
        pack = load_any_pack(name)
    except RulePackError as err:
        raise UsageError(carried(err)) from None
    c = pack.commitments
    required = [i for i in pack.indicators if i.required_levels]
    say = lambda key, **args: PACK[key](**args).render(lang)  # noqa: E731 - one line per template
    lines = [say("title", name=pack.name, title=pack.title, year=pack.target_year),
             say("indicators", count=len(pack.indicators), required=len(required))]
    if pack.raw.get("extends"):     # the parent stacked above this pack whenever it is used
        lines.insert(1, say("extends", parent=str(pack.raw["extends"])))
    lines += [f"    {i.id}  {named(i, lang)}  {i.target.text}{unit_text(i, lang)} ({i.kind})" if lang == "en" else
              f"    {i.id}  {i.name}  {i.target.text}{i.unit.symbol}（{i.kind}）" for i in pack.indicators]
    for key, items in (("actions", c.actions if c else []), ("projects", c.projects if c else [])):
        lines.append(say(key, count=len(items)))
        lines += [f"    {a.id}  {named(a, lang)}" for a in items]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def named(item: object, lang: str) -> str:
    """A pack item's name; under English its name_en beside it, when the pack gives one."""
    name, name_en = getattr(item, "name"), getattr(item, "name_en", None)
    return f"{name} ({name_en})" if lang == "en" and name_en else name


def unit_text(indicator: object, lang: str) -> str:
    """The unit after a target: its English wording under --lang en (亿元 → 100 million yuan)."""
    from planlint.text.english_units import english_unit

    symbol = getattr(indicator, "unit").symbol
    english = english_unit(symbol) if symbol else ""
    return english if english and english != symbol else symbol
