"""Level, region and department read from plan titles."""
from __future__ import annotations

import pytest

from planlint.model import Metadata
from planlint.places.title_inference import apply_inference, infer_metadata


@pytest.mark.parametrize("title, level, region, department", [
    ("江苏省“十三五”信息化发展规划", "province", "江苏省", None),
    ("广西“十三五”信息化发展规划", "province", "广西壮族自治区", None),
    ("重庆市信息化发展“十三五”规划", "province", "重庆市", None),
    ("杭州市“十三五”信息化发展规划", "city", "杭州市", None),
    ("深圳市信息化发展“十三五”规划", "city", "深圳市", None),       # 计划单列市: a city plan
    ("湖北省武汉市信息化发展规划", "city", "武汉市", None),
    ("恩施土家族苗族自治州信息化规划", "city", "恩施土家族苗族自治州", None),
    ("北京市东城区“十三五”时期信息化发展规划", "county", "北京市东城区", None),
    ("宁波市余姚市“十三五”信息化规划", "county", "宁波市余姚市", None),
    ("内蒙古鄂尔多斯市鄂托克旗信息化规划", "county", "鄂尔多斯市鄂托克旗", None),
    ("“十三五”全国农业农村信息化发展规划", "ministry", None, "农业部"),
    ("教育信息化“十三五”规划", "ministry", None, "教育部"),
    ("交通运输信息化“十三五”发展规划", "ministry", None, "交通运输部"),
    ("“十三五”全国人口健康信息化发展规划", "ministry", None, "国家卫生计生委"),
    ("人力资源社会保障信息化“十三五”规划", "ministry", None, "人力资源社会保障部"),
    ("人民法院信息化建设五年发展规划（2016-2020）", "ministry", None, "最高人民法院"),
    ("“十三五”国家信息化规划", "national", None, None),
])
def test_titles(title, level, region, department):
    got = infer_metadata(title)
    assert (got["level"], got["region"], got["department"]) == (level, region, department)
    assert got["notes"] and any(level in n.text and n.decides("level") for n in got["notes"])


def test_period_from_title():
    assert infer_metadata("某省信息化规划（2016—2020年）")["period_start"] == 2016
    got = infer_metadata("江苏省“十四五”数字政府规划")
    assert (got["period_start"], got["period_end"]) == (2021, 2025)


@pytest.mark.parametrize("title", ["智慧城市建设规划", "信息化发展规划", "", "市场监管规划"])
def test_nothing_inferred_says_so(title):
    got = infer_metadata(title)
    assert got["level"] is None and got["region"] is None
    assert any(("无法" in n.text or "没有标题" in n.text) and not n.values for n in got["notes"])


def test_apply_inference_fills_only_what_is_missing():
    meta = Metadata(title="杭州市“十三五”信息化发展规划")
    apply_inference(meta)
    assert (meta.level, meta.region, meta.period_end) == ("city", "杭州市", 2020)
    assert len(meta.inferred) == 2

    meta = Metadata(title="杭州市“十三五”信息化发展规划", level="province", period_start=2016, period_end=2020)
    apply_inference(meta)
    assert meta.region is None and meta.inferred == []   # a province plan is not of 杭州市

    meta = Metadata(title="教育信息化“十三五”规划", level="ministry", period_start=2016, period_end=2020)
    apply_inference(meta)
    assert meta.department == "教育部" and meta.inferred


# --- whose plan a title names (issue 12) -------------------------------------------------------

@pytest.mark.parametrize("title, level, region, department", [
    # a document named in 《》 is not the plan's own name
    ("关于贯彻落实《国家信息化发展战略纲要》的实施意见（江苏）", "province", "江苏省", None),
    ("关于贯彻落实《国家信息化发展战略纲要》的实施意见（苏州市）", "city", "苏州市", None),
    ("江苏省关于贯彻落实《国家信息化发展战略纲要》的实施意见", "province", "江苏省", None),
    # a title that only wraps the plan's own name reads it
    ("关于印发《浙江省“十三五”信息化发展规划》的通知", "province", "浙江省", None),
    ("浙江省人民政府关于印发《浙江省信息化发展“十三五”规划》的通知", "province", "浙江省", None),
    ("《“十三五”国家信息化规划》", "national", None, None),
    # the field a ministry answers for, named as planners name it
    ("信息通信行业发展规划（2016—2020年）", "ministry", None, "工业和信息化部"),
    ("国家政务信息化工程建设规划", "ministry", None, "国家发展改革委"),
    # the financial regulators' plans: 银行业 and 证券期货业 outweigh the 科技 inside 信息科技
    ("中国银行业信息科技“十三五”发展规划", "ministry", None, "银监会"),
    ("证券期货业科技发展“十三五”规划", "ministry", None, "证监会"),
    ("中国金融业信息技术“十三五”发展规划", "ministry", None, "人民银行"),
    ("中国保险业信息化“十三五”规划", "ministry", None, "保监会"),
    ("中医药信息化发展“十三五”规划", "ministry", None, "国家中医药局"),
    ("中国科学院“十三五”信息化发展规划", "ministry", None, "中科院"),
    ("信息化和工业化融合发展规划（2016—2020年）", "ministry", None, "工业和信息化部"),
])
def test_whose_plan_the_title_names(title, level, region, department):
    got = infer_metadata(title)
    assert (got["level"], got["region"], got["department"]) == (level, region, department)


def test_a_title_about_another_document_with_no_owner_infers_nothing():
    got = infer_metadata("关于贯彻落实《国家信息化发展战略纲要》的实施意见（征求意见稿）")
    assert got["level"] is None and got["region"] is None


# --- the lines around a title (Markdown): 文号, issuing body, the 印发 notice ---------------------

def _meta(text: str):
    from planlint.readers.markdown.reader import read_markdown
    return read_markdown(text, "plan.md").plan.meta


def test_a_document_number_above_a_pasted_title_is_not_the_title():
    meta = _meta("陕政发〔2016〕45号\n\n陕西省“十三五”信息化发展规划\n\n一、发展现状\n\n全省信息化取得积极进展。\n")
    assert (meta.title, meta.level, meta.region) == ("陕西省“十三五”信息化发展规划", "province", "陕西省")


@pytest.mark.parametrize("clue, level, region, department", [
    ("工信部编制", "ministry", None, "工业和信息化部"),
    ("发改高技〔2017〕1449号", "ministry", None, "国家发展改革委"),
    ("陕西省人民政府办公厅关于印发全省信息化发展规划的通知", "province", "陕西省", None),
])
def test_a_title_saying_nothing_is_completed_by_the_lines_near_it(clue, level, region, department):
    meta = _meta(f"# 信息化发展规划\n\n{clue}\n\n## 一、发展现状\n\n加强组织领导。\n")
    assert (meta.level, meta.region, meta.department) == (level, region, department)


def test_the_title_still_gives_the_period_when_a_clue_line_gives_the_owner():
    meta = _meta("# 信息化发展规划（2016—2020年）\n\n中华人民共和国教育部\n\n## 一、主要任务\n\n推进在线教育。\n")
    assert (meta.level, meta.department, meta.period) == ("ministry", "教育部", (2016, 2020))
    assert any(note.decides("period") for note in meta.inferred)


def test_lines_of_the_body_are_not_read_as_clues():
    meta = _meta("# 信息化发展规划\n\n## 一、发展现状\n\n工信部编制了行业规划。\n")
    assert meta.level is None


# --- what the notes credit: the line that decided, not the title -------------------------------

def _notes(text: str, lang: str = "zh") -> list[str]:
    from planlint.i18n import Catalog
    return [Catalog(lang).note(n) for n in _meta(text).inferred]


def test_an_issuing_body_line_that_decides_the_owner_is_named_in_the_note():
    text = ("陕西省人民政府办公厅关于印发全省“十三五”信息化发展规划的通知\n\n"
            "# 信息化发展规划\n\n## 一、发展现状\n\n全省信息化取得积极进展。\n")
    [note] = [n for n in _meta(text).inferred if n.decides("region")]
    assert note.how == "clue"
    assert "文首的“陕西省人民政府办公厅关于印发全省“十三五”信息化发展规划的通知”以“陕西省”开头" in note.text
    assert "标题以" not in note.text
    assert _notes(text, "en")[-1] == ("level: province, region: “陕西省” (from the line “陕西省人民政府办公厅关于印发"
                                      "全省“十三五”信息化发展规划的通知” at the head of the document)")


def test_a_document_number_that_decides_the_department_is_called_a_document_number():
    text = "发改高技〔2017〕1449号\n\n# 信息化发展规划\n\n## 一、发展现状\n\n加强组织领导。\n"
    [note] = _notes(text)
    assert "文号“发改高技〔2017〕1449号”写明部门" in note and "标题写明" not in note
    assert _notes(text, "en") == ["level: ministry, department: “国家发展改革委” "
                                  "(from the document number “发改高技〔2017〕1449号”)"]


def test_the_title_still_decides_the_period_when_a_line_near_it_decides_the_owner():
    meta = _meta("# “十三五”信息化发展规划\n\n工业和信息化部编制\n\n## 一、发展现状\n\n加强组织领导。\n")
    assert (meta.level, meta.department, meta.period_start, meta.period_end) == \
        ("ministry", "工业和信息化部", 2016, 2020)
    assert [(n.how, [k for k, _ in n.values]) for n in meta.inferred] == \
        [("title", ["period"]), ("clue", ["level", "department"])]
    # each value is located where it was read: the period at the title, the owner at its line
    assert (meta.locs["period"].line, meta.locs["level"].line, meta.locs["department"].line) == (1, 3, 3)


def test_a_title_that_names_the_owner_is_still_credited_to_the_title():
    [_, note] = _notes("# 宜昌市“十三五”信息化发展规划\n\n宜昌市人民政府\n\n## 一、发展现状\n\n加强。\n")
    assert "标题以地级行政区“宜昌市”（属湖北省）开头" in note
