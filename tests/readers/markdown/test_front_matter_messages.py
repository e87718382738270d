"""The Markdown front matter's findings (PL001, PL002) are templates: each reads in either language."""
from __future__ import annotations

import re

import pytest

from planlint.i18n import Catalog
from planlint.messages import Text
from planlint.readers.markdown.reader import read_markdown
from planlint.readers.messages import FRONT_MATTER

BODY = "# 某省信息化规划\n\n## 一、发展目标\n\n到2020年，建成信息基础设施。\n"

CASES = {   # template → a front matter that gives it
    "unclosed": "---\nlevel: province\n" + BODY,
    "too-long": "---\nx-notes: '" + "a" * 200_001 + "'\n---\n" + BODY,
    "not-yaml": "---\nlevel: [province\n---\n" + BODY,
    "issue": "---\nlevel: province\nlevel: city\n---\n" + BODY,
    "not-a-mapping": "---\n- province\n---\n" + BODY,
    "not-text": "---\nregion: [a, b]\n---\n" + BODY,
    "level-read-as": "---\nlevel: 省级\n---\n" + BODY,
    "level-invalid": "---\nlevel: planet\n---\n" + BODY,
    "period-invalid": "---\nperiod: soon\n---\n" + BODY,
}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_front_matter_template_has_a_case():
    assert set(CASES) | {"markdown-too-deep"} == set(FRONT_MATTER)


@pytest.mark.parametrize("name", sorted(CASES))
def test_front_matter_findings_are_templates_in_both_languages(name):
    found = [d for d in read_markdown(CASES[name], "plan.md").diagnostics if d.code in ("PL001", "PL002")]
    ours = [d for d in found if isinstance(d.message, Text) and d.message.args["detail"].template is FRONT_MATTER[name]]
    assert ours, [str(d.message) for d in found]
    for d in ours:
        english = Catalog("en").localize(d)
        assert english.message.startswith(("The file cannot be read or parsed: ", "The plan does not fit"))
        # only the plan's own words (quoted) may stay Chinese
        assert not _CJK.findall(re.sub(r"“[^”]*”", "", english.message)), english.message
        assert Catalog("zh").localize(d).message == str(d.message)


def test_an_unclosed_front_matter_says_how_to_close_it_in_english():
    [d] = [d for d in read_markdown(CASES["unclosed"], "plan.md").diagnostics if d.code == "PL001"]
    assert Catalog("en").localize(d).hint == "Add a “---” line after the metadata; the rest is read as the body"


@pytest.mark.parametrize("front, shown", [
    ("period: {0start: 2016, end: 2020}", '{"0start": 2016, "end": 2020}'),
    ("period: [2016, 2020, 2025]", "[2016, 2020, 2025]"),
    ("period: 2016.5", "2016.5"),
    ("level: [1, 2]", "[1, 2]"),
    ("level: true", "true"),
    ("period: '" + "十" * 500 + "'", "十" * 60 + "…"),
])
def test_a_value_that_is_not_text_is_quoted_short_in_its_finding(front, shown):
    """A mapping, list, number or boolean where text belongs is a located PL002 quoting it in flow
    form (never a crash), and a long value is cut short rather than echoed whole."""
    found = [d for d in read_markdown(f"---\n{front}\n---\n" + BODY, "plan.md").diagnostics if d.code == "PL002"]
    assert len(found) == 1 and found[0].loc.line == 2
    assert f"“{shown}”" in str(found[0].message)
    assert f"“{shown}”" in Catalog("en").localize(found[0]).message
