"""China's administrative divisions (data/divisions.yaml): provinces with their short names and
economic zones, prefecture-level cities, and the lookups the checks make in them.

The table is read once, on first use: a plan whose region is a province never needs it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple, Optional

from planlint.model import Period
from planlint.resources.yamlio import load_data
from planlint.text.lazy_pattern import LazyPattern

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "divisions.yaml"
COUNTIES_FILE = DATA_FILE.with_name("counties.tsv")
_NO_CITY = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"))

# a short form (杭州, 广西) only counts when what follows cannot continue a word
_SHORT_FOLLOW = LazyPattern(r"^(?:$|[^\u4e00-\u9fff]|十[一二三四五六七八九]五|信息|国民|数字|智慧|电子|互联网|“)")


def plain_name(text: str) -> str:
    """A title or region as the divisions are looked up in: NFKC, without Markdown marks, blanks
    and the 《》 around a title."""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"[*_`#>]", "", t)
    return re.sub(r"\s+", "", t).strip("《》〈〉")


def may_end_a_name(rest: str) -> bool:
    """Can a place name stop where rest begins (杭州“十三五”…, not 杭州湾…)?"""
    return _SHORT_FOLLOW.match(rest) is not None


@dataclass(frozen=True)
class Province:
    """A province-level division with its short names."""

    name: str
    short: str
    zone: str          # 东部 / 中部 / 西部 / 东北
    kind: str          # 省 / 自治区 / 直辖市 / 特别行政区


@dataclass(frozen=True)
class City:
    """A prefecture-level city and its province."""

    name: str
    short: str
    province: str


@dataclass(frozen=True, repr=False)
class Divisions:
    """The administrative divisions titles and regions are read against."""

    provinces: Mapping[str, Province]      # by full name
    cities: Mapping[str, City]             # by full name
    separately_planned: frozenset[str]     # 计划单列市

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
            if may_end_a_name(rest) or any(rest.startswith(c.name) for c in self.cities.values()
                                           if c.province == p.name):
                return p, len(p.short)
        return None

    @cached_property
    def _cities_by_initial(self) -> Mapping[str, tuple[City, ...]]:
        """The cities whose full or short name starts with each character, in the table's order
        (a tie keeps the first): a region or title is looked up among a few, not ~340."""
        by_initial: dict[str, list[City]] = {}
        for c in self.cities.values():
            for initial in dict.fromkeys((c.name[:1], c.short[:1])):
                by_initial.setdefault(initial, []).append(c)
        return {k: tuple(v) for k, v in by_initial.items()}

    def city_at(self, text: str, province: Optional[Province] = None) -> Optional[tuple[City, int]]:
        """The city (of province, if given) named at the start of text, longest name first."""
        best: Optional[tuple[City, int]] = None
        index = self._cities_by_initial
        # a name left empty (no short form) would start every text: such cities are never skipped
        candidates = self.cities.values() if not text or "" in index else index.get(text[0], ())
        for c in candidates:
            if province and c.province != province.name:
                continue
            if text.startswith(c.name):
                if best is None or len(c.name) > best[1]:
                    best = (c, len(c.name))
            elif text.startswith(c.short) and may_end_a_name(text[len(c.short):]):
                if best is None or len(c.short) > best[1]:
                    best = (c, len(c.short))
        return best

    def province_of(self, region: str) -> Optional[str]:
        """The province-level division a region belongs to (浙江省 for 宁波市), or None."""
        if not region:
            return None
        t = plain_name(region)
        hit = self.province_at(t)
        if hit:
            return hit[0].name
        chit = self.city_at(t)
        return chit[0].province if chit else None


@lru_cache(maxsize=1)
def load_divisions(path: Path = DATA_FILE) -> Divisions:
    """Read divisions.yaml once; the result is immutable.

    The parsed table is kept in planlint's cache as JSON under the file's checksum
    (rulepack/cache.py: a user-private, checksummed entry of plain data): reading it back costs
    ~0.1 ms against ~3 ms for the YAML. An entry that does not build a table is ignored.
    """
    from planlint.rulepack.cache import cached_file     # here: planlint.rulepack imports this module's users

    try:
        return _divisions(cached_file(path, "divisions", _parse))
    except (KeyError, TypeError, AttributeError, ValueError):
        return _divisions(_parse(path))


def _parse(path: Path) -> dict:
    return load_data(path.read_text(encoding="utf-8"))


def _divisions(data: dict) -> Divisions:
    provinces: dict[str, Province] = {}
    cities: dict[str, City] = {}
    for p in data["provinces"]:
        prov = Province(p["name"], p["short"], p.get("zone", ""), p.get("kind", "省"))
        provinces[prov.name] = prov
        for entry in p.get("cities", []) or []:
            full, _, short = str(entry).partition("|")
            short = short or re.sub(r"(市|地区|盟)$", "", full)
            cities[full] = City(full, short, prov.name)
    return Divisions(MappingProxyType(provinces), MappingProxyType(cities),
                     frozenset(data.get("separately_planned", [])))


@dataclass(frozen=True)
class County:
    """A county-level unit (GB/T 2260) with its prefecture (None under a municipality) and province,
    and the years its name is listed: first (1980: then or earlier) to last (None: not known to
    have ended)."""

    code: str
    name: str
    city: Optional[str]
    province: str
    first: int
    last: Optional[int]

    def in_use(self, period: Period) -> bool:
        """Was the name in use for part of the period at least?"""
        start, end = period
        return self.first <= end and (self.last is None or self.last >= start)

    def covers(self, period: Period) -> bool:
        """Was the name in use the whole period (not created or renamed during it)?"""
        start, end = period
        return self.first <= start and (self.last is None or self.last >= end)

    @property
    def parent(self) -> str:
        """Where it lies: 浙江省宁波市, or 北京市 for a municipality's district."""
        return self.province + (self.city or "")

    @property
    def years(self) -> str:
        return f"{self.first}年以来" if self.last is None else f"{self.first}—{self.last}年"


class _Listed(NamedTuple):
    """One row of the table (a tuple: thousands are read at once)."""

    code: str
    name: str
    first: int
    last: Optional[int]

    def overlap(self, other: "_Listed") -> int:
        """How many years the two were listed together (0 or less: never); None counts as the future."""
        end = min(self.last if self.last is not None else 9999, other.last if other.last is not None else 9999)
        return end - max(self.first, other.first) + 1


def _parent_name(entries: tuple[_Listed, ...], unit: _Listed) -> Optional[str]:
    """The name a prefecture or province code had while the unit's name was in use (襄樊市 or 襄阳市)."""
    if not entries:
        return None
    if len(entries) == 1:
        return entries[0].name               # most codes kept one name
    return max(entries, key=lambda e: (unit.overlap(e), e.first)).name


@lru_cache(maxsize=1)
def load_counties(path: Path = COUNTIES_FILE) -> Mapping[str, tuple[County, ...]]:
    """Every county-level name with the units that have borne it (朝阳区: 北京市's and 长春市's)."""
    by_code: dict[str, list[_Listed]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, first, last = line.split("\t")
            by_code.setdefault(code, []).append(_Listed(code, name, int(first), int(last) if last else None))
    frozen = {code: tuple(entries) for code, entries in by_code.items()}
    by_name: dict[str, list[County]] = {}
    for code, entries in frozen.items():
        if code.endswith("00"):
            continue                          # a province or a prefecture
        for unit in entries:
            city = _parent_name(frozen.get(code[:4] + "00", ()), unit)
            province = _parent_name(frozen.get(code[:2] + "0000", ()), unit) or ""
            by_name.setdefault(unit.name, []).append(
                County(code, unit.name, None if city in _NO_CITY else city, province, unit.first, unit.last))
    return MappingProxyType({k: tuple(v) for k, v in by_name.items()})


def counties_named(name: str) -> tuple[County, ...]:
    """The county-level units that have borne that exact name, in any year since 2001."""
    return load_counties().get(name, ())


@dataclass(eq=False)
class CountyMatch:
    """What a county-level name means for a plan of some period.

    units are those in use during the period (with no period: those still in use); when none is,
    in_period is False and units are all that ever bore the name, so the caller can say so."""

    name: str
    units: tuple[County, ...]
    in_period: bool

    @property
    def places(self) -> tuple[str, ...]:
        """Each distinct place the units lie in, in the data's order."""
        return tuple(dict.fromkeys(u.parent for u in self.units))

    @property
    def province(self) -> Optional[str]:
        """The province when all the units lie in one; None when the name is ambiguous or unknown."""
        provinces = {u.province for u in self.units}
        return provinces.pop() if len(provinces) == 1 else None


def resolve_county(name: str, period: Optional[Period] = None) -> CountyMatch:
    """The units a county-level name means during period: a name in use then wins over its
    namesakes abolished or renamed before (or created after); an ambiguous name stays so."""
    units = counties_named(name)
    current = tuple(u for u in units if (u.in_use(period) if period else u.last is None))
    return CountyMatch(name, current or units, bool(current) or not units)


def province_of(region: str, period: Optional[Period] = None) -> Optional[str]:
    """The province-level division a region belongs to (浙江省 for 宁波市, and for 余姚市 alone), or
    None; a county-level name several provinces share during the period (朝阳区) stays None."""
    if not region:
        return None
    found = load_divisions().province_of(region)
    if found:
        return found
    return resolve_county(plain_name(region), period).province


def zone_of(region: str, period: Optional[Period] = None) -> Optional[str]:
    """东部 / 中部 / 西部 / 东北 for any region whose province is known."""
    prov = province_of(region, period)
    return load_divisions().provinces[prov].zone if prov else None


def is_central_or_western(region: str, period: Optional[Period] = None) -> Optional[bool]:
    """Whether the national plan's “中西部” items bind this region; None if unknown."""
    zone = zone_of(region, period)
    return None if zone is None else zone in ("中部", "西部")
