"""Rendering: a Text reads as its Chinese, says the same in English, and its values have a form
per language (quantities, units, lists, citations)."""
from __future__ import annotations

import pickle

import pytest

from planlint.messages import Amount, Joined, Section, Template, Text, UnitName, catalogue, english_unit, render
from planlint.text.quantity import parse_quantity

SAY = catalogue("test", {
    "weaker": Template("“{name}”目标{value}低于{national}", "The target {value} of “{name}” is below {national}"),
    "why": Template("因为{reason}", "because {reason}"),
    "reason": Template("未设置该指标", "not set"),
})


def test_a_text_is_its_chinese_and_remembers_how_it_was_made():
    text = SAY["weaker"](name="固定宽带家庭普及率", value=Amount("65", "%"), national=Amount("70", "%", ">="))
    assert isinstance(text, str) and text == "“固定宽带家庭普及率”目标65%低于≥70%"
    assert text.id == "test.weaker" and text.args["name"] == "固定宽带家庭普及率"
    assert text.render("en") == "The target 65% of “固定宽带家庭普及率” is below ≥70%"
    assert text.render("zh") == text and type(text.render("zh")) is str


def test_texts_nest_and_render_in_the_same_language():
    text = SAY["why"](reason=SAY["reason"]())
    assert (text, text.render("en")) == ("因为未设置该指标", "because not set")


def test_a_text_survives_pickling_with_its_template():
    text = SAY["why"](reason=SAY["reason"]())
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Text) and again == text and again.render("en") == "because not set"


def test_a_plain_string_is_the_same_in_every_language():
    assert render("“甲”与“乙”", "en") == "“甲”与“乙”" and render(None, "en") is None and render(2020, "en") == "2020"


@pytest.mark.parametrize("written,zh,en", [
    ("不低于70%", "≥70%", "≥70%"),
    ("超过15%", "＞15%", ">15%"),
    ("低于1.5", "＜1.5", "<1.5"),
    ("38万亿元", "38万亿元", "38 trillion yuan"),
    ("0.3万件", "0.3万件", "3,000 items"),
    ("3.5亿人", "3.5亿人", "350 million people"),     # 亿 rescaled to English millions
    ("420亿元", "420亿元", "42 billion yuan"),
    ("50万户", "50万户", "500,000 households"),
    ("3000~5000万", "3000～5000万", "30–50 million"),   # a range shares the larger end's scale
    ("75%~80%", "75～80%", "75–80%"),
    ("〔24〕", "〔24〕", "[24]"),
    ("5个", "5个", "5"),
])
def test_quantities_have_a_form_per_language(written, zh, en):
    amount = parse_quantity(written).amount()
    assert (amount.render("zh"), amount.render("en")) == (zh, en)
    assert parse_quantity(written).describe() == zh


@pytest.mark.parametrize("symbol,en", [
    ("万人", "10,000 people"), ("亿元", "100 million yuan"), ("万人次", "10,000 person-times"),
    ("亿", "100 million"), ("万户", "10,000 households"), ("十亿元", "billion yuan"), ("部/百人", "per 100 people"),
    ("百分点", "percentage points"), ("Mbps", "Mbps"), ("%", "%"), ("个", ""),
    ("座城市", "座城市"),            # no English for 城市 after 座: the unit stays as written
])
def test_units_alone(symbol, en):
    assert UnitName(symbol).render("en") == en and UnitName(symbol).render("zh") == symbol


def test_a_unit_after_a_number_keeps_its_leading_space():
    assert english_unit("万亿元") == " trillion yuan" and english_unit("亿") == " 100 million"
    assert "×10" not in english_unit("亿元") + english_unit("万人")


def test_lists_join_as_each_language_lists():
    items = Joined(("title", "level"))
    assert (items.render("zh"), items.render("en")) == ("title、level", "title, level")
    either = Joined((SAY["reason"](), "x"), zh="或", en=" or ")
    assert (either.render("zh"), either.render("en")) == ("未设置该指标或x", "not set or x")


def test_a_citation_reads_its_structure_in_english():
    section = Section("二、（三）发展目标，“十三五”信息化发展主要指标 第6项")
    assert section.render("zh") == section.text
    assert section.render("en") == "Section 2(3) Development goals, main indicator table, row 6"


def test_templates_with_arguments_one_language_leaves_out():
    t = Template("规划期为{start}年（{title}）", "The period starts in {start}", lang_only={"title"})
    assert t.lang_only == frozenset({"title"})
    assert t(start=2021, title="规则包").render("en") == "The period starts in 2021"


def test_names_counts_texts_and_lists_of_them_say_the_same_in_chinese_however_mixed():
    """The Chinese is made without rendering names, counts and texts one by one (they format as
    themselves): each mix of them, and lists of them, still reads as its parts and says the same
    in English."""
    found = Template("第{line}行{kind}：{why}", "line {line}, {kind}: {why}")
    reason, other = SAY["reason"](), SAY["why"](reason=SAY["reason"]())
    text = found(line=12, kind=SAY["reason"](), why=Joined((reason, "宽带", other), zh="；", en="; "))
    assert text == "第12行未设置该指标：未设置该指标；宽带；因为未设置该指标"
    assert text.render("en") == "line 12, not set: not set; 宽带; because not set"
    assert found(line=3, kind="标题", why="宽带") == "第3行标题：宽带"
    assert found(line=3, kind="标题", why=Joined(("甲", None, "乙"))) == "第3行标题：甲、、乙"
    assert found(line=True, kind="", why=UnitName("万人")).render("en") == "line True, : 10,000 people"
