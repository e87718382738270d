"""The C-composed fast path gives exactly the event reader's tree, and steps aside otherwise."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planlint.readers.yaml import composed
from planlint.readers.yaml.tree import MAX_DEPTH, MAX_NODES, _load_events, load_tree

ROOT = Path(__file__).resolve().parents[3]
needs_libyaml = pytest.mark.skipif(composed._Loader is None, reason="PyYAML built without libyaml")

PLAIN = [
    "",
    "---\n",
    "title: 江苏省“十三五”信息化规划\nlevel: province\nperiod: {start: 2016, end: 2020}\n",
    "indicators:\n  - name: 固定宽带家庭普及率\n    target: {value: 70, year: 2020}\n    growth: 2.50\n",
    "a: [1, 0x1F, 1_000, 3.0e2, .5, yes, off, ~, null, '7', \"8\", 2016-01-01]\n",
    "a:\n  b:\n    - - x\n      - y\n    - {c: d}\n  e: |\n    多行\n    文本\n",
    "a: !!str 12\nb: !!int 0o17\nc: !!float abc\nd: ! 12\ne: !!null x\nf: !!bool x\n",
    "'1': one\n2: two\ntrue: t\n",
    "- 1\n- - 2\n  - [3, {4: 5}]\n",
]
ASIDE = [
    "a: 1\na: 2\n",                        # duplicate key
    "a: &x [1, 2]\nb: *x\n",              # alias
    "a: !custom 1\n",                      # odd tag
    "a: !!binary aGk=\n",
    "a: .inf\n",                           # not finite
    "? [1, 2]\n: x\n",                     # complex key
    "a: 1\n---\nb: 2\n",                   # several documents
    "a: [1\n",                             # syntax error
    "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
]


def _fast(text: str, first_line: int = 1):
    return composed.compose_tree(text, first_line - 1, MAX_DEPTH, MAX_NODES)


def _same(text: str, first_line: int = 1) -> None:
    fast = _fast(text, first_line)
    assert fast is not None, "a plain document should be composed"
    slow = _load_events(text, first_line)
    assert not slow.issues
    data, value_locs, key_locs, number_texts = fast
    assert data == slow.data and type(data) is type(slow.data)
    assert repr(data) == repr(slow.data)          # same key order, same int/float/bool types
    assert list(value_locs.items()) == list(slow.value_locs.items())
    assert key_locs == slow.key_locs
    assert number_texts == slow.number_texts


@needs_libyaml
@pytest.mark.parametrize("text", PLAIN)
def test_plain_documents_compose_to_the_event_readers_tree(text: str) -> None:
    _same(text)
    _same(text, first_line=2)              # front matter: every line shifted by the fence


@needs_libyaml
def test_every_shipped_yaml_plan_composes_to_the_same_tree() -> None:
    files = sorted((ROOT / "examples").rglob("*.yaml")) + sorted(Path("/work/shared/samples").glob("*.yaml"))
    files = [f for f in files if f.is_file()]
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        if composed.compose_tree(text, 0, MAX_DEPTH, MAX_NODES) is not None:
            _same(text)


@needs_libyaml
@pytest.mark.parametrize("text", ASIDE)
def test_anything_unusual_is_left_to_the_event_reader(text: str) -> None:
    assert _fast(text) is None


@pytest.mark.parametrize("text", ASIDE)
def test_load_tree_still_reports_what_the_event_reader_reports(text: str) -> None:
    def outcome(load):
        try:
            t = load(text)
        except Exception as err:   # YamlTreeError: compare message, location and code
            return (type(err).__name__, str(err.message), err.loc, err.code)
        return (repr(t.data), [(str(i.message), i.loc, i.path) for i in t.issues], t.value_locs, t.key_locs)

    assert outcome(load_tree) == outcome(lambda s: _load_events(s, 1))


@needs_libyaml
def test_libyaml_bounds_nesting_before_the_composer_recurses() -> None:
    # the C composer recurses per level: libyaml's own limit must refuse deep nesting first
    with pytest.raises(yaml.YAMLError):
        yaml.compose("[" * 100_000, Loader=composed._Loader)
    assert _fast("[" * 100_000) is None
