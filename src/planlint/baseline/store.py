"""The baseline file: one entry per known finding, keyed by its logical fingerprint.

The fingerprint is the one SARIF and GitLab reports carry (reporters/fingerprint.py: file +
code + national item, never the line), computed on paths relative to the baseline file's
directory, so a baseline keeps matching when lines move or planlint runs from another folder.
Code, path, subject and message are stored beside it only for people reading the file and for
listing fixed findings; matching uses the fingerprint alone.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Optional

from planlint.baseline.messages import ERRORS
from planlint.diagnostics import Diagnostic
from planlint.reporters.fingerprint import fingerprints
from planlint.run.errors import RunError

FORMAT = "planlint-baseline"
VERSION = 1
MAX_BYTES = 64 * 1024 * 1024     # a baseline from an untrusted pull request must not exhaust memory


class BaselineError(RunError):
    """A baseline file that cannot be used; one line, naming the file (exit 2)."""


@dataclass(frozen=True)
class BaselineEntry:
    fingerprint: str
    code: str
    path: str
    subject: Optional[str] = None
    message: str = ""


@dataclass
class Baseline:
    entries: list[BaselineEntry] = field(default_factory=list)

    def fingerprints(self) -> set[str]:
        return {e.fingerprint for e in self.entries}


def relative_path(path: str, base_dir: Path) -> str:
    """A finding's path as seen from the baseline's directory (posix); stdin names stay as given."""
    p = Path(path)
    if not p.exists():
        return p.as_posix()
    try:
        return Path(os.path.relpath(p.resolve(), base_dir.resolve())).as_posix()
    except ValueError:          # another drive on Windows
        return p.resolve().as_posix()


def keyed(diags: Iterable[Diagnostic], base_dir: Path) -> list[tuple[Diagnostic, str]]:
    """Each finding with its fingerprint, paths taken relative to base_dir."""
    diags = list(diags)
    cache: dict[str, str] = {}
    rel = [replace(d, path=cache.setdefault(d.path, relative_path(d.path, base_dir))) for d in diags]
    return list(zip(diags, fingerprints(rel)))


def from_diagnostics(diags: Iterable[Diagnostic], base_dir: Path) -> Baseline:
    entries = [BaselineEntry(fp, d.code, relative_path(d.path, base_dir), d.subject, str(d.message))
               for d, fp in keyed(diags, base_dir)]
    return Baseline(entries)


def dump(baseline: Baseline) -> str:
    doc = {"format": FORMAT, "version": VERSION,
           "findings": [{"fingerprint": e.fingerprint, "code": e.code, "path": e.path,
                         "subject": e.subject, "message": e.message} for e in baseline.entries]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def is_baseline_file(path: str) -> bool:
    """Whether an existing file is a planlint baseline (which --write-baseline may replace)."""
    try:
        load(path)
    except BaselineError:
        return False
    return True


def load(path: str) -> Baseline:
    shown = path.encode("utf-8", "backslashreplace").decode("utf-8")
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as err:
        raise BaselineError(ERRORS["unreadable"](path=shown, reason=str(err.strerror or err))) from None
    if len(raw) > MAX_BYTES:
        raise BaselineError(ERRORS["too-large"](path=shown, limit=MAX_BYTES // (1024 * 1024)))
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise BaselineError(ERRORS["bad-json"](path=shown, problem=str(err))) from None
    except RecursionError:     # the json module recurses per level: [[[[…]]]] 100,000 deep
        raise BaselineError(ERRORS["too-deep"](path=shown)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BaselineError(ERRORS["not-baseline"](path=shown, format=FORMAT))
    if doc.get("version") != VERSION:
        raise BaselineError(ERRORS["version"](path=shown, version=repr(doc.get("version")), expected=VERSION))
    findings = doc.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(ERRORS["findings"](path=shown))
    entries = []
    for i, item in enumerate(findings, 1):
        fp = item.get("fingerprint") if isinstance(item, dict) else None
        if not isinstance(fp, str) or not fp:
            raise BaselineError(ERRORS["no-fingerprint"](path=shown, index=i))
        entries.append(BaselineEntry(fp, _text(item.get("code")), _text(item.get("path")),
                                     item.get("subject") if isinstance(item.get("subject"), str) else None,
                                     _text(item.get("message"))))
    return Baseline(entries)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
