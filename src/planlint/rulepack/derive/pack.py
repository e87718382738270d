"""A whole pack from a plan: metadata, indicators, actions, projects and the curation defaults."""
from __future__ import annotations

import copy
from collections import Counter
import re
import zlib
from pathlib import Path
from typing import Any, Optional

from planlint.model import Plan
from planlint.rulepack.messages import DERIVE_ERRORS
from planlint.rulepack.derive.actions import derive_actions, derive_projects
from planlint.rulepack.derive.indicators import prose_indicators, table_indicators

PLAN_SUFFIXES = (".md", ".markdown", ".txt", ".docx", ".pdf")
# who a plan of each level speaks to: the levels below it
LEVELS_BELOW = {"national": ("province", "city", "county"), "ministry": ("province", "city", "county"),
                "province": ("city", "county"), "city": ("county",), "county": ()}
MAX_PLAN_BYTES = 16 * 1024 * 1024


class DeriveError(Exception):
    """The plan cannot serve as a rule source; the message is one line for stderr."""


def is_plan_file(path: Path) -> bool:
    """A file that is a plan rather than a pack: a document, or a YAML file that is no pack.yaml."""
    if not path.is_file():
        return False
    return path.suffix.lower() in PLAN_SUFFIXES or (path.suffix.lower() in (".yaml", ".yml") and path.name != "pack.yaml")


def read_plan(path: Path) -> tuple[Plan, list[str]]:
    """The plan as the ordinary readers read it, and its text lines for citations."""
    from planlint.readers import read_source
    from planlint.readers.source import SourceError, SourceText

    try:
        with path.open("rb") as f:
            data = f.read(MAX_PLAN_BYTES + 1)
    except OSError as err:
        raise DeriveError(DERIVE_ERRORS["unreadable"](path=str(path), reason=str(err.strerror or err))) from None
    if len(data) > MAX_PLAN_BYTES:
        raise DeriveError(DERIVE_ERRORS["too-large"](limit=MAX_PLAN_BYTES, path=str(path)))
    try:
        source = SourceText.from_bytes(data)
        result = read_source(str(path), source, None)
    except SourceError as err:
        raise DeriveError(DERIVE_ERRORS["unparsable"](path=str(path), detail=err.message)) from None
    if result.plan is None:
        first = result.diagnostics[0].message if result.diagnostics else DERIVE_ERRORS["cannot-read"]()
        raise DeriveError(DERIVE_ERRORS["unparsable"](path=str(path), detail=first))
    return result.plan, source.text.splitlines()


def pack_name(path: Path, name: Optional[str]) -> str:
    """A pack name (lower-case letters, digits, hyphens): --name, else the file stem, else a checksum."""
    candidate = (name or path.stem).strip().lower()
    candidate = re.sub(r"[^a-z0-9-]+", "-", candidate).strip("-")
    return candidate or f"plan-{zlib.crc32(path.name.encode()):08x}"


def _table_section(plan: Plan) -> str:
    for s in plan.sections:
        for sub in [s, *s.sections]:
            if "目标" in sub.heading or "指标" in sub.heading:
                return sub.heading if sub is s else f"{s.heading}{sub.heading}"
    return "主要指标"


def _table_years(plan: Plan) -> tuple[Optional[int], Optional[int]]:
    """The period an indicator table implies: after its base-year column, up to its target year."""
    rows = [i for i in plan.indicators if i.origin == "table"]
    targets = Counter(i.target.year for i in rows if i.target and i.target.year)
    bases = Counter(i.base.year for i in rows if i.base and i.base.year)
    end = targets.most_common(1)[0][0] if targets else None
    base = bases.most_common(1)[0][0] if bases else None
    return (base + 1 if base else (end - 4 if end else None)), end


def derive_pack_data(plan: Plan, lines: list[str], path: Path, base: dict[str, Any],
                     name: Optional[str] = None, title: Optional[str] = None) -> dict[str, Any]:
    """The merged pack data (as the loader reads from a directory) that `plan` sets for the level below.

    `base` is a pack whose curation vocabulary (name synonyms, review headings, heading words) the
    derived pack takes over: they describe how plans are written, not what this plan asks.
    """
    meta = plan.meta
    # a plan pasted without its title line is named by --title, else by its file
    title = meta.title or title or path.stem
    start, end = meta.period_start, meta.period_end
    if not end:      # no period written: the years of its indicator table's columns
        start, end = _table_years(plan)
    if not end:
        raise DeriveError(DERIVE_ERRORS["no-period"](path=str(path)))
    # a plan that names neither level nor region speaks for the whole country (the national text)
    level = meta.level or ("national" if not meta.region else "province")
    below = LEVELS_BELOW.get(level, ("city", "county"))
    section = _table_section(plan)
    # the national plan's figures also bind the ministries' plans for their fields
    applies = below + ("ministry",) if level == "national" else below
    indicators = table_indicators(plan, lines, below, section, applies)
    taken = {i["name"] for i in indicators}
    indicators += prose_indicators(plan, lines, below, taken, len(indicators) + 1)
    ind_defaults = copy.deepcopy((base.get("indicators") or {}).get("defaults") or {})
    ind_defaults.update({"table_section": section, "local_levels": list(below)})
    base_actions = base.get("actions") or {}
    actions: dict[str, Any] = {"defaults": {"section": "", "severity": "error", "local_levels": list(below)},
                               "actions": derive_actions(plan, below)}
    for key in ("coverage", "headings"):
        if key in base_actions:
            actions[key] = copy.deepcopy(base_actions[key])
    data: dict[str, Any] = {
        "name": pack_name(path, name), "title": title, "target_year": end,
        "derived": {"from": str(path), "level": level, "region": meta.region or ""},
        "files": {"indicators": "indicators.yaml", "actions": "actions.yaml", "projects": "projects.yaml"},
        "indicators": {"defaults": ind_defaults, "indicators": indicators},
        "actions": actions,
        "projects": {"defaults": {"section": "专栏"}, "projects": derive_projects(plan, below)},
    }
    if start:
        data["base_year"] = start - 1
    return data
