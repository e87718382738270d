"""Where the rule packs and schemas are: inside the installed package, or in the source tree."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from planlint.resources.plain_schema import plain_checker, surely_valid

_HERE = Path(__file__).resolve().parent.parent   # src/planlint


def data_root() -> Path:
    installed = _HERE / "_data"          # a wheel carries rules/ and schema/ here
    if (installed / "rules").is_dir():
        return installed
    return _HERE.parents[1]               # running from a checkout: src/planlint -> repo root


def rules_dir() -> Path:
    return data_root() / "rules"


def schema_path(name: str) -> Path:
    return data_root() / "schema" / name


_UNBUILT = object()


class SchemaValidator:
    """One of the shipped JSON Schema 2020-12 schemas.

    A valid document in the schema's plain keywords is recognised without any validator
    library (plain_schema.py): jsonschema-rs's import (~20 ms) is paid only by a document that
    may be invalid. jsonschema-rs (compiled) then decides in well under a millisecond; jsonschema,
    whose import alone costs ~50 ms, is loaded only to explain an invalid document error by error.
    """

    def __init__(self, name: str):
        self.name = name
        self.schema = json.loads(schema_path(name).read_text(encoding="utf-8"))
        self._plain = plain_checker(self.schema)
        self._fast: Any = _UNBUILT      # the jsonschema-rs validator, built when first needed

    def iter_errors(self, document: Any) -> Iterator[Any]:
        """jsonschema ValidationErrors for the document (none when it is valid)."""
        if surely_valid(self._plain, document):
            return iter(())
        if self._fast is _UNBUILT:
            self._fast = _compiled(self.schema)
        if self._fast is not None:
            try:
                if self._fast.is_valid(document):
                    return iter(())
            except (ValueError, OverflowError, TypeError):
                pass    # a value the compiled validator cannot hold (older jsonschema-rs and integers
                        # beyond 64 bits): jsonschema decides instead
        return self._explainer().iter_errors(document)

    @lru_cache(maxsize=None)
    def _explainer(self) -> Any:
        from jsonschema import Draft202012Validator

        return Draft202012Validator(self.schema)


def _compiled(schema: Any) -> Any:
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a platform without its wheel
        return None
    return jsonschema_rs.validator_for(schema)


@lru_cache(maxsize=None)
def validator(name: str) -> SchemaValidator:
    """The validator of a shipped schema, read once per process."""
    return SchemaValidator(name)
