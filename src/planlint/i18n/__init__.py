"""Reports in more than one language: the one step where a finding is localised.

Checks, readers and the run say what they find with templates (`planlint.messages`): every
finding carries its code, the template its message was made from and the arguments. `localize`
renders those for the report's language; the report frame, severities and rule summaries come
from `catalog.py`. `subject` always stays the canonical Chinese name of the national item, so
fingerprints, waivers and dashboards do not depend on the language; names quoted in messages
(“…”) stay as the plan or the national text writes them.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Mapping, Optional

from planlint.diagnostics import Diagnostic
from planlint.i18n.catalog import FRAME
from planlint.messages import LANGS, Arg, Text, bilingual_name, nest_quotes, render, tidy

if TYPE_CHECKING:
    from planlint.model import Inference

__all__ = ["Catalog", "DEFAULT_LANG", "LANGS", "nest_quotes"]

DEFAULT_LANG = "zh"


def _nested(d: Diagnostic) -> Diagnostic:
    texts = (d.message, d.hint, d.expected, d.actual)
    nested = tuple(map(nest_quotes, texts))
    evidence = [nest_quotes(e) or e for e in d.evidence]
    if nested == texts and evidence == d.evidence:
        return d
    return replace(d, message=nested[0] or d.message, hint=nested[1], expected=nested[2], actual=nested[3],
                   evidence=evidence)


class Catalog:
    """One language's wording; `names` maps the packs' Chinese item names to their English
    names (`name_en`), so an English report can say which indicator it means."""

    def __init__(self, lang: str = DEFAULT_LANG, names: Optional[Mapping[str, str]] = None):
        if lang not in LANGS:
            raise ValueError(lang)
        self.lang = lang
        self.names: dict[str, str] = dict(names or {})

    def name(self, zh: str) -> str:
        """A national item's name as this language shows it: `English (中文)` in English when
        the pack gives an English name, else the Chinese name alone."""
        return bilingual_name(zh, self.names.get(zh), self.lang)

    def _named(self, value: Optional[Arg]) -> Optional[Arg]:
        """A text whose arguments naming a pack item show the English name beside the Chinese;
        only whole arguments are replaced, never words inside the plan's own sentences."""
        if not self.names or not isinstance(value, Text):
            return value
        args = {k: (self.name(v) if type(v) is str and v in self.names else self._named(v))
                for k, v in value.args.items()}
        return Text(value.template, args) if args != value.args else value

    def t(self, key: str, **values: object) -> str:
        """A frame string; a key missing from a language falls back to Chinese."""
        template = FRAME[self.lang].get(key) or FRAME[DEFAULT_LANG][key]
        return template.format(**values)

    def severity(self, severity: str) -> str:
        return self.t(f"severity.{severity}")

    def summary(self, code: str, default: str) -> str:
        """A rule's one-line summary in this language (the registry holds every language's);
        `default` is the Chinese one."""
        if self.lang == DEFAULT_LANG:
            return default
        from planlint.checks.registry import find_rule   # the rules are loaded by then: a lint or a listing

        rule = find_rule(code)
        return rule.summary_in(self.lang) if rule is not None else default

    def note(self, inference: "Inference") -> str:
        """What planlint decided about the plan's metadata itself (the text report's 推断 lines)."""
        return render(inference.text, self.lang) or ""

    def source(self, text: Optional[str]) -> Optional[str]:
        """The citation of the national text, as its structure: 二、（三）发展目标 → Section 2(3) Development goals."""
        if text is None or self.lang == DEFAULT_LANG:
            return text
        from planlint.i18n.citations import citation

        return citation(text, self.lang)

    def _value(self, text: Optional[str]) -> Optional[str]:
        """An expected or actual value: trimmed where a unit English leaves unsaid left a space."""
        shown = render(self._named(text), self.lang)
        return tidy(shown) if shown and isinstance(text, Text) else shown

    def localize(self, d: Diagnostic, default_summary: str = "") -> Diagnostic:
        """The finding as this language shows it (quotes in quotes nested in either)."""
        if self.lang == DEFAULT_LANG:
            return _nested(d)
        if isinstance(d.message, Text):
            message = render(self._named(d.message), self.lang) or ""
        else:                     # a finished sentence no template made: the English summary, then it
            message = f"{self.summary(d.code, default_summary)}: {d.message}"
        return _nested(replace(d, message=message, expected=self._value(d.expected), actual=self._value(d.actual),
                               source=self.source(d.source), hint=render(self._named(d.hint), self.lang),
                               place=render(d.place, self.lang),
                               subject_en=self.names.get(d.subject) if d.subject else None,
                               evidence=[render(e, self.lang) or "" for e in d.evidence]))

    def localize_all(self, diags: Iterable[Diagnostic], summaries: dict[str, str]) -> list[Diagnostic]:
        return [self.localize(d, summaries.get(d.code, "")) for d in diags]
