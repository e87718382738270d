"""The administrative divisions table and the lookups made in it."""
from __future__ import annotations

import pytest

from planlint.places.divisions import is_central_or_western, load_divisions, may_end_a_name, plain_name, province_of, zone_of
from planlint.places.regions import RegionResolver


def test_divisions_are_complete():
    div = load_divisions()
    assert len(div.provinces) == 34
    assert sum(1 for c in div.cities.values()) >= 330
    assert all(c.province in div.provinces for c in div.cities.values())
    assert {"大连市", "青岛市", "宁波市", "厦门市", "深圳市"} <= set(div.separately_planned)


@pytest.mark.parametrize("region, province", [
    ("宁波市", "浙江省"), ("北京市东城区", "北京市"), ("广西", "广西壮族自治区"), ("吉林市", "吉林省"),
    ("浙江省宁波市余姚市", "浙江省"), ("黔东南苗族侗族自治州", "贵州省"), ("火星", None), ("", None),
])
def test_province_of(region, province):
    assert province_of(region) == province


def test_zones():
    assert zone_of("贵阳市") == "西部" and is_central_or_western("贵阳市") is True
    assert zone_of("郑州市") == "中部" and is_central_or_western("泉州市") is False
    assert zone_of("沈阳市") == "东北" and is_central_or_western("火星") is None


def test_short_forms_end_only_where_a_word_cannot_go_on():
    assert may_end_a_name("“十三五”信息化规划") and may_end_a_name("") and may_end_a_name("信息化规划")
    assert not may_end_a_name("湾区规划")
    div = load_divisions()
    assert div.city_at("杭州“十三五”")[0].name == "杭州市"
    assert div.city_at("杭州湾新区") is None


def test_plain_name():
    assert plain_name(" 《 杭州市**“十三五”** 规划》 ") == "杭州市“十三五”规划"


def test_region_resolver_uses_the_divisions():
    regions = RegionResolver()
    assert regions.province("宁波市") == "浙江省"
    assert regions.within("宁波市余姚市", ["浙江省"]) and not regions.within("宁波市", ["江苏省"])
    assert regions.within("贵阳市", ["贵州省"]) and not regions.within("火星", ["贵州省"])


def _city_at_by_scanning(d, text, province=None):
    """city_at as a scan of the whole table: what the index by first character must agree with."""
    best = None
    for c in d.cities.values():
        if province and c.province != province.name:
            continue
        if text.startswith(c.name):
            if best is None or len(c.name) > best[1]:
                best = (c, len(c.name))
        elif text.startswith(c.short) and may_end_a_name(text[len(c.short):]):
            if best is None or len(c.short) > best[1]:
                best = (c, len(c.short))
    return best


def test_city_at_finds_what_a_scan_of_the_whole_table_finds():
    d = load_divisions()
    texts = ["", "“十三五”规划", "杭州湾新区", "宁波“十三五”智慧城市规划"]
    for c in d.cities.values():
        texts += [c.name + "“十三五”信息化规划", c.short + "“十三五”信息化规划", c.short + "湾区", c.name]
    zhejiang = d.provinces["浙江省"]
    for text in texts:
        assert d.city_at(text) == _city_at_by_scanning(d, text), text
        assert d.city_at(text, zhejiang) == _city_at_by_scanning(d, text, zhejiang), text
    assert d.city_at("宁波市“十三五”规划")[0].province == "浙江省"
