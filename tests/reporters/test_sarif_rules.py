"""SARIF rule descriptions: each rule's explanation and basis, distinct from its summary (issue 14)."""
from __future__ import annotations

import json
import re

import pytest

from planlint.checks.registry import RULES
from planlint.i18n import Catalog
from planlint.reporters import sarif
from planlint.reporters.context import RenderContext

HAN = re.compile(r"[\u4e00-\u9fff]")


def driver_rules(lang: str) -> list[dict]:
    ctx = RenderContext(pack_name="national-13th", rules=list(RULES), catalog=Catalog(lang))
    return json.loads(sarif.render([], ctx))["runs"][0]["tool"]["driver"]["rules"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_rule_has_its_own_full_description_and_help(lang):
    rules = driver_rules(lang)
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    for r in rules:
        short, full, help_text = r["shortDescription"]["text"], r["fullDescription"]["text"], r["help"]["text"]
        assert full != short and len(full) > len(short), r["id"]
        assert full in help_text and f"planlint rule {r['id']}" in help_text
        assert f"`planlint rule {r['id']}`" in r["help"]["markdown"]
    assert len({r["fullDescription"]["text"] for r in rules}) == len(rules)


def test_a_rule_resting_on_national_items_names_them_in_its_help():
    by_id = {r["id"]: r for r in driver_rules("zh")}
    assert "规则包 national-13th" in by_id["PL204"]["help"]["text"] and "重点工程" in by_id["PL204"]["help"]["text"]
    assert "规则包" not in by_id["PL001"]["help"]["text"]


def test_english_descriptions_are_english():
    for r in driver_rules("en"):
        for text in (r["shortDescription"]["text"], r["fullDescription"]["text"]):
            # Chinese only where the rule quotes the national plan's own words
            assert len(HAN.findall(text)) <= 12, (r["id"], text)
