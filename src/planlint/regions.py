"""Is a plan's region inside a set of provinces (a region group such as 中西部)?"""
from __future__ import annotations

from typing import Callable, Iterable, Optional


def _short(name: str) -> str:
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


class RegionResolver:
    def __init__(self, province_of: Optional[Callable[[str], Optional[str]]] = None):
        if province_of is None:
            try:
                from planlint.metadata_inference import province_of as lookup
            except ImportError:  # pragma: no cover - the divisions data ships with the package
                lookup = None
            province_of = lookup
        self._province_of = province_of

    def province(self, region: Optional[str]) -> Optional[str]:
        if not region:
            return None
        if self._province_of is not None:
            found = self._province_of(region)
            if found:
                return found
        return region

    def within(self, region: Optional[str], provinces: Iterable[str]) -> bool:
        """Unknown regions are not inside any group: a group target is not imposed on a guess."""
        if not region:
            return False
        members = list(provinces)
        # the region itself first: looking up a city's province loads the divisions table
        return self._names_member(region, members) or self._names_member(self.province(region) or region, members)

    @staticmethod
    def _names_member(name: str, members: list[str]) -> bool:
        shorts = [_short(m) for m in members]
        if name in members or _short(name) in shorts:
            return True
        return any(name.startswith(m) or name.startswith(s) for m, s in zip(members, shorts))
