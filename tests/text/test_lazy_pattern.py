"""LazyPattern: a pattern compiled on first use behaves as the compiled pattern does."""
from __future__ import annotations

import re

from planlint.text.escapes import visible
from planlint.text.lazy_pattern import LazyPattern


def test_it_compiles_once_on_first_use_and_answers_as_re_does():
    lazy = LazyPattern(r"(?P<num>\d+)\s*(?P<unit>万户|%)", re.I)
    assert lazy._pattern is None
    text = "光纤入户率达到 90 %，新增 12万户"
    assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in re.finditer(lazy._source, text, re.I)]
    first = lazy.compiled()
    assert lazy.compiled() is first and lazy.pattern == lazy._source and lazy.flags & re.I


def test_an_escape_made_through_a_lazy_pattern_is_the_same_escape():
    assert visible("规划\x1b[31m名称\u202e") == "规划\\x1b[31m名称\\u202e"
