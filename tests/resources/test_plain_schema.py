"""plain_schema.surely_valid: the shortcut may say "not sure", never "valid" of an invalid plan.

jsonschema (the explaining validator) is the reference: every document the shortcut calls
valid must have no jsonschema error, whether it is a real plan, a plan damaged key by key, or
a document drawn at random from the plan schema's own names and awkward values.
"""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from planlint.readers.yaml.tree import load_tree
from planlint.resources.paths import validator
from planlint.resources.plain_schema import plain_checker, surely_valid

from tests.run.test_properties import CI

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PLANS = sorted(EXAMPLES.glob("*.yaml"))
SCHEMA = validator("plan.schema.json").schema
PLAN = plain_checker(SCHEMA)
REFERENCE = Draft202012Validator(SCHEMA)


def valid(document) -> bool:
    return not list(REFERENCE.iter_errors(document))


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_the_example_plans_are_recognised_as_valid_without_a_validator(plan):
    data = load_tree(plan.read_text(encoding="utf-8")).data
    assert valid(data)
    assert surely_valid(PLAN, data)


@pytest.mark.parametrize("document", [
    {"title": ""},                                               # minLength
    {"level": "省级"},                                            # enum
    {"period": {"start": 1948}},                                 # minimum
    {"period": {"start": 2016, "end": 2101}},                    # maximum
    {"period": {"start": True}},                                 # a boolean is no integer
    {"period": {"start": "2016"}},                               # nor is a string
    {"period": {"begin": 2016}},                                 # additionalProperties false
    {"indicators": [{"unit": "%"}]},                             # required
    {"indicators": [{"name": "x", "target": {"year": 2020}}]},   # required, one level down
    {"indicators": [{"name": "x", "growth": None}]},             # number or string
    {"indicators": {"name": "x"}},                               # an array, not a mapping
    {"sections": [{"heading": "一", "sections": [{"body": "b"}]}]},  # the recursive $ref
    {"owner": "某局"},                                            # an unknown key
    {"x": 1},                                                    # "x" is no "x-" extension
])
def test_an_invalid_plan_is_never_called_valid(document):
    assert not valid(document)
    assert not surely_valid(PLAN, document)


@pytest.mark.parametrize("document", [
    {"period": {"start": 2016.0, "end": 2020}},   # validators differ on whether 2016.0 is an integer
    {"indicators": [{"name": "x", "growth": float("nan")}]},
])
def test_where_the_shortcut_is_unsure_the_validators_decide_as_before(document):
    from planlint.resources.paths import SchemaValidator

    fresh = SchemaValidator("plan.schema.json")
    assert not surely_valid(PLAN, document)
    assert bool(list(fresh.iter_errors(document))) == (not valid(document))


def test_extension_keys_are_accepted_at_every_level_that_allows_them():
    document = {"title": "某市规划", "x-owner": {"any": [1, None]},
                "indicators": [{"name": "x", "x-source": "统计局"}],
                "sections": [{"heading": "一", "x-draft": True, "sections": [{"heading": "二"}]}]}
    assert valid(document) and surely_valid(PLAN, document)
    assert not surely_valid(PLAN, {"period": {"start": 2016, "x-note": "n"}})   # not allowed there


def test_a_schema_keyword_it_does_not_know_makes_it_unsure():
    assert plain_checker({"type": "object", "properties": {"a": {"type": "string", "format": "email"}}}) is None
    assert not surely_valid(None, {"a": "not an address"})
    assert surely_valid(plain_checker({"type": "object", "properties": {"a": {"type": "string"}}}), {"a": "x"})


def test_nesting_deeper_than_the_stack_is_left_to_the_validator():
    section = {"heading": "末"}
    for i in range(3000):
        section = {"heading": f"第{i}层", "sections": [section]}
    assert not surely_valid(PLAN, {"sections": [section]})


NAMES = ["title", "level", "region", "department", "period", "start", "end", "indicators", "actions",
         "projects", "sections", "name", "unit", "category", "base", "target", "growth", "nature", "note",
         "year", "value", "goal", "body", "heading", "x-", "x-note", "x", "other"]
SCALARS = st.one_of(
    st.none(), st.booleans(),
    st.sampled_from([0, 1948, 1949, 2016, 2020, 2100, 2101, 2 ** 70, -1]),
    st.sampled_from([0.5, 75.0, 2020.0, 1e300, -0.0]),
    st.sampled_from(["", "x", "province", "city", "national", "预期性", "约束性", "省级", "75%", "2020"]),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(NAMES), inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=400, **CI)
@given(document=st.dictionaries(st.sampled_from(NAMES), DOCUMENTS, max_size=6))
def test_random_documents_called_valid_are_valid(document):
    if surely_valid(PLAN, document):
        assert valid(document)


@settings(max_examples=200, **CI)
@given(plan=st.sampled_from(PLANS), data=st.data())
def test_damaged_plans_called_valid_are_valid(plan, data):
    document = copy.deepcopy(load_tree(plan.read_text(encoding="utf-8")).data)
    for _ in range(data.draw(st.integers(1, 3))):
        _damage(document, data)
    if surely_valid(PLAN, document):
        assert valid(document)


def _damage(document, data) -> None:
    """Replace, drop or add one value somewhere in the document."""
    node = document
    while True:
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        containers = [(k, v) for k, v in children if isinstance(v, (dict, list)) and v]
        if not containers or data.draw(st.booleans()):
            break
        node = data.draw(st.sampled_from(containers))[1]
    action = data.draw(st.sampled_from(["replace", "drop", "add"]))
    keys = list(node) if isinstance(node, dict) else list(range(len(node)))
    if action == "add" or not keys:
        if isinstance(node, dict):
            node[data.draw(st.sampled_from(NAMES))] = data.draw(DOCUMENTS)
        else:
            node.append(data.draw(DOCUMENTS))
        return
    key = data.draw(st.sampled_from(keys))
    if action == "drop":
        del node[key]
    else:
        node[key] = data.draw(DOCUMENTS)
