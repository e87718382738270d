"""Paragraph styles: which make a heading (and of what level), a title, a border, a numbering."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional
import xml.etree.ElementTree as ET

from planlint.readers.docx.package import W, is_digits

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_MAX_BASED_ON = 20          # a basedOn chain longer than this is a loop


@dataclass
class Style:
    """What a paragraph style gives the paragraphs that use it (after its basedOn chain)."""

    heading: Optional[int] = None        # 0-based outline level
    title: bool = False
    bordered: bool = False
    centred: bool = False
    bold: bool = False
    num: Optional[tuple[str, int]] = None    # (numId, ilvl) of numbering linked to the style


def _own(el: ET.Element) -> tuple[Style, Optional[str]]:
    sid = el.get(f"{W}styleId", "")
    name_el = el.find(f"{W}name")
    name = (name_el.get(f"{W}val", "") if name_el is not None else "").strip()
    s = Style()
    m = _HEADING_NAME.match(name) or _HEADING_NAME.match(re.sub(r"(?i)^heading(\d)$", r"heading \1", sid))
    if m and int(m.group(1)) >= 1:
        s.heading = int(m.group(1)) - 1
    s.title = name.lower() == "title" or sid.lower() == "title" or name == "标题"
    ppr = el.find(f"{W}pPr")
    if ppr is not None:
        ol = ppr.find(f"{W}outlineLvl")
        if ol is not None and is_digits(ol.get(f"{W}val")) and int(ol.get(f"{W}val")) < 9:
            s.heading = int(ol.get(f"{W}val"))
        s.bordered = ppr.find(f"{W}pBdr") is not None
        jc = ppr.find(f"{W}jc")
        s.centred = jc is not None and jc.get(f"{W}val") == "center"
        num = ppr.find(f"{W}numPr")
        if num is not None:
            nid = num.find(f"{W}numId")
            lvl = num.find(f"{W}ilvl")
            if nid is not None:
                ilvl = lvl.get(f"{W}val", "0") if lvl is not None else "0"
                s.num = (nid.get(f"{W}val", ""), int(ilvl) if is_digits(ilvl) else 0)
    rpr = el.find(f"{W}rPr")
    if rpr is not None:
        b = rpr.find(f"{W}b")
        s.bold = b is not None and b.get(f"{W}val", "true") not in ("0", "false")
    based = el.find(f"{W}basedOn")
    return s, (based.get(f"{W}val") if based is not None else None)


def read_styles(root: Optional[ET.Element]) -> dict[str, Style]:
    """Paragraph styles by id, each with what it inherits."""
    if root is None:
        return {}
    own: dict[str, tuple[Style, Optional[str]]] = {}
    for el in root.findall(f"{W}style"):
        if el.get(f"{W}type", "paragraph") == "paragraph":
            own[el.get(f"{W}styleId", "")] = _own(el)
    out: dict[str, Style] = {}
    for sid in own:
        chain, cur = [], sid
        while cur in own and len(chain) < _MAX_BASED_ON and cur not in chain:
            chain.append(cur)
            cur = own[cur][1]
        merged = Style()
        for cid in reversed(chain):      # the base first, the style itself last
            s = own[cid][0]
            merged.heading = s.heading if s.heading is not None else merged.heading
            merged.num = s.num or merged.num
            merged.title = merged.title or s.title
            merged.bordered = merged.bordered or s.bordered
            merged.centred = merged.centred or s.centred
            merged.bold = merged.bold or s.bold
        # "heading N" names the level even where a base style wrote another outline level
        if own[sid][0].heading is not None:
            merged.heading = own[sid][0].heading
        out[sid] = merged
    return out
