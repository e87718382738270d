"""The reviewer's overview: many plans against the pack's national items, one row per plan."""
from planlint.overview.matrix import Cell, Column, Overview, Row, build_overview

__all__ = ["Cell", "Column", "Overview", "Row", "build_overview"]
