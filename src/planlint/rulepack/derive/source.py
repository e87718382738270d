"""Any pack source: a pack name, a pack directory, or a plan file derived in memory.

It sits above the loader (which knows only pack directories), so that reading a plan with the
ordinary readers never makes the loader depend on the readers.
"""
from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any, Optional

from planlint.messages import carried
from planlint.resources.paths import rules_dir, schema_path
from planlint.rulepack.cache import cached_file
from planlint.rulepack.loader import DEFAULT_PACK, PACK_SCHEMA, RulePackError, build_pack, load_pack, load_raw
from planlint.rulepack.model import RulePack


def load_any_pack(name_or_path: Optional[str] = None) -> RulePack:
    """A pack by name, directory, or plan file (the plan one level up, derived in memory)."""
    if name_or_path is None:
        return load_pack(None)      # the common case loads none of the deriving code
    from planlint.rulepack.derive.pack import is_plan_file

    if is_plan_file(Path(name_or_path)):
        return build_pack(derived_data(Path(name_or_path)), Path(name_or_path))
    return load_pack(name_or_path)


def derived_data(plan_file: Path, name: Optional[str] = None, title: Optional[str] = None) -> dict[str, Any]:
    """The pack data a plan file sets for the level below, cached under the plan's content."""

    from planlint.rulepack.derive.pack import DeriveError, derive_pack_data, read_plan

    def derive(path: Path) -> dict[str, Any]:
        try:
            plan, lines = read_plan(path)
            return derive_pack_data(plan, lines, path, load_raw(rules_dir() / DEFAULT_PACK), name, title)
        except DeriveError as err:
            raise RulePackError(carried(err)) from None

    # the schema's text in the key as for packs: builds of planlint that share a version number
    # (development branches) but not a schema must not serve each other's derived data
    return cached_file(plan_file, f"derived-{zlib.crc32(f'{name}|{title}'.encode()):08x}", derive,
                       salt=schema_path(PACK_SCHEMA).read_bytes())
