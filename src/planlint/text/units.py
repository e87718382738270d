"""Units the plans write and how they convert.

A unit is a dimension and a factor to that dimension's base unit. Bare magnitudes
(万, 亿) have no dimension of their own and fit any counted dimension: the national table
writes 网民数量 in 亿 (people) and a province may write 万人.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Unit:
    """A unit of measure: its dimension and its multiple of that dimension's base unit."""

    symbol: str        # canonical spelling, e.g. "万亿元", "Mbps", "%"
    dimension: str     # percent, money, people, items, households, bandwidth, count, none, ...
    factor: float      # multiple of the dimension's base unit

    def compatible(self, other: "Unit") -> bool:
        return dimensions_compatible(self.dimension, other.dimension)

    def convert(self, value: float, to: "Unit") -> float:
        return value * self.factor / to.factor


COUNTED = {"people", "items", "households", "count", "units"}

_MAGNITUDES = {"": 1.0, "十": 1e1, "百": 1e2, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6,
               "千万": 1e7, "亿": 1e8, "十亿": 1e9, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12}

# base words and their dimension; magnitudes combine with them (万 + 人 = 万人)
_BASES = {
    "元": "money", "人": "people", "户": "households", "件": "items", "个": "units",
    "家": "units", "部": "units", "台": "units", "项": "units", "座": "units", "次": "units",
    "人次": "units", "条": "units", "所": "units", "颗": "units", "座城市": "units",
}

_BANDWIDTH = {
    "bps": 1.0, "kbps": 1e3, "mbps": 1e6, "gbps": 1e9, "tbps": 1e12,
    "kb/s": 1e3, "mb/s": 1e6, "gb/s": 1e9, "tb/s": 1e12,
    "kbit/s": 1e3, "mbit/s": 1e6, "gbit/s": 1e9, "tbit/s": 1e12,
    "m": 1e6, "g": 1e9, "t": 1e12,
    "比特/秒": 1.0, "千比特/秒": 1e3, "兆比特/秒": 1e6, "吉比特/秒": 1e9, "太比特/秒": 1e12,
    "兆比特每秒": 1e6, "吉比特每秒": 1e9, "太比特每秒": 1e12, "兆": 1e6, "兆位/秒": 1e6,
}
_BANDWIDTH_SYMBOL = {1.0: "bps", 1e3: "Kbps", 1e6: "Mbps", 1e9: "Gbps", 1e12: "Tbps"}

_SPECIAL = {
    "%": Unit("%", "percent", 1.0),
    "百分比": Unit("%", "percent", 1.0),
    "‰": Unit("‰", "percent", 0.1),
    "百分点": Unit("百分点", "points", 1.0),
    "个百分点": Unit("百分点", "points", 1.0),
    "部/百人": Unit("部/百人", "per_hundred", 1.0),
    "户/百户": Unit("户/百户", "per_hundred", 1.0),
    "": Unit("", "none", 1.0),
}

_SPACES = re.compile(r"\s+")


def normalise_unit_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _SPACES.sub("", text)
    return text.strip("()（）[]【】")


def parse_unit(text: Optional[str]) -> Optional[Unit]:
    """The unit a drafter wrote, or None if it is not one we know."""
    if text is None:
        return None
    t = normalise_unit_text(text)
    if t in _SPECIAL:
        return _SPECIAL[t]
    low = t.lower()
    if low in _BANDWIDTH:
        factor = _BANDWIDTH[low]
        return Unit(_BANDWIDTH_SYMBOL[factor], "bandwidth", factor)
    for mag in sorted(_MAGNITUDES, key=len, reverse=True):
        if not t.startswith(mag):
            continue
        rest = t[len(mag):]
        if rest in _BASES:
            return Unit(t, _BASES[rest], _MAGNITUDES[mag])
        if rest == "" and mag:
            return Unit(t, "count", _MAGNITUDES[mag])
    return None


def dimensions_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    # a bare magnitude (亿) fits people, households, items ...
    return (a == "count" and b in COUNTED) or (b == "count" and a in COUNTED)


def is_unit(text: str) -> bool:
    return parse_unit(text) is not None
