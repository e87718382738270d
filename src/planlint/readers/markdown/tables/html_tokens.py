"""The events of plain table markup, read with one regular expression instead of ``html.parser``.

Markup is plain when every tag is well formed (a name, attributes separated by blanks, values
quoted or made of name characters, no ``&`` in a value, end tags without attributes) and every
``&`` starts a complete entity or character reference: what Word, pandoc and web pages write.
For such markup ``html.parser`` (with ``convert_charrefs=False``) gives the events yielded here,
at the same positions; at the first sign of any other, ``plain_events`` raises NotPlain and the
caller starts again with ``html.parser`` itself, whose handling of broken markup differs between Python versions. Elements
whose content some version of ``html.parser`` reads as raw text (``<script>``, ``<title>`` …) are
never plain either.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

# (kind, (line, column) as html.parser's getpos, value, raw start tag); kind is data, start,
# end, entity or charref, and value the text, the lower-case tag name or the reference's name
Event = tuple[str, tuple[int, int], str, str]

_TOKEN = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9]*)?)"
    r"(?P<attrs>(?:[ \t\n]+[A-Za-z_:][-A-Za-z0-9_:.]*"
    r"(?:[ \t\n]*=[ \t\n]*(?:\"[^\"<>&\n]*\"|'[^'<>&\n]*'|[-A-Za-z0-9_.:#%]+(?=[ \t\n>])))?)*)"
    r"[ \t\n]*(?P<empty>/?)>"
    r"|&(?:(?P<entity>[A-Za-z][A-Za-z0-9]*)|#(?P<charref>[0-9]+|[xX][0-9A-Fa-f]+));"
    r"|[<&]")          # any other "<" or "&": not plain


class NotPlain(Exception):
    """The markup is not plain: html.parser must read it."""


_ATTR = re.compile(r"([A-Za-z_:][-A-Za-z0-9_:.]*)(?:[ \t\n]*=[ \t\n]*(\"[^\"]*\"|'[^']*'|[^ \t\n>]+))?")
# raw text or escapable raw text in the HTML standard: html.parser's treatment varies
_RAW_TEXT = frozenset({"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
                       "noscript", "plaintext"})


def plain_events(markup: str, wanted: frozenset[str]) -> Iterator[Event]:
    """The events of plain markup, in order, as they are read (a huge table is never held as
    a list of events); NotPlain where the markup turns out not to be plain. Tags whose name is
    not in ``wanted`` give no event (a reader that ignores them anyway need not see them); the
    text around them still comes as the separate pieces html.parser gives."""
    line, line_start, counted = 1, 0, 0     # html.parser's line, where it starts, counted up to
    done = 0
    for m in _TOKEN.finditer(markup):
        start = m.start()
        close, name, attrs, empty, entity, charref = m.groups()
        if start > done:
            breaks = markup.count("\n", counted, done)
            if breaks:
                line += breaks
                line_start = markup.rfind("\n", counted, done) + 1
            counted = done
            yield ("data", (line, done - line_start), markup[done:start], "")
        done = m.end()
        if name is not None:
            tag = name.lower()
            if tag in _RAW_TEXT or (close and (attrs or empty)):
                raise NotPlain(tag)
            if tag not in wanted:
                continue
        elif entity is None and charref is None:
            raise NotPlain(m.group(0))
        breaks = markup.count("\n", counted, start)
        if breaks:
            line += breaks
            line_start = markup.rfind("\n", counted, start) + 1
        counted = start
        at = (line, start - line_start)
        if name is None:
            yield ("entity", at, entity, "") if entity is not None else ("charref", at, charref, "")
        elif close:
            yield ("end", at, tag, "")
        else:
            yield ("start", at, tag, m.group(0))
            if empty:
                yield ("end", at, tag, "")
    if done < len(markup):
        breaks = markup.count("\n", counted, done)
        if breaks:
            line += breaks
            line_start = markup.rfind("\n", counted, done) + 1
        yield ("data", (line, done - line_start), markup[done:], "")


def attributes(start_tag: str) -> list[tuple[str, Optional[str]]]:
    """The attributes of a plain start tag as html.parser gives them: names in lower case,
    values without their quotes, None for an attribute written without a value."""
    body = start_tag[1:-1].rstrip("/")
    rest = body[len(re.match(r"[^ \t\n/>]*", body).group(0)):]   # type: ignore[union-attr]
    out: list[tuple[str, Optional[str]]] = []
    for m in _ATTR.finditer(rest):
        value = m.group(2)
        if value is not None and value[:1] in "\"'" and len(value) >= 2:
            value = value[1:-1]
        out.append((m.group(1).lower(), value))
    return out
