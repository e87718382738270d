"""The YAML reader: locations, schema findings, and input that must not hurt."""
import time

import pytest
import yaml

from planlint.readers import read_plan
from planlint.readers.yaml.tree import MAX_DEPTH, YamlTreeError, load_tree
from planlint.resources.paths import validator


def read(text: str):
    return read_plan("p.yaml", text.encode("utf-8"))


def test_every_element_keeps_its_location():
    r = read("title: 某省规划\nlevel: province\nindicators:\n  - name: 固定宽带家庭普及率\n"
             "    target: {year: 2020, value: '75%'}\nactions:\n  - title: 某行动\n    body: 内容\n"
             "sections:\n  - heading: 一、现状\n    sections:\n      - heading: （一）成就\n")
    plan = r.plan
    ind = plan.indicators[0]
    assert (ind.loc.line, ind.loc.column) == (4, 11)
    assert (ind.target.loc.line, ind.target.loc.column) == (5, 33) and ind.target.value == "75%"
    assert plan.indicators_loc.line == 3 and plan.actions_loc.line == 6
    assert plan.actions[0].loc.line == 7
    assert plan.sections[0].sections[0].loc.line == 12


def test_numbers_keep_their_printed_digits():
    r = read("indicators:\n  - name: x\n    base: {year: 2015, value: 11.0}\n    target: {year: 2020, value: 15.30}\n")
    ind = r.plan.indicators[0]
    assert ind.base.value == "11.0" and ind.target.value == "15.30"


def test_schema_violations_are_located():
    r = read("title: x\nlevel: provnce\nindicators:\n  - nam: a\n")
    found = {(d.code, d.line) for d in r.diagnostics}
    assert ("PL002", 2) in found and ("PL002", 4) in found
    assert any("provnce" in d.message for d in r.diagnostics)


def test_unknown_key_points_at_the_key():
    r = read("title: x\nindicator:\n  - name: a\n")
    d = [d for d in r.diagnostics if "indicator" in d.message][0]
    assert (d.line, d.column) == (2, 1)


@pytest.mark.parametrize("text,guess", [
    ("title: x\nindicator:\n  - name: a\n", "indicators"),
    ("title: x\nperiod: {start: 2016, ned: 2020}\n", "end"),
    ("title: x\nactions:\n  - titel: 某行动\n", "title"),
    ("title: x\nbudget: 100\n", None),
])
def test_an_unknown_key_suggests_the_key_it_most_likely_means(text, guess):
    [d] = [d for d in read(text).diagnostics if "不认识的键" in d.message]
    assert (f"是否指“{guess}”" in d.message) if guess else ("是否指" not in d.message)


def test_custom_keys_with_x_prefix_are_allowed():
    assert not read("title: x\nx-note: 起草说明\n").diagnostics


def test_duplicate_keys_reported():
    r = read("title: a\nlevel: province\ntitle: b\n")
    assert [(d.code, d.line) for d in r.diagnostics] == [("PL002", 3)]


def test_python_tags_are_never_constructed(tmp_path):
    marker = tmp_path / "ran"
    r = read(f"title: !!python/object/apply:os.system ['touch {marker}']\n")
    assert any(d.code == "PL002" and "标签" in d.message for d in r.diagnostics)
    assert not marker.exists()


def test_alias_bomb_refused_quickly():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    start = time.process_time()     # CPU time: a busy machine does not count
    with pytest.raises(YamlTreeError) as err:
        load_tree("\n".join(lines) + "\n")
    assert time.process_time() - start < 2 and "别名" in err.value.message


def test_deep_nesting_is_a_finding_not_a_crash():
    r = read("a: " + "[" * 100_000)
    assert r.diagnostics and r.diagnostics[0].code == "PL001"
    text = "".join(f"{' ' * i}k{i}:\n" for i in range(MAX_DEPTH + 5)) + " " * (MAX_DEPTH + 5) + "v\n"
    r = read(text)
    assert r.diagnostics[0].code in ("PL001", "PL002")


def test_non_finite_values_are_not_numbers(lint):
    report = lint("title: x\nlevel: province\nindicators:\n  - name: 固定宽带家庭普及率\n"
                  "    target: {year: 2020, value: .nan}\n  - name: 移动宽带用户普及率\n"
                  "    target: {year: 2020, value: 1e999}\n")
    codes = [d.code for d in report.diagnostics]
    assert "PL102" not in codes and codes.count("PL105") + codes.count("PL002") >= 2


def test_multiple_documents_refused():
    r = read("title: a\n---\ntitle: b\n")
    assert r.diagnostics[0].code == "PL001" and r.diagnostics[0].line == 2


@pytest.mark.parametrize("doc", [
    {"title": "x"},
    {"title": "x", "level": "province", "indicators": [{"name": "a", "target": {"value": "75%"}}]},
    {"title": "x", "level": "provincial"},
    {"title": 3},
    {"indicators": [{"name": "a", "target": {"year": "2020", "value": 1}}]},
    {"indicators": [{"target": {"value": 1}}]},
    {"sections": [{"heading": "a", "sections": [{"body": "b"}]}]},
    {"period": {"start": 2016, "end": 1800}},
    {"x-anything": [1, 2]},
    {"unknown": 1},
])
def test_fast_and_explaining_validators_agree(doc):
    """jsonschema-rs decides validity, jsonschema explains: they must agree."""
    from jsonschema import Draft202012Validator
    v = validator("plan.schema.json")
    explained = list(Draft202012Validator(v.schema).iter_errors(doc))
    assert bool(list(v.iter_errors(doc))) == bool(explained)


def test_targets_in_running_text_are_read_and_located(lint):
    text = ("title: 某省规划\nlevel: province\nregion: 江苏省\nindicators:\n"
            "  - name: 固定宽带家庭普及率\n    unit: '%'\n    target: {year: 2020, value: 75}\n"
            "sections:\n  - heading: 一、发展现状\n    body: 2015年，固定宽带家庭普及率达到52%。\n"
            "  - heading: 二、发展目标\n    body: 到2020年，固定宽带家庭普及率达到65%，电子诉讼占比达到20%。\n")
    report = lint(text)
    prose = [i for i in report.plan.indicators if i.origin == "text"]
    assert [(i.name, i.target.value) for i in prose] == [("固定宽带家庭普及率", "达到65%"), ("电子诉讼占比", "达到20%")]
    assert (prose[0].loc.line, prose[0].loc.column) == (12, 18)       # the name in the body
    assert (prose[0].target.loc.line, prose[0].target.loc.column) == (12, 27)
    codes = {(d.code, d.subject) for d in report.diagnostics}
    assert ("PL115", "固定宽带家庭普及率") in codes      # prose 65% contradicts the list's 75
    assert ("PL102", "固定宽带家庭普及率") in codes      # and 65% is below the national 70%


@pytest.mark.parametrize("sentence,found", [
    ("目前，全省固定宽带家庭普及率达到52%。", []),                          # the present: a result
    ("“十二五”期间，固定宽带家庭普及率达到52%。", []),                      # the past
    ("截至2015年底，固定宽带家庭普及率达到52%。", []),
    ("“十二五”期间成效显著。到2020年，固定宽带家庭普及率达到75%。", [("固定宽带家庭普及率", "达到75%")]),
    ("固定宽带家庭普及率力争达到80%。", [("固定宽带家庭普及率", "力争达到80%")]),
    ("预计到2020年，全省信息消费规模超过3000亿元。", [("信息消费规模", "超过3000亿元")]),
    ("到2020年，固定宽带家庭普及率、移动宽带用户普及率分别达到75%和85%。",
     [("固定宽带家庭普及率", "达到75%"), ("移动宽带用户普及率", "达到85%")]),
    ("到2020年，电子商务交易额、网络零售额和信息消费规模分别达到1.5万亿元、0.5万亿元和0.8万亿元。",
     [("电子商务交易额", "达到1.5万亿元"), ("网络零售额", "达到0.5万亿元"), ("信息消费规模", "达到0.8万亿元")]),
    ("到2020年，固定宽带家庭普及率、移动宽带用户普及率分别达到75%。", []),      # unpaired: not guessed
    ("固定宽带家庭普及率由2015年的50%提高到2020年的75%。", [("固定宽带家庭普及率", "提高到75%")]),
    ("固定宽带家庭普及率到2020年达到75%。", [("固定宽带家庭普及率", "达到75%")]),
    ("固定宽带家庭普及率：达到75%", [("固定宽带家庭普及率", "达到75%")]),
    ("固定宽带家庭普及率2015年达到52%。", []),                                   # a result: before the period
    ("固定宽带家庭普及率（%）：75", [("固定宽带家庭普及率", "75%")]),               # a list item: label and figure
    ("移动宽带用户普及率：≥85%。", [("移动宽带用户普及率", "≥85%")]),
    ("完成投资：75亿元", []),                                                   # not an indicator's name
])
def test_prose_targets_are_commitments_not_results(sentence, found):
    from planlint.readers.prose_targets import text_targets
    got = [(i.name, i.target.value) for i in text_targets(sentence, 1, 1, (2016, 2020))]
    assert got == found


@pytest.mark.parametrize("scalar", [
    "yes", "No", "off", "Y", "~", "null", "Null", "", "0x1F", "0o17", "017", "1_000", "+12", "-3.5", "6.8e+3",
    "1:20", "true", "FALSE", "75%", "≥75%", "中文", "宽带", "＋1", "-x", ".5", "-.5", "!x", "&x",
    "O", "n", "t", "f", "o", "Yes please", "nullable", "2020年", "2020-01-01",
])
def test_plain_scalars_are_typed_as_pyyaml_types_them(scalar):
    """The fast path for text no implicit type can start with must not change any value."""
    import yaml

    text = f"v: {scalar}\n" if scalar not in ("!x", "&x") else f"v: '{scalar}'\n"
    expected = yaml.safe_load(text)["v"]
    if scalar == "2020-01-01":
        expected = scalar          # dates are kept as written
    assert load_tree(text).data["v"] == expected
    assert type(load_tree(text).data["v"]) is type(expected)


def test_a_base_and_a_target_in_one_phrase():
    from planlint.readers.prose_targets import text_targets
    [ind] = text_targets("全省网民数量由2015年的3000万人增加到2020年的4000万人。", 1, 1, (2016, 2020))
    assert (ind.name, ind.base.value, ind.base.year, ind.target.value, ind.target.year) == (
        "网民数量", "3000万人", 2015, "增加到4000万人", 2020)


@pytest.mark.parametrize("sentence", ["到2020年，信息消费规模达到900亿元、年均增长12%。",
                                      "到2020年，信息消费规模突破900亿元，年均增速12%以上。"])
def test_a_growth_joined_by_a_pause_mark_or_after_a_breakthrough_belongs_to_the_target(sentence):
    from planlint.readers.prose_targets import text_targets
    [ind] = text_targets(sentence, 1, 1, (2016, 2020))
    assert ind.name == "信息消费规模" and ind.growth.startswith("12%") and "900" in ind.target.value


def test_the_growth_stated_after_a_target_belongs_to_it(lint):
    from planlint.readers.prose_targets import text_targets
    [ind] = text_targets("到2020年，信息消费规模达到8000亿元，年均增长5%。", 1, 1, (2016, 2020))
    assert ind.growth == "5%"
    text = ("title: 某省“十三五”信息化规划\nlevel: province\nregion: 江苏省\nsections:\n"
            "  - heading: 二、发展目标\n    body: 到2020年，信息消费规模达到8000亿元，年均增长5%。\n")
    weak = [d for d in lint(text).diagnostics if d.code == "PL102" and d.subject == "信息消费规模"]
    assert weak and weak[0].line == 6 and "5%" in weak[0].message


def test_a_validator_that_cannot_hold_a_value_hands_over_to_jsonschema(monkeypatch):
    """Older jsonschema-rs (the newest that supports Python 3.9) raises on integers beyond 64
    bits; the document is then judged by jsonschema, not reported as an internal error."""
    v = validator("plan.schema.json")

    class Refusing:
        def is_valid(self, document):
            raise ValueError("int too big to convert")

    monkeypatch.setattr(v, "_fast", Refusing())
    assert list(v.iter_errors({"title": "x", "level": "province"})) == []
    assert list(v.iter_errors({"title": 2 ** 70}))


def test_a_second_target_of_the_same_indicator_shares_its_name():
    from planlint.readers.prose_targets import text_targets
    got = [(i.name, i.target.value, i.target.year)
           for i in text_targets("固定宽带家庭普及率到2018年底达到60%，到2020年达到75%。", 1, 1, (2016, 2020))]
    assert got == [("固定宽带家庭普及率", "达到60%", 2018), ("固定宽带家庭普及率", "达到75%", 2020)]
    other = text_targets("固定宽带家庭普及率达到75%，移动宽带用户普及率达到85%。", 1, 1, (2016, 2020))
    assert [i.name for i in other] == ["固定宽带家庭普及率", "移动宽带用户普及率"]


@pytest.mark.parametrize("name,text", [
    ("plan.yaml", "title: 某省规划\nlevel: 省级\nregion: 江苏省\n"),
    ("plan.md", "---\nlevel: 省级\nregion: 江苏省\n---\n\n# 某省规划\n"),
])
def test_a_level_written_in_chinese_is_checked_as_meant_and_reported(lint, name, text):
    report = lint(text, name)
    assert report.plan.meta.level == "province"
    [bad] = [d for d in report.diagnostics if d.code == "PL002"]
    assert "province" in bad.message and bad.line == 2
    assert any(d.code == "PL101" for d in report.diagnostics)       # the province's requirements apply


@pytest.mark.parametrize("written", ["0", "7", "75", "2020", "00", "012", "0755", "1_000", "2020-01-01", "20.5",
                                     "１２", "٣", "+12", "-3", "0x1F", "1e3", "99999999999999999999",
                                     "9" * 5000])
def test_plain_numbers_read_as_the_yaml_resolver_reads_them(written):
    """Plain decimals take a shorter way to an int than the resolver: the same value either way."""
    from planlint.readers.yaml.tree import _scalar
    tree = load_tree(f"target: {written}\nquoted: '{written}'\n")
    event = yaml.ScalarEvent(None, None, (True, False), written, style="")
    expected = _scalar(event, [], ("target",), (1, 9))
    assert tree.data["target"] == expected and type(tree.data["target"]) is type(expected)
    assert tree.data["quoted"] == written
    assert tree.number_texts.get(("target",)) == (written if type(expected) in (int, float) else None)


def test_an_explicit_number_tag_with_no_number_is_text_not_an_internal_error():
    # `value: !!float` left empty by a drafter (or a converter) made PyYAML's constructor raise
    # IndexError, reported as PL900 — planlint's own defect — instead of a finding about the plan
    r = read("title: 某市“十三五”信息化发展规划\nlevel: city\nregion: 杭州市\nindicators:\n"
             "  - name: 固定宽带家庭普及率\n    target: {year: 2020, value: !!float }\n"
             "  - name: 移动宽带用户普及率\n    target: {year: !!int , value: '85%'}\n")
    codes = {d.code for d in r.diagnostics}
    assert "PL900" not in codes
    assert r.plan.indicators[0].name == "固定宽带家庭普及率"
