"""The rule registry: every code declared once, every code planlint emits declared, and the
README's codes table in step with it."""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from functools import lru_cache
from pathlib import Path

import pytest

import planlint
import planlint.checks
from planlint.checks.base import Rule
from planlint.checks.registry import BY_CODE, CHECKS, MODULES, RULES, codes_table, find_rule
from planlint.diagnostics import SEVERITIES

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(planlint.__file__).resolve().parent
CODE = re.compile(r"PL\d{3}")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CJK = re.compile(r"[\u2e80-\u9fff\uff00-\uffef]")


def _modules_declaring_rules() -> list[str]:
    names = []
    for info in pkgutil.iter_modules(planlint.checks.__path__):
        if info.name in ("registry", "__main__"):    # the list itself, and its command line
            continue
        module = importlib.import_module(f"planlint.checks.{info.name}")
        if hasattr(module, "RULES"):
            names.append(module.__name__)
    return names


# --------------------------------------------------------------- declared once

def test_every_code_is_declared_in_exactly_one_module():
    declared = [(r.code, m.__name__) for m in MODULES for r in m.RULES]
    codes = [code for code, _ in declared]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
    assert [r.code for r in RULES] == sorted(codes)
    assert set(BY_CODE) == set(codes) and all(BY_CODE[r.code] is r for r in RULES)


def test_every_module_that_declares_rules_is_in_the_registry():
    """A rule module left out of MODULES would be neither run nor listed."""
    assert sorted(_modules_declaring_rules()) == sorted(m.__name__ for m in MODULES)


def test_every_check_is_registered_with_its_own_rules():
    for m in MODULES:
        check = getattr(m, "CHECK", None)
        if check is not None:
            assert check.rules is m.RULES, m.__name__
            assert check in CHECKS
    assert len(CHECKS) == len({id(c) for c in CHECKS})
    assert {r.code for c in CHECKS for r in c.rules} <= set(BY_CODE)


def test_the_codes_reported_outside_the_checks_are_declared_in_modules_without_a_check():
    outside = {"PL001", "PL002", "PL010", "PL011", "PL012", "PL900"}
    for m in MODULES:
        if any(r.code in outside for r in m.RULES):
            assert not hasattr(m, "CHECK") and {r.code for r in m.RULES} <= outside, m.__name__


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_each_rule_is_fully_declared(rule: Rule):
    assert re.fullmatch(r"PL\d{3}", rule.code)
    assert KEBAB.match(rule.name), rule.name
    assert rule.severity in SEVERITIES
    assert set(rule.other_severities) <= set(SEVERITIES) and rule.severity not in rule.other_severities
    assert rule.summary and CJK.search(rule.summary)
    assert rule.summary_en and not CJK.search(rule.summary_en), rule.summary_en
    assert rule.readme and "|" not in rule.readme and "\n" not in rule.readme
    assert not rule.explanation_en or not CJK.search(rule.explanation_en)


def test_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_find_rule():
    assert find_rule("PL102") is BY_CODE["PL102"] and find_rule("pl102") is BY_CODE["PL102"]
    assert find_rule("PL999") is None


def test_texts_in_each_language():
    rule = BY_CODE["PL101"]
    assert rule.summary_in("zh") == rule.summary and rule.summary_in("en") == rule.summary_en
    # every rule has its English explanation; a rule without one would show the Chinese
    assert all(r.explanation and r.explanation_en for r in RULES)
    assert rule.explanation_in("en") == rule.explanation_en and rule.explanation_in("zh") == rule.explanation
    unwritten = Rule("PL999", "x", "info", "概要", "Summary", "说明")
    assert unwritten.explanation_in("en") == "说明"
    written = Rule("PL999", "x", "info", "概要", "Summary", "说明", "Explanation")
    assert written.explanation_in("en") == "Explanation" and written.explanation_in("zh") == "说明"


# --------------------------------------------------------------- every emitted code declared

@lru_cache(maxsize=None)
def _trees() -> tuple[tuple[str, ast.AST], ...]:
    """Every module of the package, parsed once: (path under planlint/, tree)."""
    return tuple((path.relative_to(SOURCE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
                 for path in sorted(SOURCE.rglob("*.py")))


def _strings(tree: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _emitted(tree: ast.AST) -> set[str]:
    """Codes given to Diagnostic(...) as a string, or as a `code` default (readers pass them on)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Diagnostic":
            args = [*node.args[2:3], *(k.value for k in node.keywords if k.arg == "code")]
            found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
        if isinstance(node, ast.arguments):
            named = [*node.posonlyargs, *node.args][-len(node.defaults):] if node.defaults else []
            found |= {d.value for a, d in zip(named, node.defaults)
                      if a.arg == "code" and isinstance(d, ast.Constant) and isinstance(d.value, str)}
    return found


def test_every_code_a_module_emits_is_registered_and_every_registered_code_is_emitted():
    emitted: dict[str, set[str]] = {}
    for path, tree in _trees():
        for code in _emitted(tree):
            emitted.setdefault(code, set()).add(path)
    assert set(emitted) == set(BY_CODE), {c: emitted.get(c) for c in set(emitted) ^ set(BY_CODE)}
    # the codes reported outside the checks are emitted where the registry says, as strings
    assert any(p.startswith("readers/") for p in emitted["PL001"]) and any(p.startswith("readers/") for p in emitted["PL002"])
    assert {"PL010", "PL011", "PL012"} <= {c for c, ps in emitted.items() if "policy/suppressions.py" in ps}
    assert "run/engine.py" in emitted["PL900"] and "checks/__init__.py" in emitted["PL900"]
    assert emitted["PL003"] == {"checks/level_unknown.py"}     # a check now, not the engine


def test_every_code_named_in_any_text_exists():
    """Messages, hints, help and explanations name only codes that exist."""
    unknown = {(path, code) for path, tree in _trees() for s in _strings(tree)
               for code in CODE.findall(s) if code not in BY_CODE}
    assert not unknown


def test_each_check_reports_only_the_codes_it_declares():
    for m in MODULES:
        if hasattr(m, "CHECK"):
            emitted = _emitted(ast.parse(Path(m.__file__).read_text(encoding="utf-8")))
            assert emitted and emitted <= {r.code for r in m.RULES}, m.__name__


def test_readers_and_suppressions_do_not_import_the_checks():
    """They emit their codes as strings; the registry declares them."""
    importers = []
    for path, tree in _trees():
        if not (path.startswith("readers/") or path == "policy/suppressions.py"):
            continue
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n == "planlint.checks" or n.startswith("planlint.checks.") for n in names):
                importers.append(path)
    assert not importers


# --------------------------------------------------------------- the README's table

def _readme_codes_table() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Codes\n", 1)[1].split("\n## ", 1)[0]
    return "".join(line + "\n" for line in section.splitlines() if line.startswith("|"))


def test_readme_codes_table_is_the_registry():
    expected = codes_table()
    assert _readme_codes_table() == expected, (
        "README.md's table under “## Codes” differs from the registry; replace it with "
        "(python -m planlint.checks prints it):\n\n" + expected)


def test_the_table_has_a_row_per_code():
    rows = codes_table().splitlines()[2:]
    assert [row.split(" | ")[0].lstrip("| ") for row in rows] == [r.code for r in RULES]
    assert "| PL102 | error / warning | the target is weaker" in codes_table()
