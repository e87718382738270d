"""The .docx reader: numbering, titles, tables, boxes, notes, locations and bad packages."""
from __future__ import annotations

import io
import zipfile

import pytest

from docx_builder import NS, STYLES, package, p, table, text_box
from planlint.readers.docx.numbering import Numbering, chinese_count
from planlint.readers.docx.package import MAX_PART_BYTES
from planlint.readers.docx.reader import read_docx

PERIOD = (2016, 2020)
TITLE = p("湖北省“十三五”信息化发展规划", centre=True)


def _read(body: str, **kw):
    return read_docx("plan.docx", package(body, **kw), PERIOD)


def _numbering(levels: str, nums: str) -> str:
    return f'<w:numbering {NS}>{levels}{nums}</w:numbering>'


@pytest.mark.parametrize("n,zh", [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"), (105, "一百零五"),
                                  (110, "一百一十")])
def test_chinese_counting(n, zh):
    assert chinese_count(n) == zh


def test_numbering_start_values_restarts_and_level_texts():
    import xml.etree.ElementTree as ET
    root = ET.fromstring(_numbering(
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>',
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        '</w:lvlOverride></w:num>'))
    n = Numbering(root)
    assert [n.label("5", 0), n.label("5", 1), n.label("5", 1), n.label("5", 0), n.label("5", 1)] == \
        ["三、", "（1）", "（2）", "四、", "（1）"]      # a deeper level restarts when its parent advances
    assert n.label("6", 0) == "一、"                   # startOverride restarts the list
    assert n.label("9", 0) == "" and n.label("0", 0) == ""


def test_headings_from_styles_outline_levels_and_automatic_numbering():
    body = TITLE + p("发展现状", num=(3, 0)) + p("发展基础", num=(3, 1)) + p("正文。") + \
        p("总体要求", style="Heading1") + '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>' + \
        '<w:r><w:t>发展目标</w:t></w:r></w:p>'
    plan = _read(body).plan
    assert plan.meta.title == "湖北省“十三五”信息化发展规划" and plan.meta.region == "湖北省"
    headings = [s.heading for s in _walk(plan.sections)]
    assert "一、发展现状" in headings and "（一）发展基础" in headings
    assert "总体要求" in headings and "发展目标" in headings


def test_numbering_linked_to_a_style():
    styles = STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="l1"/>'
                            '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>')
    plan = _read(TITLE + p("发展现状", style="L1") + p("正文。") + p("总体要求", style="L1"), styles=styles).plan
    assert [s.heading for s in _walk(plan.sections)][:2] == ["一、发展现状", "二、总体要求"]


def test_title_from_core_properties_when_the_body_has_none():
    plan = _read(p("一、发展现状") + p("正文。"), core_title="江苏省“十三五”信息化发展规划").plan
    assert plan.meta.title == "江苏省“十三五”信息化发展规划" and plan.meta.region == "江苏省"


def _indicator_body() -> str:
    rows = [["指标", "2015年", "2020年", "年均增速（%）"],
            [("信息基础设施", 4)],
            ["1.固定宽带家庭普及率（%）", "40", "60", "—"],
            ["2.移动宽带用户普及率（%）", "57", "85", "〔28〕"]]
    return TITLE + p("二、发展目标") + p("表1 主要指标", bold=True) + table(rows)


def test_indicator_table_with_a_category_row_across_the_table():
    plan = _read(_indicator_body()).plan
    names = {i.name: i for i in plan.indicators}
    assert set(names) >= {"固定宽带家庭普及率", "移动宽带用户普及率"}


def test_vertically_merged_category_cells():
    rows = [["类别", "指标", "2015年", "2020年"],
            [("信息基础设施", 1, "restart"), "固定宽带家庭普及率（%）", "40", "60"],
            [("", 1, "continue"), "移动宽带用户普及率（%）", "57", "85"]]
    plan = _read(TITLE + p("二、发展目标") + table(rows)).plan
    assert {i.name for i in plan.indicators} >= {"固定宽带家庭普及率", "移动宽带用户普及率"}


def test_findings_name_the_table_cell_and_the_paragraph(linter):
    report = linter.lint_bytes("plan.docx", package(_indicator_body()))
    [weaker] = [d for d in report.diagnostics if d.code == "PL102" and d.subject == "固定宽带家庭普及率"]
    assert weaker.place == "表1 第3行第3列"
    # the line-like number is the ordinal of the cell's paragraph, its excerpt that cell's text
    assert report.source_line(weaker.line) == "60"
    missing = [d for d in report.diagnostics if d.code == "PL101"]
    assert missing and all(d.place.startswith(("段落", "表")) for d in missing)


def test_text_box_read_once_and_one_cell_table_as_box():
    box = [p("专栏1 宽带乡村工程", bold=True), p("实施宽带乡村工程。")]
    body = TITLE + p("三、主要任务") + p("", extra_runs=text_box(box)) + \
        table([[("专栏2 智慧社区工程", 1, None)]]).replace(p("专栏2 智慧社区工程"),
                                                          p("专栏2 智慧社区工程") + p("建设智慧社区。"))
    plan = _read(body).plan
    titles = [proj.title for proj in plan.projects]
    assert titles.count("专栏1 宽带乡村工程") == 1 and "专栏2 智慧社区工程" in titles


def test_footnote_reference_stays_out_of_the_value():
    note = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    rows = [["指标", "2015年", "2020年"], ["固定宽带家庭普及率（%）", "40", "60"]]
    xml = table(rows).replace(p("60"), p("60", extra_runs=note))
    footnotes = f'<w:footnotes {NS}><w:footnote w:id="1"><w:p><w:r><w:t>99 据统计</w:t></w:r></w:p></w:footnote></w:footnotes>'
    plan = _read(TITLE + p("二、发展目标") + xml, extra={"word/footnotes.xml": footnotes.encode()}).plan
    [ind] = [i for i in plan.indicators if i.name == "固定宽带家庭普及率"]
    assert "99" not in str(ind.target) and "据统计" not in ind.name


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.sections)


# --- bad packages: one located PL001, never a traceback -----------------------------------------

def _pl001(data: bytes) -> str:
    result = read_docx("plan.docx", data, PERIOD)
    assert result.plan is None
    [d] = result.diagnostics
    assert d.code == "PL001" and d.line == 1
    return str(d.message)


def test_not_a_zip():
    assert "zip" in _pl001(b"just text, no zip")


def test_doctype_refused():
    body = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>' \
           f'<w:document {NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", body)
    assert "DOCTYPE" in _pl001(buf.getvalue())


def test_zip_bomb_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * (MAX_PART_BYTES + 10))
    assert len(buf.getvalue()) < 1_000_000
    assert "压缩炸弹" in _pl001(buf.getvalue())


def test_deeply_nested_xml_is_bounded():
    depth = 5000
    inner = "<w:tbl><w:tr><w:tc>" * depth + p("文字") + "</w:tc></w:tr></w:tbl>" * depth
    result = read_docx("plan.docx", package(TITLE + inner), PERIOD)
    assert result.plan is not None or result.diagnostics[0].code == "PL001"


def test_legacy_doc_without_libreoffice(monkeypatch, linter):
    import planlint.readers.legacy_word as legacy
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    report = linter.lint_bytes("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    [d] = report.diagnostics
    assert d.code == "PL001" and "LibreOffice" in str(d.message) and ".docx" in str(d.hint)


def test_docx_named_otherwise_is_read_by_content(linter):
    report = linter.lint_bytes("plan.txt", package(_indicator_body()))
    assert report.plan is not None and report.plan.format == "docx"


@pytest.mark.parametrize("caption", [False, True])
def test_two_row_header_and_a_caption_merged_across_the_table(caption):
    rows = [[("指标", 1, "restart"), ("单位", 1, "restart"), ("发展目标", 2)],
            [("", 1, "continue"), ("", 1, "continue"), "2015年", "2020年"],
            [("信息基础设施", 4)],
            ["固定宽带家庭普及率", "%", "40", "60"]]
    if caption:
        rows.insert(0, [("表1 “十三五”信息化发展主要指标", 4)])
    plan = _read(TITLE + p("二、发展目标") + table(rows)).plan
    [ind] = plan.indicators
    assert (ind.name, ind.base.value, ind.target.value, ind.target.year) == ("固定宽带家庭普及率", "40", "60", 2020)


def test_bordered_paragraphs_draw_one_box():
    body = TITLE + p("三、主要任务") + p("专栏3 数字乡村工程", border=True, bold=True) + \
        p("建设数字乡村。", border=True) + p("推进农村电商。", border=True) + p("正文继续。")
    plan = _read(body).plan
    [box] = plan.projects
    assert box.title == "专栏3 数字乡村工程" and "推进农村电商" in box.body and "正文继续" not in box.body


def test_places_in_english(linter):
    from planlint.i18n import Catalog
    report = linter.lint_bytes("plan.docx", package(_indicator_body()))
    [d] = [d for d in report.diagnostics if d.code == "PL102" and d.subject == "固定宽带家庭普及率"]
    assert Catalog("en").localize(d).place == "table 1, row 3, column 3"


def test_a_cell_below_a_vertical_merge_is_named_by_its_grid_column(linter):
    rows = [["类别", "指标", "2015年", "2020年"],
            [("信息基础设施", 1, "restart"), "光纤入户用户占总宽带用户的比率（%）", "56", "80"],
            [("", 1, "continue"), "固定宽带家庭普及率（%）", "40", "60"]]
    report = linter.lint_bytes("plan.docx", package(TITLE + p("二、发展目标") + table(rows)))
    [d] = [d for d in report.diagnostics if d.code == "PL102" and d.subject == "固定宽带家庭普及率"]
    assert d.place == "表1 第3行第4列" and report.source_line(d.line) == "60"
