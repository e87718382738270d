"""Normalising indicator names so that spelling differences do not hide the same indicator."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from planlint.text.folding import CACHED_UP_TO
from planlint.text.numbering import FOLDED_NAMES, strip_name_numbering
from planlint.text.units import parse_unit

_PAREN = re.compile(r"[（(]([^（）()]{0,30})[)）]")
# quotes, spaces and marks, and the brackets of a parenthesis kept in a name (（农村）): its words count
_DROP = str.maketrans("", "", "“”\"'‘’「」『』《》〈〉 \t　·•*_`（）()")


@dataclass(frozen=True, eq=False)
class NormalisedName:
    """An indicator name reduced to its comparison key, with the unit it carried."""

    key: str                  # comparison key
    display: str              # the name without numbering, unit or attribute, as the drafter spelled it
    unit: Optional[str]       # a unit found in parentheses in the name


# what a parenthesis may say about an indicator without naming another one
_ATTRIBUTES = ("预期性", "约束性", "预期", "约束", "累计", "年均", "指标属性")
_PARTS = re.compile(r"[，,、;；/\s]+")


def _aside(m: "re.Match[str]") -> str:
    """Drop a parenthesis that gives a unit (（%）, （万亿元）), a technical qualifier written in
    Latin letters (（3G/4G）) or an attribute (（预期性）); keep one that narrows the scope
    (（农村）, （城镇）): 宽带家庭普及率（农村） is not 固定宽带家庭普及率."""
    inner = m.group(1).strip()
    return "" if all(map(_says_nothing_new, _PARTS.split(inner))) else m.group(0)


def _says_nothing_new(part: str) -> bool:
    return (not part or part in ("%", "％") or parse_unit(part) is not None or part in _ATTRIBUTES
            or not any("\u4e00" <= c <= "\u9fff" for c in part))


def _unit_in(inner: str) -> Optional[str]:
    """（%） → %, （%，累计） → %."""
    for part in _PARTS.split(inner):
        if part and (parse_unit(part) is not None or part in ("%", "％")):
            return part
    return None


# the same names (固定宽带家庭普及率) recur in every plan, and matching one asks for its key
# twice: names up to folding's length limit are normalised once per process
def normalise_name(name: str) -> NormalisedName:
    """``1.光纤入户用户占总宽带用户的比率（%）`` -> key ``光纤入户用户占总宽带用户比率``, unit ``%``."""
    if type(name) is str and len(name) <= CACHED_UP_TO:
        return _normalise_cached(name)
    return _normalise(name)


def _normalise(name: str) -> NormalisedName:
    text = unicodedata.normalize("NFKC", name).strip()
    text = strip_name_numbering(text, FOLDED_NAMES)
    unit: Optional[str] = None
    for m in list(_PAREN.finditer(text)):
        if unit is None:
            unit = _unit_in(m.group(1).strip())
    display = _PAREN.sub(_aside, text).strip()
    key = display.translate(_DROP).replace("的", "").lower()
    return NormalisedName(key=key, display=display, unit=unit)


_normalise_cached = lru_cache(maxsize=8192)(_normalise)
