"""Suppressions with reasons: inline comments in the plan, and a waiver file keyed by code and
national item. Applied after the checks, before reporting (read → model → check → *filter* → report).

YAML (a comment; `--` and a reason are required):

    target: {year: 2020, value: 65}   # planlint: disable=PL102 -- 省政府常务会议确定，见会议纪要
    indicators:   # planlint: disable=PL101 -- …      a comment on a key covers its whole block
    # planlint: disable=PL102 -- …                    a comment alone on its line covers the next line (and its block)
    # planlint: disable-next-line=PL102 -- …          the same, said explicitly
    # planlint: disable-file=PL204 -- …               the whole file

"Block" is indentation: the commented line and every following line indented deeper than it,
so a comment on `- name: …` covers that indicator, and one on `indicators:` the whole list.

Markdown (an HTML comment):

    <!-- planlint-disable PL201 -- 原因 -->            before the first heading: the whole file;
                                                      elsewhere: until <!-- planlint-enable --> or the end
    <!-- planlint-disable-next-line PL102 -- 原因 -->  the next non-blank line
    <!-- planlint-disable-file PL204 -- 原因 -->       the whole file
    | 固定宽带家庭普及率 | 40 | 65 | <!-- planlint-disable PL102 -- 原因 -->   on a line with content: that line

A suppression without a reason still suppresses but is itself a finding (PL010), one that
matched no finding is PL011, a malformed one or an unknown code PL012.
"""
from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection, Iterable, Optional, Sequence

import yaml

from planlint.diagnostics import Diagnostic
from planlint.messages import Joined, Text
from planlint.model import Location
from planlint.resources.bounded import FileTooLarge, read_bounded
from planlint.policy.errors import ConfigError
from planlint.policy.globs import glob_match
from planlint.readers import reads_as_markdown
from planlint.readers.source import SourceText
from planlint.policy.messages import HINTS, MESSAGES, PLACES, WAIVER_FILE_ERRORS
from planlint.text.lazy_pattern import LazyPattern

_YAML_DIRECTIVE = LazyPattern(r"(?:^|\s)#\s*planlint\s*:\s*(?P<body>.*)$")
_KIND = LazyPattern(r"(disable-next-line|disable-file|disable|enable)\b")
_CODES_TEXT = re.compile(r"[A-Za-z0-9_,\s]*")
_CODE = re.compile(r"^PL\d{3}$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


@dataclass(eq=False)
class Directive:
    """One suppression comment: which codes, which lines, why, and which codes it was used for."""

    path: str
    loc: Location
    codes: tuple[str, ...]
    reason: str
    lines: Optional[Collection[int]] = None   # None: the whole file; a range for a region (linear)
    used: set[str] = field(default_factory=set)

    def covers(self, d: Diagnostic) -> bool:
        return d.code in self.codes and (self.lines is None or d.line in self.lines)


@dataclass(eq=False)
class Waiver:
    """One entry of the waiver file: code + national item, optionally limited to some paths."""

    code: str
    subject: str
    reason: str
    patterns: tuple[str, ...]
    loc: Location
    root: Path
    used: bool = False
    applied_somewhere: bool = False

    def applies_to(self, path: Path) -> bool:
        """`paths` are relative to the waiver file's directory (`../plans/x.yaml` from review/),
        or absolute; `**/x.yaml` and a bare `x.yaml` name the file in any directory."""
        if not self.patterns:
            return True
        return any(waiver_path_match(path, self.root, p) for p in self.patterns)

    def literal_paths_missing(self) -> tuple[str, ...]:
        """The patterns without wildcards that name no existing file or directory: a waiver limited
        to them can never apply (a misspelt or moved path)."""
        return tuple(p for p in self.patterns if not any(ch in p for ch in "*?[")
                     and not _anchored(self.root, p).exists())


def _anchored(root: Path, pattern: str) -> Path:
    """A pattern as an absolute path: anchored at the waiver file's directory unless absolute."""
    return Path(os.path.normpath(root / pattern.strip()))


def waiver_path_match(path: Path, root: Path, pattern: str) -> bool:
    pattern = pattern.strip()
    target = path.resolve().as_posix()
    if pattern.startswith("**/"):        # gitignore's "in any directory": the rest ends the path
        rest = pattern[3:].rstrip("/")
        return bool(rest) and (fnmatch.fnmatchcase(target, "*/" + rest) or fnmatch.fnmatchcase(target, f"*/{rest}/*"))
    if "/" not in pattern.rstrip("/"):   # a bare name: any file or directory below the waiver file's
        rel = os.path.relpath(target, root.resolve()).replace(os.sep, "/")
        return not rel.startswith("../") and glob_match(rel, pattern)
    return glob_match(target.lstrip("/"), _anchored(root.resolve(), pattern).as_posix().lstrip("/"))


# ---------------------------------------------------------------- inline directives

def scan(path: str, source: SourceText, known: set[str]) -> tuple[list[Directive], list[Diagnostic]]:
    """The directives of one plan's text, and PL012 findings for those that cannot be used."""
    return (_scan_markdown if reads_as_markdown(path) else _scan_yaml)(path, source.lines, known)


def _parse(path: str, body: str, loc: Location, known: set[str],
           problems: list[Diagnostic]) -> Optional[tuple[str, tuple[str, ...], str]]:
    # parsed by hand, not by one regular expression: a hostile line must cost linear time
    body = body.strip()
    m = _KIND.match(body)
    codes_text, _, reason = body[m.end():].partition("--") if m else ("", "", "")
    codes_text = codes_text.strip().lstrip("=")
    if not m or not _CODES_TEXT.fullmatch(codes_text):
        problems.append(_problem(path, loc, MESSAGES["unknown"](body=body[:80])))
        return None
    codes = tuple(c.upper() for c in re.split(r"[\s,]+", codes_text) if c)
    kind = m.group(1)
    if not codes and kind != "enable":
        problems.append(_problem(path, loc, MESSAGES["no-codes"](kind=kind)))
        return None
    bad = [c for c in codes if not _CODE.match(c) or c not in known]
    if bad:
        problems.append(_problem(path, loc, MESSAGES["bad-code"](codes="、".join(bad))))
        codes = tuple(c for c in codes if c not in bad)
        if not codes and kind != "enable":
            return None
    return kind, codes, reason.strip()


def _problem(path: str, loc: Location, message: Text) -> Diagnostic:
    return Diagnostic(path, loc, "PL012", "warning", message, hint=HINTS["syntax"]())


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    s = line.strip()
    return bool(s) and not s.startswith("#")


def _yaml_block(lines: Sequence[str], start: int) -> set[int]:
    """1-based line numbers of the node that starts on line index `start` (0-based)."""
    covered = {start + 1}
    base = _indent(lines[start])
    for i in range(start + 1, len(lines)):
        if not _is_content(lines[i]):
            continue
        if _indent(lines[i]) <= base:
            break
        covered.add(i + 1)
    return covered


def _next_content(lines: Sequence[str]) -> list[Optional[int]]:
    """For each line index, the index of the next content line after it (one backward pass)."""
    out: list[Optional[int]] = [None] * len(lines)
    following: Optional[int] = None
    for j in range(len(lines) - 1, -1, -1):
        out[j] = following
        if _is_content(lines[j]):
            following = j
    return out


def _shared_block(blocks: dict[int, set[int]], lines: Sequence[str], start: int) -> set[int]:
    if start not in blocks:
        blocks[start] = _yaml_block(lines, start)
    return blocks[start]


def _scan_yaml(path: str, lines: Sequence[str], known: set[str]) -> tuple[list[Directive], list[Diagnostic]]:
    out: list[Directive] = []
    problems: list[Diagnostic] = []
    blocks: dict[int, set[int]] = {}     # thousands of comments above one node share its block
    nxt_content: Optional[list[Optional[int]]] = None
    for i, line in enumerate(lines):
        if "planlint" not in line:
            continue
        m = _YAML_DIRECTIVE.search(line)
        if not m:
            continue
        col = line.index("#", m.start()) + 1
        loc = Location(i + 1, col)
        parsed = _parse(path, m.group("body"), loc, known, problems)
        if parsed is None:
            continue
        kind, codes, reason = parsed
        if kind == "enable":
            problems.append(_problem(path, loc, MESSAGES["yaml-enable"]()))
            continue
        own_line = not line[:col - 1].strip()
        if kind == "disable-file":
            covered = None
        elif kind == "disable-next-line" or own_line:
            if nxt_content is None:
                nxt_content = _next_content(lines)
            nxt = nxt_content[i]
            covered = _shared_block(blocks, lines, nxt) if nxt is not None else set()
        else:
            covered = _shared_block(blocks, lines, i)
        out.append(Directive(path, loc, codes, reason, covered))
    return out, problems


def _scan_markdown(path: str, lines: Sequence[str], known: set[str]) -> tuple[list[Directive], list[Diagnostic]]:
    out: list[Directive] = []
    problems: list[Diagnostic] = []
    open_regions: list[Directive] = []
    seen_heading = False
    # YAML comments in front matter look like headings; the front matter ends at its second ---
    in_front = bool(lines) and lines[0].strip() == "---"
    for i, line in enumerate(lines):
        if in_front and i > 0 and line.strip() in ("---", "..."):
            in_front = False
        elif not in_front and _HEADING.match(line):
            seen_heading = True
        if "planlint-" not in line:
            continue
        stripped = line.strip()
        first = line.find(stripped[:1]) if stripped else 0
        last = first + len(stripped)          # text outside a comment: before `first`… or after `last`
        for start, end, body in _md_comments(line):
            loc = Location(i + 1, start + 1)
            parsed = _parse(path, body, loc, known, problems)
            if parsed is None:
                continue
            kind, codes, reason = parsed
            rest = first < start or last > end    # other content on this line
            if kind == "enable":
                # close the regions of the named codes (all of them without codes); a region
                # holds its lines as a range, so thousands of regions stay linear in memory
                closing = [r for r in open_regions if not codes or set(r.codes) <= set(codes)]
                for r in closing:
                    r.lines = range(r.loc.line, i + 2)
                open_regions = [r for r in open_regions if r not in closing]
                continue
            if kind == "disable-file" or (kind == "disable" and not rest and not seen_heading):
                out.append(Directive(path, loc, codes, reason, None))
            elif kind == "disable-next-line":
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
                out.append(Directive(path, loc, codes, reason, {nxt + 1} if nxt is not None else set()))
            elif rest:
                out.append(Directive(path, loc, codes, reason, {i + 1}))
            else:
                region = Directive(path, loc, codes, reason, {i + 1})
                out.append(region)
                open_regions.append(region)
    for r in open_regions:             # open to the end of the file
        r.lines = range(r.loc.line, len(lines) + 1)
    return out, problems


def _md_comments(line: str) -> list[tuple[int, int, str]]:
    """(start, end, body) of each `<!-- planlint-… -->` on a line, in one left-to-right pass."""
    out = []
    pos = 0
    while True:
        start = line.find("<!--", pos)
        if start < 0:
            return out
        end = line.find("-->", start + 4)
        if end < 0:
            return out
        inner = line[start + 4:end].strip()
        if inner.startswith("planlint-"):
            out.append((start, end + 3, inner[len("planlint-"):]))
        pos = end + 3


# ---------------------------------------------------------------- applying

def apply_directives(diags: list[Diagnostic], directives: list[Directive], path: str) -> list[Diagnostic]:
    """Drop the findings the directives cover; add PL010/PL011 for the directives themselves."""
    kept: list[Diagnostic] = []
    for d in diags:
        hit = next((s for s in directives if s.covers(d)), None) if d.code not in _OWN else None
        if hit is None:
            kept.append(d)
        else:
            hit.used.add(d.code)
    for s in directives:
        if not s.reason:
            kept.append(Diagnostic(path, s.loc, "PL010", "error", MESSAGES["no-reason-comment"](codes=",".join(s.codes)),
                                   hint=HINTS["no-reason-comment"]()))
        unused = [c for c in s.codes if c not in s.used]
        if unused:
            kept.append(Diagnostic(path, s.loc, "PL011", "warning", MESSAGES["unused-comment"](codes=",".join(unused)),
                                   hint=HINTS["unused-comment"]()))
    return kept


_OWN = frozenset({"PL010", "PL011", "PL012"})   # this module's codes (declared in checks/suppression_codes.py)


MAX_WAIVER_BYTES = 4 * 1024 * 1024     # thousands of waivers; a 25 MB file is an attack, not a list


def load_waivers(path: Path, known: set[str]) -> tuple[list[Waiver], list[Diagnostic]]:
    """Read the waiver file. Its structure is configuration (broken → ConfigError, exit 2);
    a missing reason or an unknown code is a finding located in the waiver file."""
    display = _display(path)
    try:
        text = read_bounded(path, MAX_WAIVER_BYTES).decode("utf-8")
        data, item_lines = _load_with_lines(text)
    except FileTooLarge:
        raise ConfigError(WAIVER_FILE_ERRORS["too-large"](path=display, limit=MAX_WAIVER_BYTES)) from None
    except RecursionError:
        raise ConfigError(WAIVER_FILE_ERRORS["too-deep"](path=display)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(WAIVER_FILE_ERRORS["unreadable"](path=display,
                                                           reason=str(getattr(err, 'strerror', None) or err))) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = PLACES["line"](line=mark.line + 1) if mark else ""
        raise ConfigError(WAIVER_FILE_ERRORS["bad-yaml"](path=display, where=where,
                                                         problem=str(getattr(err, 'problem', None) or err))) from None
    entries = data.get("waivers") if isinstance(data, dict) else None
    if data is not None and not isinstance(entries, list):
        raise ConfigError(WAIVER_FILE_ERRORS["no-list"](path=display))
    waivers: list[Waiver] = []
    problems: list[Diagnostic] = []
    for i, e in enumerate(entries or ()):
        loc = Location(item_lines[i] if i < len(item_lines) else 1, 1)
        where = PLACES["waiver-entry"](file=display, line=loc.line)
        if not isinstance(e, dict) or not isinstance(e.get("code"), str) or not isinstance(e.get("subject"), str):
            raise ConfigError(WAIVER_FILE_ERRORS["no-code-subject"](where=where))
        extra = set(e) - {"code", "subject", "reason", "paths"}
        if extra:
            raise ConfigError(WAIVER_FILE_ERRORS["unknown-keys"](where=where, keys=Joined(tuple(sorted(map(str, extra))))))
        paths = e.get("paths") or []
        if isinstance(paths, str):
            paths = [paths]
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise ConfigError(WAIVER_FILE_ERRORS["bad-paths"](where=where))
        code = e["code"].strip().upper()
        if code not in known:
            problems.append(Diagnostic(display, loc, "PL012", "warning", MESSAGES["waiver-code"](codes=code)))
            continue
        reason = e.get("reason")
        waivers.append(Waiver(code, e["subject"].strip(), reason.strip() if isinstance(reason, str) else "",
                              tuple(paths), loc, path.resolve().parent))
    for w in waivers:
        if not w.reason:
            problems.append(Diagnostic(display, w.loc, "PL010", "error",
                                       MESSAGES["no-reason-waiver"](code=w.code, subject=w.subject), subject=w.subject,
                                       hint=HINTS["no-reason-waiver"]()))
    return waivers, problems


def _load_with_lines(text: str) -> tuple[Any, list[int]]:
    """The waiver data and the 1-based line of each `waivers` item (the tree keeps marks)."""
    from planlint.resources.yamlio import SafeLoader, load_data

    data = load_data(text)
    lines: list[int] = []
    root = yaml.compose(text, Loader=SafeLoader)
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if getattr(key, "value", None) == "waivers" and isinstance(value, yaml.SequenceNode):
                lines = [item.start_mark.line + 1 for item in value.value]
    return data, lines


def apply_waivers(diags: list[Diagnostic], waivers: Iterable[Waiver], path: Path) -> list[Diagnostic]:
    applicable = [w for w in waivers if w.applies_to(path)]
    for w in applicable:
        w.applied_somewhere = True
    kept = []
    for d in diags:
        hit = next((w for w in applicable if w.code == d.code and w.subject == d.subject), None)
        if hit is None:
            kept.append(d)
        else:
            hit.used = True
    return kept


def unused_waivers(waivers: Iterable[Waiver], display: str,
                   canonical: Optional[dict[str, str]] = None) -> list[Diagnostic]:
    """PL011 for a waiver that can never apply or did not: its subject is another name of a
    national item (`canonical` maps aliases to names; findings name the item by its name), a
    path in `paths` does not exist, or its files were linted and none had the finding. A waiver
    without `paths` is never called unused by a run: a run (a pre-commit run) may lint only some plans."""
    out = []
    for w in waivers:
        name = (canonical or {}).get(w.subject)
        missing = w.literal_paths_missing()
        if name and not w.used:
            message, hint = MESSAGES["alias-subject"](code=w.code, subject=w.subject, name=name), \
                HINTS["alias-subject"](name=name)
        elif missing and not w.used:
            message, hint = MESSAGES["missing-paths"](code=w.code, subject=w.subject, paths=Joined(missing)), \
                HINTS["missing-paths"]()
        elif w.patterns and w.applied_somewhere and not w.used:
            message, hint = MESSAGES["unused-waiver"](code=w.code, subject=w.subject), HINTS["unused-waiver"]()
        else:
            continue
        out.append(Diagnostic(display, w.loc, "PL011", "warning", message, subject=w.subject, hint=hint))
    return out


def alias_names(names_and_aliases: Iterable[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """Alias → name, for the aliases that are no item's own name."""
    pairs = list(names_and_aliases)
    names = {name for name, _ in pairs}
    return {a: name for name, aliases in pairs for a in aliases if a not in names}


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def waiver_display(path: Path) -> str:
    return _display(path)

