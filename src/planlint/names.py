"""Normalising indicator names so that spelling differences do not hide the same indicator."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from planlint.units import parse_unit

# 1. / 1、 / （1） / (1) / ① / 一、 at the start of a name
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\s*\d{1,3}\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}\s*[、.])\s*")
_PAREN = re.compile(r"[（(]([^（）()]{0,30})[)）]")
_DROP = str.maketrans("", "", "“”\"'‘’「」『』《》〈〉 \t　·•*_`")


@dataclass(frozen=True)
class NormalisedName:
    """An indicator name reduced to its comparison key, with the unit it carried."""

    key: str                  # comparison key
    display: str              # the name without numbering and unit, as the drafter spelled it
    unit: Optional[str]       # a unit found in parentheses in the name


def normalise_name(name: str) -> NormalisedName:
    """``1.光纤入户用户占总宽带用户的比率（%）`` -> key ``光纤入户用户占总宽带用户比率``, unit ``%``."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = _NUMBERING.sub("", text, count=1)
    unit: Optional[str] = None
    for m in list(_PAREN.finditer(text)):
        inner = m.group(1).strip()
        if unit is None and inner and (parse_unit(inner) is not None or inner in ("%", "％")):
            unit = inner
    # parenthesised units and qualifiers such as （3G/4G） do not name another indicator
    display = _PAREN.sub("", text).strip()
    key = display.translate(_DROP).replace("的", "").lower()
    return NormalisedName(key=key, display=display, unit=unit)
