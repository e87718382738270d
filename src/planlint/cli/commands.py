"""The subcommands beside `planlint PATH...`: rules, rule, init. Each has its own small parser
with the same one-line error handling (exit 2) as the main command."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from planlint.cli.main import EXIT_OK, UsageError, _Parser, write_file


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rulepack", metavar="NAME|DIR", help="规则包名称或目录（默认：配置中的 rulepack，或 national-13th）")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="语言：zh（默认）或 en")


def _pack(name: Optional[str]):
    """The pack asked for, else the one the configuration of the current directory names."""
    from planlint.policy.config import ConfigError, ConfigFinder
    from planlint.rulepack import RulePackError, load_pack

    if name is None:
        try:
            name = ConfigFinder().for_file(Path.cwd() / "plan.yaml").rulepack
        except ConfigError as err:
            raise UsageError(str(err)) from None
    try:
        return load_pack(name)
    except RulePackError as err:
        raise UsageError(str(err)) from None


def cmd_rules(argv: list[str]) -> int:
    from planlint.reporters.explain import rules_listing
    from planlint.i18n import Catalog

    p = _Parser(prog="planlint rules", description="列出全部代码、默认严重程度、名称和一行概要。")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="语言：zh（默认）或 en")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式")
    args = p.parse_args(argv)
    catalog = Catalog(args.lang)
    if args.format == "json":
        import json
        from planlint.checks.registry import RULES
        sys.stdout.write(json.dumps([{"code": r.code, "name": r.name, "severity": r.severity,
                                      "summary": catalog.summary(r.code, r.summary)} for r in RULES],
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(rules_listing(catalog))
    return EXIT_OK


def cmd_rule(argv: list[str]) -> int:
    from planlint.reporters.explain import UnknownTopic, explain
    from planlint.i18n import Catalog, nest_quotes

    p = _Parser(prog="planlint rule", description="解释一个代码（PL102）或一个国家规划条目（指标、优先行动、专栏工程的名称），"
                                                  "并引用它所依据的国家规划原文。")
    p.add_argument("topic", metavar="CODE|名称")
    _common(p)
    args = p.parse_args(argv)
    try:
        text = explain(args.topic, _pack(args.rulepack), Catalog(args.lang))
    except UnknownTopic as err:
        raise UsageError(str(err)) from None
    sys.stdout.write("\n".join(nest_quotes(line) or line for line in text.split("\n")))
    return EXIT_OK


def cmd_init(argv: list[str]) -> int:
    from planlint.skeleton import InitError, InitRequest, skeleton
    from planlint.model import LEVELS

    p = _Parser(prog="planlint init",
                description="生成规划骨架：含规则包要求该层级和地区（或部门）设置的全部指标和优先行动，国家底线写在注释里。")
    p.add_argument("--level", required=True, choices=LEVELS, help="规划层级")
    p.add_argument("--region", help="地区（省、市、县级规划必填），如 甘肃省")
    p.add_argument("--department", help="部门（部门规划必填），如 农业部")
    p.add_argument("--title", help="规划标题（默认由地区或部门生成）")
    p.add_argument("--output-file", "-o", metavar="FILE", help="写入文件（默认输出到标准输出）")
    p.add_argument("--force", action="store_true", help="文件已存在时覆盖（默认从不覆盖）")
    p.add_argument("--rulepack", metavar="NAME|DIR", help="规则包名称或目录（默认 national-13th）")
    args = p.parse_args(argv)
    try:
        text = skeleton(InitRequest(args.level, args.region, args.department, args.title), _pack(args.rulepack))
    except InitError as err:
        raise UsageError(str(err)) from None
    if args.output_file:
        write_file(args.output_file, text, overwrite=args.force)
        print(f"planlint: 已写入 {args.output_file}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK
