"""Where a pack item rests in the national text: shared by indicators and commitments alike."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class Citation:
    """Where a rule rests in the national text: the section and the words quoted."""

    section: str
    quote: str

    def render(self) -> str:
        return f"{self.section}：“{self.quote.replace(' | ', '，')}”"
