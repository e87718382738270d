"""Every template planlint says anything with: both languages, the same placeholders, one id each.

The templates sit in the modules that own the codes (checks/*, readers/messages.py,
policy/messages.py, run/messages.py, …); this walks the whole package and finds them all.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import string

import planlint
from planlint.messages import Template

_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def _modules():
    for info in pkgutil.walk_packages(planlint.__path__, "planlint."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _templates() -> list[tuple[str, str, Template]]:
    """(module, mapping, template) for every template a module declares in a module-level mapping."""
    found, seen = [], set()
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, dict):
                for t in value.values():
                    if isinstance(t, Template) and id(t) not in seen:
                        seen.add(id(t))
                        found.append((module.__name__, name, t))
    return found


TEMPLATES = _templates()


def _placeholders(pattern: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(pattern) if field is not None}


def _outside_quotes(text: str) -> str:
    return re.sub(r"“[^“”]*(?:“[^“”]*”[^“”]*)*”", "", text)


def test_templates_are_found_in_every_part_that_reports():
    ids = {t.id for _, _, t in TEMPLATES}
    for part in ("PL101.", "PL900.", "PL001.decoding.", "yaml.error.", "schema.", "front-matter.", "PL010.",
                 "PL001.run.", "quantity.", "coverage.", "inferred.title.", "inferred.configured"):
        assert any(i.startswith(part) for i in ids), part
    assert len(TEMPLATES) > 150


def test_every_template_has_a_unique_id():
    ids = [t.id for _, _, t in TEMPLATES]
    assert all(ids), [(m, n) for m, n, t in TEMPLATES if not t.id]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_both_languages_say_it_with_the_same_arguments():
    wrong = []
    for _, _, t in TEMPLATES:
        zh, en = _placeholders(t.zh), _placeholders(t.en)
        # an argument only one language shows is declared so; every other one is in both
        if not (t.zh.strip() and t.en.strip()) or zh ^ en != set(t.lang_only):
            wrong.append((t.id, sorted(zh - en), sorted(en - zh), sorted(t.lang_only)))
    assert not wrong, wrong


def test_the_english_is_english_outside_quoted_names():
    leaks = [(t.id, t.en) for _, _, t in TEMPLATES if _CJK.search(_outside_quotes(t.en))]
    assert not leaks, leaks


def test_a_template_renders_with_its_arguments():
    for _, _, t in TEMPLATES:
        args = {name: f"<{name}>" for name in _placeholders(t.zh) | _placeholders(t.en)}
        text = t(**args)
        assert str(text) == t.zh.format(**args), t.id
        assert text.render("en") == t.en.format(**args) and text.id == t.id


def test_every_code_has_its_templates():
    from planlint.checks.registry import RULES

    prefixes = {t.id.split(".")[0] for _, _, t in TEMPLATES}
    # PL001/PL002 frame every reading finding; PL003 and PL900 are the run's and the checks'
    missing = [r.code for r in RULES if r.code not in prefixes]
    assert not missing, missing
