"""Shared fixtures. Tests import the installed package when there is one, else the source tree."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
try:
    import planlint  # noqa: F401
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

SEED = ROOT.parent / "shared" / "seed" / "000_99575e7e2805174f.txt"


@pytest.fixture(scope="session")
def pack():
    from planlint.rulepack import load_pack

    return load_pack()


@pytest.fixture(scope="session")
def linter(pack):
    from planlint.run.engine import Linter

    return Linter(pack)


@pytest.fixture
def lint(linter):
    """Lint YAML or Markdown text given in the test; returns the FileReport."""
    def run(text: str, name: str = "plan.yaml"):
        return linter.lint_bytes(name, text.encode("utf-8"))
    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"national plan text not found at {SEED} (it lives in the shared folder beside the repository)")
    return SEED.read_text(encoding="utf-8")
