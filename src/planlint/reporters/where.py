"""How the text-like reports name where a finding sits beyond its line: the Word/PDF place and
the heading path, in one bracket (``[表1 第3行第2列 · 三、主要任务 › （二）发展目标]``)."""
from __future__ import annotations

from planlint.diagnostics import Diagnostic


def where(d: Diagnostic, lang: str = "zh") -> str:
    """The place and the heading path, either or both; "" for neither. Outside Chinese the
    headings are the plan's own words, so they are quoted as its other words are."""
    if not d.place and not d.heading_path:     # most findings: nothing to import or join
        return ""
    # imported here: a YAML plan's run needs no Markdown markup module just to join nothing
    from planlint.readers.heading_paths import joined

    path = d.heading_path if lang == "zh" else tuple(f"“{h}”" for h in d.heading_path)
    return " · ".join(part for part in (d.place, joined(path)) if part)


def bracket(d: Diagnostic, lang: str = "zh", before: str = "", after: str = " ") -> str:
    """`where` in brackets, with the spacing the caller's line needs; "" when there is nothing to say."""
    text = where(d, lang)
    return f"{before}[{text}]{after}" if text else ""
