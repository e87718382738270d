"""Load a rule pack directory, validate it against schema/rulepack.schema.json, build the model."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

from planlint.text.quantity import QuantityError, parse_quantity
from planlint.resources.paths import rules_dir, schema_path, validator
from planlint.resources.bounded import FileTooLarge, read_bounded
from planlint.resources.yamlio import DataYamlError, load_data
from planlint.messages import carried
from planlint.rulepack.messages import PACK_ERRORS, PLACES
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
    raise RulePackError(PACK_ERRORS["not-found"](name=str(name_or_path)))


MAX_PACK_FILE_BYTES = 16 * 1024 * 1024    # the built-in pack's largest file is a few hundred KB


def _read_yaml(path: Path) -> Any:
    try:
        return load_data(read_bounded(path, MAX_PACK_FILE_BYTES).decode("utf-8"))
    except FileTooLarge:
        raise RulePackError(PACK_ERRORS["file-too-large"](path=str(path), limit=MAX_PACK_FILE_BYTES)) from None
    except OSError as err:
        raise RulePackError(PACK_ERRORS["file-unreadable"](path=str(path), reason=str(err.strerror or err))) from None
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise RulePackError(PACK_ERRORS["file-bad-yaml"](path=str(path), problem=_yaml_problem(err))) from None


def _yaml_problem(err: Exception) -> str:
    """PyYAML's first line (where it stumbled), or why planlint refused the file (its Text)."""
    return err.problem if isinstance(err, DataYamlError) else str(err).splitlines()[0]


def load_raw(directory: Path) -> dict[str, Any]:
    """pack.yaml with every file it lists merged in under the file's key."""
    manifest = directory / "pack.yaml"
    if not manifest.is_file():
        raise RulePackError(PACK_ERRORS["no-manifest"](path=str(directory)))
    data = _read_yaml(manifest)
    if not isinstance(data, dict):
        raise RulePackError(PACK_ERRORS["manifest-not-mapping"](path=str(manifest)))
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
    raise RulePackError(PACK_ERRORS["file-outside"](pack=str(directory), file=excerpt(filename)))


PACK_SCHEMA = "rulepack.schema.json"


def load_pack(name_or_path: Optional[str] = None) -> RulePack:
    directory = resolve_pack_dir(name_or_path)

    def load_valid(d: Path) -> dict[str, Any]:
        data = load_raw(d)
        validate(data, d)
        return data

    # The cache holds only data that passed the schema, and its key covers the schema's text:
    # what comes back from it needs no second validation (nor the validator's import).
    data = cached_pack(directory, load_valid, salt=schema_path(PACK_SCHEMA).read_bytes())
    return build_pack(data, directory, validated=True)


def validate(data: dict[str, Any], directory: Path) -> None:
    """RulePackError naming the first place where the merged data breaks schema/rulepack.schema.json."""
    errors = sorted(validator(PACK_SCHEMA).iter_errors(data), key=lambda e: list(map(str, e.path)))
    if errors:
        e = errors[0]
        where = "/".join(map(str, e.absolute_path)) or "pack.yaml"
        raise RulePackError(PACK_ERRORS["schema"](pack=str(directory), where=excerpt(where), problem=excerpt(e.message)))


def build_pack(data: dict[str, Any], directory: Path, validated: bool = False) -> RulePack:
    """The model of merged pack data, validated against schema/rulepack.schema.json unless the
    caller already did."""
    if not validated:
        validate(data, directory)
    groups = {name: tuple(g["members"]) for name, g in ((data.get("regions") or {}).get("groups") or {}).items()}
    ind_data = data["indicators"]
    defaults = ind_data.get("defaults") or {}
    indicators = [_indicator(item, defaults, groups, directory) for item in ind_data["indicators"]]
    ids = [i.id for i in indicators]
    dup = {x for x in ids if ids.count(x) > 1}
    if dup:
        raise RulePackError(PACK_ERRORS["duplicate-ids"](pack=str(directory), ids=", ".join(sorted(dup))))
    departments = departments_from((data.get("departments") or {}).get("departments"))
    try:
        commitments = load_commitments(data, groups)
    except CommitmentDataError as err:
        raise RulePackError(PACK_ERRORS["in-pack"](pack=str(directory), detail=carried(err))) from None
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
        raise RulePackError(PACK_ERRORS["at"](where=where, detail=carried(err))) from None


def _indicator(item: dict, defaults: dict, groups: dict[str, tuple[str, ...]], directory: Path) -> NationalIndicator:
    where = PLACES["indicator"](pack=str(directory), id=str(item["id"]))
    unit = parse_unit(item["unit"])
    if unit is None:
        raise RulePackError(PACK_ERRORS["unknown-unit"](where=where, unit=str(item["unit"])))
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
        id=item["id"], name=item["name"], name_en=item.get("name_en"), unit=unit, kind=item["kind"], direction=item["direction"],
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
