"""Loading YAML data files (rule packs, configurations, waivers, the divisions table) fast and safely.

A pack or configuration may come from an untrusted pull request, so data YAML gets the guards
plan YAML has: aliases may not expand far beyond the text (“billion laughs”), and nesting too
deep for the parser is a YAML error, not a RecursionError.
"""
from __future__ import annotations

from typing import Any

import yaml

from planlint.messages import Template, Text, catalogue

try:  # libyaml's parser is several times faster than PyYAML's pure-Python one
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

EXPANSION_FACTOR = 20       # nodes an alias-using document may expand to, per character of text
EXPANSION_FLOOR = 100_000


REFUSED = catalogue("data-yaml", {
    "too-deep": Template("嵌套层数过深，拒绝读取", "nested too deeply: refused"),
    "alias-bomb": Template("别名（*引用）展开后的内容远超文件本身（可能是“billion laughs”攻击），拒绝读取",
                           "aliases (*references) expand far beyond the file itself (a “billion laughs” attack?): "
                           "refused"),
})


class DataYamlError(yaml.YAMLError):
    """A data file refused before it is built (alias bomb, nesting too deep); `problem` says why,
    as PyYAML's own errors do."""

    def __init__(self, problem: Text):
        super().__init__(problem)
        self.problem = problem


def load_data(text: str) -> Any:
    """Plain data only: the safe loader constructs no Python objects from tags."""
    try:
        if "&" in text and "*" in text:     # aliases need an anchor: only then can a document expand
            _refuse_alias_bomb(text)
        return yaml.load(text, Loader=SafeLoader)
    except RecursionError:
        raise DataYamlError(REFUSED["too-deep"]()) from None


def _refuse_alias_bomb(text: str) -> None:
    """Count the nodes (and characters) the document would build, each shared (aliased) node
    once per use."""
    root = yaml.compose(text, Loader=SafeLoader)
    if root is None:
        return
    limit = max(EXPANSION_FLOOR, EXPANSION_FACTOR * len(text))
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:                       # post-order without recursion: the nesting may be deep
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if done:
            total = _own_size(node) + sum(sizes[id(c)] for c in children)
            if total > limit:
                raise DataYamlError(REFUSED["alias-bomb"]())
            sizes[id(node)] = total
        else:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)


def _own_size(node: yaml.Node) -> int:
    """A node counts once, a string also by its length: 3,000 aliases of one 1 MB string are
    3 GB once anything (the pack cache's json.dumps, a schema check) copies them out."""
    return 1 + (len(node.value) if isinstance(node, yaml.ScalarNode) else 0)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []
