"""Targets stated in running text, such as “到2020年，固定宽带家庭普及率达到75%”.

Shared by the readers, so that a target written in prose counts the same whatever the format
of the plan it stands in.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterator, Optional

from planlint.model import Location, Observation, PlanIndicator
from planlint.text.lazy_pattern import LazyPattern

MAX_TEXT_TARGETS_PER_LINE = 100
# how much of two wrapped lines is read across their break, and of a paragraph's earlier lines
# for a target's year: a name, a year and a comparator fit well inside, and a long paragraph is
# not read again whole for each of its lines
WRAP_CONTEXT_CHARS = 200

_COMPARATORS = ("力争达到|力争超过|力争实现|确保达到|确保超过|不低于|不少于|不小于|不高于|不超过|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|"
                "扩大到|扩大至|降低到|降低至|下降到|下降至|控制在|保持在|稳定在|达到或超过|达到或高于|达到|超过|突破|高于|低于|降至|"
                "大于等于|大于|小于|≥|≤|保持|达|超")
# 八成, 九成半: tenths are a share in prose as in tables (光纤入户用户占比超过八成; the quantity
# parser reads 八成以上 as ≥80%)
_NUMBER = r"(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|百分之[零〇一二三四五六七八九十百点]+|[一二三四五六七八九]成半?)"
# longest first: a regex alternation takes the first that fits (万人 before 万)
_UNITS = (r"(?:万亿元|千亿元|百亿元|亿元|万元|万亿|千亿|万件|万人|亿人|万户|元|亿|万|[%％‰]|个百分点|百分点|"
          r"[KMGTkmgt](?:bps|b/s|bit/s)|太比特/秒|吉比特/秒|兆比特/秒|比特/秒|兆|"
          r"件|人|户/百户|户|部/百人|个|家|台|座|项|套)")
# what a drafter puts between a name and its comparator (网络零售额力争突破5000亿元): part of the value
_RESOLVE = "力争|确保|争取|预计|有望"
_TEXT_TARGET = re.compile(rf"(?:{_RESOLVE})?(?P<cmp>{_COMPARATORS})(?P<num>{_NUMBER})(?P<unit>{_UNITS})?"
                          r"(?P<tail>及以上|以上|以下|左右)?")

# every _TEXT_TARGET starts with the first character of a resolve word or a comparator: the
# regex engine tries the whole pattern at every character of a line, so those are found first
_TARGET_START = re.compile("[" + re.escape("".join(sorted({word[0] for word in f"{_RESOLVE}|{_COMPARATORS}".split("|")}))) + "]")


def _text_target_matches(text: str) -> Iterator["re.Match[str]"]:
    """The matches of _TEXT_TARGET.finditer(text), tried only where one can start."""
    pos = 0
    while True:
        start = _TARGET_START.search(text, pos)
        if start is None:
            return
        m = _TEXT_TARGET.match(text, start.start())
        if m is None:
            pos = start.start() + 1
            continue
        yield m
        pos = m.end()       # never empty: a comparator and a number at least


_COMPARATOR_LEAD = re.compile(rf"^(?:{_COMPARATORS})")    # 达到450亿元 achieved is 450亿元
_VALUE = rf"{_NUMBER}(?:{_UNITS})?(?:及以上|以上|以下|左右)?"


# The three rarer forms are compiled the first time a line needs them: their unit alternations
# cost about a millisecond each to compile, in every run.
@lru_cache(maxsize=None)
def _from_to() -> "re.Pattern[str]":
    """固定宽带家庭普及率由（从）2015年的50%提高到2020年的75%: a base and a target in one phrase."""
    return re.compile(rf"(?:由|从)(?:(?P<by>(?:19|20)\d\d)年(?:底|末)?的?)?(?P<base>{_NUMBER}(?:{_UNITS})?)"
                      rf"(?P<verb>(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|缩小)(?:到|至))"
                      rf"(?:(?P<ty>(?:19|20)\d\d)年(?:底|末)?的?)?(?P<target>{_VALUE})")


@lru_cache(maxsize=None)
def _respectively() -> "re.Pattern[str]":
    """固定宽带家庭普及率、移动宽带用户普及率分别达到75%和85%: names and values paired in order."""
    return re.compile(rf"分别(?P<cmp>{_COMPARATORS}|为)(?P<values>{_VALUE}(?:[、，,和与及]{_VALUE}){{1,9}})")


@lru_cache(maxsize=None)
def _label() -> "re.Pattern[str]":
    """A list item that is a label and a figure: 固定宽带家庭普及率：75%, 网民数量（亿）：1.2."""
    return re.compile(rf"^(?P<name>[^：:，,。；;]{{3,40}}?)(?:[（(](?P<unit>{_UNITS})[)）])?[：:]\s*"
                      rf"(?P<value>(?:{_COMPARATORS}|大于等于|[≥≤＞＜><]=?)?{_VALUE})\s*[。；;]?$")




@lru_cache(maxsize=None)
def _growth_after() -> "re.Pattern[str]":
    """…达到8000亿元，年均增长15%以上 (or 、年均增长15%): the growth the plan states for that target."""
    return re.compile(rf"[，,、]?(?:年均增长率?|年均增速|年均增幅)(?:达到|为|保持在|超过)?(?P<growth>{_NUMBER}[%％](?:以上|左右)?)")


@lru_cache(maxsize=None)
def _growth_lead() -> "re.Pattern[str]":
    """信息消费规模年均增长15%以上 (a growth written straight after the name, with or without a
    target after it: …，到2020年突破1.2万亿元), and 普及率较2015年提高30个百分点 (a rise in points)."""
    return re.compile(rf"(?:(?:年均增长率?|年均增速|年均增幅)(?:达到|为|保持在|超过|在)?(?P<growth>{_NUMBER}[%％](?:以上|左右)?)"
                      rf"|(?:较|比)(?:(?:19|20)\d\d年(?:底|末)?)?(?:提高|提升|增加|增长|上升)(?P<points>{_NUMBER})个?百分点)")


@lru_cache(maxsize=None)
def _bridge() -> "re.Pattern[str]":
    """Between a name and its comparator: 普及率到2020年达到75%, 普及率：达到75%."""
    return re.compile(r"(?:[：:]?(?:到|至|在)?(?P<year>(?:19|20)\d\d)年(?:底|末)?前?[，,：:]?|[：:])$")


_BRIDGE_ENDS = "年底末前，,：:"      # the last character of a bridge: only then is it looked for


@lru_cache(maxsize=None)
def _stated_as() -> "re.Pattern[str]":
    """A figure stated with 为 (普及率为41%): read only as a result of a year before the period."""
    return re.compile(rf"为(?P<value>{_NUMBER}(?:{_UNITS})?)")


_ANY_YEAR = LazyPattern(r"((?:19|20)\d\d)年")
# what may stand between two targets of one indicator: 到2018年达到60%，到2020年达到75%
_SAME_SUBJECT_GAP = ("", "，", ",", "、", "并", "，并", ",并", "再", "，再", "进一步", "，进一步")
# between a growth led by its name and the target after it, a year may stand: 规模年均增长12%，2020年突破4万亿元
_LEAD_YEAR = LazyPattern(r"[，,、]?(?:到|至)?(?:19|20)\d\d年(?:底|末)?[，,]?")
# a sentence about the present or the past states a result, not a target, unless it names
# the year it aims at (“目前，固定宽带家庭普及率达到52%”; “‘十二五’期间，……达到……”)
_PRESENT = LazyPattern(r"目前|当前|现阶段|现有|截至|截止|十二五|已经|过去|上年|去年|以来")
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
    r"我县|本省|本市|本区|本县|各地|目前|当前|力争|确保|争取|预计|基本(?!公共)|使|将|实现|推动|推进|促进|带动|其中|同时|并|且|"
    r"新建|累计|总体|进一步|全面)")
_YEAR_CONTEXT = re.compile(
    r"(?:到|至)[\s\u3000]*((?:19|20)\d\d)[\s\u3000]*年|((?:19|20)\d\d)年(?:底|末|前)|"
    r"(?:^|[。；;，,：:\s])((?:19|20)\d\d)年[，,]")
# a target in prose is a modifier, not a target, when a noun follows (接入能力低于12Mbps的行政村),
# and a rate of growth when growth follows (信息产业收入保持15%左右增长)
_NOT_A_TARGET_AFTER = re.compile(r"[的之]|(?:增长|增速|增幅)")
_NOT_IN_NAME = re.compile(r"[但已而或对]")
# every form of target holds a number (_NUMBER): a line without one is not read further
_ANY_NUMBER = re.compile(r"[0-9０-９]|百分之")



def text_targets(text: str, line: int, col: int, period: tuple[int, int],
                 headings: tuple[str, ...] = (), results: Optional[list[PlanIndicator]] = None,
                 before: str = "") -> list[PlanIndicator]:
    """Targets such as “固定宽带家庭普及率达到75%” in one line of prose, under `headings`.

    The year is the nearest 到20XX年 before the target, on the line or in `before` (the earlier
    lines of the same paragraph, which a converter or a drafter wrapped: “到2018年，全省” /
    “固定宽带家庭普及率达到65%”), else the period end (the target says `year_assumed`); a
    figure for a year before the period, or about now or the past, is an achievement and is not
    taken as a target: with its year written (截至2015年底……达到450亿元) it goes to `results` (as
    its `base`), where a caller collects them. `before` only gives years and sentences: targets
    are read on the line alone.
    """
    out: list[PlanIndicator] = []
    if not _ANY_NUMBER.search(text):
        return out
    before = before[-WRAP_CONTEXT_CHARS:]
    shift = len(before)
    context = before + text if before else text
    years: list[tuple[int, int]] = []
    starts: list[int] = []
    ends: list[int] = []
    found_years = False             # the years and sentence ends, found when a target needs them

    def year_at(pos: int) -> tuple[Optional[int], bool]:
        """The year a target at pos aims at (None: a result, not a target) and whether it is assumed."""
        nonlocal found_years
        if not found_years:
            # positions relative to text: a year or a sentence end on an earlier line is negative
            years.extend((m.start() - shift, int(m.group(1) or m.group(2) or m.group(3)))
                         for m in _YEAR_CONTEXT.finditer(context))
            starts.extend(p for p, _ in years)
            ends.extend(e.start() - shift for e in _SENTENCE_END.finditer(context))
            found_years = True
        k = bisect.bisect_right(starts, pos) - 1
        e = bisect.bisect_right(ends, pos) - 1
        sentence_start = ends[e] + 1 if e >= 0 else -shift
        if (k < 0 or starts[k] < sentence_start) and _PRESENT.search(context, sentence_start + shift, pos + shift):
            return None, False  # a result stated for now or the past, with no target year of its own
        return (years[k][1] if k >= 0 else period[1]), k < 0

    # the subjects read so far (targets, results), by where each ends: a next figure with no name
    # of its own is theirs (…达到60%，到2020年达到75%; 2015年……为41%，到2020年达到72%)
    read: list[tuple[int, tuple[str, int]]] = []
    # growths written straight after a name (信息消费规模年均增长15%): (name, growth match), by end
    leads = _growth_leads(text) if ("年均" in text or "百分点" in text) else {}
    led: set[int] = set()   # the leads a target after them took up

    def add(name_end: int, value: str, value_at: int, end: int, year: Optional[int] = None,
            base: Optional[Observation] = None, name: Optional[tuple[str, int]] = None) -> None:
        found = name or _name_before(text, name_end) or _name_before_modal(text, name_end)
        led_by = None
        if found is None:       # …年均增长20%以上，到2020年突破1.2万亿元: the growth's name and growth
            led_by = next((e for e in leads if e <= name_end and (text[e:name_end] in _SAME_SUBJECT_GAP
                                                                  or _LEAD_YEAR.fullmatch(text, e, name_end))), None)
            if led_by is not None:
                found = leads[led_by][0]
        if found is None:
            prior = [r for r in read if r[0] <= name_end and text[r[0]:name_end] in _SAME_SUBJECT_GAP]
            found = max(prior)[1] if prior else None
        if found is None or _NOT_A_TARGET_AFTER.match(text, end):
            return
        assumed = False
        if year is None:
            year, assumed = year_at(value_at)
            if year is None:
                return
        if year < period[0]:
            read.append((end, found))
            if results is not None and base is None:
                results.append(PlanIndicator(name=found[0], loc=Location(line, col + found[1]), origin="result",
                                             base=Observation(_COMPARATOR_LEAD.sub("", value), year,
                                                              Location(line, col + value_at)),
                                             headings=headings))
            return
        ind = PlanIndicator(name=found[0], loc=Location(line, col + found[1]), origin="text",
                            target=Observation(value, year, Location(line, col + value_at)), base=base,
                            headings=headings, year_assumed=assumed)
        g = _growth_after().match(text, end) if "年均" in text[end:end + 4] else None
        if g:
            ind.growth, ind.growth_loc = g.group("growth"), Location(line, col + g.start("growth"))
        elif led_by is not None and leads[led_by][1].group("growth"):
            led.add(led_by)
            m = leads[led_by][1]
            ind.growth, ind.growth_loc = m.group("growth"), Location(line, col + m.start("growth"))
        out.append(ind)
        read.append((g.end() if g else end, found))

    # no sentence states hundreds of targets: past that, this line is not prose
    taken: list[tuple[int, int]] = []          # spans read by the two phrase forms, in order
    for m in (_stated_as().finditer(text) if "为" in text else ()):
        # 2015年全省固定宽带家庭普及率为41%: a result, when the sentence names a year before the period
        sentence_start = text.rfind("。", 0, m.start()) + 1
        said = _ANY_YEAR.findall(text, sentence_start, m.start())
        if said and int(said[-1]) < period[0]:
            add(m.start(), m.group("value"), m.start("value"), m.end(), int(said[-1]))
    from_to = _from_to().finditer(text) if ("由" in text or "从" in text) else ()
    for tried, m in enumerate(from_to):
        if len(out) >= MAX_TEXT_TARGETS_PER_LINE or tried >= MAX_TEXT_TARGETS_PER_LINE:
            break
        base_year = int(m.group("by")) if m.group("by") else None
        base = Observation(m.group("base"), base_year, Location(line, col + m.start("base")))
        value = m.group("verb") + m.group("target")
        add(m.start(), value, m.start("verb"), m.end(), int(m.group("ty")) if m.group("ty") else None, base)
        taken.append(m.span())
    respectively = _respectively().finditer(text) if "分别" in text else ()
    for tried, m in enumerate(respectively):
        if len(out) >= MAX_TEXT_TARGETS_PER_LINE or tried >= MAX_TEXT_TARGETS_PER_LINE:
            break
        names = _names_before(text, m.start())
        values = list(re.finditer(_VALUE, m.group("values")))
        if names is None or len(names) != len(values):
            continue                           # 甲、乙分别达到75%: not paired, not guessed
        last_unit = next((u for u in map(_unit_of, reversed(values)) if u), "")   # 75、85%: both %
        for (name, at), v in zip(names, values):
            shown = v.group(0) if _unit_of(v) else v.group(0) + last_unit
            add(at, m.group("cmp") + shown, m.start("values") + v.start(), m.end(), name=(name, at))
        taken.append(m.span())
    taken.extend(m.span() for _, m in leads.values())     # 年均增长率达到20% names no indicator
    taken.sort()
    starts_taken = [a for a, _ in taken]
    for m in _text_target_matches(text):
        if len(out) >= MAX_TEXT_TARGETS_PER_LINE:
            break
        k = bisect.bisect_right(starts_taken, m.start()) - 1
        if k >= 0 and m.start() < taken[k][1]:
            continue                           # inside a phrase already read
        bridge = _bridge().search(text, max(0, m.start() - 16), m.start()) \
            if m.start() and text[m.start() - 1] in _BRIDGE_ENDS else None
        if bridge is not None and bridge.group(0):
            year = int(bridge.group("year")) if bridge.group("year") else None
            add(bridge.start(), m.group(0), m.start(), m.end(), year)
        else:
            add(m.start(), m.group(0), m.start(), m.end())
    if not out:
        label = _label().match(text.strip()) if ("：" in text or ":" in text) else None
        if label is not None:
            lead = len(text) - len(text.lstrip())
            value = label.group("value")
            if label.group("unit") and not _unit_of(re.search(_VALUE, value)):
                value += label.group("unit")           # 网民数量（亿）：1.2 → 1.2亿
            add(lead + label.end("name"), value, lead + label.start("value"), lead + label.end("value"),
                name=_valid_name(label.group("name"), lead))
    named = {i.name for i in out}
    for end, ((name, at), m) in leads.items():
        if end in led or name in named or len(out) >= MAX_TEXT_TARGETS_PER_LINE:
            continue
        year, assumed = year_at(m.start())
        if year != period[1]:
            continue                # a growth of the past (“十二五”期间年均增长40%), or of another span
        # only the growth, or only the rise in points: a target the checks can weigh by it
        growth = m.group("growth") or f"〔{m.group('points')}〕"
        at_growth = m.start("growth") if m.group("growth") else m.start("points")
        out.append(PlanIndicator(name=name, loc=Location(line, col + at), origin="text", growth=growth,
                                 growth_loc=Location(line, col + at_growth), headings=headings,
                                 year_assumed=assumed))
    out.sort(key=lambda i: (i.loc.column, (i.target.loc if i.target else i.growth_loc).column))
    return out


def _growth_leads(text: str) -> dict[int, tuple[tuple[str, int], "re.Match[str]"]]:
    """Growths written straight after a name, by where each ends: (name and where it starts, match)."""
    out = {}
    for m in _growth_lead().finditer(text):
        found = _name_before(text, m.start())
        if found is not None:
            out[m.end()] = (found, m)
    return out


def _unit_of(value: "re.Match[str]") -> str:
    """What follows the number of a value: 75% → %, 85%以上 → %以上, 75 → ''."""
    number = re.match(_NUMBER, value.group(0))
    return value.group(0)[number.end():] if number else ""


def _name_before(text: str, end: int) -> Optional[tuple[str, int]]:
    """The indicator name written just before position end, and where it starts."""
    begin = end
    floor = max(0, end - 40)
    while begin > floor and _is_name_char(text[begin - 1]):
        begin -= 1
    return _valid_name(text[begin:end], begin)


# what drafters put between a name and its comparator: 普及率要达到, 将达到, 力争提高到, 稳步提高到
_MODAL = LazyPattern(r"(?:要|将|应|需|须|预计|争取|力争|确保|基本|稳步|逐步|至少|有望|可望|进一步)$")


def _name_before_modal(text: str, end: int) -> Optional[tuple[str, int]]:
    """The name before a modal word or two that stand before the comparator (将力争达到)."""
    for _ in range(2):
        m = _MODAL.search(text, max(0, end - 3), end)
        if m is None:
            return None
        end = m.start()
        found = _name_before(text, end)
        if found is not None:
            return found
    return None


def _valid_name(name: str, begin: int) -> Optional[tuple[str, int]]:
    while True:
        f = _NAME_FILLER.match(name)
        if not f or f.end() == 0:
            break
        name, begin = name[f.end():], begin + f.end()
    if not (3 <= len(name) <= 30) or not _NAME_SUFFIX.search(name) \
            or not any(_is_han(c) for c in name) or _NOT_IN_NAME.search(name):
        return None
    return name, begin


def _names_before(text: str, end: int) -> Optional[list[tuple[str, int]]]:
    """名称甲、名称乙和名称丙 before position end: each name and where it starts. Names are
    split at 、 and at one 和/与/以及 only where both sides are names (普及率 holds a 及)."""
    begin = end
    floor = max(0, end - 160)
    while begin > floor and (_is_name_char(text[begin - 1]) or text[begin - 1] == "、"):
        begin -= 1
    parts: list[tuple[str, int]] = []
    at = begin
    for part in text[begin:end].split("、"):
        parts.append((part, at))
        at += len(part) + 1
    names: list[tuple[str, int]] = []
    for i, (part, at) in enumerate(parts):
        found = _valid_name(part, at)
        if i == len(parts) - 1:
            pair = _split_pair(part, at)
            if pair is not None and (found is None or len(parts) > 1 or _valid_name(pair[0][0], pair[0][1])):
                names.extend(pair)
                continue
        if found is None:
            return None
        names.append(found)
    return names or None


def _split_pair(part: str, at: int) -> Optional[list[tuple[str, int]]]:
    """名称乙和名称丙 → both names, when each side is one."""
    for word in ("以及", "和", "与"):
        i = part.find(word)
        while i > 0:
            left, right = _valid_name(part[:i], at), _valid_name(part[i + len(word):], at + i + len(word))
            if left is not None and right is not None:
                return [left, right]
            i = part.find(word, i + 1)
    return None




def targets_across(first: tuple[str, int, int], second: tuple[str, int, int], period: tuple[int, int],
                   headings: tuple[str, ...] = (), before: str = "") -> list[PlanIndicator]:
    """Targets a converter wrapped across two lines of one paragraph (“普及率达到” / “65%”):
    each (text, line, column); `before` is the paragraph above the first line (its years and
    sentences). Only those whose name starts on the first line and whose value ends on the
    second: the others each line yields alone."""
    text1, line1, col1 = first
    text2, line2, col2 = second
    text1 = text1.rstrip()
    if not text1 or not text2 or _SENTENCE_END.match(text1[-1]):
        return []
    skip = max(0, len(text1) - WRAP_CONTEXT_CHARS)
    head, tail = text1[skip:], text2[:WRAP_CONTEXT_CHARS]
    cut = len(head)

    def moved(loc: Location) -> Location:
        at = loc.column - col1 - skip
        return Location(line2, col2 + at - cut) if at >= cut else loc

    out = []
    for ind in text_targets(head + tail, line1, col1 + skip, period, headings,
                            before=paragraph_context(before, text1[:skip])):
        if ind.target is None:
            continue
        name_at, value_at = ind.loc.column - col1 - skip, ind.target.loc.column - col1 - skip
        if not name_at < cut < value_at + len(str(ind.target.value)):
            continue
        ind.target = Observation(ind.target.value, ind.target.year, moved(ind.target.loc))
        if ind.growth_loc is not None:
            ind.growth_loc = moved(ind.growth_loc)
        out.append(ind)
    return out


def paragraph_context(*lines: str) -> str:
    """The earlier lines of a paragraph as `before` for the next: joined by a line break (a
    blank to the year and sentence patterns, so ``到`` / ``2018年`` still reads as one), only
    the tail that can matter."""
    return "\n".join(line for line in lines if line)[-WRAP_CONTEXT_CHARS:]


def with_wrapped(across: list[PlanIndicator], here: list[PlanIndicator]) -> list[PlanIndicator]:
    """A line's targets and those wrapped onto it: a value read across the break is read once,
    under the whole name (“移动宽带用户” / “普及率达到88%” is not also a target of “普及率”)."""
    if not across:
        return here
    taken = {(a.target.loc.line, a.target.loc.column) for a in across if a.target is not None}
    return across + [h for h in here if h.target is None or (h.target.loc.line, h.target.loc.column) not in taken]
