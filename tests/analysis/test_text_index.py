"""The coverage's text index answers the same whether it indexes character pairs or scans."""
from hypothesis import given, settings
from hypothesis import strategies as st

from planlint.analysis.coverage import _TextIndex
from planlint.analysis.coverage_pack import ItemWords, containments

ALPHABET = "宽带网络光纤入户信息化政务服务数据共享ab1-"
texts = st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=12)
terms = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=5), min_size=1, max_size=10)


def naive(texts: list[str], term: str) -> frozenset[int]:
    return frozenset(i for i, t in enumerate(texts) if term in t)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(texts, terms)
def test_pair_index_and_scan_find_exactly_the_texts_holding_a_term(texts, terms):
    indexed, scanned = _TextIndex(texts), _TextIndex(texts, scan=True)
    for term in terms:
        expected = naive(texts, term)
        assert indexed.occurrences(term) == expected
        assert scanned.occurrences(term) == expected


def test_a_term_found_in_several_texts_and_at_their_edges():
    texts = ["光纤入户", "入户光纤", "", "光纤", "纤入"]
    for index in (_TextIndex(texts), _TextIndex(texts, scan=True)):
        assert index.occurrences("光纤") == {0, 1, 3}
        assert index.occurrences("纤入") == {0, 4}
        assert index.occurrences("入户光") == {1}
        assert index.occurrences("户光纤入") == frozenset()    # only across two texts


def naive_hits(texts: list[str], terms: list[str]) -> dict[int, list[int]]:
    """Each text's terms, tested one by one in order, a term inside one found before skipped."""
    out: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        found: list[int] = []
        for j, term in enumerate(terms):
            if term in text and not any(term in terms[k] for k in found):
                found.append(j)
        if found:
            out[i] = found
    return out


@settings(max_examples=300, derandomize=True, deadline=None)
@given(texts, terms)
def test_term_hits_are_the_terms_a_text_holds_in_order_without_those_inside_earlier_ones(texts, terms):
    words = ItemWords(tuple((t, t, 1.0) for t in terms), tuple(terms), containments(tuple(terms)), (), ())
    for index in (_TextIndex(texts), _TextIndex(texts, scan=True)):
        assert index.term_hits("item", words) == naive_hits(texts, terms)


def test_a_term_inside_an_earlier_one_adds_nothing_where_that_one_is_found():
    texts = ["推进宽带网络建设", "普及宽带", "网络安全"]
    terms = ("宽带网络", "宽带", "网络")
    words = ItemWords(tuple((t, t, 1.0) for t in terms), terms, containments(terms), (), ())
    assert _TextIndex(texts).term_hits("item", words) == {0: [0], 1: [1], 2: [2]}
