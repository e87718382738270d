"""One run over many files: each file's configuration, rule pack and waivers, the lint, and the
policy (suppressions, waivers, select/ignore, severities) applied to its findings.

What the user must fix (a configuration, rule pack or waiver file that cannot be used, an option
that makes no sense) is a RunError; a missing path or an unreadable file is a problem of the
result, and the other files are linted all the same.
"""
from __future__ import annotations

import sys
from pathlib import Path
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator, Optional, Protocol, Sequence

from planlint.diagnostics import severity_rank
from planlint.policy.apply import select, settle
from planlint.policy.config import (WAIVER_NAME, Config, ConfigError, ConfigFinder, Overrides, Settings, effective,
                                    is_repository_root, known_codes)
from planlint.policy.suppressions import Waiver, alias_names, load_waivers, unused_waivers, waiver_display
from planlint.rulepack import RulePack, RulePackError
from planlint.rulepack.derive.source import load_any_pack
from planlint.run.engine import DEFAULT_MAX_BYTES, Linter, unreadable_finding
from planlint.run.messages import HINTS as RUN_HINTS, MESSAGES as RUN
from planlint.run.outcome import FileOutcome
from planlint.run.compact import SharedValues
from planlint.run.sniff import looks_like_markdown
from planlint.policy.messages import WAIVER_FILE_ERRORS
from planlint.run.errors import RunError, carried
from planlint.run.messages import ERRORS, PROBLEMS
from planlint.run.files import STDIN, collect_plan_files, printable
from planlint.run.options import LintOptions
from planlint.run.report import FileReport
from planlint.run.result import LintResult
from planlint.run.stack import PackStack, applicable, pack_label

if TYPE_CHECKING:
    from planlint.reporters.context import RenderContext


class ReportStream(Protocol):
    """A report written as the run goes (reporters/streaming.py): `render` where the file is
    linted, `write` in the run's own process, in input order."""

    def render(self, report: FileReport) -> object: ...
    def write(self, piece: object) -> None: ...

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
            raise RunError(WAIVER_FILE_ERRORS["not-found"](path=str(options.waivers)))
        _check_max_bytes(options.max_bytes)
        try:
            self.finder = ConfigFinder(Path(options.config) if options.config else None, isolated=options.isolated)
        except ConfigError as err:
            raise RunError(carried(err)) from None
        self._packs: dict[Optional[str], RulePack] = {}
        self._linters: dict[str, Linter] = {}
        self._waivers: dict[Path, tuple[list[Waiver], list, Settings]] = {}
        self._upward: dict[Path, Optional[Path]] = {}      # directory → the waiver file found from it
        self._fail_on: dict[str, str] = {}
        self._stacks: dict[tuple[str, ...], PackStack] = {}
        self.pack_names: list[str] = []
        self._shared = SharedValues()
        # what _prepare_all settled for each file, taken (and let go) when the file is linted
        self._prepared: dict[str, Optional[tuple[Settings, list[RulePack], list[Waiver]]]] = {}

    # ------------------------------------------------------------------ pieces, cached

    def pack(self, name: Optional[str]) -> RulePack:
        if name not in self._packs:
            try:
                self._packs[name] = load_any_pack(name)
            except RulePackError as err:
                raise RunError(carried(err)) from None
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
            self._linters[key] = Linter(pack, max_bytes=self.options.max_bytes or DEFAULT_MAX_BYTES,
                                        keep_covered=self.options.keep_covered)
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
                raise RunError(ERRORS["extends-loop"](pack=pack.name, limit=MAX_EXTENDS))
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
                raise RunError(WAIVER_FILE_ERRORS["configured-not-found"](path=str(wfile)))
            try:
                waivers, problems = load_waivers(wfile, self.known)
            except ConfigError as err:
                raise RunError(carried(err)) from None
            self._waivers[wfile] = (waivers, problems, settings)
        return self._waivers[wfile][0]

    def _waiver_file(self, path: Path, settings: Settings) -> Optional[Path]:
        """The waiver file found upward, as the root configuration's `nested` allows."""
        start = path.resolve().parent
        if start not in self._upward:      # the same answer for every plan in the directory
            self._upward[start] = _find_upward(start, WAIVER_NAME)
        found = self._upward[start]
        outer = self.finder.outermost(settings.config)
        if found is None or outer.source is None or outer.nested == "allow":
            return found
        if found.resolve().parent == outer.root.resolve():
            return found
        if outer.nested == "refuse":
            raise RunError(WAIVER_FILE_ERRORS["nested-refused"](found=str(found), outer=str(outer.source)))
        root_file = outer.root / WAIVER_NAME
        return root_file if root_file.is_file() else None

    # ------------------------------------------------------------------ the run

    def collect(self, paths: Sequence[str]) -> tuple[list[str], list[str]]:
        """The files the paths name, and the problems (missing paths) met finding them."""
        files, problems = collect_plan_files(paths)
        if self.options.stdin_filename and STDIN not in paths:
            raise RunError(ERRORS["stdin-filename"]())
        return files, problems

    def lint(self, files: Sequence[str], problems: Sequence[str] = (),
             progress: Optional[Callable[[int, int], None]] = None,
             stream: Optional[ReportStream] = None, jobs: Optional[int] = None) -> LintResult:
        """Lint the files (from collect); `problems` are carried into the result before its own.
        `progress(done, total)` is told before each file and once at the end. With `jobs` above 1
        the files are linted in worker processes (run/parallel.py); reports come in input order
        all the same, so the result does not depend on the number of workers. A `stream` (a
        streaming reporter) renders each file's report where the file is linted and is given
        the pieces to write in input order, as they come; the reports are then not kept. `jobs`
        overrides the options' (the command line decides it once it knows how many files there are)."""
        found = list(problems)
        reports: list[FileReport] = []
        streamed_failing = False
        self._prepared = {}      # nothing left from a run that ended in an error
        if stream is not None:   # a streamed report's frame (packs stacked?) is known before its first file
            self._prepare_all(files)

        def keep(report: FileReport) -> None:
            if stream is None:    # kept to the end: repeated finding texts shared between plans
                self._shared.compact(report, keep_plan=True)
                reports.append(report)
            else:
                put(self._rendered(FileOutcome(report), stream))

        def put(outcome: FileOutcome) -> None:    # written out and let go: only whether it fails the run is kept
            nonlocal streamed_failing
            assert stream is not None
            stream.write(outcome.rendered)
            streamed_failing = streamed_failing or outcome.failing

        for done, outcome in enumerate(self._outcomes(files, self.options.jobs if jobs is None else jobs, stream)):
            if progress is not None:
                progress(done, len(files))
            self._absorb(outcome)
            if outcome.problem is not None:
                found.append(outcome.problem)
            if outcome.report is not None:
                keep(outcome.report)
            elif outcome.rendered is not None:
                put(outcome)
        if progress is not None:
            progress(len(files), len(files))
        self._prepared = {}      # what workers linted was not taken here: not kept for another run
        if not self.pack_names:
            for name in _stack_names(self.overrides.rulepack):
                self.pack(name)   # an empty run still names (and checks) its pack
        for wfile, (waivers, load_problems, settings) in self._waivers.items():
            display = waiver_display(wfile)
            diags = select(load_problems + unused_waivers(waivers, display, self._canonical(settings)), settings)
            if diags:
                self._fail_on[display] = settings.fail_on
                keep(FileReport(display, None, diags))
        names = self._english_names()
        return LintResult(reports, found, self.options, list(self.pack_names), dict(self._fail_on),
                          self.overrides.fail_on or "error", english_names=names,
                          streamed_failing=streamed_failing)

    def render_context(self) -> "RenderContext":
        """The frame of the run's report as it stands (packs, fail-on), for a report streamed
        before the run ends."""
        return LintResult([], [], self.options, list(self.pack_names), dict(self._fail_on),
                          self.overrides.fail_on or "error",
                          english_names=self._english_names()).render_context()

    def _english_names(self) -> dict[str, str]:
        """The loaded packs' Chinese item names → English names, for English reports."""
        return {zh: en for pack in self._packs.values() for zh, en in pack.english_names().items()}

    def _fails(self, report: FileReport) -> bool:
        threshold = severity_rank(self._fail_on.get(report.path, self.overrides.fail_on or "error"))
        return any(severity_rank(d.severity) >= threshold for d in report.diagnostics)

    def _prepare_all(self, files: Sequence[str]) -> None:
        """Every file's configuration, packs and waiver file, in input order (stdin's comes with it)."""
        for f in files:
            if f != STDIN:
                self._prepared[f] = self._prepare(f, from_stdin=False)

    def _outcomes(self, files: Sequence[str], jobs: int, stream: Optional[ReportStream] = None) -> Iterator[FileOutcome]:
        """Each file's outcome, in input order: here, or in worker processes; with a stream, each
        report already rendered by it (in the worker: a piece of text comes back, not the
        findings). Before the workers are forked the parent settles every file's configuration,
        packs and waiver file, in input order: each worker then starts with the packs loaded,
        and the run's own record (packs used, fail-on per file, waiver files) is made as a
        sequential run makes it. The plan on standard input is read here: the workers do not
        share the parent's stdin."""
        work = self.lint_one if stream is None else (lambda f: self._rendered(self.lint_one(f), stream))
        jobs = min(jobs, len(files))
        if jobs <= 1 or STDIN in files:
            yield from (work(f) for f in files)
            return
        from planlint.run import parallel     # its module and multiprocessing: only for workers

        if not parallel.usable():
            yield from (work(f) for f in files)
            return
        if stream is None:            # a streamed run has settled them already
            self._prepare_all(files)
        for pack in list(self._packs.values()):   # matchers and region tables too, built once for all
            self.linter(pack)
        yield from parallel.ordered_map(list(files), work, self._crashed, jobs)

    def _rendered(self, outcome: FileOutcome, stream: ReportStream) -> FileOutcome:
        """The outcome with its report rendered by the stream and let go."""
        if outcome.report is None:
            return outcome
        return replace(outcome, report=None, rendered=stream.render(outcome.report),
                       failing=self._fails(outcome.report))

    def _absorb(self, outcome: FileOutcome) -> None:
        """Which waivers a file linted in a worker used, marked on the run's own copy."""
        if outcome.waivers is None:
            return
        wfile, marks = outcome.waivers
        for waiver, (used, applied) in zip(self._waivers[wfile][0], marks):
            waiver.used |= used
            waiver.applied_somewhere |= applied

    def _crashed(self, f: str, why: str) -> FileOutcome:
        """A worker died on this file: the file gets a PL001 saying so, the run goes on."""
        return FileOutcome(FileReport(f, None, [unreadable_finding(f, RUN["worker-died"](why=why),
                                                                   RUN_HINTS["worker-died"]())]))

    def _prepare(self, f: str, from_stdin: bool) -> Optional[tuple[Settings, list[RulePack], list[Waiver]]]:
        """A file's settings, packs (loaded) and waivers; None for a file the configuration excludes."""
        path = Path(f)
        try:
            config = self.finder.for_file(path)
        except ConfigError as err:
            raise RunError(carried(err)) from None
        if config.excluded(path) and not from_stdin:
            return None
        settings = effective(config, path, self.overrides)
        self._fail_on[f] = settings.fail_on
        packs = self.stacked(_stack_names(settings.rulepack) if settings.rulepack
                             else [None, *period_packs(config)])
        return settings, packs, self.waivers_for(path, settings)

    def lint_one(self, f: str) -> FileOutcome:
        """One file: its configuration, packs, waivers, the lint and the policy. The waivers it
        used are also in the outcome: a worker's session is gone once the outcome is sent."""
        from_stdin = f == STDIN
        piped: Optional[bytes] = None
        if from_stdin:       # an editor's unsaved buffer: named (format, config) by stdin_filename
            f = self.options.stdin_filename or STDIN_DEFAULT_NAME
            if not self.options.stdin_filename:    # `cat plan.md | planlint -`: the text says which
                piped = self._stdin((self.options.max_bytes or DEFAULT_MAX_BYTES) + 1)
                if looks_like_markdown(piped):
                    f = STDIN_MARKDOWN_NAME
        # settled already before a streamed or parallel run: a file's configuration is looked up once
        prepared = self._prepared.pop(f) if not from_stdin and f in self._prepared else self._prepare(f, from_stdin)
        if prepared is None:
            return FileOutcome(None)
        settings, packs, waivers = prepared
        marks = self._marks(waivers)
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
            return FileOutcome(None, problem=PROBLEMS["unreadable-file"](path=printable(f), why=err.strerror or str(err)))
        report.diagnostics = settle(report.path, report.diagnostics, report.source, settings, waivers, self.known)
        if not (self.options.keep_source and report.diagnostics):
            report.source = None     # the text was only needed for the comments (and excerpts)
        if report.plan is not None:  # reporters read only its metadata and anchors: let the rest go
            report.plan = replace(report.plan, indicators=[], actions=[], projects=[], sections=[])
        return FileOutcome(report, waivers=marks())

    def _marks(self, waivers: list[Waiver]) -> Callable[[], Optional[tuple[Path, tuple[tuple[bool, bool], ...]]]]:
        """Called after the lint: the waiver file's flags (used, applied somewhere), by position."""
        wfile = next((k for k, v in self._waivers.items() if v[0] is waivers), None) if waivers else None
        if wfile is None:
            return lambda: None
        return lambda: (wfile, tuple((w.used, w.applied_somewhere) for w in waivers))


def _check_max_bytes(limit: Optional[int]) -> None:
    """A limit above the default is one the 2 GiB a CI job gives cannot honour (a file is
    held several times over while parsed); 0 or less would silently mean "the default"."""
    if limit is None:
        return
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= DEFAULT_MAX_BYTES:
        raise RunError(ERRORS["max-bytes"](limit=DEFAULT_MAX_BYTES, value=str(limit)[:40]))


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


def _find_upward(d: Path, name: str) -> Optional[Path]:
    """`name` in the resolved directory `d` or the nearest above it, within the repository."""
    while True:
        if (d / name).is_file():
            return d / name
        if d.parent == d or is_repository_root(d):     # a waiver above the repository is not its
            return None
        d = d.parent
