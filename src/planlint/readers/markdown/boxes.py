"""专栏 boxes: the line or heading that opens one, and the box being read."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from planlint.model import PlanProject
from planlint.readers.markdown.lines import Line

_BOX_TITLE = re.compile(r"^[【\[〔]?专栏[\s\u3000]*[0-9０-９一二三四五六七八九十]+")


def opens_box(text: str) -> bool:
    """``专栏4　智慧社区建设工程``, ``【专栏1】``: the title of a box."""
    return _BOX_TITLE.match(text) is not None


@dataclass(eq=False)
class Box:
    """A 专栏 box being read: opened by a line (bold paragraph, plain or quoted) or a heading."""

    project: PlanProject
    quote: int
    lines: list[Line] = field(default_factory=list)
    blanks: int = 0
    key: Optional[float] = None      # the heading rank of a box opened by a heading
