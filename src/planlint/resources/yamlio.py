"""Loading trusted YAML data files (rule packs, the divisions table) fast and safely."""
from __future__ import annotations

from typing import Any

import yaml

try:  # libyaml's parser is several times faster than PyYAML's pure-Python one
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]


def load_data(text: str) -> Any:
    """Plain data only: the safe loader constructs no Python objects from tags."""
    return yaml.load(text, Loader=SafeLoader)
