"""Which rule pack items each rule's findings rest on: declared on the rule (Rule.derives_from),
read by `planlint rule CODE` (the items it lists) and `planlint rule NAME` (the codes it lists)."""
from __future__ import annotations

import pytest

from planlint.checks.registry import BY_CODE, RULES
from planlint.i18n import Catalog
from planlint.reporters.explain import explain_item, explain_rule, find_items

INDICATOR_CODES = {"PL101", "PL102", "PL103", "PL104", "PL105", "PL106", "PL107",
                   "PL111", "PL112", "PL113", "PL114", "PL115"}


def kinds() -> dict[str, str]:
    return {r.code: r.derives_from.kind for r in RULES if r.derives_from is not None}


def test_each_code_declares_the_kind_of_item_it_rests_on():
    assert kinds() == {**dict.fromkeys(INDICATOR_CODES, "indicator"), "PL201": "action", "PL202": "action",
                       "PL203": "action", "PL204": "project", "PL205": "duty", "PL206": "task"}
    # the codes about the file, its period and level, the suppressions and planlint itself rest on none
    assert {r.code for r in RULES if r.derives_from is None} == {
        "PL001", "PL002", "PL003", "PL004", "PL005", "PL006", "PL008", "PL010", "PL011", "PL012", "PL900"}


def test_pl101_rests_on_the_indicators_some_level_or_department_must_carry(pack):
    items = BY_CODE["PL101"].derives_from.select(pack)
    assert items and all(i.required_levels or i.required_departments for i in items)
    assert len(items) < len(pack.indicators) == len(BY_CODE["PL102"].derives_from.select(pack))


def test_pl201_and_pl202_rest_on_the_actions_asked_of_a_level(pack):
    actions = pack.commitments.actions
    asked = [a for a in actions if a.required_levels or a.advised_levels]
    assert 0 < len(asked) < len(actions)
    for code in ("PL201", "PL202"):
        assert BY_CODE[code].derives_from.select(pack) == asked


def test_pl203_rests_on_the_action_targets_a_local_plan_answers_for(pack):
    derives = BY_CODE["PL203"].derives_from
    items = derives.select(pack)
    assert items and all(derives.shown_targets(a) for a in items)
    shown = [t for a in items for t in derives.shown_targets(a)]
    assert all(t.binds != "national" and t.value is not None for t in shown)
    every = [t for a in pack.commitments.actions for t in a.targets]
    assert len(shown) < len(every)       # national totals are not a local plan's to meet
    text = explain_rule(BY_CODE["PL203"], pack, Catalog("zh"))
    assert all(t.citation.quote in text for t in shown)


@pytest.mark.parametrize("code,collection", [("PL204", "projects"), ("PL205", "duties"), ("PL206", "tasks")])
def test_the_other_commitment_codes_rest_on_every_item_of_their_kind(pack, code, collection):
    assert BY_CODE[code].derives_from.select(pack) == list(getattr(pack.commitments, collection))


def test_a_national_item_lists_the_codes_of_its_kind(pack):
    zh = Catalog("zh")
    [duty] = find_items("中国—东盟信息港", pack)
    assert "相关代码：PL205\n" in explain_item(duty, pack, zh)       # an empty list before the registry
    [indicator] = find_items("固定宽带家庭普及率", pack)
    assert f"相关代码：{' '.join(sorted(INDICATOR_CODES))}\n" in explain_item(indicator, pack, zh)
    action = pack.commitments.actions[0]
    assert "相关代码：PL201 PL202 PL203\n" in explain_item(action, pack, zh)


def test_a_pack_without_commitments_gives_no_commitment_items(pack):
    from dataclasses import replace

    bare = replace(pack, commitments=None)
    assert BY_CODE["PL201"].derives_from.select(bare) == []
    assert BY_CODE["PL102"].derives_from.select(bare) == list(pack.indicators)
