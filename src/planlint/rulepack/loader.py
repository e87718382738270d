"""Load a rule pack directory, validate it against schema/rulepack.schema.json, build the model."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

from planlint.text.quantity import QuantityError, parse_quantity
from planlint.resources.paths import rules_dir, validator
from planlint.resources.bounded import FileTooLarge, read_bounded
from planlint.resources.yamlio import load_data
from planlint.text.excerpt import excerpt
from planlint.rulepack.cache import cached_pack
from planlint.rulepack.commitments import CommitmentDataError, load_commitments
from planlint.rulepack.citation import Citation
from planlint.rulepack.departments import Department, departments_from
from planlint.rulepack.model import NationalIndicator, RulePack
from planlint.text.units import parse_unit

DEFAULT_PACK = "national-13th"


class RulePackError(Exception):
    """The rule pack cannot be used; the message is one line for stderr."""


def resolve_pack_dir(name_or_path: Optional[str]) -> Path:
    if not name_or_path:
        return rules_dir() / DEFAULT_PACK
    candidate = Path(name_or_path)
    if candidate.is_dir():
        return candidate
    if (rules_dir() / name_or_path).is_dir():
        return rules_dir() / name_or_path
    raise RulePackError(f"找不到规则包“{name_or_path}”（既不是目录，也不是内置规则包名）")


MAX_PACK_FILE_BYTES = 16 * 1024 * 1024    # the built-in pack's largest file is a few hundred KB


def _read_yaml(path: Path) -> Any:
    try:
        return load_data(read_bounded(path, MAX_PACK_FILE_BYTES).decode("utf-8"))
    except FileTooLarge:
        raise RulePackError(f"规则包文件过大或不是普通文件：{path}（上限 {MAX_PACK_FILE_BYTES} 字节）") from None
    except OSError as err:
        raise RulePackError(f"规则包文件无法读取：{path}: {err.strerror or err}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise RulePackError(f"规则包文件不是有效的YAML：{path}: {str(err).splitlines()[0]}") from None


def load_raw(directory: Path) -> dict[str, Any]:
    """pack.yaml with every file it lists merged in under the file's key."""
    manifest = directory / "pack.yaml"
    if not manifest.is_file():
        raise RulePackError(f"规则包缺少 pack.yaml：{directory}")
    data = _read_yaml(manifest)
    if not isinstance(data, dict):
        raise RulePackError(f"规则包 pack.yaml 的顶层应为映射：{manifest}")
    files = data.get("files") or {}
    for key, filename in (files.items() if isinstance(files, dict) else ()):
        if isinstance(filename, str):
            data[key] = _read_yaml(_inside(directory, filename))
    return data


def _inside(directory: Path, filename: str) -> Path:
    """A pack's file must lie in the pack's directory once symlinks are resolved: a pack from a
    pull request must not make planlint read (and quote in an error) `../../secret.env`."""
    base = directory.resolve()
    target = (directory / filename).resolve()
    if target != base and base in target.parents:
        return target
    raise RulePackError(f"规则包 {directory} 的 files 条目 {excerpt(filename)} 指向规则包目录之外，未读取")


def load_pack(name_or_path: Optional[str] = None) -> RulePack:
    directory = resolve_pack_dir(name_or_path)
    return build_pack(cached_pack(directory, load_raw), directory)


def build_pack(data: dict[str, Any], directory: Path) -> RulePack:
    """The model of merged pack data, validated against schema/rulepack.schema.json."""
    errors = sorted(validator("rulepack.schema.json").iter_errors(data), key=lambda e: list(map(str, e.path)))
    if errors:
        e = errors[0]
        where = "/".join(map(str, e.absolute_path)) or "pack.yaml"
        raise RulePackError(f"规则包 {directory} 不符合 schema/rulepack.schema.json：{excerpt(where)}: {excerpt(e.message)}")
    groups = {name: tuple(g["members"]) for name, g in ((data.get("regions") or {}).get("groups") or {}).items()}
    ind_data = data["indicators"]
    defaults = ind_data.get("defaults") or {}
    indicators = [_indicator(item, defaults, groups, directory) for item in ind_data["indicators"]]
    ids = [i.id for i in indicators]
    dup = {x for x in ids if ids.count(x) > 1}
    if dup:
        raise RulePackError(f"规则包 {directory} 中指标 id 重复：{', '.join(sorted(dup))}")
    departments = departments_from((data.get("departments") or {}).get("departments"))
    try:
        commitments = load_commitments(data, groups)
    except CommitmentDataError as err:
        raise RulePackError(f"规则包 {directory}: {err}") from None
    # the glossary's abbreviations are spelled out first, then the synonyms unify the words
    glossary = tuple((g["term"], g["means"]) for g in defaults.get("name_glossary") or ())
    synonyms = glossary + tuple((a, b) for a, b in defaults.get("name_synonyms") or ())
    return RulePack(
        name=data["name"], title=data["title"], target_year=data["target_year"], indicators=indicators,
        document=data.get("document", ""), base_year=data.get("base_year"), region_groups=groups,
        departments=departments, growth_shortfall_severity=data.get("growth_shortfall_severity", "warning"),
        consistency_slack=float(data.get("consistency_slack", 0.05)), directory=str(directory), raw=data,
        name_synonyms=synonyms, name_scope_prefixes=tuple(defaults.get("name_scope_prefixes") or ()),
        goal_headings=tuple(defaults.get("goal_headings") or ()), commitments=commitments)


@lru_cache(maxsize=1)
def builtin_departments() -> tuple[Department, ...]:
    """The built-in pack's departments, read alone (no other pack file, no validation: the suite
    validates the built-in pack): title inference needs them before any pack is loaded."""
    directory = rules_dir() / DEFAULT_PACK
    filename = (_read_yaml(directory / "pack.yaml").get("files") or {}).get("departments")
    if not filename:
        return ()
    return tuple(departments_from((_read_yaml(directory / filename) or {}).get("departments")))


def _quantity(text: str, unit: str, where: str) -> Any:
    try:
        return parse_quantity(text, unit)
    except QuantityError as err:
        raise RulePackError(f"{where}: {err}") from None


def _indicator(item: dict, defaults: dict, groups: dict[str, tuple[str, ...]], directory: Path) -> NationalIndicator:
    where = f"规则包 {directory} 指标 {item['id']}"
    unit = parse_unit(item["unit"])
    if unit is None:
        raise RulePackError(f"{where}: 不认识的单位“{item['unit']}”")
    section = item["citation"].get("section") or defaults.get("table_section", "")
    goal = item.get("goal_citation")
    regions: list[str] = []
    for r in (item.get("applies") or {}).get("regions") or []:
        regions.extend(groups.get(r, (r,)))
    local = tuple(defaults.get("local_levels") or ("province", "city", "county"))
    growth_text = item.get("growth")
    growth = None
    if growth_text and growth_text.strip() not in ("—", "-"):
        growth = _quantity(growth_text, "%", where)
    base = item.get("base")
    return NationalIndicator(
        id=item["id"], name=item["name"], unit=unit, kind=item["kind"], direction=item["direction"],
        target=_quantity(item["target"]["value"], item["unit"], where), target_year=item["target"]["year"],
        citation=Citation(section, item["citation"]["quote"]), row=item.get("row"), category=item.get("category"),
        base=_quantity(base["value"], item["unit"], where) if base else None,
        base_year=base["year"] if base else None, growth=growth,
        severity=item.get("severity") or defaults.get("severity", "error"),
        required_levels=tuple((item.get("required") or {}).get("levels") or ()),
        required_departments=tuple((item.get("required") or {}).get("departments") or ()),
        applies_levels=tuple((item.get("applies") or {}).get("levels") or local + ("ministry",)),
        applies_regions=tuple(regions), aliases=tuple(item.get("aliases") or ()),
        distinct=tuple(item.get("distinct") or ()), may_exceed_100=bool(item.get("may_exceed_100", False)),
        goal_citation=Citation(goal.get("section", section), goal["quote"]) if goal else None)
