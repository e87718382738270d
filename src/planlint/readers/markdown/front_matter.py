"""YAML front matter (``---`` … ``---``) and the plan metadata it gives: title, level, region,
department, period. Bad front matter is reported (PL001, PL002) and the body is still read."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Optional

from planlint.diagnostics import Diagnostic
from planlint.messages import Text
from planlint.model import LEVELS, START, Location, Metadata, level_from_text
from planlint.readers.markdown.markup import BLANKS, YEAR
from planlint.readers.messages import FRONT_MATTER, FRONT_MATTER_HINTS, MESSAGES
from planlint.readers.yaml.tree import YamlTreeError, load_tree

MAX_FRONT_MATTER = 200_000       # characters; larger is not front matter but a broken file

_FM_KEYS = {"level": "level", "层级": "level", "级别": "level", "region": "region", "地区": "region",
            "区域": "region", "department": "department", "部门": "department", "period": "period",
            "规划期": "period", "title": "title", "标题": "title"}


@dataclass(eq=False)
class FrontMatter:
    """The YAML front matter and where it ends."""

    data: dict[str, Any] = field(default_factory=dict)
    key_locs: dict[str, Location] = field(default_factory=dict)
    body_start: int = 0              # index of the first body line
    diagnostics: list[Diagnostic] = field(default_factory=list)


def read_front_matter(lines: list[str], path: str) -> FrontMatter:
    fm = FrontMatter()
    if not lines or lines[0].rstrip(BLANKS) != "---":
        return fm
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip(BLANKS) in ("---", "...")), None)
    if close is None:
        fm.diagnostics.append(Diagnostic(
            path, Location(1, 1), "PL001", "error", _message("PL001", "unclosed"),
            hint=FRONT_MATTER_HINTS["close-it"]()))
        return fm
    fm.body_start = close + 1
    text = "\n".join(lines[1:close])
    if len(text) > MAX_FRONT_MATTER:
        fm.diagnostics.append(Diagnostic(path, Location(2, 1), "PL001", "error",
                                         _message("PL001", "too-long", length=len(text))))
        return fm
    # the same event-stream reader as YAML plans: no tag is constructed, aliases and nesting
    # are bounded, duplicate keys are seen (yaml.safe_load expands an alias bomb for minutes)
    try:
        tree = load_tree(text, first_line=2) if text.strip() else None
    except YamlTreeError as err:
        fm.diagnostics.append(Diagnostic(path, err.loc, err.code, "error",
                                         _message(err.code, "not-yaml", error=err.message)))
        return fm
    data = tree.data if tree is not None else None
    if tree is not None:
        fm.diagnostics += [Diagnostic(path, i.loc, "PL002", "error", _message("PL002", "issue", issue=i.message))
                           for i in tree.issues]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        fm.diagnostics.append(Diagnostic(path, Location(2, 1), "PL001", "error",
                                         _message("PL001", "not-a-mapping")))
        return fm
    for i in range(1, close):
        km = re.match(r"^([^\s:#][^:]{0,30}?)\s*:", lines[i])
        if km and km.group(1) in _FM_KEYS:
            fm.key_locs.setdefault(_FM_KEYS[km.group(1)], Location(i + 1, 1))
    fm.data = {_FM_KEYS[k]: v for k, v in data.items() if isinstance(k, str) and k in _FM_KEYS}
    return fm


def _message(code: str, detail: str, **args: Any) -> Any:
    """The reader's finding `code` around the front-matter detail `detail` (readers/messages.py)."""
    return MESSAGES[code](detail=FRONT_MATTER[detail](**{k: _shown(v) for k, v in args.items()}))


def _shown(value: Any, limit: int = 60) -> str:
    """A front-matter value as the message quotes it: text as written, anything else (a mapping,
    a list, a number, a date) in YAML-like flow form; cut short, so a huge value is not echoed.
    A message of the YAML reader's (a Text) passes as it is, to be rendered in either language."""
    if isinstance(value, Text):
        return value
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, default=str)
    value = " ".join(value.split())
    return value if len(value) <= limit else value[:limit] + "…"


def _period(value: Any) -> Optional[tuple[int, int]]:
    if isinstance(value, dict):
        s, e = value.get("start"), value.get("end")
    elif isinstance(value, (list, tuple)) and len(value) == 2:
        s, e = value
    elif isinstance(value, str):
        years = YEAR.findall(unicodedata.normalize("NFKC", value))
        if len(years) != 2:
            return None
        s, e = years
    else:
        return None
    try:
        s, e = int(s), int(e)
    except (TypeError, ValueError):
        return None
    return (s, e) if 1990 <= s <= e <= 2100 else None


def metadata(fm: FrontMatter, path: str) -> tuple[Metadata, list[Diagnostic]]:
    meta = Metadata()
    diags: list[Diagnostic] = []
    d = fm.data

    def bad(where: str, detail: str, **args: Any) -> None:
        diags.append(Diagnostic(path, fm.key_locs.get(where, Location(1, 1)), "PL002", "error",
                                _message("PL002", detail, **args)))

    for key in ("title", "region", "department"):
        v = d.get(key)
        if v is None:
            continue
        if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip():
            setattr(meta, key, str(v).strip())
            meta.locs[key] = fm.key_locs.get(key, START)
        else:
            bad(key, "not-text", key=key)
    level = d.get("level")
    if level is not None:
        code = level_from_text(level) if isinstance(level, str) else None
        if code is not None:
            meta.level = code
            meta.locs["level"] = fm.key_locs.get("level", START)
        if code is None or str(level).strip().lower() != code:
            if code:
                bad("level", "level-read-as", value=level, level=code)
            else:
                bad("level", "level-invalid", value=level, levels=" | ".join(LEVELS))
    if "period" in d and d["period"] is not None:
        p = _period(d["period"])
        if p:
            meta.period_start, meta.period_end = p
            meta.locs["period"] = fm.key_locs.get("period", START)
        else:
            bad("period", "period-invalid", value=d["period"])
    return meta, diags
