"""What the title inference decided, as records that say it in every language.

The Chinese gives the inference's reasoning (标题以地级行政区“宜昌市”（属湖北省）开头); English says
only where the value was read: the title, or the line near it that decided (a 文号, an issuing
body), so a note never credits the title with what another line said.
"""
from __future__ import annotations

from planlint.messages import Template, Text, catalogue
from planlint.model import Inference

# what the inference read: the Chinese reasoning names it, English says it in the note
SOURCES = catalogue("inferred.from", {
    "title": Template("标题", "the title"),
    "number": Template("文号“{line}”", "the document number “{line}”"),
    "line": Template("文首的“{line}”", "the line “{line}” at the head of the document"),
})

NOTES = catalogue("inferred.title", {
    "period": Template("period: {start}—{end}年（{reason}）", "period: {start}–{end} (from {source})",
                       lang_only={"reason", "source"}),
    "region": Template("level: {level}（{level_name}），region: {region}（{reason}）",
                       "level: {level}, region: “{region}” (from {source})",
                       lang_only={"level_name", "reason", "source"}),
    "department": Template("level: ministry（部门规划），department: {department}（{reason}）",
                           "level: ministry, department: “{department}” (from {source})",
                           lang_only={"reason", "source"}),
    "national": Template("level: national（{source}为国家或全国信息化规划）", "level: national (from {source})"),
    "nothing": Template("无法从标题“{title}”推断层级、地区或部门：只检查适用于各级规划的要求",
                        "level, region or department cannot be inferred from the title “{title}”: only what binds "
                        "every level is checked"),
    "no-title": Template("没有标题，无法推断规划层级和地区", "no title: level and region cannot be inferred"),
})


def title_source() -> Text:
    return SOURCES["title"]()


def line_source(line: str, is_document_number: bool) -> Text:
    return SOURCES["number" if is_document_number else "line"](line=line)


def _how(source: Text) -> str:
    return "title" if source.id == SOURCES["title"].id else "clue"


def period(start: int, end: int, reason: str, source: Text) -> Inference:
    return Inference((("period", f"{start}-{end}"),), _how(source),
                     NOTES["period"](start=start, end=end, reason=reason, source=source))


def region(level: str, level_name: str, name: str, reason: str, source: Text) -> Inference:
    return Inference((("level", level), ("region", name)), _how(source),
                     NOTES["region"](level=level, level_name=level_name, region=name, reason=reason, source=source))


def department(name: str, reason: str, source: Text) -> Inference:
    return Inference((("level", "ministry"), ("department", name)), _how(source),
                     NOTES["department"](department=name, reason=reason, source=source))


def national(source: Text) -> Inference:
    return Inference((("level", "national"),), _how(source), NOTES["national"](source=source))


def nothing(title: str) -> Inference:
    return Inference((), "title", NOTES["nothing"](title=title))


def no_title() -> Inference:
    return Inference((), "title", NOTES["no-title"]())
