"""What the title inference decided, as records that say it in every language.

The Chinese gives the inference's reasoning (标题以地级行政区“宜昌市”（属湖北省）开头); English says
only that the value comes from the title.
"""
from __future__ import annotations

from planlint.messages import Template, catalogue
from planlint.model import Inference

NOTES = catalogue("inferred.title", {
    "period": Template("period: {start}—{end}年（{reason}）", "period: {start}–{end} (from the title)",
                       lang_only={"reason"}),
    "region": Template("level: {level}（{level_name}），region: {region}（{reason}）",
                       "level: {level}, region: “{region}” (from the title)", lang_only={"level_name", "reason"}),
    "department": Template("level: ministry（部门规划），department: {department}（{reason}）",
                           "level: ministry, department: “{department}” (from the title)", lang_only={"reason"}),
    "national": Template("level: national（标题为国家或全国信息化规划）", "level: national (from the title)"),
    "nothing": Template("无法从标题“{title}”推断层级、地区或部门：只检查适用于各级规划的要求",
                        "level, region or department cannot be inferred from the title “{title}”: only what binds "
                        "every level is checked"),
    "no-title": Template("没有标题，无法推断规划层级和地区", "no title: level and region cannot be inferred"),
})


def period(start: int, end: int, reason: str) -> Inference:
    return Inference((("period", f"{start}-{end}"),), "title", NOTES["period"](start=start, end=end, reason=reason))


def region(level: str, level_name: str, name: str, reason: str) -> Inference:
    return Inference((("level", level), ("region", name)), "title",
                     NOTES["region"](level=level, level_name=level_name, region=name, reason=reason))


def department(name: str, reason: str) -> Inference:
    return Inference((("level", "ministry"), ("department", name)), "title",
                     NOTES["department"](department=name, reason=reason))


def national() -> Inference:
    return Inference((("level", "national"),), "title", NOTES["national"]())


def nothing(title: str) -> Inference:
    return Inference((), "title", NOTES["nothing"](title=title))


def no_title() -> Inference:
    return Inference((), "title", NOTES["no-title"]())
