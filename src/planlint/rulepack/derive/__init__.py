"""Derive a rule pack from a plan: the plan one level up as the rule source (issue 13).

`derive_pack_data` turns a `Plan` read by the ordinary readers into the merged pack data the
loader builds from a pack directory (pack.yaml with its files merged in), so a derived pack and
a written one are loaded, validated and checked the same way.
"""
from planlint.rulepack.derive.pack import DeriveError, derive_pack_data, is_plan_file, read_plan

__all__ = ["DeriveError", "derive_pack_data", "is_plan_file", "read_plan"]
