"""Lint one file: read → model → check. Reporters only format what this returns."""
from __future__ import annotations

import os
import stat
from dataclasses import replace
from typing import Optional

from planlint.checks import HINTS as BUG_HINTS, run_checks
from planlint.analysis.commitment_index import covered_actions
from planlint.analysis.context import CheckContext, build_context
from planlint.analysis.coverage_pack import PackCoverage
from planlint.diagnostics import Diagnostic
from planlint.analysis.matching import IndicatorMatcher
from planlint.model import Inference, Location, Plan
from planlint.readers import is_binary_format, read_binary, read_source
from planlint.readers.base import ReadResult, unreadable
from planlint.readers.source import SourceError, SourceText
from planlint.readers.messages import MESSAGES as READER_MESSAGES
from planlint.run.messages import HINTS as RUN_HINTS, INFERRED, MESSAGES as RUN, STAGES
from planlint.messages import Text
from planlint.places.regions import RegionResolver
from planlint.rulepack import RulePack
from planlint.run.bounds import keep_inside
from planlint.run.report import CoveredItem, FileReport

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


class Linter:
    def __init__(self, pack: RulePack, max_bytes: int = DEFAULT_MAX_BYTES, keep_covered: bool = True):
        self.pack = pack
        self.keep_covered = keep_covered     # off where no report shows the covered actions
        self.matcher = IndicatorMatcher(pack)
        self.regions = RegionResolver()
        # the pack's coverage words, derived once for all the plans this linter sees
        self.coverage = PackCoverage(pack.commitments) if pack.commitments is not None else None
        self.max_bytes = max_bytes
        # a plan that writes no period is read as a plan of the pack's period
        start = pack.base_year + 1 if pack.base_year else None
        self.default_period = (start, pack.target_year) if start else None

    def lint_file(self, path: str, meta_defaults: Optional[dict[str, str]] = None) -> FileReport:
        """Raises OSError only for files that cannot be opened (the caller reports those)."""
        # open first, then look at what was opened: a file swapped for a FIFO between a stat and
        # the open would block it; O_NONBLOCK makes that open return, and fstat tells what it is
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                # a FIFO would block and a device (/dev/zero) never end: read regular files only
                return FileReport(path, None, [unreadable_finding(path, RUN["not-a-regular-file"]())])
            if st.st_size > self.max_bytes:
                return FileReport(path, None, [self._too_large(path, st.st_size)])
            os.set_blocking(fd, True)
            # the size can change between stat and read (or lie, as in /proc): never read past the limit
            data = f.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            return FileReport(path, None, [self._too_large(path, len(data))])
        return self.lint_bytes(path, data, meta_defaults)

    def _too_large(self, path: str, size: int) -> Diagnostic:
        return unreadable_finding(path, RUN["too-large"](size=size, limit=self.max_bytes), hint=RUN_HINTS["raise-limit"]())

    def lint_bytes(self, path: str, data: bytes, meta_defaults: Optional[dict[str, str]] = None) -> FileReport:
        """`meta_defaults` (level/region/department from the configuration) fill what the plan
        does not write itself, before the checks see the plan."""
        if len(data) > self.max_bytes:     # not read: nor are its suppression comments
            return FileReport(path, None, [self._too_large(path, len(data))])
        source: Optional[SourceText] = None
        try:
            if is_binary_format(path, data):
                result = read_binary(path, data, self.default_period)
            else:
                source = SourceText.from_bytes(data)      # the one decoding of this file
                result = read_source(path, source, self.default_period)
        except SourceError as err:
            result = unreadable(path, err.message, err.loc)
        except RecursionError:
            result = ReadResult(None, [unreadable_finding(path, RUN["too-deep"]())])
        except MemoryError:
            result = ReadResult(None, [unreadable_finding(path, RUN["out-of-memory"]())])
        except Exception as err:  # noqa: BLE001 - a reader bug must not end the run for the other files
            result = ReadResult(None, [_internal(path, STAGES["reading"](), err)])
        if result.source is not None:
            source = result.source
        diags = list(result.diagnostics)
        covered: list[CoveredItem] = []
        indicators_set: tuple[str, ...] = ()
        if result.plan is not None:
            plan = result.plan
            if meta_defaults:
                _apply_meta_defaults(plan, meta_defaults)
            try:
                ctx = build_context(plan, self.pack, self.matcher, self.regions, self.coverage)
            except Exception as err:  # noqa: BLE001 - the reading's findings are still reported
                diags.append(_internal(path, STAGES["preparing"](), err))
            else:
                diags.extend(run_checks(ctx))
                if self.keep_covered:
                    covered = _covered(ctx, diags)
                indicators_set = _indicators_set(ctx, diags)
        if source is not None and result.locator is None:
            keep_inside(diags, source)
        if result.headings is not None:    # a document: the headings each finding sits under
            for d in diags:
                d.heading_path = result.headings.at(d.loc.line)
        if result.locator is not None:     # a Word/PDF file: lines of its text become paragraphs and cells
            for d in diags:
                d.loc, d.place = result.locator.locate(d.loc)
            covered = [replace(c, line=result.locator.locate(Location(c.line, 1))[0].line) for c in covered]
        diags.sort(key=Diagnostic.sort_key)
        return FileReport(path, result.plan, diags, source, covered, indicators_set)


def _covered(ctx: CheckContext, diags: list[Diagnostic]) -> list[CoveredItem]:
    """The actions found covered, with their evidence; none when the checks failed."""
    if not ctx.binding or any(d.code == "PL900" for d in diags):
        return []
    return [CoveredItem("action", action.name, cov.place.loc.line, tuple(cov.evidence()))
            for action, cov in covered_actions(ctx) if cov.place is not None]


def _indicators_set(ctx: CheckContext, diags: list[Diagnostic]) -> tuple[str, ...]:
    """The national indicators the plan's own indicators were matched to and compared with (the
    item applies to the plan's level and region); none when the checks did not run on them (a
    plan of another period, a failed check)."""
    if not ctx.binding or any(d.code == "PL900" for d in diags):
        return ()
    return tuple(dict.fromkeys(r.national.name for r in ctx.readings
                               if r.national is not None and ctx.applies(r.national)))


def unreadable_finding(path: str, detail: Text, hint: Optional[Text] = None) -> Diagnostic:
    return Diagnostic(path, Location(1, 1), "PL001", "error", READER_MESSAGES["PL001"](detail=detail), hint=hint)


def _internal(path: str, stage: Text, err: BaseException) -> Diagnostic:
    """A planlint bug met on this file: reported as PL900 like a failing check, not a traceback."""
    import traceback    # here: only a planlint bug pays for its import

    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    return Diagnostic(path, Location(1, 1), "PL900", "error",
                      RUN["stage-failed"](stage=stage, error=f"{type(err).__name__}: {str(err)[:200]}"),
                      hint=BUG_HINTS["bug-at"](where=f"{where.filename}:{where.lineno}") if where else BUG_HINTS["bug"]())


def _apply_meta_defaults(plan: Plan, defaults: dict[str, str]) -> None:
    """A value the drafter wrote wins; one only inferred from the title gives way to the config."""
    meta = plan.meta
    set_keys = []
    for key in ("level", "region", "department"):
        value = defaults.get(key)
        guessed = any(note.decides(key) for note in meta.inferred)
        if value and (getattr(meta, key) is None or guessed):
            setattr(meta, key, value)
            set_keys.append(key)
    if set_keys:   # the title guesses (or "cannot infer") no longer describe the plan
        meta.inferred = [n for n in meta.inferred if n.values and not any(n.decides(k) for k in set_keys)]
        meta.inferred.extend(Inference(((k, getattr(meta, k)),), "configuration",
                                       INFERRED["configured"](key=k, value=getattr(meta, k))) for k in set_keys)
