"""Lint one file: read → model → check. Reporters only format what this returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from planlint.checks import run_checks
from planlint.checks.context import build_context
from planlint.diagnostics import Diagnostic
from planlint.matching import IndicatorMatcher
from planlint.model import Plan
from planlint.readers import read_plan
from planlint.regions import RegionResolver
from planlint.rulepack import RulePack

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass
class FileReport:
    path: str
    plan: Optional[Plan] = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    data: Optional[bytes] = field(default=None, repr=False)   # the bytes read, for suppression comments

    def count(self, severity: str) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)


class Linter:
    def __init__(self, pack: RulePack, max_bytes: int = DEFAULT_MAX_BYTES):
        self.pack = pack
        self.matcher = IndicatorMatcher(pack)
        self.regions = RegionResolver()
        self.max_bytes = max_bytes

    def lint_file(self, path: str, meta_defaults: Optional[dict[str, str]] = None) -> FileReport:
        """Raises OSError only for files that cannot be opened (the caller reports those)."""
        p = Path(path)
        size = p.stat().st_size
        if size > self.max_bytes:
            from planlint.model import Location
            return FileReport(path, None, [Diagnostic(
                path, Location(1, 1), "PL001", "error",
                f"文件过大（{size}字节，超过上限{self.max_bytes}字节），未读取",
                hint="如确需检查，请用 --max-bytes 调高上限")])
        return self.lint_bytes(path, p.read_bytes(), meta_defaults)

    def lint_bytes(self, path: str, data: bytes, meta_defaults: Optional[dict[str, str]] = None) -> FileReport:
        """`meta_defaults` (level/region/department from the configuration) fill what the plan
        does not write itself, before the checks see the plan."""
        result = read_plan(path, data)
        diags = list(result.diagnostics)
        if result.plan is not None:
            plan = result.plan
            if meta_defaults:
                _apply_meta_defaults(plan, meta_defaults)
            if not plan.meta.level:
                from planlint.model import Location
                diags.append(Diagnostic(path, Location(1, 1), "PL003", "info",
                                        "未写明规划层级（level），也无法从标题推断；只检查对各层级都适用的要求",
                                        hint="请在文件开头写明 level: province/city/county/ministry"))
            ctx = build_context(plan, self.pack, self.matcher, self.regions)
            diags.extend(run_checks(ctx))
        diags.sort(key=Diagnostic.sort_key)
        return FileReport(path, result.plan, diags, data)


def _apply_meta_defaults(plan: Plan, defaults: dict[str, str]) -> None:
    """A value the drafter wrote wins; one only inferred from the title gives way to the config."""
    meta = plan.meta
    set_keys = []
    for key in ("level", "region", "department"):
        value = defaults.get(key)
        guessed = any(f"{key}:" in note for note in meta.inferred)
        if value and (getattr(meta, key) is None or guessed):
            setattr(meta, key, value)
            set_keys.append(key)
    if set_keys:   # the title guesses (or "cannot infer") no longer describe the plan
        meta.inferred = [n for n in meta.inferred if ":" in n and not any(f"{k}:" in n for k in set_keys)]
        meta.inferred.extend(f"{k}: {getattr(meta, k)}（配置文件设定）" for k in set_keys)
