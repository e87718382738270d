"""Whether a document surely meets a JSON Schema written in a few plain keywords.

Most plans are valid, and saying so needs no validator library: jsonschema-rs's import alone
(it loads decimal, email.utils, socket) is a tenth of a small plan's run. `surely_valid` walks
the schema itself and answers True only when every keyword on the way is one it knows and the
document meets it. Anything else — a keyword it does not know, a value of an unusual type, a
constraint not met, a float where an integer is asked for (where validators differ) — answers
False, and the full validator decides and explains, exactly as it would have without this.
So a False costs time, never a different report; only True must be right, and it is checked
against jsonschema in tests/resources/test_plain_schema.py.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

# keywords that say nothing about validity
_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"})
_KNOWN = _ANNOTATIONS | {"$ref", "type", "enum", "properties", "patternProperties", "additionalProperties",
                         "required", "items", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"}
# a pattern that only says "starts with these characters" (the same under ECMA and Python regex)
_PREFIX_PATTERN = re.compile(r"\^[A-Za-z0-9_-]*")
_MAX_DEPTH = 400     # nesting beyond this is left to the full validator (and this stack is bounded)


class _Unsure(Exception):
    """The answer is not for this module to give."""


def surely_valid(schema: Any, document: Any) -> bool:
    """True only if `document` is valid against `schema` (draft 2020-12) and this module is sure of it."""
    try:
        return _Walk(schema).valid(schema, document, 0)
    except (_Unsure, RecursionError):
        return False


class _Walk:
    def __init__(self, root: Any):
        self.root = root

    def valid(self, schema: Any, value: Any, depth: int) -> bool:
        if schema is True:
            return True
        if schema is False or not isinstance(schema, dict) or depth > _MAX_DEPTH:
            raise _Unsure
        if not _KNOWN.issuperset(schema):
            raise _Unsure
        if "$ref" in schema and not self.valid(self.resolve(schema["$ref"]), value, depth + 1):
            return False
        if "type" in schema and not _has_type(schema["type"], value):
            return False
        if "enum" in schema and not _in_enum(schema["enum"], value):
            return False
        if isinstance(value, str):
            return _str_valid(schema, value)
        if type(value) in (int, float):
            return _number_valid(schema, value)
        if isinstance(value, dict):
            return self.object_valid(schema, value, depth)
        if isinstance(value, list):
            return self.array_valid(schema, value, depth)
        if value is None or isinstance(value, bool):
            return True
        raise _Unsure          # not a JSON value: the full validator says what it makes of it

    def resolve(self, ref: Any) -> Any:
        if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
            raise _Unsure
        defs = self.root.get("$defs") if isinstance(self.root, dict) else None
        name = ref[len("#/$defs/"):]
        if not isinstance(defs, dict) or name not in defs or "~" in name or "%" in name or "/" in name:
            raise _Unsure
        return defs[name]

    def object_valid(self, schema: Mapping[str, Any], value: dict, depth: int) -> bool:
        if not all(isinstance(k, str) for k in value):
            raise _Unsure
        required = schema.get("required", [])
        if not isinstance(required, list) or not all(isinstance(k, str) for k in required):
            raise _Unsure
        if any(k not in value for k in required):
            return False
        properties = _mapping(schema.get("properties", {}))
        patterned = [(_prefix(p), sub) for p, sub in _mapping(schema.get("patternProperties", {})).items()]
        additional = schema.get("additionalProperties", True)
        for key, item in value.items():
            matched = False
            if key in properties:
                matched = True
                if not self.valid(properties[key], item, depth + 1):
                    return False
            for prefix, sub in patterned:
                if key.startswith(prefix):
                    matched = True
                    if not self.valid(sub, item, depth + 1):
                        return False
            if not matched and not self.valid(additional, item, depth + 1):
                return False
        return True

    def array_valid(self, schema: Mapping[str, Any], value: list, depth: int) -> bool:
        if not _count_within(schema, "minItems", "maxItems", len(value)):
            return False
        items = schema.get("items", True)
        return all(self.valid(items, item, depth + 1) for item in value)


def _mapping(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _Unsure
    return value


def _prefix(pattern: str) -> str:
    if not _PREFIX_PATTERN.fullmatch(pattern):
        raise _Unsure
    return pattern[1:]


_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _has_type(expected: Any, value: Any) -> bool:
    names = [expected] if isinstance(expected, str) else expected
    if not isinstance(names, list) or not names:
        raise _Unsure
    for name in names:
        if name == "integer":
            if type(value) is float:
                raise _Unsure      # 2020.0: validators differ on whether it is an integer
            if type(value) is int:
                return True
        elif name in _TYPES:
            if _TYPES[name](value):
                return True
        else:
            raise _Unsure
    return False


def _in_enum(members: Any, value: Any) -> bool:
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        raise _Unsure      # JSON equality of numbers and booleans is subtler than Python's
    return isinstance(value, str) and value in members


def _str_valid(schema: Mapping[str, Any], value: str) -> bool:
    return _count_within(schema, "minLength", "maxLength", len(value))


def _count_within(schema: Mapping[str, Any], low: str, high: str, count: int) -> bool:
    for key, ok in ((low, lambda b: count >= b), (high, lambda b: count <= b)):
        if key in schema:
            bound = schema[key]
            if type(bound) is not int:
                raise _Unsure
            if not ok(bound):
                return False
    return True


def _number_valid(schema: Mapping[str, Any], value: float) -> bool:
    if type(value) is float and value != value:
        raise _Unsure      # NaN: the reader never gives one, and validators differ on it
    for key, ok in (("minimum", lambda b: value >= b), ("maximum", lambda b: value <= b)):
        if key in schema:
            bound = schema[key]
            if type(bound) not in (int, float):
                raise _Unsure
            if not ok(bound):
                return False
    return True
