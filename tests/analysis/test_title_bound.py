"""The bound that spares rapidfuzz calls (coverage._may_reach) never rejects a close title."""
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from planlint.analysis.coverage import _chars_of, _may_reach

ALPHABET = "智慧城市政务服务数据共享网络安全宽带乡村电子商务ab4G"
cores = st.text(alphabet=ALPHABET, min_size=1, max_size=10)


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(cores, st.lists(cores, min_size=1, max_size=5), st.sampled_from([50.0, 60.0, 67.0, 80.0, 100.0]))
def test_a_name_rejected_by_the_bound_scores_below_the_cutoff_against_every_title(name, titles, cutoff):
    if not _may_reach(name, _chars_of(titles), cutoff):
        assert all(fuzz.ratio(name, t) < cutoff for t in titles)


def test_names_sharing_too_few_characters_are_rejected_and_close_ones_kept():
    titles = ["智慧城市", "电子政务"]
    assert _may_reach("新型智慧城市", _chars_of(titles), 67.0)      # 4 of 6 characters: up to 80
    assert not _may_reach("宽带网络提速", _chars_of(titles), 67.0)   # none of them
    assert not _may_reach("网络安全城市", _chars_of(titles), 67.0)   # 2 of 6: at most 50
