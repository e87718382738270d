"""What planlint decides about a plan's metadata is a record (keys, values, how), said in every
language from templates; the configuration replaces a title's guess by what the records say,
not by matching their wording."""
from __future__ import annotations

from planlint.i18n import Catalog
from planlint.model import Metadata
from planlint.places.title_inference import apply_inference


def _inferred(title: str) -> Metadata:
    meta = Metadata(title=title)
    apply_inference(meta)
    return meta


def test_a_title_decides_level_region_and_period_in_records():
    meta = _inferred("宜昌市“十三五”信息化发展规划")
    assert [(n.values, n.how) for n in meta.inferred] == [
        ((("period", "2016-2020"),), "title"), ((("level", "city"), ("region", "宜昌市")), "title")]
    en = [Catalog("en").note(n) for n in meta.inferred]
    assert en == ["period: 2016–2020 (from the title)", "level: city, region: “宜昌市” (from the title)"]
    zh = [Catalog("zh").note(n) for n in meta.inferred]
    assert zh[0].startswith("period: 2016—2020年（") and zh[1].startswith("level: city（市级），region: 宜昌市（标题以地级行政区“宜昌市”")


def test_nothing_inferred_is_a_record_that_decides_nothing():
    [note] = _inferred("信息化发展规划").inferred
    assert note.values == () and not note.decides("level")
    assert Catalog("en").note(note) == ("level, region or department cannot be inferred from the title "
                                        "“信息化发展规划”: only what binds every level is checked")


def test_the_configuration_replaces_what_the_title_guessed(lint):
    from planlint.run.engine import _apply_meta_defaults

    report = lint("title: 宜昌市“十三五”信息化发展规划\nindicators: []\n")
    meta = report.plan.meta
    _apply_meta_defaults(report.plan, {"region": "湖北省"})
    assert meta.region == "湖北省"
    assert [(n.values, n.how) for n in meta.inferred] == [
        ((("period", "2016-2020"),), "title"), ((("region", "湖北省"),), "configuration")]
    assert [Catalog("en").note(n) for n in meta.inferred][-1] == "region: “湖北省” (set by the configuration)"
    assert [Catalog("zh").note(n) for n in meta.inferred][-1] == "region: 湖北省（配置文件设定）"


def test_a_title_that_decides_nothing_gives_way_to_the_configuration(lint):
    from planlint.run.engine import _apply_meta_defaults

    report = lint("title: '规划: 草案'\nindicators: []\n")     # a colon in the title decides nothing either
    _apply_meta_defaults(report.plan, {"level": "province"})
    assert [n.how for n in report.plan.meta.inferred] == ["configuration"]
