"""Placeholders (analysis/placeholders.py): what a drafter left to fill in, told from real sentences."""
import pytest

from planlint.analysis.placeholders import Placeholders

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
