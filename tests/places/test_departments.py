"""One departments table (the pack's departments.yaml), read by the pack and by title inference."""
from __future__ import annotations

import pytest

from planlint.places.title_inference import infer_metadata
from planlint.rulepack.departments import Department, departments_from, find_department
from planlint.rulepack.loader import builtin_departments


def test_title_inference_reads_the_packs_own_table(pack):
    assert list(builtin_departments()) == pack.departments
    assert sum(1 for d in pack.departments if d.named_in_titles) >= 40


def test_title_names_are_aliases_too():
    (d,) = departments_from([{"name": "税务总局", "title_names": ["国家税务总局"], "aliases": ["税务局"],
                              "fields": ["税务"]}])
    assert d == Department("税务总局", ("国家税务总局", "税务局"), None, ("国家税务总局",), ("税务",))
    assert find_department([d], "国家 税务总局") is d and find_department([d], "税务局") is d
    assert d.named_in_titles == ("国家税务总局", "税务总局")       # longest first; 税务局 is not read


def test_a_department_without_title_words_is_not_read_from_titles():
    assert departments_from([{"name": "安全部", "aliases": ["国家安全部"]}])[0].named_in_titles == ()
    for title in ("网络安全部署信息化规划", "全国办税服务信息化规划"):       # 安全部, 国办 inside other words
        assert infer_metadata(title)["department"] is None


def test_no_name_read_from_titles_is_shared(pack):
    """A name several departments answer to (自然资源部) does not say whose plan a title is; a
    department's own name does, even where another merged into it (国务院法制办 into 司法部)."""
    for d in pack.departments:
        for name in d.named_in_titles:
            others = [o.name for o in pack.departments
                      if o is not d and name in (o.name, *o.aliases) and o.successor != name]
            assert not others, f"{name} names {d.name} and {others}"


@pytest.mark.parametrize("title, department, how", [
    ("国家税务总局“十三五”信息化规划", "税务总局", "标题写明部门“国家税务总局”"),     # the pack's name, the title's words
    ("国家网信办信息化发展规划", "中央网信办", "标题写明部门“国家网信办”"),
    ("农业农村部信息化发展规划", "农业部", "标题写明部门“农业农村部”"),
    ("全国气象信息化发展规划", "中国气象局", "标题所指领域“气象”由中国气象局负责"),
    ("“十三五”全国农业农村信息化发展规划", "农业部", "标题所指领域“农业农村”由农业部负责"),
    ("农村教育信息化规划", "教育部", "标题所指领域“教育”由教育部负责"),   # one length: the one listed first
])
def test_departments_from_titles(title, department, how):
    got = infer_metadata(title)
    assert (got["level"], got["department"]) == ("ministry", department)
    assert how in got["notes"][-1].text


def test_a_renamed_department_is_noted_with_its_successor():
    note = infer_metadata("“十三五”全国农业农村信息化发展规划")["notes"][-1].text
    assert note.endswith("；2018年机构改革后为农业农村部）")
    assert "机构改革" not in infer_metadata("教育信息化“十三五”规划")["notes"][-1].text
