"""`planlint rule` speaks one language: no Chinese in the English output beyond quoted national
text and Chinese names beside their English, no pack keys (province, level) in the Chinese."""
from __future__ import annotations

import re

import pytest

from cli_helpers import run_planlint

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
QUOTED = re.compile(r"“[^“”]*”")
BESIDE = re.compile(r"\((?=[^()]*[\u4e00-\u9fff])[^()]*\)")       # (中文名) after its English name
PACK_KEYS = re.compile(r"\b(province|city|county|ministry|national|level|scale|indicator|action|project|duty|task)\b")

TOPICS = ["PL101", "PL102", "PL201", "PL203", "PL204", "PL205", "PL206",      # codes of every item kind
          "固定宽带家庭普及率", "网络零售额", "北斗系统建设应用行动", "专栏4", "中国—东盟信息港"]


def _stray_chinese(text: str) -> list[str]:
    return [line for line in text.splitlines() if CJK.search(BESIDE.sub("", QUOTED.sub("", line)))]


@pytest.mark.parametrize("topic", TOPICS)
def test_english_rule_output_has_no_stray_chinese(topic):
    p = run_planlint("rule", topic, "--lang", "en")
    assert p.returncode == 0, p.stderr
    assert _stray_chinese(p.stdout) == []


@pytest.mark.parametrize("topic", TOPICS)
def test_chinese_rule_output_has_no_pack_keys(topic):
    p = run_planlint("rule", topic)
    assert p.returncode == 0, p.stderr
    body = p.stdout.split("\n", 1)[1] if topic.startswith("PL") else p.stdout   # line 1: the code's name
    assert PACK_KEYS.findall(body) == []
    assert CJK.search(p.stdout)


def test_the_predicate_sees_chinese_outside_quotes():
    assert _stray_chinese("Regions: 广西") == ["Regions: 广西"]
    assert _stray_chinese("Online retail sales (网络零售额) — “网上零售额”") == []


def test_an_item_is_found_by_its_english_name():
    p = run_planlint("rule", "fixed broadband household penetration rate", "--lang", "en")
    assert p.returncode == 0 and p.stdout.startswith("Fixed broadband household penetration rate (固定宽带家庭普及率)")
