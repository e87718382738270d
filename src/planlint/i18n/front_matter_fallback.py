"""TEMPORARY — delete when readers/markdown passes message ids.

The Markdown reader is being split and still writes its front-matter findings (PL001/PL002) as
finished Chinese sentences. Until it uses the templates in `readers/messages.py`
(`FRONT_MATTER`, `FRONT_MATTER_HINTS`, with the YAML tree's `TREE_ERRORS`/`TREE_ISSUES` inside),
this finds which of those templates a sentence was written from and with which arguments, so
that other languages can render it. Matching is built from the templates themselves, never from
patterns written by hand: a reworded template still matches the reader that uses it. Nothing
else may rely on this; a finding that matches no template keeps its Chinese after the English
summary (`Catalog.localize`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from planlint.diagnostics import Diagnostic
from planlint.messages import Template, Text
from planlint.readers.messages import FRONT_MATTER, FRONT_MATTER_HINTS, MESSAGES, TREE_ERRORS, TREE_ISSUES

# arguments that are themselves texts the reader embedded, and the templates they come from
_NESTED = {"error": tuple(TREE_ERRORS.values()), "issue": tuple(TREE_ISSUES.values())}


@lru_cache(maxsize=None)
def _pattern(template: Template) -> "re.Pattern[str]":
    parts, seen, pos = [], set(), 0
    for m in re.finditer(r"\{\{|\}\}|\{(\w+)\}", template.zh):
        parts.append(re.escape(template.zh[pos:m.start()]))
        name = m.group(1)
        if name is None:
            parts.append(re.escape(m.group(0)[0]))
        elif name in seen:
            parts.append(f"(?P={name})")
        else:
            seen.add(name)
            parts.append(f"(?P<{name}>.*?)")
        pos = m.end()
    parts.append(re.escape(template.zh[pos:]))
    return re.compile("".join(parts), re.S)


def _text(sentence: str, templates: tuple[Template, ...]) -> Optional[Text]:
    for template in templates:
        m = _pattern(template).fullmatch(sentence)
        if m:
            args = {k: (_text(v, _NESTED[k]) or v) if k in _NESTED else v for k, v in m.groupdict().items()}
            return template(**args)
    return None


def recognise(d: Diagnostic) -> Diagnostic:
    """The finding with the template its Chinese message was written from, where one is found."""
    detail = _text(d.message, tuple(FRONT_MATTER.values()))
    if detail is None:
        return d
    hint = _text(d.hint, tuple(FRONT_MATTER_HINTS.values())) if d.hint else None
    return replace(d, message=MESSAGES[d.code](detail=detail), hint=hint or d.hint)
