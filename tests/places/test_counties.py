"""County-level units named alone (余姚市, 仙桃市, 朝阳区): their province and prefecture from the
GB/T 2260 table (data/counties.tsv, generated from cpca by tools/counties_from_cpca.py), so
中西部 targets and regional duties apply; a name several units bear stays ambiguous and says so."""
from __future__ import annotations

import pytest

from planlint.places.divisions import counties_named, is_central_or_western, province_of
from planlint.places.title_inference import infer_metadata


@pytest.mark.parametrize("name,province,city", [
    ("余姚市", "浙江省", "宁波市"), ("昆山市", "江苏省", "苏州市"), ("东城区", "北京市", None),
    ("仙桃市", "湖北省", None), ("神农架林区", "湖北省", None),
])
def test_a_unique_county_name_has_its_province_and_prefecture(name, province, city):
    [unit] = counties_named(name)
    assert (unit.province, unit.city) == (province, city) and len(unit.code) == 6
    assert province_of(name) == province


def test_a_shared_district_name_stays_ambiguous_and_says_so():
    assert len(counties_named("朝阳区")) == 2 and province_of("朝阳区") is None
    got = infer_metadata("朝阳区“十三五”信息化发展规划")
    assert got["level"] == "county" and got["province"] is None
    assert "北京市" in got["notes"][-1].text and "吉林省长春市" in got["notes"][-1].text and "无法确定" in got["notes"][-1].text


def test_a_county_alone_in_a_title_names_its_province():
    got = infer_metadata("余姚市“十三五”信息化发展规划")
    assert (got["level"], got["region"], got["province"]) == ("county", "余姚市", "浙江省")
    assert "浙江省宁波市" in got["notes"][-1].text


def test_central_and_western_targets_reach_a_county_named_alone(lint, findings):
    def plan(region: str) -> str:
        return (f"title: {region}“十三五”信息化发展规划\nlevel: county\nregion: {region}\n"
                "period: {start: 2016, end: 2020}\nindicators:\n  - name: 农村家庭宽带普及率\n    unit: \"%\"\n"
                "    base: {year: 2015, value: 20}\n    target: {year: 2020, value: 30}\n")
    assert is_central_or_western("仙桃市") and is_central_or_western("余姚市") is False
    [weak] = findings(lint(plan("仙桃市")), "PL102")
    assert weak.subject == "中西部农村家庭宽带普及率" and "40%" in weak.message
    assert findings(lint(plan("余姚市")), "PL102") == []
