"""Deriving a rule pack from a plan one level up: indicators, actions, projects, and the round trip."""
from __future__ import annotations

from pathlib import Path

import pytest

from planlint.rulepack.derive.source import derived_data, load_any_pack as load_pack
from planlint.rulepack.derive import read_plan
from planlint.rulepack.derive.indicators import kind_of
from planlint.rulepack.derive.terms import phrases, title_core
from planlint.rulepack.derive.writer import write_pack
from planlint.rulepack.loader import build_pack, load_raw

PLAN = """---
level: province
region: 河南省
period: {start: 2016, end: 2020}
---

# 河南省“十三五”信息化规划

## 二、总体要求

### （三）发展目标

到2020年，全省信息化水平明显提升。

**表1　主要指标**

| 指标 | 2015年 | 2020年 | 年均增速（%） |
| --- | --- | --- | --- |
| 1.固定宽带家庭普及率（%） | 40 | 75 | 〔35〕 |
| 2.信息消费规模（亿元） | 900 | 1800 | 14.9 |
| 3.5G基站数量（万个） | 1 | 8 | 51.6 |
| 4.智慧农业示范县覆盖率（%） | 10 | 60 | 〔50〕 |

## 三、主要任务

### （一）夯实信息基础设施

推进光纤网络建设。

## 四、重点工程

### （一）中原数据枢纽工程

行动目标：到2020年，建成全省一体化大数据中心。

主要内容：建设省级大数据中心，推动政务数据共享交换平台和行业数据资源目录建设。

### （二）数字乡村示范行动

主要内容：建设益农信息社，推进农产品电子商务进村。
"""


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    p = tmp_path / "henan.md"
    p.write_text(PLAN, encoding="utf-8")
    return p


def test_table_rows_become_indicators_with_unit_kind_and_row_citation(plan_file, monkeypatch):
    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")
    pack = load_pack(str(plan_file))
    assert pack.title == "河南省“十三五”信息化规划" and pack.target_year == 2020 and pack.base_year == 2015
    names = [i.name for i in pack.indicators]
    # the row number is dropped, even where it runs into a name that starts with a digit
    assert names == ["固定宽带家庭普及率", "信息消费规模", "5G基站数量", "智慧农业示范县覆盖率"]
    broadband = pack.indicator("固定宽带家庭普及率")
    assert broadband.kind == "level" and broadband.unit.symbol == "%" and broadband.target.value == 75
    assert broadband.required_levels == ("city", "county") and broadband.growth.cumulative
    assert broadband.citation.quote == "1.固定宽带家庭普及率（%） | 40 | 75 | 〔35〕"
    spending = pack.indicator("信息消费规模")
    assert spending.kind == "scale" and spending.required_levels == () and spending.severity == "warning"


def test_headings_under_a_works_heading_are_actions_and_tasks_are_not(plan_file, monkeypatch):
    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")
    actions = load_pack(str(plan_file)).commitments.actions
    assert [a.name for a in actions] == ["中原数据枢纽工程", "数字乡村示范行动"]
    hub = actions[0]
    assert hub.goal == "到2020年，建成全省一体化大数据中心。"
    assert "省级大数据中心" in hub.terms.core and "政务数据共享交换平台" in hub.terms.core
    assert hub.required_levels == ("city", "county")


def test_kind_follows_the_measure():
    assert kind_of("%", "〔3〕") == "level"
    assert kind_of("Mbps", None) == "level"
    assert kind_of("", None) == "level"
    assert kind_of("亿元", "12.5") == "scale"
    assert kind_of("Gbps", "40") == "scale"


def test_terms_are_the_noun_phrases_of_the_body():
    assert phrases("加快建设工业互联网标识解析二级节点，培育面向重点行业的工业互联网平台") == [
        "工业互联网标识解析二级节点", "工业互联网平台"]   # 重点行业 is 重点 + a two-character word: too general
    assert title_core("工业互联网创新发展行动") == "工业互联网"
    assert title_core("社会信用信息化工程") == "社会信用"


def test_derive_write_load_is_the_same_pack(plan_file, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")
    data = derived_data(plan_file)
    out = tmp_path / "packs" / "henan"
    write_pack(data, out)
    assert load_raw(out) == data
    assert "# Derived by `planlint pack derive`" in (out / "pack.yaml").read_text(encoding="utf-8")
    written, derived = load_pack(str(out)), build_pack(data, plan_file)
    assert [(i.name, i.target, i.kind, i.required_levels) for i in written.indicators] == \
        [(i.name, i.target, i.kind, i.required_levels) for i in derived.indicators]
    assert [a.name for a in written.commitments.actions] == [a.name for a in derived.commitments.actions]


def test_a_non_empty_directory_is_not_overwritten(plan_file, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_pack(derived_data(plan_file), out)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_a_plan_without_a_period_is_refused_in_one_line(tmp_path, monkeypatch):
    from planlint.rulepack import RulePackError

    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")
    p = tmp_path / "x.md"
    p.write_text("# 某规划\n\n正文。\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="规划期|标题"):
        load_pack(str(p))


def test_the_readers_read_the_source_plan(plan_file):
    plan, lines = read_plan(plan_file)
    assert plan.meta.level == "province" and lines[0] == "---"
