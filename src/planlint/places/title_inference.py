"""Who a plan belongs to, read from its title when the drafter did not say.

``江苏省……规划`` is a province plan of 江苏省, ``杭州市……`` a city plan, ``北京市东城区……`` a
county-level district, ``“十三五”全国农业农村信息化发展规划`` a ministry plan of 农业部. The
regions are looked up in the administrative divisions (`places.divisions`), the departments in
the built-in rule pack's departments.yaml, which says which title words name which department.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Sequence

from planlint.messages import Text
from planlint.model import Location, Metadata, Period
from planlint.places.divisions import City, Divisions, Province, load_divisions, may_end_a_name, plain_name
from planlint.places import inference_notes
from planlint.text.periods import FIVE_YEAR_PLANS
from planlint.text.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from planlint.rulepack.departments import Department

LEVEL_NAMES = {"national": "国家级", "province": "省级", "city": "市级", "county": "县级",
               "ministry": "部门（行业）"}

# where a plan's own name starts: titles often open with the period or a 关于印发 wrapper
_TITLE_PREFIX = LazyPattern(r"^(?:关于印发|关于|印发)?(?:[“\"‘']?(?:十[一二三四五六七八九]五)[”\"’']?(?:时期)?)?")
# "\s*年?\s*" would let two blank runs share the spaces: quadratic on a long blank run
_YEAR_RANGE = LazyPattern(r"(20\d\d)\s*(?:年\s*)?[—–\-－~～至到]+\s*(20\d\d)(?!\d)")
# a county-level name right after its parent (东城区, 余姚市, 鄂托克旗): short, no generic words
_COUNTY = LazyPattern(r"([\u4e00-\u9fff]{1,7}?)(自治县|自治旗|林区|特区|新区|县|区|旗|市)")
_NOT_A_PLACE = ("城市", "都市", "市场", "信息", "网络", "数字", "智慧", "社区", "园区", "辖区")
_GENERIC_UNITS = frozenset(("城区", "市区", "地区", "县区", "全市", "全区", "全县", "本市", "本区", "本县",
                            "我市", "我区", "我县", "各区", "各县", "郊区", "新区"))


def _county_at(text: str) -> Optional[str]:
    m = _COUNTY.match(text)
    if not m or len(m.group(0)) < 2:
        return None
    name = m.group(0)
    if name in _GENERIC_UNITS or any(word in name for word in _NOT_A_PLACE):
        return None
    return name


@dataclass(eq=False)
class _Region:
    """A region found in a title: the level it implies, its province and how it was found."""

    level: str
    region: str
    province: Optional[str]
    how: str


def _match_region(title: str, div: Divisions, period: Optional[Period] = None, said: str = "标题") -> Optional[_Region]:
    """Province, then city, then county-level unit, each at the start of what remains; a county
    named alone is looked up among the names in use during period. ``said`` names the text read
    (标题, 文号“…”) in the reasoning."""
    body = _TITLE_PREFIX.sub("", title, count=1)
    pos = 0
    province: Optional[Province] = None
    city: Optional[City] = None
    hit = div.province_at(body)
    if hit:
        province, n = hit
        pos = n
    chit = div.city_at(body[pos:], province) if (province is None or province.kind != "直辖市") else None
    if chit:
        city, n = chit
        county_start = pos + n
        pos = county_start
    county = _county_at(body[pos:]) if (province or city) else _bare_county(body, div)
    if county and city is None and province is None:
        return _bare_county_region(county, period, said)
    if county:
        parent = city.name if city else province.name  # type: ignore[union-attr]
        prov_name = city.province if city else province.name  # type: ignore[union-attr]
        return _Region("county", parent + county, prov_name,
                       f"{said}中“{parent}”之下的“{county}”是县级行政区划（区、县、县级市、旗）")
    if city:
        how = f"{said}以地级行政区“{city.name}”（属{city.province}）开头"
        if city.name in div.separately_planned:
            how += "；计划单列市仍按市级规划检查"
        return _Region("city", city.name, city.province, how)
    if province:
        kind = {"直辖市": "直辖市，属省级", "自治区": "自治区，属省级", "特别行政区": "特别行政区，属省级"}
        how = f"{said}以“{province.name}”开头（{kind.get(province.kind, '省级行政区')}）"
        return _Region("province", province.name, province.name, how)
    return None


def _bare_county_region(county: str, period: Optional[Period], said: str = "标题") -> _Region:
    """余姚市 alone: its province and prefecture from the GB/T 2260 table, among the units bearing
    the name during the plan's period. A name several provinces' units bear then (朝阳区) stays
    without a province; one no unit bore then (崇文区 in 2016—2020) is placed in the province its
    units lay in — a county renamed or merged stays in its province — and the note says the name
    was not current, for a reviewer to check."""
    from planlint.places.divisions import resolve_county   # the county table: only for such titles

    found = resolve_county(county, period)
    how = f"{said}以县级行政区划名“{county}”开头"
    if not found.units:
        return _Region("county", county, None, how)
    places = "、".join(found.places)
    when = f"{period[0]}—{period[1]}年" if period else "现行区划中"
    if not found.in_period:
        listed = "；".join(f"{u.parent}{u.years}" for u in found.units)
        stale = f"（GB/T 2260 中此名见于{listed}，{when}间不是现行名称"
        if found.province is None:
            return _Region("county", county, None, how + stale + "，所属省份无法确定）")
        return _Region("county", county, found.province, how + stale + f"；按{places}判断，请核对名称）")
    if found.province is None:
        return _Region("county", county, None, how + f"（{when}{places}均有此名，所属省份无法确定）")
    renamed = [u for u in found.units if period and not u.covers(period)]
    years = "；".join(f"{u.parent if len(found.units) > 1 else '此名'}{u.years}在用" for u in renamed)
    return _Region("county", county, found.province, how + f"（属{'或'.join(found.places)}" +
                   (f"；{years}" if years else "") + "）")


def _bare_county(body: str, div: Divisions) -> Optional[str]:
    """余姚市…… / 某某县……: a county-level name with no parent written, not a known city."""
    name = _county_at(body)
    if not name or name in div.cities:
        return None
    # only where the place name is followed by what a plan title continues with
    if not may_end_a_name(body[len(name):]) and not body[len(name):].startswith(("信息化", "国民")):
        return None
    return name


def _match_department(title: str, said: str = "标题") -> Optional[tuple[Department, str]]:
    # imported on first use: only a title naming no region is read for a department
    from planlint.rulepack.loader import builtin_departments

    departments = builtin_departments()
    for d in departments:
        for name in d.named_in_titles:
            if name in title:
                return d, f"{said}写明部门“{name}”"
    # 人民政府 names a region's government, not a field (民政 stands inside it)
    fields_text = title.replace("人民政府", "")
    field_hits = [(word, d) for d in departments for word in d.fields if word in fields_text]
    if not field_hits:
        return None
    # the longest field word is the most specific field (农业农村 over 农村)
    word, d = max(field_hits, key=lambda h: len(h[0]))
    return d, f"{said}所指领域“{word}”由{d.name}负责"


def _match_period(title: str, said: str = "标题") -> Optional[tuple[int, int, str]]:
    m = _YEAR_RANGE.search(title)
    if m:
        return int(m.group(1)), int(m.group(2)), f"{said}写明“{m.group(0)}”"
    # “十二五”总结和“十三五”规划: a plan is for the latest period its title names
    named = [(end, start, word) for word, (start, end) in FIVE_YEAR_PLANS.items() if word in title]
    if named:
        end, start, word = max(named)
        return start, end, f"{said}中的“{word}”即{start}—{end}年"
    return None


# a document the title names (贯彻落实《国家信息化发展战略纲要》的实施意见) is not the plan itself,
# unless the title only wraps the plan's own name (关于印发《江苏省……规划》的通知)
_NAMED_DOCUMENT = re.compile(r"《[^《》]{1,80}》")
_WRAPPER = LazyPattern(r"^(?:[^《》]{0,30}?关于)?印发《([^《》]{1,80})》")
# whose plan a title names last, in parentheses: ……的实施意见（江苏）
_TRAILING_PLACE = LazyPattern(r"[（(]([\u4e00-\u9fff]{2,12})[)）]$")


def own_name(title: str) -> str:
    """The part of a title that names the plan itself: 《…》 of another document set aside, a
    place in trailing parentheses brought to the front."""
    wrapped = _WRAPPER.match(title)
    if wrapped:
        return wrapped.group(1)
    if "《" not in title:
        return title
    rest = _NAMED_DOCUMENT.sub("", title)
    place = _TRAILING_PLACE.search(rest)
    # the place leads, set off as a title sets a short name off (江苏：关于……)
    return place.group(1) + "：" + rest[:place.start()] if place else rest


def infer_metadata(title: str, period: Optional[Period] = None, source: Optional[Text] = None) -> dict:
    """Level, region, province, department and period read from a plan title (or, with
    ``source`` saying so, from a line near it: a 文号, an issuing body).

    period is the one the plan states, if any; else the title's own is used to read a county
    named alone against the names in use then.

    Returns a dict with keys ``level``, ``region``, ``province``, ``department``,
    ``period_start``, ``period_end`` (None where nothing was found) and ``notes``: one
    record (model.Inference) per inferred value, or one saying nothing could be inferred.
    """
    source = source if source is not None else inference_notes.title_source()
    said = str(source)
    result: dict = {"level": None, "region": None, "province": None, "department": None,
                    "period_start": None, "period_end": None, "notes": []}
    t = plain_name(title or "")
    if not t:
        result["notes"].append(inference_notes.no_title())
        return result
    div = load_divisions()
    period_found = _match_period(t, said)
    t = own_name(t)
    if period_found:
        result["period_start"], result["period_end"] = period_found[0], period_found[1]
        result["notes"].append(inference_notes.period(*period_found, source))
    region = _match_region(t, div, period or ((period_found[0], period_found[1]) if period_found else None), said)
    if region:
        result.update(level=region.level, region=region.region, province=region.province)
        result["notes"].append(inference_notes.region(region.level, LEVEL_NAMES[region.level], region.region,
                                                      region.how, source))
        return result
    dept = _match_department(t, said)
    if dept:
        d, how = dept
        note = f"；2018年机构改革后为{d.successor}" if d.successor else ""
        result.update(level="ministry", department=d.name)
        result["notes"].append(inference_notes.department(d.name, f"{how}{note}", source))
        return result
    if re.search(r"(国家|全国)信息化", t):
        result["level"] = "national"
        result["notes"].append(inference_notes.national(source))
        return result
    result["notes"].append(inference_notes.nothing(title.strip()[:60]))
    return result


@dataclass(eq=False)
class ClueLine:
    """A short line at the head of a document that may say whose plan it is where the title
    does not: a 文号 (发改高技〔2017〕1449号), an issuing body, the 印发 notice."""

    text: str
    loc: Location
    is_document_number: bool = False

    def source(self) -> Text:
        return inference_notes.line_source(self.text, self.is_document_number)


def _owner_from_clues(guess: dict, clues: Sequence[ClueLine], period: Optional[Period]) -> Optional[ClueLine]:
    """Where the title names no owner, the first clue line that does decides level, region and
    department; the title still decides the period when it names one."""
    if guess["level"] is not None:
        return None
    kept_period = guess["period_start"] is not None
    if period is None and kept_period:
        period = (guess["period_start"], guess["period_end"])
    for clue in clues:
        found = infer_metadata(clue.text, period, source=clue.source())
        if found["level"] is None:
            continue
        notes = [n for n in guess["notes"] if n.values and kept_period] + \
            [n for n in found["notes"] if not (kept_period and n.decides("period"))]
        guess.update({k: v for k, v in found.items() if k != "notes" and not (kept_period and k.startswith("period"))},
                     notes=notes)
        return clue
    return None


def apply_inference(meta: Metadata, title: Optional[str] = None,
                    clues: Sequence[ClueLine] = ()) -> Optional[ClueLine]:
    """Fill level/region/department/period the drafter left out, from the title or, where the
    title names no owner, from the first clue line that does.

    A value the drafter wrote is never replaced; a region is only filled when the inferred
    level agrees with the written one. Every filled value is noted in ``meta.inferred``, saying
    what decided it. Returns the clue line that decided the owner, if one did.
    """
    title = title if title is not None else meta.title
    if meta.level and (meta.region or meta.level in ("national", "ministry")) and \
            (meta.department or meta.level != "ministry") and meta.period_start:
        return None
    guess = infer_metadata(title or "", meta.period)
    clue = _owner_from_clues(guess, clues, meta.period) if meta.level is None else None
    filled: list[str] = []
    if meta.level is None and guess["level"]:
        meta.level = guess["level"]
        filled.append("level")
    same_level = guess["level"] is not None and meta.level == guess["level"]
    if meta.region is None and guess["region"] and same_level:
        meta.region = guess["region"]
        filled.append("region")
    if meta.department is None and guess["department"] and same_level:
        meta.department = guess["department"]
        filled.append("department")
    if meta.period_start is None and meta.period_end is None and guess["period_start"]:
        meta.period_start, meta.period_end = guess["period_start"], guess["period_end"]
        filled.append("period")
    for note in guess["notes"]:
        if any(note.decides(key) for key in filled):
            meta.inferred.append(note)
    if not filled and meta.level is None:
        meta.inferred.append(guess["notes"][-1])
    return clue
