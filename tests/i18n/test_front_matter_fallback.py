"""TEMPORARY, with i18n/front_matter_fallback.py: the Markdown reader's finished front-matter
sentences are matched back to the templates they were written from."""
from __future__ import annotations

import pytest

from planlint.diagnostics import Diagnostic
from planlint.i18n import Catalog
from planlint.model import Location
from planlint.readers.messages import FRONT_MATTER, FRONT_MATTER_HINTS, TREE_ERRORS, TREE_ISSUES

ARGS = {"length": "5000", "key": "region", "value": "省级", "level": "province", "levels": "national | province",
        "error": TREE_ERRORS["syntax"](problem="expected ',' or ']', but got '<stream end>'"),
        "issue": TREE_ISSUES["duplicate-key"](key="level", line=3)}


@pytest.mark.parametrize("name", sorted(FRONT_MATTER))
def test_every_front_matter_sentence_is_recognised(name):
    template = FRONT_MATTER[name]
    text = template(**{k: v for k, v in ARGS.items() if "{" + k + "}" in template.zh})
    d = Diagnostic("p.md", Location(1, 1), "PL001", "error", str(text), hint=str(FRONT_MATTER_HINTS["close-it"]()))
    shown = Catalog("en").localize(d)
    assert shown.message == "The file cannot be read or parsed: " + text.render("en")
    assert shown.hint == FRONT_MATTER_HINTS["close-it"].en


def test_an_unknown_sentence_keeps_its_chinese_after_the_summary():
    d = Diagnostic("p.md", Location(1, 1), "PL002", "error", "前置元数据有新的问题")
    assert Catalog("en").localize(d).message == \
        "The plan does not fit the plan format (schema/plan.schema.json): 前置元数据有新的问题"
