"""normalise: what coverage compares texts as, and what it keeps between plans."""
from planlint.text import folding
from planlint.text.folding import CACHED_UP_TO, normalise


def test_width_case_dashes_and_punctuation_are_folded():
    assert normalise("“互联网＋政务服务”——ＩＰｖ６，（试点）") == "互联网+政务服务-ipv6试点"


def test_a_whole_section_is_folded_but_not_kept_for_later_plans():
    # a many-plan run folds every section of every plan: keeping those texts in the cache would
    # make memory grow with the number of plans (names and sentences are short and recur)
    before = folding._fold_cached.cache_info().currsize
    for i in range(50):
        section = f"（{i}）推进宽带网络光纤化改造，" + "加快建设新一代信息基础设施。" * (CACHED_UP_TO // 10)
        assert len(section) > CACHED_UP_TO
        assert normalise(section).startswith(f"{i}推进宽带网络光纤化改造")
    assert folding._fold_cached.cache_info().currsize == before
    normalise("固定宽带家庭普及率")
    assert normalise("固定宽带家庭普及率") == "固定宽带家庭普及率"
