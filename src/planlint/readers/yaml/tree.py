"""YAML text to plain data plus a map from each value's path to where it was written.

Built from PyYAML's event stream (the C parser when available) rather than its composer, so
that nothing is ever constructed from a tag, nesting depth is bounded without recursion,
aliases cannot blow up, and duplicate keys are seen instead of silently overwritten. (libyaml's
C composer is no faster here: it calls the Python resolver for every scalar and makes a node
and two marks each. On bench/make_large_plan.py's 80 KB plan, in callgrind instructions: the
events alone with their marks 42 M, yaml.compose with CSafeLoader 67 M before any walk over its
nodes, this whole loop 72 M.)
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
_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_MAP_START, _SEQ_START = yaml.MappingStartEvent, yaml.SequenceStartEvent
_CLOSING = frozenset({yaml.MappingEndEvent, yaml.SequenceEndEvent})
_RESOLVER = yaml.resolver.Resolver()
# the first characters an implicitly typed scalar (number, bool, null, date) can start with;
# None when some resolver applies whatever the first character (not so in PyYAML's own)
_IMPLICIT_STARTS = (None if None in _RESOLVER.yaml_implicit_resolvers
                    else frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k))
# stateless for scalars: used only for YAML's own int/float spellings (0x1F, 1_000, .inf)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


# a decimal longer than this is left to the resolver and constructor, which keep as text one
# that Python will not convert (more than sys.get_int_max_str_digits() digits)
MAX_SHORT_DECIMAL = 18


def _is_decimal(value: str) -> bool:
    """A few ASCII digits without a leading zero (2020, 75): a plain one is YAML 1.1's decimal
    int, as the resolver and the constructor would make it (00 and 012 are octal, 1_000 has a _)."""
    return len(value) <= MAX_SHORT_DECIMAL and value.isdigit() and value.isascii() \
        and (value[0] != "0" or value == "0")


class YamlTreeError(Exception):
    def __init__(self, message: Text, loc: Location, code: str = "PL001"):
        super().__init__(message)
        self.message, self.loc, self.code = message, loc, code


@dataclass(eq=False)
class Issue:
    """A problem in otherwise readable YAML (duplicate key, odd tag, bad number)."""

    message: Text
    loc: Location
    path: Path


@dataclass(eq=False, repr=False)
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


@dataclass(eq=False, repr=False)
class _Frame:
    """An open mapping or sequence, kept on the stack while a collection inside it is read."""

    is_map: bool                   # a mapping, else a sequence
    value: Any
    path: Path
    expect_key: bool
    key: Optional[str]
    key_loc: Optional[Mark]
    anchor: Optional[str]
    # the node and character counts when it opened: its own size is the difference at its end
    nodes_before: int
    chars_before: int


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
        except (ValueError, IndexError, yaml.YAMLError):   # !!int with no digits at all: IndexError
            return value
    if tag == "tag:yaml.org,2002:float":
        try:
            number = _CONSTRUCTOR.construct_yaml_float(yaml.ScalarNode(tag, value))
        except (ValueError, IndexError, yaml.YAMLError):   # !!float with nothing at all: IndexError
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
    outer: list[_Frame] = []       # the open collections around the innermost one
    root: Any = None
    documents = 0
    total = 0
    literal_nodes = literal_chars = 0      # what the file writes out itself
    alias_nodes = alias_chars = 0          # what aliases add by repeating it
    # the innermost open collection, in locals: every value and key goes through it
    depth = 0                              # open collections, this one included
    in_map = expect_key = False
    container: Any = None
    here: Path = ()
    key: Optional[str] = None
    key_loc: Optional[Mark] = None
    anchor: Optional[str] = None
    nodes_before = chars_before = 0
    loader = _Loader(text)
    get_event = loader.get_event
    try:
        # events are told apart by exact type (the parser makes no subclasses), scalars first:
        # they are two thirds of a plan's events, and this loop is most of reading a YAML plan
        while (event := get_event()) is not None:
            kind = type(event)
            if kind is _SCALAR:
                is_collection = False
            elif kind is _MAP_START or kind is _SEQ_START:
                is_collection = True
            elif kind is _ALIAS:
                is_collection = False
            elif kind in _CLOSING:
                if anchor:
                    anchors[anchor] = (container, total - nodes_before, literal_chars + alias_chars - chars_before)
                depth -= 1
                if outer:
                    f = outer.pop()
                    in_map, container, here, expect_key = f.is_map, f.value, f.path, f.expect_key
                    key, key_loc, anchor = f.key, f.key_loc, f.anchor
                    nodes_before, chars_before = f.nodes_before, f.chars_before
                continue
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlTreeError(TREE_ERRORS["several-documents"](), _loc(event.start_mark))
                continue
            else:                       # stream start and end, document end
                continue
            mark = event.start_mark
            loc = (mark.line + 1 + shift, mark.column + 1)
            if not depth:
                path: Path = ()
            elif in_map:
                if expect_key:          # a key of a mapping
                    if kind is not _SCALAR:
                        raise YamlTreeError(TREE_ERRORS["complex-key"](), Location(*loc), "PL002")
                    key = event.value
                    if key in container:
                        issues.append(Issue(TREE_ISSUES["duplicate-key"](key=key, line=key_marks[here + (key,)][0]),
                                            Location(*loc), here + (key,)))
                    key_loc = loc
                    expect_key = False
                    continue
                path = here + (key,)
            else:
                path = here + (len(container),)
            if kind is not _ALIAS:
                tag = event.tag
                if tag not in _STANDARD_TAGS:
                    issues.append(Issue(TREE_ISSUES["tag"](tag=tag), Location(*loc), path))
            if kind is _SCALAR:
                text_value = event.value
                if tag is None and text_value and _IMPLICIT_STARTS is not None \
                        and text_value[0] not in _IMPLICIT_STARTS:
                    value = text_value   # no implicit type starts this way (most plan text): a string
                elif tag is None and event.implicit[0] and not event.style and _is_decimal(text_value):
                    value = int(text_value)      # years and counts, without the resolver's regexes
                    number_texts[path] = text_value
                else:
                    value = _scalar(event, issues, path, loc)
                    if type(value) is int or type(value) is float:
                        number_texts[path] = text_value
                total += 1
                literal_nodes += 1
                literal_chars += len(text_value)
                if event.anchor:
                    anchors[event.anchor] = (value, 1, len(text_value))
            elif is_collection:
                if depth >= MAX_DEPTH:
                    raise YamlTreeError(TREE_ERRORS["too-deep"](depth=MAX_DEPTH), Location(*loc))
                value = {} if kind is _MAP_START else []
                total += 1
                literal_nodes += 1
            else:
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
            if total > MAX_NODES:
                raise YamlTreeError(TREE_ERRORS["too-many-nodes"](), Location(*loc))
            value_marks[path] = loc
            if not depth:
                root = value
            elif in_map:
                container[key] = value
                key_marks[path] = key_loc or loc
                expect_key, key = True, None
            else:
                container.append(value)
            if is_collection:
                if depth:
                    outer.append(_Frame(in_map, container, here, expect_key, key, key_loc, anchor,
                                        nodes_before, chars_before))
                # an anchored collection's size is known only when it closes: the nodes and
                # characters read between its start and its end
                depth += 1
                in_map, container, here = kind is _MAP_START, value, path
                expect_key, key, key_loc, anchor = in_map, None, None, event.anchor
                nodes_before, chars_before = total - 1, literal_chars + alias_chars
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
