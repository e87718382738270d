"""Targets stated in running text, such as “到2020年，固定宽带家庭普及率达到75%”.

Shared by the readers, so that a target written in prose counts the same whatever the format
of the plan it stands in.
"""
from __future__ import annotations

import bisect
import re

from planlint.model import Location, Observation, PlanIndicator

MAX_TEXT_TARGETS_PER_LINE = 100

_COMPARATORS = ("力争达到|力争超过|力争实现|确保达到|确保超过|不低于|不少于|不小于|不高于|不超过|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|"
                "扩大到|扩大至|降低到|降低至|下降到|下降至|控制在|保持在|稳定在|达到|超过|突破|高于|低于|降至|达")
_NUMBER = r"(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|百分之[零〇一二三四五六七八九十百点]+)"
_UNITS = (r"(?:万亿元|千亿元|百亿元|亿元|万元|元|万亿|千亿|亿|万|[%％‰]|个百分点|百分点|"
          r"[KMGTkmgt](?:bps|b/s|bit/s)|太比特/秒|吉比特/秒|兆比特/秒|比特/秒|兆|"
          r"万件|件|万人|亿人|人|万户|户|部/百人|户/百户|个|家|台|座|项|套)")
_TEXT_TARGET = re.compile(rf"(?P<cmp>{_COMPARATORS})(?P<num>{_NUMBER})(?P<unit>{_UNITS})?"
                          r"(?P<tail>及以上|以上|以下|左右)?")
# a sentence about the present or the past states a result, not a target, unless it names
# the year it aims at (“目前，固定宽带家庭普及率达到52%”; “‘十二五’期间，……达到……”)
_PRESENT = re.compile(r"目前|当前|现阶段|现有|截至|截止|十二五|已经|过去|上年|去年|以来")
_SENTENCE_END = re.compile(r"[。；;！？!?]")


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _is_name_char(c: str) -> bool:
    """A character an indicator name may contain (a comparison, not a regex: large Unicode
    classes cost a millisecond each to compile in every run)."""
    return _is_han(c) or (c.isascii() and c.isalnum()) or "０" <= c <= "９" or c in "+＋"


_NAME_SUFFIX = re.compile(r"(?:率|比例|占比|比重|规模|额|数量|总数|数|指数|带宽|能力|速率|总量|收入|值)$")
_NAME_FILLER = re.compile(
    r"^(?:(?:到|至|在)?(?:19|20)\d\d年(?:底|末|前|时)?|全省|全市|全区|全县|全州|全盟|全国|我省|我市|我区|"
    r"我县|本省|本市|本区|本县|各地|目前|当前|力争|确保|争取|预计|基本|使|将|实现|推动|推进|促进|带动|其中|同时|并|且|"
    r"新建|累计|总体|进一步|全面)")
_YEAR_CONTEXT = re.compile(
    r"(?:到|至)[\s\u3000]*((?:19|20)\d\d)[\s\u3000]*年|((?:19|20)\d\d)年(?:底|末|前)|"
    r"(?:^|[。；;，,：:\s])((?:19|20)\d\d)年[，,]")
# a target in prose is a modifier, not a target, when a noun follows (接入能力低于12Mbps的行政村)
_NOT_A_TARGET_AFTER = re.compile(r"[的之]")
_NOT_IN_NAME = re.compile(r"[但已而或对]")



def text_targets(text: str, line: int, col: int, period: tuple[int, int],
                 headings: tuple[str, ...] = ()) -> list[PlanIndicator]:
    """Targets such as “固定宽带家庭普及率达到75%” in one line of prose, under `headings`.

    The year is the nearest 到20XX年 before the target on the line, else the period end (the
    target says `year_assumed`); a figure for a year before the period, or about now or the
    past, is an achievement and is not taken.
    """
    out: list[PlanIndicator] = []
    years = [(m.start(), int(m.group(1) or m.group(2) or m.group(3)))
             for m in _YEAR_CONTEXT.finditer(text)]
    starts = [p for p, _ in years]
    ends = [e.start() for e in _SENTENCE_END.finditer(text)]
    for m in _TEXT_TARGET.finditer(text):
        if len(out) >= MAX_TEXT_TARGETS_PER_LINE:
            break       # no sentence states hundreds of targets: this line is not prose
        begin = m.start()
        floor = max(0, begin - 40)
        while begin > floor and _is_name_char(text[begin - 1]):
            begin -= 1
        name = text[begin: m.start()]
        while True:
            f = _NAME_FILLER.match(name)
            if not f or f.end() == 0:
                break
            name, begin = name[f.end():], begin + f.end()
        if not (3 <= len(name) <= 30) or not _NAME_SUFFIX.search(name) \
                or not any(_is_han(c) for c in name) or _NOT_IN_NAME.search(name) \
                or _NOT_A_TARGET_AFTER.match(text, m.end()):
            continue
        k = bisect.bisect_right(starts, m.start()) - 1
        e = bisect.bisect_right(ends, m.start()) - 1
        sentence_start = ends[e] + 1 if e >= 0 else 0
        if (k < 0 or starts[k] < sentence_start) and _PRESENT.search(text, sentence_start, m.start()):
            continue        # a result stated for now or the past, with no target year of its own
        year = years[k][1] if k >= 0 else period[1]
        if year < period[0]:
            continue
        value = m.group(0)
        out.append(PlanIndicator(
            name=name, loc=Location(line, col + begin), origin="text",
            target=Observation(value, year, Location(line, col + m.start())),
            headings=headings, year_assumed=k < 0))
    return out
