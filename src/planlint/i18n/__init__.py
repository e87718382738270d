"""Reports in more than one language: the one step where a finding is localised.

The checks say what they find with templates (`planlint.messages`): each finding carries its
code, the template its message was made from and the arguments, and `localize` renders them for
the report's language. Codes reported outside the checks (readers, suppressions, the runner)
still come as Chinese sentences, rebuilt for other languages from `catalog.py` until they carry
templates too. The report frame, severities and rule summaries come from `catalog.py`.
`subject` always stays the canonical Chinese name of the national item, so fingerprints,
waivers and dashboards do not depend on the language; names quoted in messages (“…”) stay as
the plan or the national text writes them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable, Optional

from planlint.diagnostics import Diagnostic
from planlint.i18n.catalog import (
    DETAIL_WORDS, DETAILS, FINDINGS, FRAGMENTS, FRAME, HINTS, MESSAGES, NOTES, PARTS, RAW_ARGS, RULE_SUMMARIES,
    UNIT_BASES, UNIT_MAGNITUDES, UNIT_SPECIAL,
)
from planlint.messages import LANGS, Text, nest_quotes, render, tidy

__all__ = ["Catalog", "DEFAULT_LANG", "LANGS", "nest_quotes"]

DEFAULT_LANG = "zh"

_QUOTES = {"“": "”", "「": "」"}


def outside_quotes(text: str, fn: Callable[[str], str]) -> str:
    """Apply fn to the parts of text outside “…” and 「…」 (nested quotes included)."""
    out, plain, depth, closing = [], [], 0, []
    for ch in text:
        if depth == 0 and ch in _QUOTES:
            out.append(fn("".join(plain)))
            plain = []
        if ch in _QUOTES:
            depth += 1
            closing.append(_QUOTES[ch])
            out.append(ch)
        elif depth and ch == closing[-1]:
            depth -= 1
            closing.pop()
            out.append(ch)
        elif depth:
            out.append(ch)
        else:
            plain.append(ch)
    out.append(fn("".join(plain)))
    return "".join(out)


def _nested(d: Diagnostic) -> Diagnostic:
    texts = (d.message, d.hint, d.expected, d.actual)
    nested = tuple(map(nest_quotes, texts))
    evidence = [nest_quotes(e) or e for e in d.evidence]
    if nested == texts and evidence == d.evidence:
        return d
    return replace(d, message=nested[0] or d.message, hint=nested[1], expected=nested[2], actual=nested[3],
                   evidence=evidence)


@lru_cache(maxsize=None)
def _unit_pattern(lang: str) -> "re.Pattern[str]":
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    return re.compile(rf"(?:(?<=\d)|(?<=: )|^)(?:(?P<special>{alt(UNIT_SPECIAL[lang])})|"
                      rf"(?P<mag>{alt(UNIT_MAGNITUDES[lang])})?(?P<base>{alt(UNIT_BASES[lang])})?)"
                      r"(?![\u4e00-\u9fff])")


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

    def note(self, text: str) -> str:
        """A note on what was inferred from the title (the text report's 推断 lines)."""
        if self.lang == DEFAULT_LANG:
            return text
        for pattern, repl in NOTES[self.lang]:
            text, n = re.subn(pattern, repl, text)
            if n:
                break
        return text

    # ------------------------------------------------------------------ pieces of a finding

    def units(self, text: str) -> str:
        """38万亿元 → 38 trillion yuan, 7.1亿 → 7.1×10⁸ (outside quotes; a unit alone too)."""
        def one(m: "re.Match[str]") -> str:
            if m.group("special"):
                return UNIT_SPECIAL[self.lang][m.group("special")]
            mag, base = m.group("mag"), m.group("base")
            return (UNIT_MAGNITUDES[self.lang][mag] if mag else "") + (UNIT_BASES[self.lang][base] if base else "")

        pattern = _unit_pattern(self.lang)
        return outside_quotes(text, lambda part: pattern.sub(one, part) if part else part)

    def fragment(self, text: Optional[str]) -> Optional[str]:
        """Translate an expected/actual value or a value the message quotes (years, growth, units)."""
        if text is None or self.lang == DEFAULT_LANG:
            return text
        for pattern, repl in FRAGMENTS[self.lang]:
            text = re.sub(pattern, repl, text)
        return re.sub(r"  +", " ", self.units(text)).strip()

    def detail(self, text: str) -> str:
        """A message or error detail said by the readers and the quantity parser (PL001/PL002/PL105)."""
        for pattern, repl in DETAILS[self.lang]:
            text = re.sub(pattern, repl, text)

        def words(part: str) -> str:
            for zh, en in DETAIL_WORDS[self.lang]:
                part = part.replace(zh, en)
            return part
        return re.sub(r"  +", " ", outside_quotes(text, words)).strip()

    def source(self, text: Optional[str]) -> Optional[str]:
        """The citation of the national text, as its structure: 二、（三）发展目标 → Section 2(3) Development goals."""
        if text is None or self.lang == DEFAULT_LANG:
            return text
        from planlint.i18n.citations import citation

        return citation(text, self.lang)

    def _arg(self, code: str, key: str, value: str, args: dict[str, str]) -> str:
        part = PARTS[self.lang].get(f"{code}.{key}.{value}")
        if part is not None:
            return part.format(**args)
        if key in RAW_ARGS:
            return value
        if key == "section":
            return self.source(value) or ""
        if key == "error":
            return self.detail(value)
        return self.fragment(value) or ""

    def _args(self, code: str, args: dict[str, str]) -> dict[str, str]:
        raw = {k: v for k, v in args.items() if v is not None}
        return {k: self._arg(code, k, v, raw) for k, v in raw.items()}

    def _message_args(self, d: Diagnostic) -> dict[str, str]:
        """The args its message states (codes reported outside the checks)."""
        for pattern, form in MESSAGES.get(d.code, ()):
            m = re.fullmatch(pattern, d.message, flags=re.S)
            if m:
                return {"form": form, **{k: v for k, v in m.groupdict().items() if v is not None}}
        return {}

    def hint(self, code: str, text: Optional[str]) -> Optional[str]:
        if text is None or self.lang == DEFAULT_LANG or isinstance(text, Text):
            return render(text, self.lang)
        for pattern, template in HINTS[self.lang]:
            m = re.fullmatch(pattern, text, flags=re.S)
            if m:
                return template.format(**self._args(code, m.groupdict()))
        return self.detail(text)

    def _value(self, text: Optional[str]) -> Optional[str]:
        """An expected or actual value: trimmed where a unit English leaves unsaid left a space."""
        shown = render(text, self.lang)
        return tidy(shown) if shown and isinstance(text, Text) else shown

    def localize(self, d: Diagnostic, default_summary: str = "") -> Diagnostic:
        """The finding as this language shows it (quotes in quotes nested in either)."""
        if self.lang == DEFAULT_LANG:
            return _nested(d)
        if not isinstance(d.message, Text):
            return self._rebuilt(d, default_summary)
        return _nested(replace(d, message=d.message.render(self.lang), expected=self._value(d.expected),
                               actual=self._value(d.actual), source=self.source(d.source),
                               hint=render(d.hint, self.lang)))

    def _rebuilt(self, d: Diagnostic, default_summary: str) -> Diagnostic:
        """A finding that came as a Chinese sentence (codes outside the checks), rebuilt from the catalogue."""
        expected, actual = self.fragment(d.expected), self.fragment(d.actual)
        args = self._message_args(d)
        form = args.get("form")
        templates = FINDINGS[self.lang]
        template = templates.get(f"{d.code}.{form}") if form else None
        template = template or templates.get(d.code)
        values = {"subject": d.subject or "", "expected": expected or "", "actual": actual or "",
                  **self._args(d.code, {k: v for k, v in args.items() if k != "form"})}
        if "{detail}" in (template or ""):
            values["detail"] = self.detail(d.message)
        try:
            message = template.format(**values) if template is not None else None
        except KeyError:          # a template asking for what this finding does not carry
            message = None
        if message is None:       # no template: the English summary, then the Chinese detail
            message = f"{self.summary(d.code, default_summary)}: {d.message}"
        return _nested(replace(d, message=message, expected=expected, actual=actual,
                               source=self.source(d.source), hint=self.hint(d.code, d.hint)))

    def localize_all(self, diags: Iterable[Diagnostic], summaries: dict[str, str]) -> list[Diagnostic]:
        return [self.localize(d, summaries.get(d.code, "")) for d in diags]
