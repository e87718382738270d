"""Placeholders (analysis/placeholders.py): what a drafter left to fill in, told from real sentences."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planlint.analysis.placeholders import Placeholders
from planlint.text.folding import normalise

WORDS = ("待填写", "待补充", "TODO", "略", "待定")


@pytest.mark.parametrize("sentence", [
    "（待填写：本地的具体措施、责任单位和进度）", "(待补充)", "【待补充】", "TODO", "todo：补充进度", "略。",
    "……", "。。。", "⋯⋯", " 待定 ",
])
def test_placeholders(sentence):
    assert Placeholders(WORDS).is_placeholder(sentence)


@pytest.mark.parametrize("sentence", [
    "略高于全国平均水平。", "待定区域优先建设光纤网络。", "建设城市时空信息云平台。", "", "TODOS 系统上线",
    "（2020年）",
])
def test_real_text(sentence):
    assert not Placeholders(WORDS).is_placeholder(sentence)


@pytest.mark.parametrize("sentence", [
    "（待填写：本地的具体措施、责任单位和进度）", "(待补充)", "【待补充】", "TODO", "todo：补充进度", "略。",
    "……", "⋯⋯", " 待定 ", "【】", "——", "＿＿＿＿。",
])
def test_the_quick_test_on_normalised_text_lets_every_placeholder_through(sentence):
    placeholders = Placeholders(WORDS)
    assert placeholders.is_placeholder(sentence)
    assert placeholders.could_be(normalise(sentence))


@pytest.mark.parametrize("sentence", [
    "建设城市时空信息云平台。", "推进“互联网+政务服务”，到2020年实现一网通办。", "（2020年）全面建成。", "…等。",
])
def test_the_quick_test_rejects_real_sentences(sentence):
    assert not Placeholders(WORDS).could_be(normalise(sentence))


def test_a_word_opening_a_real_sentence_passes_the_quick_test_and_is_told_apart_by_the_full_one():
    placeholders = Placeholders(WORDS)
    assert placeholders.could_be(normalise("略高于全国平均水平。"))
    assert not placeholders.is_placeholder("略高于全国平均水平。")


# sentences built from what placeholders are made of (brackets, punctuation, words), and text
SENTENCE_PARTS = st.lists(st.sampled_from([
    "（", "）", "(", ")", "【", "】", "[", "]", "〔", "〕", "<", ">", "《", "》", "…", "⋯", "。", "．", ".",
    "-", "—", "–", "－", "_", "＿", "*", "~", "`", "'", "\"", "“", "”", "：", ":", "，", "、", " ", "\u3000",
    "待填写", "待补充", "TODO", "ｔｏｄｏ", "略", "待定", "建设", "平台", "2020", "年", "ａ",
]), max_size=8).map("".join)


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(SENTENCE_PARTS)
def test_a_sentence_the_quick_test_rejects_is_never_a_placeholder(sentence):
    placeholders = Placeholders(WORDS)
    n = normalise(sentence)
    if n and not placeholders.could_be(n):
        assert not placeholders.is_placeholder(sentence)
