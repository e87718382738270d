"""One run over many files: each file's configuration, rule pack and waivers, the lint, and the
policy (suppressions, waivers, select/ignore, severities) applied to its findings.

What the user must fix (a configuration, rule pack or waiver file that cannot be used, an option
that makes no sense) is a RunError; a missing path or an unreadable file is a problem of the
result, and the other files are linted all the same.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Optional, Sequence

from planlint.policy.apply import select, settle
from planlint.policy.config import WAIVER_NAME, ConfigError, ConfigFinder, Overrides, Settings, effective, known_codes
from planlint.policy.suppressions import Waiver, load_waivers, unused_waivers, waiver_display
from planlint.rulepack import RulePack, RulePackError, load_pack
from planlint.run.engine import DEFAULT_MAX_BYTES, Linter
from planlint.run.errors import RunError
from planlint.run.files import STDIN, collect_plan_files
from planlint.run.options import LintOptions
from planlint.run.report import FileReport
from planlint.run.result import LintResult

STDIN_DEFAULT_NAME = "stdin.yaml"   # without stdin_filename, stdin is a YAML plan named so

ReadStdin = Callable[[int], bytes]   # reads at most that many bytes of the plan on standard input


def read_stdin(limit: int) -> bytes:
    return sys.stdin.buffer.read(limit)


class LintSession:
    """Lints files under one set of options, loading each pack, linter and waiver file once."""

    def __init__(self, options: LintOptions, stdin: ReadStdin = read_stdin):
        self.options = options
        self._stdin = stdin
        self.known = known_codes()
        self.overrides = Overrides(rulepack=options.rulepack, select=options.select,
                                   extend_select=options.extend_select, ignore=options.ignore,
                                   fail_on=options.fail_on, waivers=Path(options.waivers) if options.waivers else None)
        if options.waivers and not Path(options.waivers).is_file():
            raise RunError(f"找不到豁免文件：{options.waivers}")
        try:
            self.finder = ConfigFinder(Path(options.config) if options.config else None, isolated=options.isolated)
        except ConfigError as err:
            raise RunError(str(err)) from None
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
                raise RunError(str(err)) from None
            if self._packs[name].name not in self.pack_names:
                self.pack_names.append(self._packs[name].name)
        return self._packs[name]

    def first_pack(self) -> RulePack:
        """The first rule pack the run used (the default one if it used none)."""
        return next(iter(self._packs.values()), None) or self.pack(self.overrides.rulepack)

    def linter(self, pack: RulePack) -> Linter:
        key = pack.directory or pack.name
        if key not in self._linters:
            self._linters[key] = Linter(pack, max_bytes=self.options.max_bytes or DEFAULT_MAX_BYTES)
        return self._linters[key]

    def waivers_for(self, path: Path, settings: Settings) -> list[Waiver]:
        if self.options.isolated and not self.overrides.waivers:
            return []
        wfile = settings.waivers or _find_upward(path, WAIVER_NAME)
        if wfile is None:
            return []
        wfile = wfile.resolve()
        if wfile not in self._waivers:
            if not wfile.is_file():
                raise RunError(f"找不到配置中指定的豁免文件：{wfile}")
            try:
                waivers, problems = load_waivers(wfile, self.known)
            except ConfigError as err:
                raise RunError(str(err)) from None
            self._waivers[wfile] = (waivers, problems, settings)
        return self._waivers[wfile][0]

    # ------------------------------------------------------------------ the run

    def collect(self, paths: Sequence[str]) -> tuple[list[str], list[str]]:
        """The files the paths name, and the problems (missing paths) met finding them."""
        files, problems = collect_plan_files(paths)
        if self.options.stdin_filename and STDIN not in paths:
            raise RunError("--stdin-filename 只在从标准输入读取（PATH 为 -）时使用")
        return files, problems

    def lint(self, files: Sequence[str], problems: Sequence[str] = (),
             progress: Optional[Callable[[int, int], None]] = None) -> LintResult:
        """Lint the files (from collect); `problems` are carried into the result before its own.
        `progress(done, total)` is told before each file and once at the end."""
        found = list(problems)
        reports: list[FileReport] = []
        for done, f in enumerate(files):
            if progress is not None:
                progress(done, len(files))
            from_stdin = f == STDIN
            if from_stdin:       # an editor's unsaved buffer: named (format, config) by stdin_filename
                f = self.options.stdin_filename or STDIN_DEFAULT_NAME
            path = Path(f)
            try:
                config = self.finder.for_file(path)
            except ConfigError as err:
                raise RunError(str(err)) from None
            if config.excluded(path) and not from_stdin:
                continue
            settings = effective(config, path, self.overrides)
            self._fail_on[f] = settings.fail_on
            pack = self.pack(settings.rulepack)
            waivers = self.waivers_for(path, settings)
            linter = self.linter(pack)
            try:
                if from_stdin:
                    report = linter.lint_bytes(f, self._stdin(linter.max_bytes + 1), settings.meta or None)
                else:
                    report = linter.lint_file(f, settings.meta or None)
            except OSError as err:
                found.append(f"无法读取文件：{f}（{err.strerror or err}）")
                continue
            report.diagnostics = settle(report.path, report.diagnostics, report.source, settings, waivers, self.known)
            reports.append(report)
            if not (self.options.keep_source and report.diagnostics):
                report.source = None     # the text was only needed for the comments (and excerpts)
        if progress is not None:
            progress(len(files), len(files))
        if not self.pack_names:
            self.pack(self.overrides.rulepack)   # an empty run still names (and checks) its pack
        for wfile, (waivers, load_problems, settings) in self._waivers.items():
            display = waiver_display(wfile)
            diags = select(load_problems + unused_waivers(waivers, display), settings)
            if diags:
                self._fail_on[display] = settings.fail_on
                reports.append(FileReport(display, None, diags))
        return LintResult(reports, found, self.options, list(self.pack_names), dict(self._fail_on),
                          self.overrides.fail_on or "error")


def _find_upward(path: Path, name: str) -> Optional[Path]:
    d = path.resolve().parent
    while True:
        if (d / name).is_file():
            return d / name
        if d.parent == d:
            return None
        d = d.parent
