"""Word's automatic numbering, rendered as the reader sees it on the page.

numbering.xml holds abstract numberings (per level: start, format, level text such as ``%1、``
or ``（%2）``) and the numbering instances paragraphs point at (numId, with level overrides and
restarts). Counters run per abstract numbering in document order, as Word counts them; a
level's counter restarts when a higher level advances.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional
import xml.etree.ElementTree as ET

from planlint.readers.docx.package import W

_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MAX_LEVELS = 9


def chinese_count(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else
                                     (_DIGITS[rest // 10] + "十" + (_DIGITS[rest % 10] if rest % 10 else "")))
        return _DIGITS[hundreds] + "百" + tail
    return str(n)


def _letter(n: int, upper: bool) -> str:
    base = ord("A" if upper else "a")
    return chr(base + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return chinese_count(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("upperLetter", "lowerLetter"):
        return _letter(n, fmt == "upperLetter")
    if fmt == "upperRoman" or fmt == "lowerRoman":
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)        # decimal, decimalZero and the formats a plan does not use


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out or str(n)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class Instance:
    abstract: str
    overrides: dict[int, Level] = field(default_factory=dict)
    restarts: dict[int, int] = field(default_factory=dict)


def _level(el: ET.Element, base: Optional[Level] = None) -> Level:
    lv = Level(base.start, base.fmt, base.text) if base else Level()
    start = el.find(f"{W}start")
    if start is not None:
        lv.start = _int(start.get(f"{W}val"), 1)
    fmt = el.find(f"{W}numFmt")
    if fmt is not None:
        lv.fmt = fmt.get(f"{W}val", "decimal")
    text = el.find(f"{W}lvlText")
    if text is not None:
        lv.text = text.get(f"{W}val", "")
    return lv


def _int(value: Optional[str], default: int) -> int:
    try:
        return max(0, min(int(value or ""), 10**6))
    except ValueError:
        return default


class Numbering:
    """Renders the number of each numbered paragraph, in document order."""

    def __init__(self, root: Optional[ET.Element]):
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, Instance] = {}
        self.counters: dict[str, list[Optional[int]]] = {}
        self.started: set[str] = set()        # numIds whose restarts were applied
        if root is None:
            return
        for ab in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in ab.findall(f"{W}lvl"):
                i = _int(lvl.get(f"{W}ilvl"), 0)
                if i < _MAX_LEVELS:
                    levels[i] = _level(lvl)
            self.abstracts[ab.get(f"{W}abstractNumId", "")] = levels
        for num in root.findall(f"{W}num"):
            ab = num.find(f"{W}abstractNumId")
            inst = Instance(ab.get(f"{W}val", "") if ab is not None else "")
            for ov in num.findall(f"{W}lvlOverride"):
                i = _int(ov.get(f"{W}ilvl"), 0)
                if i >= _MAX_LEVELS:
                    continue
                so = ov.find(f"{W}startOverride")
                if so is not None:
                    inst.restarts[i] = _int(so.get(f"{W}val"), 1)
                lvl = ov.find(f"{W}lvl")
                if lvl is not None:
                    inst.overrides[i] = _level(lvl, self.abstracts.get(inst.abstract, {}).get(i))
            self.instances[num.get(f"{W}numId", "")] = inst

    def _levels(self, inst: Instance) -> dict[int, Level]:
        return {**self.abstracts.get(inst.abstract, {}), **inst.overrides}

    def label(self, num_id: str, ilvl: int) -> str:
        """The number of the next paragraph at this level of this numbering (advancing it)."""
        inst = self.instances.get(num_id)
        if inst is None or num_id == "0" or not 0 <= ilvl < _MAX_LEVELS:
            return ""
        levels = self._levels(inst)
        here = levels.get(ilvl)
        if here is None:
            return ""
        counters = self.counters.setdefault(inst.abstract, [None] * _MAX_LEVELS)
        if num_id not in self.started and inst.restarts:
            # a numbering instance with startOverride restarts the shared list where it begins
            self.started.add(num_id)
            for i, value in inst.restarts.items():
                counters[i] = value - 1
        current = counters[ilvl]
        counters[ilvl] = (levels[ilvl].start if current is None else current + 1)
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            counters[deeper] = None
        text = here.text
        for i in range(_MAX_LEVELS):
            if f"%{i + 1}" in text:
                lv = levels.get(i, Level())
                value = counters[i] if counters[i] is not None else lv.start
                text = text.replace(f"%{i + 1}", format_number(value, lv.fmt))
        return text
