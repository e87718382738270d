"""Who a plan belongs to, read from its title when the drafter did not say.

``江苏省……规划`` is a province plan of 江苏省, ``杭州市……`` a city plan, ``北京市东城区……`` a
county-level district, ``“十三五”全国农业农村信息化发展规划`` a ministry plan of 农业部. The
administrative divisions and the field → department table live in ``data/divisions.yaml``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Optional


from planlint.model import Metadata
from planlint.places import inference_notes
from planlint.text.periods import FIVE_YEAR_PLANS
from planlint.resources.yamlio import load_data

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "divisions.yaml"

LEVEL_NAMES = {"national": "国家级", "province": "省级", "city": "市级", "county": "县级",
               "ministry": "部门（行业）"}

# where a plan's own name starts: titles often open with the period or a 关于印发 wrapper
_TITLE_PREFIX = re.compile(r"^(?:关于印发|关于|印发)?(?:[“\"‘']?(?:十[一二三四五六七八九]五)[”\"’']?(?:时期)?)?")
_PERIOD_WORDS = FIVE_YEAR_PLANS
# "\s*年?\s*" would let two blank runs share the spaces: quadratic on a long blank run
_YEAR_RANGE = re.compile(r"(20\d\d)\s*(?:年\s*)?[—–\-－~～至到]+\s*(20\d\d)(?!\d)")
# a county-level name right after its parent (东城区, 余姚市, 鄂托克旗): short, no generic words
_COUNTY = re.compile(r"([\u4e00-\u9fff]{1,7}?)(自治县|自治旗|林区|特区|新区|县|区|旗|市)")
_NOT_A_PLACE = ("城市", "都市", "市场", "信息", "网络", "数字", "智慧", "社区", "园区", "辖区")
_GENERIC_UNITS = frozenset(("城区", "市区", "地区", "县区", "全市", "全区", "全县", "本市", "本区", "本县",
                            "我市", "我区", "我县", "各区", "各县", "郊区", "新区"))
# a short form (杭州, 广西) only counts when what follows cannot continue a word
_SHORT_FOLLOW = re.compile(r"^(?:$|[^\u4e00-\u9fff]|十[一二三四五六七八九]五|信息|国民|数字|智慧|电子|互联网|“)")


@dataclass(frozen=True)
class Province:
    """A province-level division with its short names."""

    name: str
    short: str
    zone: str
    kind: str


@dataclass(frozen=True)
class City:
    """A prefecture-level city and its province."""

    name: str
    short: str
    province: str


@dataclass(frozen=True)
class Department:
    """A ministry or agency named in plan titles."""

    name: str
    keywords: tuple[str, ...]
    aliases: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Divisions:
    """The administrative divisions and departments titles are read against."""

    provinces: Mapping[str, Province]      # by full name
    cities: Mapping[str, City]             # by full name
    separately_planned: frozenset[str]
    county_suffixes: tuple[str, ...]
    departments: tuple[Department, ...]

    def province_at(self, text: str) -> Optional[tuple[Province, int]]:
        """The province named at the start of text and the length of its name."""
        for p in self.provinces.values():
            if text.startswith(p.name):
                return p, len(p.name)
        for p in self.provinces.values():
            if not text.startswith(p.short):
                continue
            rest = text[len(p.short):]
            # 广西“十三五”…, or 内蒙古鄂尔多斯市…: a short form followed by one of its cities
            if _SHORT_FOLLOW.match(rest) or any(rest.startswith(c.name) for c in self.cities.values()
                                                if c.province == p.name):
                return p, len(p.short)
        return None

    def city_at(self, text: str, province: Optional[Province] = None) -> Optional[tuple[City, int]]:
        best: Optional[tuple[City, int]] = None
        for c in self.cities.values():
            if province and c.province != province.name:
                continue
            if text.startswith(c.name):
                if best is None or len(c.name) > best[1]:
                    best = (c, len(c.name))
            elif text.startswith(c.short) and _SHORT_FOLLOW.match(text[len(c.short):]):
                if best is None or len(c.short) > best[1]:
                    best = (c, len(c.short))
        return best


@lru_cache(maxsize=1)
def load_divisions(path: Path = DATA_FILE) -> Divisions:
    """Read divisions.yaml once; the result is immutable."""
    data = load_data(path.read_text(encoding="utf-8"))
    provinces: dict[str, Province] = {}
    cities: dict[str, City] = {}
    for p in data["provinces"]:
        prov = Province(p["name"], p["short"], p.get("zone", ""), p.get("kind", "省"))
        provinces[prov.name] = prov
        for entry in p.get("cities", []) or []:
            full, _, short = str(entry).partition("|")
            short = short or re.sub(r"(市|地区|盟)$", "", full)
            cities[full] = City(full, short, prov.name)
    departments = tuple(
        Department(d["department"], tuple(d.get("keywords", [])), tuple(d.get("aliases", [])),
                   d.get("note", ""))
        for d in data["departments"])
    return Divisions(MappingProxyType(provinces), MappingProxyType(cities),
                     frozenset(data.get("separately_planned", [])),
                     tuple(data.get("county_suffixes", [])), departments)


def _normalise(title: str) -> str:
    t = unicodedata.normalize("NFKC", title)
    t = re.sub(r"[*_`#>]", "", t)
    return re.sub(r"\s+", "", t).strip("《》〈〉")


def _county_at(text: str) -> Optional[str]:
    m = _COUNTY.match(text)
    if not m or len(m.group(0)) < 2:
        return None
    name = m.group(0)
    if name in _GENERIC_UNITS or any(word in name for word in _NOT_A_PLACE):
        return None
    return name


@dataclass(frozen=True)
class _Region:
    """A region found in a title: the level it implies, its province and how it was found."""

    level: str
    region: str
    province: Optional[str]
    how: str


def _match_region(title: str, div: Divisions) -> Optional[_Region]:
    """Province, then city, then county-level unit, each at the start of what remains."""
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
        return _Region("county", county, None, f"标题以县级行政区划名“{county}”开头")
    if county:
        parent = city.name if city else province.name  # type: ignore[union-attr]
        prov_name = city.province if city else province.name  # type: ignore[union-attr]
        return _Region("county", parent + county, prov_name,
                       f"标题中“{parent}”之下的“{county}”是县级行政区划（区、县、县级市、旗）")
    if city:
        how = f"标题以地级行政区“{city.name}”（属{city.province}）开头"
        if city.name in div.separately_planned:
            how += "；计划单列市仍按市级规划检查"
        return _Region("city", city.name, city.province, how)
    if province:
        kind = {"直辖市": "直辖市，属省级", "自治区": "自治区，属省级", "特别行政区": "特别行政区，属省级"}
        how = f"标题以“{province.name}”开头（{kind.get(province.kind, '省级行政区')}）"
        return _Region("province", province.name, province.name, how)
    return None


def _bare_county(body: str, div: Divisions) -> Optional[str]:
    """余姚市…… / 某某县……: a county-level name with no parent written, not a known city."""
    name = _county_at(body)
    if not name or name in div.cities:
        return None
    # only where the place name is followed by what a plan title continues with
    if not _SHORT_FOLLOW.match(body[len(name):]) and not body[len(name):].startswith(("信息化", "国民")):
        return None
    return name


def _match_department(title: str, div: Divisions) -> Optional[tuple[Department, str]]:
    for d in div.departments:
        for name in (d.name,) + d.aliases:
            if name in title:
                return d, f"标题写明部门“{name}”"
    keyword_hits = [(kw, d) for d in div.departments for kw in d.keywords if kw in title]
    if not keyword_hits:
        return None
    # the longest keyword is the most specific field (农业农村 over 农村)
    kw, d = max(keyword_hits, key=lambda h: len(h[0]))
    return d, f"标题所指领域“{kw}”由{d.name}负责"


def _match_period(title: str) -> Optional[tuple[int, int, str]]:
    m = _YEAR_RANGE.search(title)
    if m:
        return int(m.group(1)), int(m.group(2)), f"标题写明“{m.group(0)}”"
    # “十二五”总结和“十三五”规划: a plan is for the latest period its title names
    named = [(end, start, word) for word, (start, end) in _PERIOD_WORDS.items() if word in title]
    if named:
        end, start, word = max(named)
        return start, end, f"标题中的“{word}”即{start}—{end}年"
    return None


def infer_metadata(title: str) -> dict:
    """Level, region, province, department and period read from a plan title.

    Returns a dict with keys ``level``, ``region``, ``province``, ``department``,
    ``period_start``, ``period_end`` (None where nothing was found) and ``notes``: one
    record (model.Inference) per inferred value, or one saying nothing could be inferred.
    """
    result: dict = {"level": None, "region": None, "province": None, "department": None,
                    "period_start": None, "period_end": None, "notes": []}
    t = _normalise(title or "")
    if not t:
        result["notes"].append(inference_notes.no_title())
        return result
    div = load_divisions()
    period = _match_period(t)
    if period:
        result["period_start"], result["period_end"] = period[0], period[1]
        result["notes"].append(inference_notes.period(*period))
    region = _match_region(t, div)
    if region:
        result.update(level=region.level, region=region.region, province=region.province)
        result["notes"].append(inference_notes.region(region.level, LEVEL_NAMES[region.level], region.region, region.how))
        return result
    dept = _match_department(t, div)
    if dept:
        d, how = dept
        note = f"；{d.note}" if d.note else ""
        result.update(level="ministry", department=d.name)
        result["notes"].append(inference_notes.department(d.name, f"{how}{note}"))
        return result
    if re.search(r"(国家|全国)信息化", t):
        result["level"] = "national"
        result["notes"].append(inference_notes.national())
        return result
    result["notes"].append(inference_notes.nothing(title.strip()[:60]))
    return result


def province_of(region: str) -> Optional[str]:
    """The province-level division a region belongs to (浙江省 for 宁波市), or None."""
    if not region:
        return None
    div = load_divisions()
    t = _normalise(region)
    hit = div.province_at(t)
    if hit:
        return hit[0].name
    chit = div.city_at(t)
    if chit:
        return chit[0].province
    return None


def zone_of(region: str) -> Optional[str]:
    """东部 / 中部 / 西部 / 东北 for any region whose province is known."""
    prov = province_of(region)
    return load_divisions().provinces[prov].zone if prov else None


def is_central_or_western(region: str) -> Optional[bool]:
    """Whether the national plan's “中西部” items bind this region; None if unknown."""
    zone = zone_of(region)
    return None if zone is None else zone in ("中部", "西部")


def apply_inference(meta: Metadata, title: Optional[str] = None) -> None:
    """Fill level/region/department/period the drafter left out, from the title.

    A value the drafter wrote is never replaced; a region is only filled when the inferred
    level agrees with the written one. Every filled value is noted in ``meta.inferred``.
    """
    title = title if title is not None else meta.title
    if meta.level and (meta.region or meta.level in ("national", "ministry")) and \
            (meta.department or meta.level != "ministry") and meta.period_start:
        return
    guess = infer_metadata(title or "")
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
