"""Is a plan's region inside a set of provinces (a region group such as 中西部)?"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from planlint.model import Period


def _short(name: str) -> str:
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _divisions_lookup(region: str, period: Optional[Period]) -> Optional[str]:
    # imported on first use: the divisions table is needed only for cities and counties
    from planlint.places.divisions import province_of

    return province_of(region, period)


class RegionResolver:
    """A region's province; a county-level name alone is read among the names in use during the
    plan's period (郫县 until 2016, 郫都区 since), which the caller passes."""

    def __init__(self, province_of: Optional[Callable[[str, Optional[Period]], Optional[str]]] = None):
        self._province_of = province_of or _divisions_lookup
        # each group's members with their short names: the groups are the pack's, the same for
        # every plan a linter sees, so they are shortened once
        self._groups: dict[tuple[str, ...], tuple[list[str], list[str]]] = {}

    def province(self, region: Optional[str], period: Optional[Period] = None) -> Optional[str]:
        if not region:
            return None
        if region.endswith(("省", "自治区")):
            return region          # already a province: nothing to look up
        found = self._province_of(region, period)
        return found or region

    def within(self, region: Optional[str], provinces: Iterable[str], period: Optional[Period] = None) -> bool:
        """Unknown regions are not inside any group: a group target is not imposed on a guess."""
        if not region:
            return False
        key = tuple(provinces)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = (list(key), [_short(m) for m in key])
        # the region itself first: looking up a city's province loads the divisions table
        return self._names_member(region, *group) or \
            self._names_member(self.province(region, period) or region, *group)

    @staticmethod
    def _names_member(name: str, members: list[str], shorts: list[str]) -> bool:
        if name in members or _short(name) in shorts:
            return True
        return any(name.startswith(m) or name.startswith(s) for m, s in zip(members, shorts))
