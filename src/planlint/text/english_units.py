"""Chinese units in English words: 亿元 is “100 million yuan”, 5万人 is “50,000 people”.

Chinese counts in 万 (10⁴) and 亿 (10⁸); English in thousands, millions and billions. A unit
standing alone names its magnitude in words (亿元 → 100 million yuan); a number with a
magnitude is rescaled to the English one (3.5亿人 → 350 million people), so no reader has to
multiply. A unit English has no word for (座城市, 千瓦时) stays as written.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from decimal import Decimal

# whole units, tried before magnitude + base (万亿元 is not 万 + 亿元)
_WHOLE = {"万亿元": " trillion yuan", "部/百人": " per 100 people", "户/百户": " per 100 households",
          "百分点": " percentage points", "个百分点": " percentage points"}
_MAGNITUDES = {"万亿": 12, "千亿": 11, "百亿": 10, "十亿": 9, "亿": 8, "千万": 7, "百万": 6, "十万": 5, "万": 4,
               "千": 3, "百": 2, "十": 1}
# a magnitude standing alone, in words: 亿 → 100 million
_MAGNITUDE_WORDS = {12: "trillion", 11: "100 billion", 10: "10 billion", 9: "billion", 8: "100 million",
                    7: "10 million", 6: "million", 5: "100,000", 4: "10,000", 3: "thousand", 2: "hundred", 1: "ten"}
_BASES = {"人次": " person-times", "元": " yuan", "人": " people", "户": " households", "件": " items",
          "个": "", "家": "", "部": "", "台": "", "项": "", "座": "", "次": " times", "条": "", "所": "", "颗": ""}
# English scales a rescaled number is written in, largest first
_SCALES = ((12, " trillion"), (9, " billion"), (6, " million"))


def _longest_first(words: dict) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


_WHOLE_FIRST, _MAGNITUDES_FIRST, _BASES_FIRST = map(_longest_first, (_WHOLE, _MAGNITUDES, _BASES))


def _ideograph(text: str) -> bool:
    return bool(text) and "\u4e00" <= text[0] <= "\u9fff"


def split_unit(symbol: str) -> Optional[tuple[int, str]]:
    """(power of ten, English of what is counted) for a unit made of a magnitude and a base
    (万人 → (4, " people")); None for a whole unit, a plain unit or one English cannot say."""
    for magnitude in _MAGNITUDES_FIRST:
        if not symbol.startswith(magnitude):
            continue
        rest = symbol[len(magnitude):]
        for base in (*_BASES_FIRST, ""):
            if rest.startswith(base) and not _ideograph(rest[len(base):]):
                return _MAGNITUDES[magnitude], _BASES.get(base, "") + rest[len(base):]
    return None


def english_unit(symbol: str) -> str:
    """A unit after a number or alone, in English, with its leading space (“ people”);
    a magnitude is said in words (亿元 → “ 100 million yuan”)."""
    for whole in _WHOLE_FIRST:
        if symbol.startswith(whole) and not _ideograph(symbol[len(whole):]):
            return _WHOLE[whole] + symbol[len(whole):]
    split = split_unit(symbol)
    if split is not None:
        power, base = split
        return f" {_MAGNITUDE_WORDS[power]}{base}"
    for base in _BASES_FIRST:
        if symbol.startswith(base) and not _ideograph(symbol[len(base):]):
            return _BASES[base] + symbol[len(base):]
    return symbol


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros, thousands grouped: 50000 → 50,000."""
    text = format(value.normalize(), "f")
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}" if whole.lstrip("-").isascii() and whole.lstrip("-").isdigit() else whole
    return grouped + (f".{fraction}" if fraction else "")


def scaled(numbers: tuple[str, ...], symbol: str) -> Optional[tuple[tuple[str, ...], str]]:
    """Numbers in a unit with a Chinese magnitude, rescaled to an English one:
    (("3.5",), "亿人") → (("350",), " million people"); None if the unit has no magnitude or a
    number is not a plain decimal. Several numbers (a range) share the scale of the largest."""
    split = split_unit(symbol)
    if split is None:
        return None
    power, base = split
    from decimal import Decimal, InvalidOperation   # here: only English reports with magnitudes need it

    try:
        values = [Decimal(n) * (Decimal(10) ** power) for n in numbers]
    except InvalidOperation:
        return None
    largest = max(abs(v) for v in values)
    for exponent, word in _SCALES:
        if largest >= Decimal(10) ** exponent:
            unit = Decimal(10) ** exponent
            return tuple(_plain(v / unit) for v in values), word + base
    return tuple(_plain(v) for v in values), base
