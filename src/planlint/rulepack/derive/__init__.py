"""Derive a rule pack from a plan: the plan one level up as the rule source (issue 13).

`derive_pack_data` turns a `Plan` read by the ordinary readers into the merged pack data the
loader builds from a pack directory (pack.yaml with its files merged in), so a derived pack and
a written one are loaded, validated and checked the same way.

The names are resolved on first use: every run imports `derive.source` to load its pack, and
only a run that derives one should pay for the deriving code.
"""
from typing import Any

__all__ = ["DeriveError", "derive_pack_data", "is_plan_file", "read_plan"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from planlint.rulepack.derive import pack

        return getattr(pack, name)
    raise AttributeError(name)
