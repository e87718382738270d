"""English names of the pack's items (name_en): every built-in item has one, English reports show
it beside the Chinese, and a pack without English names (one derived from a plan) shows the Chinese."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cli_helpers import run_planlint
from planlint.i18n import Catalog
from planlint.rulepack import load_pack
from planlint.rulepack.derive.source import load_any_pack

ROOT = Path(__file__).resolve().parents[2]
GAPS = ROOT / "examples" / "gansu-province-gaps.yaml"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")

PROVINCE_PLAN = """---
level: province
region: 河南省
period: {start: 2016, end: 2020}
---

# 河南省“十三五”信息化规划

## 二、总体要求

### （三）发展目标

**表1　主要指标**

| 指标 | 2015年 | 2020年 | 年均增速（%） |
| --- | --- | --- | --- |
| 1.固定宽带家庭普及率（%） | 40 | 75 | 〔35〕 |
| 2.智慧农业示范县覆盖率（%） | 10 | 60 | 〔50〕 |

## 四、重点工程

### （一）中原数据枢纽工程

主要内容：建设省级大数据中心，推动政务数据共享交换平台建设。
"""

CITY_PLAN = """title: 郑州市“十三五”信息化规划
level: city
region: 河南省郑州市
period: {start: 2016, end: 2020}
indicators:
  - name: 固定宽带家庭普及率
    target: {year: 2020, value: "60%"}
"""


def _items(pack) -> list[tuple[str, str, object]]:
    """(kind, Chinese name, English name) of every item a finding can name."""
    c = pack.commitments
    out = [("indicator", i.name, i.name_en) for i in pack.indicators]
    out += [(x.kind, x.name, x.name_en) for x in (*c.actions, *c.projects, *c.duties)]
    out += [("target", t.subject, t.name_en) for a in c.actions for t in a.targets]
    out += [("task", t.citation.quote, t.name_en) for t in c.tasks]
    return out


def test_every_built_in_item_has_an_english_name():
    items = _items(load_pack("national-13th"))
    assert len(items) > 130                         # 23 indicators, 12 actions, 16 boxes, 74 tasks …
    missing = [(kind, zh) for kind, zh, en in items if not en]
    assert missing == []
    chinese = [(zh, en) for _, zh, en in items if CJK.search(en.replace("“", "").replace("”", ""))]
    assert chinese == []                            # written in English, not the Chinese copied


def test_an_english_report_names_the_item_in_english_beside_the_chinese():
    doc = json.loads(run_planlint(GAPS, "--lang", "en", "--format", "json").stdout)
    pl102 = next(d for d in doc["diagnostics"] if d["code"] == "PL102" and d["subject"] == "固定宽带家庭普及率")
    assert pl102["item_name_en"] == "Fixed broadband household penetration rate"
    assert "“Fixed broadband household penetration rate (固定宽带家庭普及率)”" in pl102["message"]
    named = [d for d in doc["diagnostics"] if d["subject"]]
    assert named and all(d.get("item_name_en") for d in named)
    chinese = json.loads(run_planlint(GAPS, "--format", "json").stdout)
    assert not any("item_name_en" in d for d in chinese["diagnostics"])   # Chinese reports as before


@pytest.mark.parametrize("fmt,expected", [
    ("sarif", '"item_name_en": "Online retail sales"'),
    ("html", "Online retail sales (网络零售额)"),
    ("csv", "Online retail sales (网络零售额)"),       # the overview's column header
    ("text", "Online retail sales (网络零售额)"),
])
def test_every_format_shows_the_english_name(fmt, expected):
    assert expected in run_planlint(GAPS, "--lang", "en", "--format", fmt, "--no-color").stdout


def test_a_derived_pack_has_no_english_names_and_shows_the_chinese(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")
    (tmp_path / "henan.md").write_text(PROVINCE_PLAN, encoding="utf-8")
    (tmp_path / "zhengzhou.yaml").write_text(CITY_PLAN, encoding="utf-8")
    assert load_any_pack(str(tmp_path / "henan.md")).english_names() == {}
    p = run_planlint(tmp_path / "zhengzhou.yaml", "--rulepack", tmp_path / "henan.md", "--lang", "en",
                     "--format", "json", "--isolated")
    assert p.returncode == 1, p.stderr
    diags = json.loads(p.stdout)["diagnostics"]
    weaker = next(d for d in diags if d["subject"] == "固定宽带家庭普及率")
    assert "item_name_en" not in weaker and "“固定宽带家庭普及率”" in weaker["message"]


def test_the_catalogue_shows_a_name_in_each_language():
    cat = Catalog("en", {"网络零售额": "Online retail sales"})
    assert cat.name("网络零售额") == "Online retail sales (网络零售额)" and cat.name("甲") == "甲"
    assert Catalog("zh", {"网络零售额": "Online retail sales"}).name("网络零售额") == "网络零售额"
