"""`planlint rules` and `planlint rule CODE|NAME`: what each code means and which sentences of the
national plan it derives from, quoted from the rule pack (the code holds no national text).
Both come from the registry: each rule declares its texts and the pack items it rests on."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from planlint.checks.base import Rule
from planlint.checks.registry import RULES, find_rule
from planlint.i18n import Catalog
from planlint.messages import Template, bilingual_name, catalogue, english_unit, render
from planlint.rulepack import Citation, NationalIndicator, RulePack
from planlint.rulepack.commitments import Commitment
from planlint.text.numbering import BOXES, is_box_heading, numbering_end

Item = Union[NationalIndicator, Commitment]

_CODE = re.compile(r"^PL\d{3}$", re.IGNORECASE)


class UnknownTopic(Exception):
    """Neither a code nor a national item; the message is one line (a messages.Text)."""


MAY_MEAN = catalogue("rule", {"may-mean": Template("“{topic}”可能指：{names}", "“{topic}” may mean: {names}")})["may-mean"]
ERRORS = catalogue("rule.error", {
    "no-code": Template("没有代码 {code}（planlint rules 列出全部代码）",
                        "There is no code {code} (planlint rules lists every code)"),
    "no-topic": Template("“{topic}”既不是planlint的代码，也不是规则包 {pack} 中的国家规划条目",
                         "“{topic}” is neither a planlint code nor a national plan item of the rule pack {pack}"),
})


def rules_listing(catalog: Catalog) -> str:
    lines = [catalog.t("rules.header")]
    for r in RULES:
        sev = catalog.severity(r.severity)
        lines.append(f"{r.code}  {sev}{_pad(sev, 8)}  {r.name}\n        {r.summary_in(catalog.lang)}")
    return "\n".join(lines) + "\n"


def _pad(text: str, width: int) -> str:
    """Pad to a display width (a CJK character takes two columns)."""
    used = sum(2 if ord(c) > 0x2E80 else 1 for c in text)
    return " " * max(width - used, 1)


def explain(topic: str, pack: RulePack, catalog: Catalog) -> str:
    topic = topic.strip()
    if _CODE.match(topic):
        rule = find_rule(topic)
        if rule is None:
            raise UnknownTopic(ERRORS["no-code"](code=topic.upper()))
        return explain_rule(rule, pack, catalog)
    items = find_items(topic, pack)
    if not items:
        raise UnknownTopic(ERRORS["no-topic"](topic=topic, pack=pack.name))
    if len(items) > 1:
        names = _join(tuple(_shown(i, catalog) for i in items[:12]), catalog)
        return MAY_MEAN(topic=topic, names=names).render(catalog.lang) + "\n"
    return explain_item(items[0], pack, catalog)


def _name(item: Item) -> str:
    return item.name


def _shown(item: Item, catalog: Catalog) -> str:
    """An item's name for the reader: in English `English (中文)` where the pack gives an English
    name (a task: its subject, the quote); the Chinese otherwise."""
    zh = item.citation.quote if getattr(item, "kind", "") == "task" and catalog.lang != "zh" else item.name
    return bilingual_name(zh, item.name_en, catalog.lang)


def _quoted(text: str, catalog: Catalog) -> str:
    """Chinese words of the pack (an alias, a department, a goal) inside English: quoted, so a
    reader sees a name as written, not untranslated English."""
    return text if catalog.lang == "zh" else f"“{text}”"


def _citation(citation: Citation, catalog: Catalog) -> str:
    """The national text cited: its section in the reader's language, the words as written."""
    if catalog.lang == "zh":
        return citation.render()
    return f"{catalog.source(citation.section)}: “{citation.quote.replace(' | ', ', ')}”"


def _norm(s: str) -> str:
    return re.sub(r"[\s“”\"'‘’《》（）()]", "", s)


def find_items(topic: str, pack: RulePack) -> list[Item]:
    """Exact name, alias or id first; else items whose name contains the words asked for."""
    key = _norm(topic)
    pool: list[Item] = list(pack.indicators)
    if pack.commitments is not None:
        c = pack.commitments
        pool += [*c.actions, *c.projects, *c.duties]   # tasks are sentences, not names
    def names(i: Item) -> tuple[str, ...]:
        return (i.name, *i.aliases, *((i.name_en.casefold(),) if i.name_en else ()))

    key_folded = key.casefold()
    exact = [i for i in pool if key_folded in {_norm(n) for n in (*names(i), i.id, *_headings(i))}]
    if exact:
        return exact
    return [i for i in pool if key and any(key_folded in _norm(n) for n in names(i))]


def _headings(item: Item) -> tuple[str, ...]:
    """The names a box item is also known by: its heading as the national plan and PL204 write it
    (the box number, a space, the project's name) and the heading's numbering alone (专栏4), the short name
    reviewers use. Exact, so 专栏1 is not 专栏10."""
    quote = item.citation.quote
    if not isinstance(item, Commitment) or not is_box_heading(quote):
        return ()
    return quote, quote[:numbering_end(quote, BOXES)]


def explain_rule(rule: Rule, pack: RulePack, catalog: Catalog) -> str:
    t = catalog.t
    c = _colon(catalog)
    out = [f"{rule.code}  {rule.name}",
           f"{t('explain.severity')}{c}{catalog.severity(rule.severity)}",
           f"{t('explain.summary')}{c}{rule.summary_in(catalog.lang)}"]
    explanation = rule.explanation_in(catalog.lang)
    if explanation:
        out += ["", explanation]
    derives = rule.derives_from
    items = derives.select(pack) if derives is not None else []
    if derives is not None and items:
        out += ["", f"{t('explain.items')}（{len(items)}）{c}" if catalog.lang == "zh"
                else f"{t('explain.items')} ({len(items)}):"]
        for item in items:
            out.append(f"  - {_shown(item, catalog)}")
            if derives.targets is not None:
                for target in derives.shown_targets(item):
                    subject = bilingual_name(target.subject, target.name_en, catalog.lang)
                    out.append(f"      {t('explain.expected')}{c}{subject} "
                               f"{render(target.expectation(), catalog.lang)}")
                    out.append(f"      {t('explain.quote')}{c}{_citation(target.citation, catalog)}")
                continue
            if isinstance(item, NationalIndicator):
                out.append(f"      {t('explain.expected')}{c}{render(item.expectation(), catalog.lang)}")
            out.append(f"      {t('explain.quote')}{c}{_citation(item.citation, catalog)}")
    return "\n".join(out) + "\n"


def explain_item(item: Item, pack: RulePack, catalog: Catalog) -> str:
    t = catalog.t
    c = _colon(catalog)
    kind = "indicator" if isinstance(item, NationalIndicator) else item.kind
    out = [f"{item.name}（{t('explain.kind.' + kind)}）" if catalog.lang == "zh"
           else f"{_shown(item, catalog)} — {t('explain.kind.' + kind)}"]
    if item.aliases:
        out.append(f"{t('explain.aliases')}{c}{_join(_quote_all(item.aliases, catalog), catalog)}")
    if isinstance(item, NationalIndicator):
        unit = english_unit(item.unit.symbol).strip() if catalog.lang == "en" else item.unit.symbol
        out.append(f"{t('explain.unit')}{c}{unit or t('explain.no-unit')}    "
                   f"{t('explain.kind')}{c}{t('indicator.kind.' + item.kind)}")
        out.append(f"{t('explain.expected')}{c}{render(item.expectation(), catalog.lang)}")
        if item.required_levels:
            out.append(f"{t('explain.required')}{c}{_levels(item.required_levels, catalog)}")
        if item.required_departments:
            out.append(f"{t('explain.departments')}{c}{_join(_quote_all(item.required_departments, catalog), catalog)}")
        if item.applies_regions:
            out.append(f"{t('explain.regions')}{c}{_join(_quote_all(item.applies_regions, catalog), catalog)}")
    else:
        if item.required_levels:
            out.append(f"{t('explain.required')}{c}{_levels(item.required_levels, catalog)}")
        if getattr(item, "advised_levels", ()):
            out.append(f"{t('explain.advised')}{c}{_levels(item.advised_levels, catalog)}")
        if getattr(item, "region_levels", ()):      # levels that differ by region, beside each
            out.append(f"{t('explain.regions')}{c}" + _join(tuple(
                _with_levels(_quoted(r, catalog), levels, catalog) for r, levels in item.region_levels), catalog))
        elif item.regions:
            out.append(f"{t('explain.regions')}{c}{_join(_quote_all(item.regions, catalog), catalog)}")
        if item.goal:
            out.append(f"{t('explain.goal')}{c}{_quoted(item.goal, catalog)}")
    codes = [r.code for r in RULES if r.derives_from is not None and r.derives_from.kind == kind]
    out.append(f"{t('explain.codes')}{c}{' '.join(codes)}")
    out.append(f"{t('label.source')}{c}{catalog.source(item.source)}")
    out.append(f"{t('explain.quote')}{c}{_citation(item.citation, catalog)}")
    goal: Optional[Citation] = getattr(item, "goal_citation", None)
    if goal is not None:
        out.append(f"{t('explain.quote')}{c}{_citation(goal, catalog)}")
    return "\n".join(out) + "\n"


def _levels(levels: tuple[str, ...], catalog: Catalog) -> str:
    """Plan levels in the output's language (省级、市级 / province, city), never the pack's keys."""
    return _join(tuple(catalog.t(f"level.{level}") for level in levels), catalog)


def _with_levels(name: str, levels: tuple[str, ...], catalog: Catalog) -> str:
    return f"{name}（{_levels(levels, catalog)}）" if catalog.lang == "zh" else f"{name} ({_levels(levels, catalog)})"


def _quote_all(names: tuple[str, ...], catalog: Catalog) -> tuple[str, ...]:
    return tuple(_quoted(n, catalog) for n in names)


def _join(names: tuple[str, ...], catalog: Catalog) -> str:
    return ("、" if catalog.lang == "zh" else ", ").join(names)


def _colon(catalog: Catalog) -> str:
    return "：" if catalog.lang == "zh" else ": "


@dataclass(frozen=True)
class Statistic:
    """How often one code was found in a run."""

    code: str
    name: str
    count: int


def statistics(diags: list) -> list[Statistic]:
    by_code: dict[str, int] = {}
    for d in diags:
        by_code[d.code] = by_code.get(d.code, 0) + 1
    names = {r.code: r.name for r in RULES}
    return sorted((Statistic(code, names.get(code, ""), n) for code, n in by_code.items()),
                  key=lambda s: (-s.count, s.code))
