"""The pack's coverage words (analysis/coverage_pack.py): derived once per pack, in a stable order."""
from planlint.analysis.coverage_pack import PackCoverage
from planlint.text.folding import normalise
from planlint.text.numbering import strip_heading_numbering


def test_an_items_name_cores_follow_its_name_then_its_aliases_each_once(pack):
    coverage = PackCoverage(pack.commitments)
    items = [i for i in (*pack.commitments.actions, *pack.commitments.projects) if i.aliases]
    assert items
    for item in items:
        expected = []
        for name in (item.name, *item.aliases):
            core = coverage.core_title(normalise(strip_heading_numbering(name)))
            if core and core not in expected:
                expected.append(core)
        assert list(coverage.words(item).name_cores) == expected

