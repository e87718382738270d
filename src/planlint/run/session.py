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
from planlint.policy.config import (WAIVER_NAME, Config, ConfigError, ConfigFinder, Overrides, Settings, effective,
                                    is_repository_root, known_codes)
from planlint.policy.suppressions import Waiver, alias_names, load_waivers, unused_waivers, waiver_display
from planlint.rulepack import RulePack, RulePackError
from planlint.rulepack.derive.source import load_any_pack
from planlint.run.compact import SharedValues
from planlint.run.engine import DEFAULT_MAX_BYTES, Linter
from planlint.run.sniff import looks_like_markdown
from planlint.run.errors import RunError
from planlint.run.files import STDIN, collect_plan_files
from planlint.run.options import LintOptions
from planlint.run.report import FileReport
from planlint.run.result import LintResult
from planlint.run.stack import PackStack, applicable, pack_label

PACKS_DIR = "packs"                  # beside the configuration: packs the period chooses among
MAX_PERIOD_PACKS = 16                # a `packs/` directory is a handful of periods, not a corpus
MAX_EXTENDS = 8                      # a chain of `extends:` deeper than this is a loop
STDIN_DEFAULT_NAME = "stdin.yaml"   # without stdin_filename, stdin is a YAML plan named so …
STDIN_MARKDOWN_NAME = "stdin.md"    # … unless its text is Markdown (run/sniff.py)

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
        _check_max_bytes(options.max_bytes)
        try:
            self.finder = ConfigFinder(Path(options.config) if options.config else None, isolated=options.isolated)
        except ConfigError as err:
            raise RunError(str(err)) from None
        self._packs: dict[Optional[str], RulePack] = {}
        self._linters: dict[str, Linter] = {}
        self._waivers: dict[Path, tuple[list[Waiver], list, Settings]] = {}
        self._fail_on: dict[str, str] = {}
        self._stacks: dict[tuple[str, ...], PackStack] = {}
        self.pack_names: list[str] = []
        self._shared = SharedValues()

    # ------------------------------------------------------------------ pieces, cached

    def pack(self, name: Optional[str]) -> RulePack:
        if name not in self._packs:
            try:
                self._packs[name] = load_any_pack(name)
            except RulePackError as err:
                raise RunError(str(err)) from None
            if pack_label(self._packs[name]) not in self.pack_names:
                self.pack_names.append(pack_label(self._packs[name]))
        return self._packs[name]

    def _canonical(self, settings: Settings) -> dict[str, str]:
        """The packs' alias → name map: a waiver naming an alias matches no finding."""
        items: list = []
        for pack in self.stacked(_stack_names(settings.rulepack)):
            items += pack.indicators
            if pack.commitments is not None:
                c = pack.commitments
                items += [*c.actions, *c.projects, *c.duties]
        return alias_names((i.name, i.aliases) for i in items)

    def first_pack(self) -> RulePack:
        """The first rule pack the run used (the default one if it used none)."""
        return next(iter(self._packs.values()), None) or self.pack(self.overrides.rulepack)

    def linter(self, pack: RulePack) -> Linter:
        key = pack.directory or pack.name
        if key not in self._linters:
            self._linters[key] = Linter(pack, max_bytes=self.options.max_bytes or DEFAULT_MAX_BYTES)
        return self._linters[key]

    def stacked(self, names: list[Optional[str]], depth: int = 0) -> list[RulePack]:
        """The packs named, each preceded by the packs it `extends` (highest first, each once)."""
        out: list[RulePack] = []
        for name in names:
            pack = self.pack(name)
            parent = pack.raw.get("extends")
            if parent and depth < MAX_EXTENDS:
                base = Path(pack.directory) / parent if pack.directory and (Path(pack.directory) / parent).is_dir() else parent
                out.extend(self.stacked([str(base)], depth + 1))
            elif parent:
                raise RunError(f"规则包 {pack.name} 的 extends 层层相扣超过{MAX_EXTENDS}层（是否循环？）")
            out.append(pack)
        unique: dict[str, RulePack] = {}
        for p in out:
            unique.setdefault(p.directory or p.name, p)
        return list(unique.values())

    def stack(self, packs: list[RulePack]) -> PackStack:
        key = tuple(p.directory or p.name for p in packs)
        if key not in self._stacks:
            self._stacks[key] = PackStack(packs, [self.linter(p).matcher for p in packs])
        return self._stacks[key]

    def waivers_for(self, path: Path, settings: Settings) -> list[Waiver]:
        if self.options.isolated and not self.overrides.waivers:
            return []
        wfile = settings.waivers or self._waiver_file(path, settings)
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

    def _waiver_file(self, path: Path, settings: Settings) -> Optional[Path]:
        """The waiver file found upward, as the root configuration's `nested` allows."""
        found = _find_upward(path, WAIVER_NAME)
        outer = self.finder.outermost(settings.config)
        if found is None or outer.source is None or outer.nested == "allow":
            return found
        if found.resolve().parent == outer.root.resolve():
            return found
        if outer.nested == "refuse":
            raise RunError(f"豁免文件 {found} 位于子目录中，而 {outer.source} 设置了 nested: refuse"
                           "（豁免只能写在根目录的 .planlint-waivers.yaml 或根配置的 waivers 中）")
        root_file = outer.root / WAIVER_NAME
        return root_file if root_file.is_file() else None

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
            piped: Optional[bytes] = None
            if from_stdin:       # an editor's unsaved buffer: named (format, config) by stdin_filename
                f = self.options.stdin_filename or STDIN_DEFAULT_NAME
                if not self.options.stdin_filename:    # `cat plan.md | planlint -`: the text says which
                    piped = self._stdin((self.options.max_bytes or DEFAULT_MAX_BYTES) + 1)
                    if looks_like_markdown(piped):
                        f = STDIN_MARKDOWN_NAME
            path = Path(f)
            try:
                config = self.finder.for_file(path)
            except ConfigError as err:
                raise RunError(str(err)) from None
            if config.excluded(path) and not from_stdin:
                continue
            settings = effective(config, path, self.overrides)
            self._fail_on[f] = settings.fail_on
            packs = self.stacked(_stack_names(settings.rulepack) if settings.rulepack
                                 else [None, *period_packs(config)])
            waivers = self.waivers_for(path, settings)
            try:
                if from_stdin:
                    data = piped if piped is not None else self._stdin(self.linter(packs[0]).max_bytes + 1)
                    reports_by_pack = [self.linter(p).lint_bytes(f, data, settings.meta or None) for p in packs]
                else:
                    reports_by_pack = [self.linter(p).lint_file(f, settings.meta or None) for p in packs]
                meta = reports_by_pack[0].plan.meta if reports_by_pack[0].plan else None
                chosen = applicable(packs, (meta.period_start, meta.period_end) if meta else (None, None))
                report = reports_by_pack[chosen[0]]
                report.diagnostics = self.stack([packs[i] for i in chosen]).merge(
                    [reports_by_pack[i].diagnostics for i in chosen])
            except OSError as err:
                found.append(f"无法读取文件：{f}（{err.strerror or err}）")
                continue
            report.diagnostics = settle(report.path, report.diagnostics, report.source, settings, waivers, self.known)
            reports.append(report)
            if not (self.options.keep_source and report.diagnostics):
                report.source = None     # the text was only needed for the comments (and excerpts)
            self._shared.compact(report, keep_plan=self.options.keep_source)   # memory flat in the plan count
        if progress is not None:
            progress(len(files), len(files))
        if not self.pack_names:
            for name in _stack_names(self.overrides.rulepack):
                self.pack(name)   # an empty run still names (and checks) its pack
        for wfile, (waivers, load_problems, settings) in self._waivers.items():
            display = waiver_display(wfile)
            diags = select(load_problems + unused_waivers(waivers, display, self._canonical(settings)), settings)
            if diags:
                self._fail_on[display] = settings.fail_on
                reports.append(FileReport(display, None, diags))
        return LintResult(reports, found, self.options, list(self.pack_names), dict(self._fail_on),
                          self.overrides.fail_on or "error")


def _check_max_bytes(limit: Optional[int]) -> None:
    """A limit above the default is one the 2 GiB a CI job gives cannot honour (a file is
    held several times over while parsed); 0 or less would silently mean "the default"."""
    if limit is None:
        return
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= DEFAULT_MAX_BYTES:
        raise RunError(f"--max-bytes 应为 1 到 {DEFAULT_MAX_BYTES}（64MiB）之间的字节数，而不是 {str(limit)[:40]}")


def period_packs(config: Config) -> list[str]:
    """The packs in a `packs/` directory beside the configuration file, offered beside the
    built-in pack when nothing names a pack: the plan's period then chooses among them (stack.py,
    `applicable`), so a 十四五 plan meets `packs/national-14th` and a 十三五 plan the built-in pack."""
    if config.source is None:
        return []
    where = config.source.parent / PACKS_DIR
    try:
        entries = sorted(where.iterdir())[:MAX_PERIOD_PACKS] if where.is_dir() else []
    except OSError:
        return []
    return [str(d) for d in entries if d.is_dir() and (d / "pack.yaml").is_file()]


def _stack_names(setting) -> list[Optional[str]]:
    """The packs a `rulepack` setting names, highest level first (one name, or a list)."""
    if isinstance(setting, (list, tuple)):
        return list(dict.fromkeys(setting)) or [None]
    return [setting]


def _find_upward(path: Path, name: str) -> Optional[Path]:
    d = path.resolve().parent
    while True:
        if (d / name).is_file():
            return d / name
        if d.parent == d or is_repository_root(d):     # a waiver above the repository is not its
            return None
        d = d.parent
