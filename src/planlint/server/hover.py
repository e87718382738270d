"""Hover on a national item's name (an indicator, a priority action, a project, a regional duty)
shows what `planlint rule NAME` says about it, quoting the national plan."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from planlint.i18n import Catalog
from planlint.rulepack import RulePack
from planlint.reporters.explain import Item


def pack_for(path: str) -> RulePack:
    """The rule pack the document's configuration names (RunError / ConfigError when unusable)."""
    from planlint.policy.config import ConfigFinder
    from planlint.rulepack import load_pack

    return load_pack(ConfigFinder().for_file(Path(path)).rulepack)


def item_at(line: str, column: int, pack: RulePack) -> Optional[Item]:
    """The item whose name or alias is written at code-point column (0-based) of line; the longest wins."""
    pool: list[Item] = list(pack.indicators)
    if pack.commitments is not None:
        c = pack.commitments
        pool += [*c.actions, *c.projects, *c.duties]
    best: Optional[tuple[int, Item]] = None
    for item in pool:
        for name in (item.name, *item.aliases):
            if len(name) < 2:
                continue
            start = line.find(name)
            while start != -1:
                if start <= column < start + len(name) and (best is None or len(name) > best[0]):
                    best = (len(name), item)
                start = line.find(name, start + 1)
    return best[1] if best else None


def hover_text(line: str, column: int, pack: RulePack, lang: str = "zh") -> Optional[str]:
    from planlint.i18n import nest_quotes
    from planlint.reporters.explain import explain_item

    item = item_at(line, column, pack)
    if item is None:
        return None
    text = explain_item(item, pack, Catalog(lang))
    return "\n".join(nest_quotes(t) or t for t in text.split("\n"))
