import pytest

from planlint.analysis.matching import IndicatorMatcher
from planlint.model import Location, PlanIndicator
from planlint.text.names import normalise_name


@pytest.fixture(scope="module")
def matcher(pack):
    return IndicatorMatcher(pack)


def m(matcher, name, unit=None):
    return matcher.match(PlanIndicator(name, Location(3, 5), unit=unit))


def test_normalisation_strips_numbering_units_quotes():
    n = normalise_name("（3）光纤入户用户占总宽带用户的比率（%）")
    assert n.key == "光纤入户用户占总宽带用户比率" and n.unit == "%"
    assert normalise_name("５．网民数量（亿）").unit == "亿"
    assert normalise_name("“信息消费规模”").key == "信息消费规模"


@pytest.mark.parametrize("name,canonical", [
    ("固定宽带家庭普及率", "固定宽带家庭普及率"),
    ("家庭宽带普及率", "固定宽带家庭普及率"),
    ("6.固定宽带家庭普及率（%）", "固定宽带家庭普及率"),
    ("光纤入户用户占比", "光纤入户用户占总宽带用户的比率"),
    ("移动宽带普及率", "移动宽带用户普及率"),
    ("电子商务交易额", "电子商务交易规模"),
    ("网上零售额", "网络零售额"),
    ("网民规模", "网民数量"),
    ("贫困村宽带覆盖率", "贫困村宽带网络覆盖率"),
    # the pack's synonyms and scope prefixes
    ("全省信息化发展指数", "信息化发展指数"),
    ("我市固定宽带家庭普及率", "固定宽带家庭普及率"),
    ("城乡固定宽带家庭普及率", "固定宽带家庭普及率"),            # town and country: the whole area
    ("全省城乡固定宽带家庭普及率", "固定宽带家庭普及率"),        # one scope word after another
    ("国内IT发明专利授权数", "国内信息技术发明专利授权数"),
    ("行政村光纤宽带覆盖率", "行政村光纤通达率"),
    ("城镇宽带接入速率", "城镇地区宽带接入服务能力"),
])
def test_curated_names_match(matcher, name, canonical):
    r = m(matcher, name)
    assert r.national is not None and r.national.name == canonical


@pytest.mark.parametrize("name,canonical", [
    ("IT投资占比", "IT项目投资占全社会固定资产投资总额的比例"),       # abbreviated, not listed
    ("固定宽带家庭用户普及比率", "固定宽带家庭普及率"),                  # reworded measure
])
def test_unlisted_variants_match_by_similarity(matcher, name, canonical):
    r = m(matcher, name, "%")
    assert r.status == "fuzzy" and r.national.name == canonical


@pytest.mark.parametrize("name,unit", [
    ("农村家庭宽带普及率", "%"),       # another indicator (a 中西部 goal), never 固定宽带家庭普及率
    ("城镇家庭宽带普及率", "%"),
    ("移动电话普及率", "部/百人"),
    ("互联网普及率", "%"),
    ("4G网络覆盖率", "%"),
    ("社会保障卡持卡人数", "万人"),
    ("网络零售额占社会消费品零售总额比重", "%"),
    ("信息消费占GDP比重", "%"),
    ("电子商务企业数量", "家"),
    ("电子政务外网覆盖率", "%"),
    ("光纤到户覆盖家庭数", "万户"),
    ("农村电商服务站覆盖率", "%"),       # not listed anywhere: adds real words
])
def test_near_misses_are_not_national_indicators(matcher, name, unit):
    r = m(matcher, name, unit)
    main_table = r.national is not None and r.national.row is not None
    assert not main_table, f"{name} wrongly taken for {r.national.name}"
    assert r.status != "doubtful"


def test_unit_in_name_rejects_a_lookalike(matcher):
    r = m(matcher, "信息消费规模占比（%）")
    assert r.national is None


def test_typo_is_a_doubtful_match(matcher):
    r = m(matcher, "固定宽带家庭普急率", "%")
    assert r.status == "doubtful" and r.candidate.name == "固定宽带家庭普及率"


def test_ambiguous_name_is_doubtful(matcher):
    r = m(matcher, "宽带普及率", "%")
    assert r.status == "doubtful"
    names = {r.candidate.name, *(a.name for a in r.alternatives)}
    assert {"固定宽带家庭普及率", "移动宽带用户普及率"} <= names


@pytest.mark.parametrize("name,canonical", [
    ("固定宽带家庭渗透率", "固定宽带家庭普及率"),        # 渗透率 = 普及率
    ("光纤入户用户占固定宽带用户比例", "光纤入户用户占总宽带用户的比率"),
    ("电商交易总额", "电子商务交易规模"),                # 电商 = 电子商务
    ("网上零售交易额", "网络零售额"),                    # 网上 = 网络
])
def test_pack_synonyms_unify_spellings(matcher, name, canonical):
    r = m(matcher, name)
    assert r.national is not None and r.national.name == canonical


def test_synonyms_do_not_merge_distinct_indicators(matcher):
    r = m(matcher, "网上零售额占社会消费品零售总额比重")
    assert r.national is None and r.status == "distinct"
    assert m(matcher, "社保卡持卡人数", "万人").national is None


@pytest.mark.parametrize("name", ["全省", "全省率", "全省移动电话普及率", "全市社会保障卡持卡人数", "全省城乡"])
def test_a_scope_prefix_leaves_near_misses_and_bare_words_alone(matcher, name):
    assert m(matcher, name).national is None


@pytest.mark.parametrize("name,unit", [
    ("6.固定宽带家庭普及率（%）", "%"), ("行政村光纤通达率（%，累计）", "%"), ("网民数量（亿人）", "亿人"),
    ("移动宽带（3G/4G）用户普及率", None), ("电子诉讼占比（预期性）", None),
])
def test_parentheses_giving_a_unit_or_an_attribute_are_not_part_of_the_name(name, unit):
    n = normalise_name(name)
    assert "（" not in n.display and "(" not in n.key and n.unit == unit


def test_a_parenthesis_that_narrows_the_scope_stays_in_the_name(matcher):
    n = normalise_name("宽带家庭普及率（农村）")
    assert (n.key, n.display) == ("宽带家庭普及率农村", "宽带家庭普及率(农村)")
    r = m(matcher, "宽带家庭普及率（农村）")
    assert r.national is None or r.national.name != "固定宽带家庭普及率"


@pytest.mark.parametrize("name", ["宽带用户总数", "移动宽带用户数", "网民增长率"])
def test_a_count_is_not_a_rate_even_against_an_alias_without_a_measure_word(matcher, name):
    assert m(matcher, name).national is None


@pytest.mark.parametrize("name,asked", [
    ("宽带覆盖率", "贫困村宽带网络覆盖率"), ("零售额", "网络零售额"), ("出口带宽", "互联网国际出口带宽"),
    ("专利授权数", "国内信息技术发明专利授权数"), ("消费规模", "信息消费规模"),
])
def test_a_name_lacking_what_makes_the_national_indicator_is_asked_about_not_matched(matcher, name, asked):
    """A province's 宽带覆盖率 is not the 贫困村 one: "did you mean" (PL103), never a silent match."""
    r = m(matcher, name)
    assert r.national is None and r.status == "doubtful" and r.candidate.name == asked


@pytest.mark.parametrize("name,canonical", [
    ("信息化指数", "信息化发展指数"), ("光纤入户比例", "光纤入户用户占总宽带用户的比率"), ("IT投资占比", "IT项目投资占全社会固定资产投资总额的比例"),
])
def test_a_name_holding_most_of_a_national_one_still_matches(matcher, name, canonical):
    r = m(matcher, name)
    assert r.national is not None and r.national.name == canonical


# --- the pack's glossary: abbreviations in Chinese names (issue 12) ---------------------------

@pytest.mark.parametrize("name,canonical", [
    ("FTTH用户占宽带用户比例", "光纤入户用户占总宽带用户的比率"),
    ("FTTx用户占比", "光纤入户用户占总宽带用户的比率"),
    ("FTTH/O用户占比", "光纤入户用户占总宽带用户的比率"),      # to the home and the office, as one count
    ("FTTH/FTTO用户占宽带用户比例", "光纤入户用户占总宽带用户的比率"),
    ("ICT产业收入规模（万亿元）", "信息产业收入规模"),
    ("4G/5G用户普及率", "移动宽带用户普及率"),
    ("3G/4G用户普及率", "移动宽带用户普及率"),
    ("信息化投资占全社会固定资产投资比重", "IT项目投资占全社会固定资产投资总额的比例"),
    ("信息化项目投资占全社会固定资产投资所占比重", "IT项目投资占全社会固定资产投资总额的比例"),
])
def test_an_abbreviation_the_glossary_spells_out_is_matched(matcher, name, canonical):
    r = m(matcher, name)
    assert r.matched and r.national.name == canonical, (name, r.status)


def test_a_spelled_out_abbreviation_still_keeps_qualifiers_apart(matcher):
    # FTTH覆盖率 is coverage, not the share of users: the pack's distinct names still hold
    assert not m(matcher, "FTTH覆盖率").matched
    assert not m(matcher, "IDC机架数").matched


def test_the_glossary_is_pack_data_quoting_the_national_text(pack, seed_text):
    import re
    flat = re.sub(r"\s+", "", seed_text)
    raw = pack.raw["indicators"]["defaults"]["name_glossary"]
    assert len(raw) >= 5
    for entry in raw:
        assert re.sub(r"\s+", "", entry["citation"]) in flat, entry
        assert (entry["term"], entry["means"]) in pack.name_synonyms


def test_a_name_normalised_again_or_past_the_memo_length_gives_the_same_key():
    """normalise_name keeps names up to folding.CACHED_UP_TO; a longer one is normalised each
    time, the same way."""
    from planlint.text.folding import CACHED_UP_TO

    name = "1.光纤入户用户占总宽带用户的比率（%）"
    assert normalise_name(name) == normalise_name(name)
    assert normalise_name(name).key == "光纤入户用户占总宽带用户比率" and normalise_name(name).unit == "%"
    padded = name.replace("（%）", "　" * CACHED_UP_TO + "（%）")
    assert len(padded) > CACHED_UP_TO
    assert normalise_name(padded).key == normalise_name(name).key


def test_a_matcher_keeps_a_bounded_number_of_keys_and_finds_the_same_key_past_it(pack, monkeypatch):
    import planlint.analysis.matching as matching

    monkeypatch.setattr(matching, "MAX_KEPT_KEYS", 3)
    m = IndicatorMatcher(pack)
    names = ["全省固定宽带家庭普及率", "1.网民数量（亿）", "“信息消费规模”", "全市城乡固定宽带家庭普及率（%）", "网民数量"]
    first = [m.key(n) for n in names]
    assert len(m._keys) <= 3
    assert [m.key(n) for n in names] == first
    assert first[0] == first[3] == m.key("固定宽带家庭普及率")      # scope words dropped either way
    assert first[1] == first[4]
