"""YAML text to plain data plus a map from each value's path to where it was written.

Built from PyYAML's event stream (the C parser when available) rather than its composer, so
that nothing is ever constructed from a tag, nesting depth is bounded without recursion,
aliases cannot blow up, and duplicate keys are seen instead of silently overwritten. (libyaml's
C composer is no faster here: it calls the Python resolver for every scalar and makes a node
and two marks each, measured 15 ms against the events' 12.5 ms on an 80 KB plan.)
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional, Union

import yaml

from planlint.messages import Text
from planlint.model import Location
from planlint.readers.messages import TREE_ERRORS, TREE_ISSUES

try:  # the C parser is ~10x faster; fall back to pure Python where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[Union[str, int], ...]
Mark = tuple[int, int]       # line and column, 1-based
MAX_DEPTH = 200
MAX_NODES = 1_000_000
# Aliases may repeat at most this much beyond what the file itself writes: a plan has no
# use for more, and a "billion laughs" needs far more. Characters count as well as nodes,
# because one alias of a long string costs every later check its full length again.
ALIAS_SLACK_NODES = 10_000
ALIAS_SLACK_CHARS = 1_000_000

_STANDARD_TAGS = {
    None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:timestamp",
}
_PASSING = frozenset({yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent})
_CLOSING = frozenset({yaml.MappingEndEvent, yaml.SequenceEndEvent})
_RESOLVER = yaml.resolver.Resolver()
# the first characters an implicitly typed scalar (number, bool, null, date) can start with;
# None when some resolver applies whatever the first character (not so in PyYAML's own)
_IMPLICIT_STARTS = (None if None in _RESOLVER.yaml_implicit_resolvers
                    else frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k))
# stateless for scalars: used only for YAML's own int/float spellings (0x1F, 1_000, .inf)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class YamlTreeError(Exception):
    def __init__(self, message: Text, loc: Location, code: str = "PL001"):
        super().__init__(message)
        self.message, self.loc, self.code = message, loc, code


@dataclass
class Issue:
    """A problem in otherwise readable YAML (duplicate key, odd tag, bad number)."""

    message: Text
    loc: Location
    path: Path


@dataclass
class YamlTree:
    """Plain data loaded from YAML with the location of every value and key."""

    data: Any
    # (line, column) of each value and key: a Location is made only for the few that are asked
    # for (tens of thousands of frozen dataclasses cost a large plan more than parsing it)
    value_marks: dict[Path, Mark] = field(default_factory=dict)
    key_marks: dict[Path, Mark] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    # numbers as written (2.50 keeps its digits, which tell the rounding a drafter used)
    number_texts: dict[Path, str] = field(default_factory=dict)

    def loc(self, path: Path) -> Location:
        """Where the value at path was written; the nearest enclosing value otherwise."""
        p = tuple(path)
        while p:
            if p in self.value_marks:
                return Location(*self.value_marks[p])
            p = p[:-1]
        return Location(*self.value_marks.get((), (1, 1)))

    def key_loc(self, path: Path) -> Location:
        mark = self.key_marks.get(tuple(path))
        return Location(*mark) if mark is not None else self.loc(path)


@dataclass
class _Frame:
    """A mapping or sequence still open while events are read."""

    kind: str                      # "map" or "seq"
    value: Any
    path: Path
    pending_key: Optional[str] = None
    pending_key_loc: Optional[Mark] = None
    expect_key: bool = True
    size: int = 1
    chars: int = 0
    anchor: Optional[str] = None


def _scalar(event: Any, issues: list[Issue], path: Path, loc: Mark) -> Any:
    tag = event.tag
    value = event.value
    if tag in (None, "!"):
        plain = bool(event.implicit[0]) and not event.style
        if plain and value and _IMPLICIT_STARTS is not None and value[0] not in _IMPLICIT_STARTS:
            return value     # no implicit type starts this way (most plan text): a string
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, (plain, False)) if plain else "tag:yaml.org,2002:str"
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("yes", "true", "on", "y")
    if tag == "tag:yaml.org,2002:int":
        try:
            return _CONSTRUCTOR.construct_yaml_int(yaml.ScalarNode(tag, value))
        except (ValueError, yaml.YAMLError):
            return value
    if tag == "tag:yaml.org,2002:float":
        try:
            number = _CONSTRUCTOR.construct_yaml_float(yaml.ScalarNode(tag, value))
        except (ValueError, yaml.YAMLError):
            return value
        if not math.isfinite(number):
            issues.append(Issue(TREE_ISSUES["not-finite"](value=value), Location(*loc), path))
            return value  # keep the text: the quantity parser reports it as not a number
        return number
    return value  # str, timestamp (kept as written)


def load_tree(text: str, first_line: int = 1) -> YamlTree:
    """Parse one YAML document. Raises YamlTreeError for what cannot be read at all.

    first_line is the file line the text starts on (YAML front matter starts on line 2):
    every location, and every line number in a message, is a line of the file.
    """
    shift = first_line - 1

    def _loc(mark: Any) -> Location:
        return Location(mark.line + 1 + shift, mark.column + 1)

    issues: list[Issue] = []
    value_marks: dict[Path, Mark] = {}
    key_marks: dict[Path, Mark] = {}
    number_texts: dict[Path, str] = {}
    anchors: dict[str, tuple[Any, int, int]] = {}   # anchor -> (value, nodes, characters)
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    total = 0
    literal_nodes = literal_chars = 0      # what the file writes out itself
    alias_nodes = alias_chars = 0          # what aliases add by repeating it
    loader = _Loader(text)
    try:
        # events are told apart by exact type (the parser makes no subclasses): one lookup
        # per event instead of a chain of isinstance calls, in the loop every value goes through
        while (event := loader.get_event()) is not None:
            kind = type(event)
            if kind in _PASSING:
                continue
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlTreeError(TREE_ERRORS["several-documents"](), _loc(event.start_mark))
                continue
            if kind in _CLOSING:
                done = stack.pop()
                if done.anchor:
                    anchors[done.anchor] = (done.value, done.size, done.chars)
                if stack:
                    stack[-1].size += done.size
                    stack[-1].chars += done.chars
                continue
            parent = stack[-1] if stack else None
            mark = event.start_mark
            loc = (mark.line + 1 + shift, mark.column + 1)
            # a key of a mapping
            if parent is not None and parent.expect_key and parent.kind == "map":
                if kind is not yaml.ScalarEvent:
                    raise YamlTreeError(TREE_ERRORS["complex-key"](), Location(*loc), "PL002")
                key = event.value
                if key in parent.value:
                    issues.append(Issue(TREE_ISSUES["duplicate-key"](key=key, line=key_marks[parent.path + (key,)][0]),
                                        Location(*loc), parent.path + (key,)))
                parent.pending_key, parent.pending_key_loc = key, loc
                parent.expect_key = False
                continue
            path = parent.path + ((parent.pending_key,) if parent.kind == "map" else (len(parent.value),)) \
                if parent is not None else ()
            if kind is yaml.AliasEvent:
                tag = None
            else:
                tag = event.tag
                if tag not in _STANDARD_TAGS:
                    issues.append(Issue(TREE_ISSUES["tag"](tag=tag), Location(*loc), path))
            size, chars = 1, 0
            if kind is yaml.ScalarEvent:
                value = _scalar(event, issues, path, loc)
                if type(value) is int or type(value) is float:
                    number_texts[path] = event.value
                total += 1
                chars = len(event.value)
                literal_nodes += 1
                literal_chars += chars
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise YamlTreeError(TREE_ERRORS["too-deep"](depth=MAX_DEPTH), Location(*loc))
                value = {} if kind is yaml.MappingStartEvent else []
                total += 1
                literal_nodes += 1
            elif kind is yaml.AliasEvent:
                if event.anchor not in anchors:
                    raise YamlTreeError(TREE_ERRORS["undefined-alias"](anchor=event.anchor), Location(*loc))
                value, size, chars = anchors[event.anchor]
                total += size
                alias_nodes += size
                alias_chars += chars
                # checked before the alias is used: refusing costs no more than reading
                if total > MAX_NODES or alias_nodes > literal_nodes + ALIAS_SLACK_NODES \
                        or alias_chars > literal_chars + ALIAS_SLACK_CHARS:
                    raise YamlTreeError(TREE_ERRORS["alias-bomb"](), Location(*loc))
            else:  # pragma: no cover - no other event kinds exist
                continue
            if total > MAX_NODES:
                raise YamlTreeError(TREE_ERRORS["too-many-nodes"](), Location(*loc))
            value_marks[path] = loc
            if parent is None:
                root = value
            elif parent.kind == "map":
                parent.value[parent.pending_key] = value
                key_marks[path] = parent.pending_key_loc or loc
                parent.expect_key, parent.pending_key = True, None
                parent.size += size
                parent.chars += chars
            else:
                parent.value.append(value)
                parent.size += size
                parent.chars += chars
            if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                # an anchored collection's size is known only when it closes
                stack.append(_Frame("map" if kind is yaml.MappingStartEvent else "seq", value, path,
                                    anchor=event.anchor))
            elif kind is yaml.ScalarEvent and event.anchor:
                anchors[event.anchor] = (value, 1, chars)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        loc = _loc(mark) if mark is not None else Location(first_line, 1)
        problem = err.problem or str(err)
        raise YamlTreeError(TREE_ERRORS["syntax"](problem=problem), loc) from None
    except yaml.YAMLError as err:
        raise YamlTreeError(TREE_ERRORS["unreadable"](problem=str(err)), Location(first_line, 1)) from None
    except RecursionError:
        raise YamlTreeError(TREE_ERRORS["nested-too-deeply"](), Location(first_line, 1)) from None
    finally:
        loader.dispose()
    return YamlTree(root, value_marks, key_marks, issues, number_texts)
