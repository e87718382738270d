"""One parser for every way a drafter writes a value.

``parse_quantity("不低于70%")`` -> Quantity(comparator=">=", value=70, unit=%).
Comparators, Arabic/full-width/Chinese numerals, magnitudes (1.2万), units inside the value,
〔cumulative points〕 and ranges are all understood here, once, for every check.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Union

from planlint.messages import Amount, Template, Text, catalogue
from planlint.text.lazy_pattern import LazyPattern
from planlint.text.units import Unit, parse_unit

# why a value cannot be read (PL105, and the rule pack's own values)
MESSAGES = catalogue("quantity", {
    "not-a-numeral": Template("“{text}”不是可识别的中文数字", "“{text}” is not a Chinese numeral planlint can read"),
    "not-a-number": Template("“{text}”不是数值", "“{text}” is not a number"),
    "empty": Template("没有填写数值", "no value is given"),
    "boolean": Template("“{text}”是布尔值，不是数值", "“{text}” is a boolean, not a number"),
    "not-finite": Template("“{text}”不是有限的数值", "“{text}” is not a finite number"),
    "not-text": Template("数值应为数字或文字，这里是{type}", "a value should be a number or text, not {type}"),
    "too-long": Template("数值文字过长，无法识别", "the value's text is too long to read"),
    "no-number": Template("“{text}”没有给出数值", "“{text}” gives no number"),
    "bad-range": Template("“{text}”中的范围无法识别", "the range in “{text}” cannot be read"),
    "range-units": Template("“{text}”的范围两端单位不同", "the two ends of the range in “{text}” have different units"),
    "unknown-unit": Template("“{text}”中的“{unit}”不是可识别的单位", "“{unit}” in “{text}” is not a unit planlint knows"),
})


class QuantityError(ValueError):
    """The text is not a value planlint can read; `text` says why."""

    def __init__(self, text: Text):
        super().__init__(text)
        self.text = text


@dataclass(frozen=True)
class Quantity:
    """A parsed value: number, comparator, unit, 〔〕 points or range, as written."""

    value: float
    comparator: str = "="          # =, >, >=, <, <=, range (value is the lower end)
    unit: Optional[Unit] = None
    cumulative: bool = False       # 〔N〕: five-year cumulative percentage points
    upper: Optional[float] = None  # upper end of a range
    decimals: int = 0              # digits written after the decimal point
    text: str = ""

    @property
    def half_ulp(self) -> float:
        """Half a unit in the last written digit: the rounding a printed value may hide."""
        return 0.5 * 10 ** (-self.decimals)

    def with_unit(self, unit: Optional[Unit]) -> "Quantity":
        return Quantity(self.value, self.comparator, unit, self.cumulative, self.upper,
                        self.decimals, self.text)

    def converted(self, to: Unit) -> "Quantity":
        """The same quantity in another unit of the same dimension."""
        if self.unit is None or self.unit.symbol == to.symbol:
            return self.with_unit(to)
        f = self.unit.factor / to.factor
        upper = None if self.upper is None else self.upper * f
        # conversion shifts the rounding: keep the tolerance in the new unit's terms
        dec = self.decimals - round(math.log10(f)) if f > 0 else self.decimals
        return Quantity(self.value * f, self.comparator, to, self.cumulative, upper, dec, self.text)

    def amount(self) -> Amount:
        """The value as reports show it, in any language."""
        return Amount(format_number(self.value), self.unit.symbol if self.unit else "", self.comparator,
                      None if self.upper is None else format_number(self.upper), self.cumulative)

    def describe(self) -> str:
        return self.amount().render("zh")


def as_requirement(q: Quantity, direction: str) -> Quantity:
    """A national figure as a requirement: a plain number is a floor for a higher-is-better
    item (≥70) and a ceiling for a lower-is-better one (≤1.4); stated comparators stand."""
    if q.comparator != "=":
        return q
    return Quantity(q.value, ">=" if direction == "higher" else "<=", q.unit, q.cumulative, q.upper,
                    q.decimals, q.text)


def format_number(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.6g}" if abs(x) < 1e-3 else f"{round(x, 4):g}"


# --- comparators ---------------------------------------------------------------------------

_PREFIX_WORDS = [
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("不下于", ">="), ("至少", ">="),
    ("力争达到", ">="), ("达到或超过", ">="), ("达到或高于", ">="), ("达到", ">="), ("提高到", ">="), ("提升到", ">="), ("提升至", ">="),
    ("提高至", ">="), ("增长到", ">="), ("增至", ">="), ("达", ">="),
    ("超过", ">"), ("大于", ">"), ("高于", ">"), ("多于", ">"), ("超", ">"),
    ("突破", ">"), ("力争突破", ">"), ("超出", ">"),      # 突破1000亿元: planners' “exceeds”
    ("不高于", "<="), ("不超过", "<="), ("不大于", "<="), ("不多于", "<="), ("控制在", "<="),
    ("降低到", "<="), ("降至", "<="), ("下降到", "<="), ("至多", "<="), ("最多", "<="),
    ("低于", "<"), ("小于", "<"), ("少于", "<"), ("不足", "<"), ("约", "="), ("为", "="),
    ("大于等于", ">="), ("大于或等于", ">="), ("小于等于", "<="), ("小于或等于", "<="), ("实现", ">="),
    # what a drafter means to reach: the figure is the target (力争80% is a target of 80%), and a
    # word after it says more (力争超过80%)
    ("力争", "="), ("确保", "="), ("争取", "="), ("增长至", ">="), ("增加到", ">="), ("增加至", ">="),
    ("上升到", ">="), ("上升至", ">="), ("扩大到", ">="), ("扩大至", ">="),
    ("降低至", "<="), ("下降至", "<="), ("减少到", "<="), ("减少至", "<="),
    ("预计", "="), ("预期", "="), ("基本达到", "="), ("保持在", "="), ("稳定在", "="), ("维持在", "="),
    ("保持", "="), ("稳定", "="), ("维持", "="),
    (">=", ">="), ("≥", ">="), ("⩾", ">="), ("≧", ">="), ("<=", "<="), ("≤", "<="), ("⩽", "<="), ("≦", "<="),
    (">", ">"), ("<", "<"),
]
_SUFFIX_WORDS = [("以上", ">="), ("及以上", ">="), ("以下", "<="), ("及以下", "<="), ("以内", "<="),
                 ("左右", "="), ("上下", "="), ("+", ">=")]
# the verbs of reaching a level (达到1.4): “at least” only where more is better; for a figure
# that should stay low (PUE 达到1.3) the drafter means the level itself
_REACH = LazyPattern(r"^(?:力争达到|达到|达|实现)[^以及上下内+]*$")


def only_reaches(raw: str) -> bool:
    """Is the value's “≥” only a verb of reaching (达到1.45), no word saying “or more” (以上)?"""
    return bool(_REACH.match(raw.strip()))


# the longest word first: 及以上 before 以上, 大于等于 before 大于
_PREFIX_WORDS.sort(key=lambda wc: -len(wc[0]))
_SUFFIX_WORDS.sort(key=lambda wc: -len(wc[0]))

# --- numerals ------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3,
              "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
              "八": 8, "捌": 8, "九": 9, "玖": 9}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL) + "点"
_CN_NUMBER = LazyPattern(f"[{_CN_CHARS}]+")
_ARABIC = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+−]?\.\d+")
# scientific notation (1e999, 1.5E+3): read as a number, so that one too large for a float is
# reported as not finite instead of as an unknown unit "e999"
_EXPONENT = re.compile(r"[eE]([-+]?\d{1,6})(?!\d)")
_BRACKETS = re.compile(r"^[〔\[【［(（](.*)[〕\]】］)）]$")
_DASHES = {"—", "——", "-", "--", "–", "－", "/", "无", "—（—）", "…", "……"}
_MAGNITUDE_WORDS = ["万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "千"]
_MAGNITUDE_VALUE = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8,
                    "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3}
# bandwidth tiers: 百兆 = 100 Mbps, 千兆 = 1000 Mbps, 万兆 = 10 Gbps
_TIER = LazyPattern(r"^(百|千|万)兆")
_TIER_VALUE = {"百": 100.0, "千": 1000.0, "万": 10000.0}


def chinese_to_number(text: str) -> tuple[float, int]:
    """九十 -> 90, 一百二十 -> 120, 三点五 -> 3.5, 二〇二〇 -> 2020. Returns (value, decimals)."""
    if "点" in text:
        whole, _, frac = text.partition("点")
        w, _ = chinese_to_number(whole) if whole else (0.0, 0)
        digits = "".join(str(_CN_DIGITS[c]) for c in frac if c in _CN_DIGITS)
        if len(digits) != len(frac) or not digits:
            raise QuantityError(MESSAGES["not-a-numeral"](text=text))
        return float(f"{int(w)}.{digits}"), len(digits)
    if text and all(c in _CN_DIGITS for c in text) and len(text) > 1:
        return float("".join(str(_CN_DIGITS[c]) for c in text)), 0   # 二〇二〇
    total, current = 0, 0
    for c in text:
        if c in _CN_DIGITS:
            current = _CN_DIGITS[c]
        elif c in _CN_SMALL:
            total += (current or 1) * _CN_SMALL[c]
            current = 0
        else:
            raise QuantityError(MESSAGES["not-a-numeral"](text=text))
    return float(total + current), 0


def _normalise(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    t = t.replace("％", "%").replace("−", "-").replace("～", "~").replace("〜", "~")
    return "".join(t.split())


# one C-level test answers the common case (no comparator word) before the loops below
_PREFIXES = tuple(w for w, _ in _PREFIX_WORDS)
_SUFFIXES = tuple(w for w, _ in _SUFFIX_WORDS)


def _strip_comparators(t: str) -> tuple[str, Optional[str]]:
    comparator: Optional[str] = None
    changed = True
    while changed and t:
        changed = False
        for word, comp in _PREFIX_WORDS if t.startswith(_PREFIXES) else ():
            if t.startswith(word) and len(t) > len(word):
                t = t[len(word):]
                comparator = comparator if comparator and comparator != "=" else comp
                changed = True
                break
        for word, comp in _SUFFIX_WORDS if t.endswith(_SUFFIXES) else ():
            if t.endswith(word) and len(t) > len(word):
                t = t[: -len(word)]
                if comp != "=" or comparator is None:
                    comparator = comp if comparator in (None, "=", ">=") or comp != ">=" else comparator
                changed = True
                break
    return t, comparator


def _number_at_start(t: str) -> tuple[float, int, str]:
    """Read the number at the start of t; return (value, decimals, rest)."""
    if t.startswith("百分之"):
        num, dec, rest = _number_at_start(t[3:])
        return num, dec, "%" + rest
    m = _ARABIC.match(t)
    if m:
        s = m.group(0).replace(",", "").replace("−", "-")
        dec = len(s.split(".", 1)[1]) if "." in s else 0
        return float(s), dec, t[m.end():]
    tier = _TIER.match(t)
    if tier:
        return _TIER_VALUE[tier.group(1)], 0, "Mbps" + t[tier.end():]
    m = _CN_NUMBER.match(t)
    if m:
        word = m.group(0)
        # a trailing magnitude (一千万) is read as magnitude, not as digits
        for mag in ("万", "亿"):
            if word.endswith(mag):
                word = word[:-1]
        value, dec = chinese_to_number(word)
        return value, dec, t[len(word):]
    raise QuantityError(MESSAGES["not-a-number"](text=t))


def _split_magnitude(rest: str) -> tuple[float, str]:
    for mag in _MAGNITUDE_WORDS:
        if rest.startswith(mag):
            after = rest[len(mag):]
            # 万亿元 / 亿元 / 万件 are units of their own: keep them whole
            if after and parse_unit(rest) is not None:
                return 1.0, rest
            return _MAGNITUDE_VALUE[mag], after
    return 1.0, rest


# footnote marks drafters put beside figures (75①, 80*): NFKC would turn ① into a digit
_FOOTNOTES = re.compile(r"[①-⑳⑴-⒇*※†‡▲△]")
# a remark in parentheses after the figure: 75%（力争80%）, 80（预期性）, 90%（2020年）
_REMARK = re.compile(r"^(.+?)\((?:[^()]{0,60})\)$")
# the first clause holds the target: 75%，力争80%; a comma between digits groups thousands
_CLAUSE = re.compile(r"[，；;、]|,(?!\d{3}(?:\D|$))")
# 七成, 九成, 八成半: tenths planners write for a share (七成以上 is ≥70%)
_TENTHS = re.compile(r"^([一二三四五六七八九])成(半)?$")
_TENTH_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_WORD_VALUES = {"过半": (">", 50.0), "半数以上": (">=", 50.0), "全覆盖": (">=", 100.0), "全部": (">=", 100.0)}


def _main_clause(t: str) -> str:
    """The figure itself, without a following remark or second clause."""
    t = _CLAUSE.split(t, maxsplit=1)[0]
    for _ in range(3):
        m = _REMARK.match(t)
        if not m or not m.group(1) or m.group(1)[-1] in "〔[【［":
            break
        t = m.group(1)
    return t


# a year written before the figure: 2020年达到75%, 到2020年：75%
_LEADING_YEAR = re.compile(r"^(?:到|至|在)?((?:19|20)\d\d)年(?:底前|末前|底|末|前)?[:：,，]?")
# … or after it, in parentheses: 75%（2020年）
_TRAILING_YEAR = LazyPattern(r"[（(]((?:19|20)\d\d)年?(?:底|末)?[)）]$")


def year_in_value(raw: object) -> Optional[int]:
    """The year a value names itself (2020年达到75%, 75%（2020年）), if any."""
    if not isinstance(raw, str) or len(raw) > 400:
        return None
    t = _normalise(raw)
    m = _LEADING_YEAR.match(t) or _TRAILING_YEAR.search(t)
    return int(m.group(1)) if m else None


# the rest of a value after its first number: 〜80, -80%, %—80%, 至80
_RANGE = re.compile(r"^([^~\-—–至到\d]{0,6}?)(?:~|-|—|–|至|到)(.+)$")


# a value's text (85, 〔30〕, 达到90%) and its unit recur in plan after plan and are read again by
# the checks: texts up to this length are parsed once per process, the frozen Quantity or the
# reason it cannot be read kept for the next plan; longer texts (a sentence pasted into a value
# cell) are parsed each time, so the memo never holds a plan's prose
MEMOISED_UP_TO = 64
_MEMO_SIZE = 4096


def parse_quantity(raw: object, unit_hint: Optional[str] = None) -> Quantity:
    """Parse a value as written. ``unit_hint`` is the unit field or the unit in the name."""
    if type(raw) is str and len(raw) <= MEMOISED_UP_TO and (unit_hint is None or type(unit_hint) is str):
        parsed = _parse_memoised(raw, unit_hint)
        if isinstance(parsed, Quantity):
            return parsed
        raise QuantityError(parsed)     # a fresh error each time: a caller may keep or change it
    return _parse_quantity(raw, unit_hint)


@lru_cache(maxsize=_MEMO_SIZE)
def _parse_memoised(raw: str, unit_hint: Optional[str]) -> Union[Quantity, Text]:
    try:
        return _parse_quantity(raw, unit_hint)
    except QuantityError as err:
        return err.text


def _parse_quantity(raw: object, unit_hint: Optional[str] = None) -> Quantity:
    if raw is None:
        raise QuantityError(MESSAGES["empty"]())
    if isinstance(raw, bool):
        raise QuantityError(MESSAGES["boolean"](text=str(raw)))
    hint = parse_unit(unit_hint) if unit_hint else None
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise QuantityError(MESSAGES["not-finite"](text=str(raw)))
        dec = 0 if isinstance(raw, int) else len(repr(raw).split(".", 1)[1]) if "." in repr(raw) else 0
        return Quantity(float(raw), "=", hint, False, None, min(dec, 6), str(raw))
    if not isinstance(raw, str):
        raise QuantityError(MESSAGES["not-text"](type=type(raw).__name__))
    text = raw
    if len(raw) > 400:
        raise QuantityError(MESSAGES["too-long"]())
    t = _normalise(_FOOTNOTES.sub("", raw))
    if len(t) > 200:
        raise QuantityError(MESSAGES["too-long"]())
    t = _LEADING_YEAR.sub("", t, count=1)        # the year is the observation's (year_in_value)
    t = _main_clause(t)
    if not t or t in _DASHES:
        raise QuantityError(MESSAGES["no-number"](text=text.strip()))
    if t in _WORD_VALUES:
        comparator, value = _WORD_VALUES[t]
        return Quantity(value, comparator, parse_unit("%"), False, None, 0, text.strip())
    cumulative = False
    m = _BRACKETS.match(t)
    if m:
        cumulative = t[0] in "〔[【［"
        t = m.group(1)
        if not cumulative:
            pass  # (75) is just a parenthesised value
    t, comparator = _strip_comparators(t)
    if t in _WORD_VALUES and comparator in (None, ">="):     # 实现全覆盖, 达到全覆盖
        word_comparator, value = _WORD_VALUES[t]
        return Quantity(value, word_comparator, parse_unit("%"), False, None, 0, text.strip())
    tenths = _TENTHS.match(t)
    if tenths:
        value = _TENTH_DIGITS[tenths.group(1)] * 10.0 + (5.0 if tenths.group(2) else 0.0)
        return Quantity(value, comparator or "=", parse_unit("%"), False, None, 0, text.strip())
    if t.endswith("个百分点"):
        t = t[: -len("个百分点")]
        cumulative = True
    elif t.endswith("百分点"):
        t = t[: -len("百分点")]
        cumulative = True
    try:
        value, decimals, rest = _number_at_start(t)
    except QuantityError:
        if comparator is None:
            raise
        raise QuantityError(MESSAGES["not-a-number"](text=text.strip())) from None   # 保持领先: name all of it
    exponent = _EXPONENT.match(rest)
    if exponent:
        power = int(exponent.group(1))
        value = float(f"{value!r}e{power}") if abs(power) < 400 else (math.inf if power > 0 else 0.0)
        decimals, rest = max(0, decimals - power), rest[exponent.end():]
    upper: Optional[float] = None
    range_m = _RANGE.match(rest)
    if range_m and comparator is None:
        try:
            hi, hdec, rest = _number_at_start(range_m.group(2))
        except QuantityError:
            raise QuantityError(MESSAGES["bad-range"](text=text.strip()))
        first_unit = range_m.group(1)      # 75%~80%: the unit may be written at both ends
        if first_unit and rest and rest != first_unit:
            raise QuantityError(MESSAGES["range-units"](text=text.strip()))
        rest = rest or first_unit
        upper, comparator = hi, "range"
        decimals = max(decimals, hdec)
    factor, rest = _split_magnitude(rest)
    rest, late = _strip_comparators(rest) if rest else (rest, None)
    comparator = comparator or late or "="
    unit: Optional[Unit] = hint
    if rest:
        unit = parse_unit(rest)
        if unit is None:
            raise QuantityError(MESSAGES["unknown-unit"](text=text.strip(), unit=rest))
    if factor != 1.0:
        if unit is None or unit.dimension == "none":
            unit = Unit(next(k for k, v in _MAGNITUDE_VALUE.items() if v == factor), "count", factor)
        else:
            # 1.2万 with unit 件: the magnitude multiplies the value (and its rounding)
            value, upper = value * factor, None if upper is None else upper * factor
            decimals -= round(math.log10(factor))
    if not math.isfinite(value):
        raise QuantityError(MESSAGES["not-finite"](text=text.strip()))
    return Quantity(value, comparator, unit, cumulative, upper, decimals, text.strip())


def says_the_same(a: Quantity, b: Quantity) -> bool:
    """Do two targets state one figure, within the rounding their digits allow? 达到75% and 75
    do (≥ and = agree on a target), ≥75 and <75 do not."""
    if a.unit is not None and b.unit is not None and a.unit.compatible(b.unit):
        b = b.converted(a.unit)
    if abs(a.value - b.value) > max(a.half_ulp, b.half_ulp):
        return False
    return a.comparator == b.comparator or {a.comparator, b.comparator} <= {"=", ">="}


def try_parse(raw: object, unit_hint: Optional[str] = None) -> Optional[Quantity]:
    try:
        return parse_quantity(raw, unit_hint)
    except QuantityError:
        return None
