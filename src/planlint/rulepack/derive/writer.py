"""Write derived pack data to a directory in the project's own pack format, with comments for curation."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from planlint.rulepack.messages import DERIVE_ERRORS

HEADERS = {
    "pack": ("Derived by `planlint pack derive` from {source}: what {title} asks of the level below.",
             "Curate freely: this directory is an ordinary rule pack (schema/rulepack.schema.json)."),
    "indicators": ("Indicators of {title}: table rows (citation = the row, cells joined by \" | \") and",
                   "targets of the 发展目标 prose that are no row (citation = the sentence).",
                   "level rows are required of the levels below (PL101) with targets no weaker (PL102);",
                   "scale rows are compared by growth only, as warnings, and not required.",
                   "Curate: add aliases (other names drafters use), distinct (look-alikes that are other",
                   "indicators), or change required.levels to say who must carry what."),
    "actions": ("Priority actions of {title}: each heading under its 优先行动/重点工程/专项行动 heading.",
                "terms.core are the phrases of the action's body; a plan below covers the action when",
                "it commits to them. Curate: add aliases and title_terms, drop phrases that are too general.",
                "coverage and headings are the built-in pack's vocabulary of how plans are written."),
    "projects": ("Projects of {title}: its 专栏.",),
}


def _comment(lines: tuple[str, ...], **kw: str) -> str:
    return "".join(f"# {line.format(**kw)}\n" for line in lines)


def _dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000)


def pack_files(data: dict[str, Any]) -> dict[str, str]:
    """The text of every file of the pack: pack.yaml and each file it lists."""
    kw = {"source": (data.get("derived") or {}).get("from", "?"), "title": data["title"]}
    files = data.get("files") or {}
    manifest = {k: v for k, v in data.items() if k not in files}
    out = {"pack.yaml": _comment(HEADERS["pack"], **kw) + _dump(manifest)}
    for key, filename in files.items():
        out[filename] = _comment(HEADERS.get(key, ()), **kw) + _dump(data[key])
    return out


def write_pack(data: dict[str, Any], directory: Path, force: bool = False) -> list[Path]:
    """Write the pack; a directory that already holds files is left alone unless `force`."""
    if directory.exists() and not directory.is_dir():
        raise FileExistsError(DERIVE_ERRORS["not-directory"](path=str(directory)))
    if directory.is_dir() and any(directory.iterdir()) and not force:
        raise FileExistsError(DERIVE_ERRORS["not-empty"](path=str(directory)))
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in pack_files(data).items():
        target = directory / name
        tmp = target.with_name(f".{name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
        written.append(target)
    return written
