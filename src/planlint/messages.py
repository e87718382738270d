"""Messages as data: one template says a thing in every language, and only here is it rendered.

A module that reports a code declares its templates next to the code, Chinese and English side by
side (`MESSAGES`, `HINTS`, `VALUES` made by `catalogue`). Calling a template with its arguments
gives a `Text`: the Chinese wording — a `str`, so a finding reads as Chinese wherever it is used
(fingerprints, waivers, tests) — that keeps its template and arguments, so `render(text, "en")`
says the same in English. Nothing is translated by reading Chinese back.

Arguments are never translated unless they say how: a plain `str` is a name (the plan's or the
national text's) and stays as written; an `int` is a count, a year or a line; a `Text` renders in
the same language; `Amount`, `UnitName`, `Joined` and `Section` have a form per language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Protocol, Union

from planlint.text.english_units import english_unit, scaled

LANGS = ("zh", "en")


class Localised(Protocol):
    def render(self, lang: str) -> str: ...


Arg = Union[str, int, "Text", Localised]


@dataclass(frozen=True, eq=False)
class Template:
    """One message in Chinese and in English. `lang_only` names the arguments only one language
    shows (the Chinese names the pack's title, English leaves out the title inference's
    reasoning), so that a test can tell them from a placeholder forgotten in one language."""

    zh: str
    en: str
    lang_only: frozenset[str] = field(default_factory=frozenset)
    id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "lang_only", frozenset(self.lang_only))

    def __call__(self, **args: Arg) -> "Text":
        # made here rather than by Text(): the keyword arguments are already a dict of their own
        text = str.__new__(Text, self.render("zh", args))
        text.template, text.args = self, args
        return text

    def pattern(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def render(self, lang: str, args: Mapping[str, Arg]) -> str:
        if lang == "zh":
            # every finding's Chinese is rendered as it is made: a name, a count and a Text (whose
            # wording is its Chinese) each format as themselves, with no per-argument call
            for v in args.values():
                if not isinstance(v, (str, int)):
                    break
            else:
                return self.zh.format_map(args)
            return self.zh.format_map({k: v if isinstance(v, (str, int)) else render(v, lang) for k, v in args.items()})
        return self.pattern(lang).format_map({k: render(v, lang) for k, v in args.items()})


def catalogue(prefix: str, templates: dict[str, Template]) -> dict[str, Template]:
    """Templates under their ids (`prefix.name`), as a module declares them."""
    # built directly, not by dataclasses.replace: ~450 templates are made on every run
    return {name: Template(t.zh, t.en, t.lang_only, f"{prefix}.{name}") for name, t in templates.items()}


class Text(str):
    """A template rendered in Chinese, remembering the template and the arguments."""

    template: Template
    args: dict[str, Arg]

    def __new__(cls, template: Template, args: Mapping[str, Arg]) -> "Text":
        self = super().__new__(cls, template.render("zh", args))
        self.template, self.args = template, dict(args)
        return self

    @property
    def id(self) -> str:
        return self.template.id

    def render(self, lang: str) -> str:
        return str.__str__(self) if lang == "zh" else self.template.render(lang, self.args)

    def __reduce__(self):  # a str subclass would otherwise pickle as its bare wording
        return (Text, (self.template, self.args))


def render(value: Optional[Arg], lang: str) -> Optional[str]:
    """A text or an argument in one language; a plain string (a name, or a finished sentence
    from a reader not yet converted) is the same in every language."""
    if value is None:
        return None
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    return value.render(lang)


def carried(err: Exception) -> str:
    """The message of an error passed on as another: a templated one (messages.Text) keeps its
    template and arguments, so the line is still said in the language asked for."""
    message = err.args[0] if err.args else None
    return message if isinstance(message, str) and message else str(err)


# ------------------------------------------------------------------ values with a form per language

_COMPARATORS = {"zh": {">": "＞", ">=": "≥", "<": "＜", "<=": "≤"},
                "en": {">": ">", ">=": "≥", "<": "<", "<=": "≤"}}
_RANGE_DASH = {"zh": "～", "en": "–"}
_CUMULATIVE = {"zh": "〔{}〕", "en": "[{}]"}


@dataclass(frozen=True)
class Amount:
    """A quantity as reports show it: ≥70%, 38万亿元, 75～80%, 〔24〕 — in English ≥70%,
    38 trillion yuan, 75–80%, [24]. Numbers come formatted (`format_number`)."""

    number: str
    unit: str = ""
    comparator: str = "="
    upper: Optional[str] = None
    cumulative: bool = False          # 〔N〕: percentage points, never a unit inside the brackets

    def render(self, lang: str) -> str:
        ranged = self.comparator == "range" and self.upper is not None
        numbers = (self.number, self.upper) if ranged else (self.number,)
        unit = "" if self.cumulative else self.unit
        if lang != "zh" and unit:          # 3.5亿人 → 350 million people: English's own scale
            rescaled = scaled(numbers, unit)
            numbers, unit = rescaled if rescaled is not None else (numbers, english_unit(unit))
        if ranged:
            body = f"{numbers[0]}{_RANGE_DASH[lang]}{numbers[1]}{unit}"
        else:
            body = f"{_COMPARATORS[lang].get(self.comparator, '')}{numbers[0]}{unit}"
        shown = _CUMULATIVE[lang].format(body) if self.cumulative else body
        return shown if lang == "zh" else tidy(shown)


@dataclass(frozen=True)
class UnitName:
    """A unit standing alone (单位：万人 → unit: 10,000 people)."""

    symbol: str

    def render(self, lang: str) -> str:
        return self.symbol if lang == "zh" else english_unit(self.symbol).strip()


@dataclass(frozen=True)
class Joined:
    """Items joined as each language lists them (甲、乙 → 甲, 乙); items may be texts."""

    items: tuple[Arg, ...]
    zh: str = "、"
    en: str = ", "

    def render(self, lang: str) -> str:
        if lang == "zh":
            for i in self.items:
                if not isinstance(i, str):
                    break
            else:       # names and texts (a Text's wording is its Chinese): joined as they are
                return self.zh.join(self.items)
        return (self.zh if lang == "zh" else self.en).join(render(i, lang) or "" for i in self.items)


@dataclass(frozen=True)
class Section:
    """A section of the national text as a citation names it (二、（三）发展目标 → Section 2(3)
    Development goals)."""

    text: str

    def render(self, lang: str) -> str:
        if lang == "zh":
            return self.text
        from planlint.i18n.citations import citation   # only English needs the pack's structure read

        return citation(self.text, lang) or ""


# values every part of planlint states the same way
COMMON_VALUES = catalogue("value", {
    "alone": Template("{value}", "{value}"),
    "in-year": Template("{value}（{year}年）", "{value} ({year})"),
    "years": Template("{start}—{end}年", "{start}–{end}"),
    # a Chinese name (a department, a region) inside an English sentence is quoted as written
    "name": Template("{name}", "“{name}”"),
})


def value_text(value: Arg) -> Text:
    """A value alone as an expected or actual text (≥70%, 〔24〕)."""
    return COMMON_VALUES["alone"](value=value)


def tidy(text: str) -> str:
    """One space where pieces left two, none at the ends (a unit English leaves unsaid, 个)."""
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip()


def bilingual_name(zh: str, en: Optional[str], lang: str) -> str:
    """A national item's name for a reader of `lang`: in English `English (中文)`, so the
    Chinese that waivers and the plan use stays beside it; the Chinese alone without an English
    name (a pack derived from a province plan has none)."""
    return f"{en} ({zh})" if lang != "zh" and en else zh


# ------------------------------------------------------------------ quotes in quotes

def nest_quotes(text: Optional[str]) -> Optional[str]:
    """Quotes inside quotes become single quotes, as Chinese typesetting nests them:
    未部署““甲”行动” reads 未部署“‘甲’行动”. Text whose double quotes do not pair up (a stray “
    in a plan's name) is left as it is."""
    if not text or text.count("“") < 2 or text.count("“") != text.count("”"):
        return text
    out, depth = [], 0
    for ch in text:
        if ch == "“":
            out.append("“" if depth % 2 == 0 else "‘")
            depth += 1
        elif ch == "”":
            depth -= 1
            if depth < 0:
                return text
            out.append("”" if depth % 2 == 0 else "’")
        else:
            out.append(ch)
    return "".join(out)
