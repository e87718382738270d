"""Messages in more than one language: one catalogue per language, looked up by key.

Checks write their findings in Chinese (the plans and the national text are Chinese). For
`--lang en` the report frame, severities, rule summaries and the findings of the main codes are
rebuilt from a finding's structured fields (code, subject, expected, actual) with the templates
in `catalog.py`; `subject` always stays the canonical Chinese name of the national item, so
fingerprints, waivers and dashboards do not depend on the language.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from planlint.diagnostics import Diagnostic
from planlint.i18n.catalog import FINDINGS, FRAGMENTS, FRAME, RULE_SUMMARIES

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"


class Catalog:
    def __init__(self, lang: str = DEFAULT_LANG):
        if lang not in LANGS:
            raise ValueError(lang)
        self.lang = lang

    def t(self, key: str, **values: object) -> str:
        """A frame string; a key missing from a language falls back to Chinese."""
        template = FRAME[self.lang].get(key) or FRAME[DEFAULT_LANG][key]
        return template.format(**values)

    def severity(self, severity: str) -> str:
        return self.t(f"severity.{severity}")

    def summary(self, code: str, default: str) -> str:
        """A rule's one-line summary; Chinese is the rule's own text."""
        if self.lang == DEFAULT_LANG:
            return default
        return RULE_SUMMARIES[self.lang].get(code, default)

    def fragment(self, text: Optional[str]) -> Optional[str]:
        """Translate the recurring pieces of expected/actual values (years, growth, 'not set')."""
        if text is None or self.lang == DEFAULT_LANG:
            return text
        for pattern, repl in FRAGMENTS[self.lang]:
            text = re.sub(pattern, repl, text)
        return text

    def localize(self, d: Diagnostic, default_summary: str = "") -> Diagnostic:
        if self.lang == DEFAULT_LANG:
            return d
        expected, actual = self.fragment(d.expected), self.fragment(d.actual)
        template = FINDINGS[self.lang].get(d.code)
        values = {"subject": d.subject or "", "expected": expected or "", "actual": actual or "",
                  "detail": d.message}
        if template is not None and (d.subject or "{subject}" not in template):
            message = template.format(**values)
        else:   # no template: the English summary, then the Chinese detail
            message = f"{self.summary(d.code, default_summary)}: {d.message}"
        return replace(d, message=message, expected=expected, actual=actual)

    def localize_all(self, diags: Iterable[Diagnostic], summaries: dict[str, str]) -> list[Diagnostic]:
        return [self.localize(d, summaries.get(d.code, "")) for d in diags]
