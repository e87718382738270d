"""JSON Schema errors said as texts (readers/messages.py), at the line they concern."""
from __future__ import annotations

import re
from typing import Any, Optional, Union

from planlint.messages import Joined, Text
from planlint.model import level_from_text
from planlint.readers.messages import SCHEMA, SCHEMA_TYPES
from planlint.text.lazy_pattern import LazyPattern


def _type_name(t: Any) -> Union[str, Text, Joined]:
    if isinstance(t, list):
        return Joined(tuple(_type_name(x) for x in t), zh="或", en=" or ")
    return SCHEMA_TYPES[t]() if t in SCHEMA_TYPES else str(t)


def _where(path: tuple) -> Union[str, Text]:
    parts = []
    for p in path:
        parts.append(f"[{p + 1}]" if isinstance(p, int) else (("." if parts else "") + str(p)))
    return "".join(parts) or SCHEMA["top-level"]()


def describe(error: Any) -> tuple[Text, tuple]:
    """(message, path of the offending item) for one jsonschema ValidationError."""
    path = tuple(error.absolute_path)
    where = _where(path)
    v = error.validator
    if v == "type" and path and path[-1] in ("base", "target") and isinstance(error.instance, (str, int, float)) \
            and not isinstance(error.instance, bool):
        year, value = dated_value(error.instance)
        form = SCHEMA["observation-dated" if year else "observation"]
        return form(where=where, key=path[-1], year=year, value=_short(value)), path
    if v == "type":
        return SCHEMA["type"](where=where, types=_type_name(error.validator_value), value=_short(error.instance)), path
    if v == "required":
        missing = [k for k in error.validator_value if isinstance(error.instance, dict) and k not in error.instance]
        return SCHEMA["required"](where=where, missing=Joined(tuple(missing))), path
    if v == "additionalProperties":
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})
                 and not str(k).startswith("x-")] if isinstance(error.instance, dict) else []
        names = list(error.schema.get("properties", {}))
        key = extra[0] if extra else None
        guess = _closest(str(key), names) if len(extra) == 1 else None
        # the unknown keys are the plan's own words, quoted as one
        keys, known = "、".join(map(str, extra)), Joined(tuple(names))
        message = SCHEMA["unknown-key-guess"](where=where, keys=keys, guess=guess, known=known) if guess \
            else SCHEMA["unknown-key"](where=where, keys=keys, known=known)
        return message, path + ((key,) if key is not None else ())
    if v == "enum":
        options = [str(o) for o in error.validator_value]
        guess = None
        if isinstance(error.instance, str):
            meant = level_from_text(error.instance)          # level: 省级
            guess = meant if meant in options else _closest(error.instance, options)
        value, listed = _short(error.instance), Joined(tuple(options))
        if guess:
            return SCHEMA["enum-guess"](where=where, value=value, guess=guess, options=listed), path
        return SCHEMA["enum"](where=where, value=value, options=listed), path
    if v in ("minimum", "maximum"):
        return SCHEMA[v](where=where, value=str(error.instance), limit=str(error.validator_value)), path
    if v == "minLength":
        return SCHEMA["empty"](where=where), path
    return SCHEMA["other"](where=where, problem=error.message), path


_DATED = LazyPattern(r"^\s*(?:到|至)?((?:19|20)\d\d)\s*年(?:底|末)?[，,：:\s]*(.+)$", re.S)


def dated_value(item: Union[str, int, float]) -> tuple[Optional[int], Union[str, int, float]]:
    """A base or target written as one scalar: ``2020年达到90%`` → (2020, ``达到90%``); ``75%`` → (None, ``75%``)."""
    m = _DATED.match(item) if isinstance(item, str) else None
    return (int(m.group(1)), m.group(2).strip()) if m else (None, item)


def _short(x: Any, n: int = 40) -> str:
    s = str(x)
    return s if len(s) <= n else s[: n - 1] + "…"


def _closest(key: str, names: list[str]) -> Optional[str]:
    """The allowed key a typo most likely means (indicator → indicators, titel → title)."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(key.lower(), names, scorer=fuzz.ratio, score_cutoff=60)
    return found[0] if found else None
