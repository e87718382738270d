"""CheckContext: what the checks ask about one plan, answered once per plan."""
from __future__ import annotations

from planlint.analysis.context import build_context
from planlint.analysis.matching import IndicatorMatcher
from planlint.places.regions import RegionResolver
from planlint.readers.yaml.reader import read_yaml

CITY = ('title: 宁波市“十三五”信息化发展规划\nlevel: city\nregion: 宁波市\n'
        'period: {start: 2016, end: 2020}\nindicators: []\n')


def test_a_group_of_provinces_is_looked_up_once_per_plan_and_answered_as_without_the_memo(pack):
    looked_up: list[str] = []

    def province_of(region, period):
        looked_up.append(region)
        return {"宁波市": "浙江省", "遵义市": "贵州省"}.get(region)

    regions = RegionResolver(province_of)
    plan = read_yaml(CITY, "nb.yaml").plan
    ctx = build_context(plan, pack, IndicatorMatcher(pack), regions)
    west = ("四川省", "贵州省", "云南省")
    east = ["浙江省", "江苏省"]
    assert [ctx.within(west), ctx.within(west), ctx.within(east), ctx.within(tuple(east))] == [False, False, True, True]
    assert looked_up == ["宁波市", "宁波市"]           # once for each group, not once for each question
    other = build_context(read_yaml(CITY.replace("宁波", "遵义"), "zy.yaml").plan, pack, IndicatorMatcher(pack), regions)
    assert other.within(west) and not other.within(east)    # another plan: its own answers
