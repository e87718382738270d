"""JSON Schema errors said in Chinese, at the line they concern."""
from __future__ import annotations

from typing import Any, Optional

from planlint.model import level_from_text

_TYPES = {"string": "文字", "number": "数字", "integer": "整数", "object": "映射（键: 值）",
          "array": "列表", "boolean": "布尔值", "null": "空值"}


def _type_name(t: Any) -> str:
    if isinstance(t, list):
        return "或".join(_TYPES.get(x, x) for x in t)
    return _TYPES.get(t, str(t))


def _where(path: tuple) -> str:
    parts = []
    for p in path:
        parts.append(f"[{p + 1}]" if isinstance(p, int) else (("." if parts else "") + str(p)))
    return "".join(parts) or "文件顶层"


def describe(error: Any) -> tuple[str, tuple]:
    """(message, path of the offending item) for one jsonschema ValidationError."""
    path = tuple(error.absolute_path)
    where = _where(path)
    v = error.validator
    if v == "type":
        return f"{where} 应为{_type_name(error.validator_value)}，实际是“{_short(error.instance)}”", path
    if v == "required":
        missing = [k for k in error.validator_value if isinstance(error.instance, dict) and k not in error.instance]
        return f"{where} 缺少必填项：{'、'.join(missing)}", path
    if v == "additionalProperties":
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})
                 and not str(k).startswith("x-")] if isinstance(error.instance, dict) else []
        names = list(error.schema.get("properties", {}))
        allowed = "、".join(names)
        key = extra[0] if extra else None
        guess = _closest(str(key), names) if len(extra) == 1 else None
        did_you_mean = f"，是否指“{guess}”？" if guess else ""
        return (f"{where} 中有不认识的键“{'、'.join(map(str, extra))}”{did_you_mean}"
                f"（可用的键：{allowed}；自定义内容请以 x- 开头）",
                path + ((key,) if key is not None else ()))
    if v == "enum":
        opts = "、".join(map(str, error.validator_value))
        options = [str(o) for o in error.validator_value]
        guess = None
        if isinstance(error.instance, str):
            meant = level_from_text(error.instance)          # level: 省级
            guess = meant if meant in options else _closest(error.instance, options)
        did_you_mean = f"，是否指“{guess}”？" if guess else ""
        return f"{where} 的值“{_short(error.instance)}”不在可选范围内{did_you_mean}（{opts}）", path
    if v in ("minimum", "maximum"):
        return f"{where} 的值{error.instance}超出范围（{'最小' if v == 'minimum' else '最大'}{error.validator_value}）", path
    if v == "minLength":
        return f"{where} 不能为空", path
    return f"{where}：{error.message}", path


def _short(x: Any, n: int = 40) -> str:
    s = str(x)
    return s if len(s) <= n else s[: n - 1] + "…"


def _closest(key: str, names: list[str]) -> Optional[str]:
    """The allowed key a typo most likely means (indicator → indicators, titel → title)."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(key.lower(), names, scorer=fuzz.ratio, score_cutoff=60)
    return found[0] if found else None
