"""The common case of tree.load_tree done fast: libyaml composes the nodes in C, one pass reads
values and marks off them.

Only for a plain document: one document, no anchors or aliases, standard tags, no duplicate
keys, scalar keys, finite numbers, within the depth and node limits. Anything else (or any
YAML error) returns None and the caller reads the event stream, which reports it exactly as
before; so both paths give the same tree wherever this one answers at all.
"""
from __future__ import annotations

import math
from typing import Any, Optional

import yaml

from planlint.model import Location

try:  # only libyaml composes in C; the pure-Python composer would be no faster than the events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    _Loader = None  # type: ignore[assignment,misc]

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
# stateless for scalars: used only for YAML's own int/float spellings (0x1F, 1_000, .inf)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class _NotPlain(Exception):
    """Something the event reader must handle (and report) itself."""


def compose_tree(text: str, shift: int, max_depth: int, max_nodes: int
                 ) -> Optional[tuple[Any, dict, dict, dict]]:
    """(data, value_locs, key_locs, number_texts), or None when the event reader must decide."""
    if _Loader is None or ("&" in text and "*" in text):
        return None          # aliases need an anchor: their limits are the event reader's job
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except (yaml.YAMLError, RecursionError):
        return None          # the event reader finds the same error and says where
    finally:
        loader.dispose()
    if root is None:
        return None, {}, {}, {}
    try:
        return _walk(root, shift, max_depth, max_nodes)
    except _NotPlain:
        return None


def _walk(root: yaml.Node, shift: int, max_depth: int, max_nodes: int) -> tuple[Any, dict, dict, dict]:
    value_locs: dict = {}
    key_locs: dict = {}
    number_texts: dict = {}
    holder: list[Any] = [None]
    # (node, path, container, slot, depth): visited in document order, so every dict keeps
    # the order of the file, as the event reader's do; no recursion, the nesting may be deep
    stack: list[tuple[Any, tuple, Any, Any, int]] = [(root, (), holder, 0, 0)]
    count = 0
    while stack:
        node, path, container, slot, depth = stack.pop()
        count += 1
        if count > max_nodes:
            raise _NotPlain
        mark = node.start_mark
        value_locs[path] = Location(mark.line + 1 + shift, mark.column + 1)
        kind = type(node)
        if kind is yaml.ScalarNode:
            value = _scalar(node)
            if type(value) is int or type(value) is float:
                number_texts[path] = node.value
        elif depth >= max_depth:
            raise _NotPlain
        elif kind is yaml.MappingNode:
            if node.tag != _MAP:
                raise _NotPlain
            value = {}
            pending = []
            for key_node, child in node.value:
                if type(key_node) is not yaml.ScalarNode:
                    raise _NotPlain
                key = key_node.value
                if key in value:
                    raise _NotPlain           # a duplicate: the event reader reports it
                value[key] = None             # the slot, in the file's order
                child_path = path + (key,)
                k = key_node.start_mark
                key_locs[child_path] = Location(k.line + 1 + shift, k.column + 1)
                pending.append((child, child_path, value, key, depth + 1))
            stack.extend(reversed(pending))
        else:
            if node.tag != _SEQ:
                raise _NotPlain
            value = [None] * len(node.value)
            stack.extend(reversed([(child, path + (i,), value, i, depth + 1) for i, child in enumerate(node.value)]))
        container[slot] = value
    return holder[0], value_locs, key_locs, number_texts


def _scalar(node: yaml.ScalarNode) -> Any:
    """The value as the event reader's _scalar gives it for the tag the composer resolved."""
    tag, value = node.tag, node.value
    if tag == _STR or tag == _TIMESTAMP:
        return value                          # timestamps are kept as written
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return value.lower() in ("yes", "true", "on", "y")
    if tag == _INT:
        try:
            return _CONSTRUCTOR.construct_yaml_int(node)
        except (ValueError, yaml.YAMLError):
            return value
    if tag == _FLOAT:
        try:
            number = _CONSTRUCTOR.construct_yaml_float(node)
        except (ValueError, yaml.YAMLError):
            return value
        if not math.isfinite(number):
            raise _NotPlain                   # an issue to report: the event reader does
        return number
    raise _NotPlain                           # a tag outside the standard ones: an issue too
