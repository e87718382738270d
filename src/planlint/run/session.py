"""One `planlint PATH...` run: each file's configuration, rule pack and waivers, the lint, and
the policy (suppressions, waivers, select/ignore, severities) applied to its findings."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from planlint.policy.config import WAIVER_NAME, ConfigError, ConfigFinder, Overrides, Settings, effective
from planlint.run.engine import DEFAULT_MAX_BYTES, FileReport, Linter
from planlint.rulepack import RulePack, RulePackError, load_pack
from planlint.policy.suppressions import Waiver, load_waivers, unused_waivers, waiver_display


STDIN = "-"                       # the path that means: read the plan from standard input
STDIN_DEFAULT_NAME = "stdin.yaml"   # without --stdin-filename, stdin is a YAML plan named so


class LintRun:
    def __init__(self, args: argparse.Namespace):
        from planlint.cli.main import UsageError
        from planlint.checks.registry import RULES

        self._usage = UsageError
        self.args = args
        self.rules = list(RULES)
        self.known = {r.code for r in self.rules}
        self.overrides = Overrides(rulepack=args.rulepack, select=args.select, extend_select=args.extend_select,
                                   ignore=args.ignore, fail_on=args.fail_on,
                                   waivers=Path(args.waivers) if args.waivers else None)
        if args.waivers and not Path(args.waivers).is_file():
            raise UsageError(f"找不到豁免文件：{args.waivers}")
        try:
            self.finder = ConfigFinder(Path(args.config) if args.config else None, isolated=args.isolated)
        except ConfigError as err:
            raise UsageError(str(err)) from None
        self._packs: dict[Optional[str], RulePack] = {}
        self._linters: dict[str, Linter] = {}
        self._waivers: dict[Path, tuple[list[Waiver], list, Settings]] = {}
        self._fail_on: dict[str, str] = {}
        self.pack_names: list[str] = []

    # ------------------------------------------------------------------ pieces, cached

    def pack(self, name: Optional[str]) -> RulePack:
        if name not in self._packs:
            try:
                self._packs[name] = load_pack(name)
            except RulePackError as err:
                raise self._usage(str(err)) from None
            if self._packs[name].name not in self.pack_names:
                self.pack_names.append(self._packs[name].name)
        return self._packs[name]

    def linter(self, pack: RulePack) -> Linter:
        key = pack.directory or pack.name
        if key not in self._linters:
            self._linters[key] = Linter(pack, max_bytes=self.args.max_bytes or DEFAULT_MAX_BYTES)
        return self._linters[key]

    def waivers_for(self, path: Path, settings: Settings) -> list[Waiver]:
        if self.args.isolated and not self.overrides.waivers:
            return []
        wfile = settings.waivers or _find_upward(path, WAIVER_NAME)
        if wfile is None:
            return []
        wfile = wfile.resolve()
        if wfile not in self._waivers:
            if not wfile.is_file():
                raise self._usage(f"找不到配置中指定的豁免文件：{wfile}")
            try:
                waivers, problems = load_waivers(wfile, self.known)
            except ConfigError as err:
                raise self._usage(str(err)) from None
            self._waivers[wfile] = (waivers, problems, settings)
        return self._waivers[wfile][0]

    # ------------------------------------------------------------------ the run

    def lint_all(self, files: list[str], problems: list[str]) -> list[FileReport]:
        from planlint.policy.apply import select, settle

        reports: list[FileReport] = []
        for f in files:
            from_stdin = f == STDIN
            if from_stdin:       # an editor's unsaved buffer: named (format, config) by --stdin-filename
                f = self.args.stdin_filename or STDIN_DEFAULT_NAME
            path = Path(f)
            try:
                config = self.finder.for_file(path)
            except ConfigError as err:
                raise self._usage(str(err)) from None
            if config.excluded(path) and not from_stdin:
                continue
            settings = effective(config, path, self.overrides)
            self._fail_on[f] = settings.fail_on
            pack = self.pack(settings.rulepack)
            waivers = self.waivers_for(path, settings)
            linter = self.linter(pack)
            try:
                if from_stdin:
                    if sys.stdin.isatty():     # a user at a terminal may not know planlint waits for them
                        print("planlint: 正在从标准输入读取规划（输入完毕后按 Ctrl-D）", file=sys.stderr)
                    data = sys.stdin.buffer.read(linter.max_bytes + 1)
                    report = linter.lint_bytes(f, data, settings.meta or None)
                else:
                    report = linter.lint_file(f, settings.meta or None)
            except OSError as err:
                problems.append(f"无法读取文件：{f}（{err.strerror or err}）")
                continue
            reports.append(settle(report, settings, waivers, self.known))
            wants_source = getattr(self.args, "show_source", False) or getattr(self.args, "format", "") == "html"
            if wants_source and report.diagnostics:
                from planlint.reporters.excerpt import source_lines
                report.source_lines = source_lines(report.data, {d.line for d in report.diagnostics})
            report.data = None     # the bytes were only needed for the comments (and excerpts)
        if not self.pack_names:
            self.pack(self.overrides.rulepack)   # an empty run still names (and checks) its pack
        for wfile, (waivers, load_problems, settings) in self._waivers.items():
            display = waiver_display(wfile)
            diags = select(load_problems + unused_waivers(waivers, display), settings)
            if diags:
                self._fail_on[display] = settings.fail_on
                reports.append(FileReport(display, None, diags))
        return reports

    def fail_on_for(self, path: str) -> str:
        return self._fail_on.get(path, self.overrides.fail_on or "error")

    def render_context(self):
        from planlint.i18n import Catalog
        from planlint.reporters.context import RenderContext

        return RenderContext(pack_name=",".join(self.pack_names), rules=self.rules,
                             catalog=Catalog(self.args.lang), verbose=self.args.verbose,
                             show_source=getattr(self.args, "show_source", False),
                             fail_on=dict(self._fail_on), default_fail_on=self.overrides.fail_on or "error")


def _find_upward(path: Path, name: str) -> Optional[Path]:
    d = path.resolve().parent
    while True:
        if (d / name).is_file():
            return d / name
        if d.parent == d:
            return None
        d = d.parent
