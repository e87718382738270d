"""Whether a document surely meets a JSON Schema written in a few plain keywords.

Most plans are valid, and saying so needs no validator library: jsonschema-rs's import alone
(it loads decimal, email.utils, socket) is a tenth of a small plan's run. `plain_checker` turns
a schema into a check once; `surely_valid` runs it and answers True only when the document
meets the schema. Whatever this module does not know answers False — a schema keyword (the
checker is then None), a value of an unusual type, a float where an integer is asked for (where
validators differ), nesting too deep for the stack — and so does a document that breaks a rule:
the full validator then decides and explains, exactly as it would have without this module.
A False costs time, never a different report; only True must be right, and
tests/resources/test_plain_schema.py checks it against jsonschema.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

Check = Callable[[Any], bool]

# keywords that say nothing about validity
_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"})
_KNOWN = _ANNOTATIONS | {"$ref", "type", "enum", "properties", "patternProperties", "additionalProperties",
                         "required", "items", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"}
# a pattern that only says "starts with these characters" (the same under ECMA and Python regex)
_PREFIX_PATTERN = re.compile(r"\^[A-Za-z0-9_-]*")


class _Unsure(Exception):
    """The answer is not for this module to give."""


def plain_checker(schema: Any) -> Optional[Check]:
    """The schema as a check, or None if it uses a keyword this module does not know."""
    try:
        return _Compiler(schema).compile(schema)
    except _Unsure:
        return None


def surely_valid(check: Optional[Check], document: Any) -> bool:
    """True only if the document meets the schema `check` was made from, and this module is sure of it."""
    if check is None:
        return False
    try:
        return check(document)
    except (_Unsure, RecursionError):
        return False


def _always(value: Any) -> bool:
    return True


def _never(value: Any) -> bool:
    return False


class _Compiler:
    def __init__(self, root: Any):
        self.root = root
        self.defs: dict[str, list[Check]] = {}      # a cell per $defs entry, so that a $ref may recurse

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict) or not _KNOWN.issuperset(schema):
            raise _Unsure
        general = [c for c in (self.ref(schema), _type_check(schema), _enum_check(schema)) if c is not None]
        by_type: dict[type, Check] = {
            str: _bounded(schema, "minLength", "maxLength", len),
            int: _number_check(schema), float: _number_check(schema),
            dict: self.object_check(schema), list: self.array_check(schema),
            bool: _always, type(None): _always,
        }

        def check(value: Any) -> bool:
            for c in general:
                if not c(value):
                    return False
            specific = by_type.get(type(value))
            if specific is None:
                raise _Unsure      # not a JSON value (or a subclass of one): the full validator decides
            return specific(value)
        return check

    def ref(self, schema: dict) -> Optional[Check]:
        if "$ref" not in schema:
            return None
        ref = schema["$ref"]
        defs = self.root.get("$defs") if isinstance(self.root, dict) else None
        name = ref[len("#/$defs/"):] if isinstance(ref, str) and ref.startswith("#/$defs/") else ""
        if not name or not isinstance(defs, dict) or name not in defs or any(c in name for c in "~%/"):
            raise _Unsure
        if name not in self.defs:
            cell: list[Check] = []
            self.defs[name] = cell
            cell.append(self.compile(defs[name]))
        cell = self.defs[name]
        return lambda value: cell[0](value)

    def object_check(self, schema: dict) -> Check:
        required = schema.get("required", [])
        properties = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        if not (isinstance(required, list) and all(isinstance(k, str) for k in required)
                and isinstance(properties, dict) and isinstance(patterns, dict)):
            raise _Unsure
        named = {k: self.compile(sub) for k, sub in properties.items()}
        prefixed = [(_prefix(p), self.compile(sub)) for p, sub in patterns.items()]
        additional = self.compile(schema.get("additionalProperties", True))

        def check(value: dict) -> bool:
            for key in required:
                if key not in value:
                    return False
            for key, item in value.items():
                if type(key) is not str:
                    raise _Unsure
                sub = named.get(key)
                matched = sub is not None
                if matched and not sub(item):
                    return False
                for prefix, psub in prefixed:
                    if key.startswith(prefix):
                        matched = True
                        if not psub(item):
                            return False
                if not matched and not additional(item):
                    return False
            return True
        return check

    def array_check(self, schema: dict) -> Check:
        count = _bounded(schema, "minItems", "maxItems", len)
        items = self.compile(schema.get("items", True))
        return lambda value: count(value) and all(items(item) for item in value)


def _prefix(pattern: Any) -> str:
    if not isinstance(pattern, str) or not _PREFIX_PATTERN.fullmatch(pattern):
        raise _Unsure
    return pattern[1:]


_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "number": (int, float), "integer": (int,),
    "boolean": (bool,), "null": (type(None),),
}


def _type_check(schema: dict) -> Optional[Check]:
    if "type" not in schema:
        return None
    names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
    if not isinstance(names, list) or not names or not all(n in _TYPES for n in names):
        raise _Unsure
    accepted = frozenset(t for n in names for t in _TYPES[n])
    unsure_float = "integer" in names and float not in accepted

    def check(value: Any) -> bool:
        kind = type(value)
        if kind is float and unsure_float:
            raise _Unsure      # 2020.0: validators differ on whether it is an integer
        return kind in accepted
    return check


def _enum_check(schema: dict) -> Optional[Check]:
    if "enum" not in schema:
        return None
    members = schema["enum"]
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        raise _Unsure      # JSON equality of numbers and booleans is subtler than Python's
    allowed = frozenset(members)
    return lambda value: type(value) is str and value in allowed


def _bounded(schema: dict, low: str, high: str, measure: Callable[[Any], int]) -> Check:
    lo, hi = schema.get(low), schema.get(high)
    if any(b is not None and type(b) is not int for b in (lo, hi)):
        raise _Unsure
    if lo is None and hi is None:
        return _always
    return lambda value: (lo is None or measure(value) >= lo) and (hi is None or measure(value) <= hi)


def _number_check(schema: dict) -> Check:
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if any(b is not None and type(b) not in (int, float) for b in (lo, hi)):
        raise _Unsure

    def check(value: float) -> bool:
        if value != value:
            raise _Unsure      # NaN: the reader never gives one, and validators differ on it
        return (lo is None or value >= lo) and (hi is None or value <= hi)
    return check
