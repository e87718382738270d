"""Where the rule packs and schemas are: inside the installed package, or in the source tree."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def data_root() -> Path:
    installed = _HERE / "_data"          # a wheel carries rules/ and schema/ here
    if (installed / "rules").is_dir():
        return installed
    return _HERE.parents[1]               # running from a checkout: src/planlint -> repo root


def rules_dir() -> Path:
    return data_root() / "rules"


def schema_path(name: str) -> Path:
    return data_root() / "schema" / name


@lru_cache(maxsize=None)
def validator(name: str) -> Any:
    """A compiled JSON Schema 2020-12 validator for one of the shipped schemas (read once)."""
    from jsonschema import Draft202012Validator  # imported only when a schema is needed

    schema = json.loads(schema_path(name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)
