"""Word segmentation with a small domain dictionary, built without jieba's cache files.

jieba's default dictionary costs most of a second in every process, and its cache handling
fails on read-only or missing temporary directories. The names we segment are short
indicator names, for which the pack's own vocabulary is the right dictionary; we build
jieba's prefix dictionary in memory and never touch the file system beyond reading it.
"""
from __future__ import annotations

import io
import types
from pathlib import Path
from typing import Iterable, Optional


def _import_jieba():
    """Import jieba (only names that need segmentation pay for it) without pkg_resources.

    jieba uses pkg_resources solely to find its bundled files and falls back to a plain path
    when it is missing; importing pkg_resources scans every installed distribution and costs
    ~50 ms, more than the rest of jieba. Hide it for the duration of the import only.
    """
    import sys

    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        _defer_hmm_tables()
        import jieba
    finally:
        if hidden:
            del sys.modules["pkg_resources"]
    return jieba


def _defer_hmm_tables() -> None:
    """Let jieba.finalseg load on first use rather than with jieba.

    finalseg holds the HMM tables for unknown words (~6 ms to import, a third of jieba);
    we always cut with HMM=False, so they are never needed here. The module is registered
    unexecuted: whoever first asks it for anything (another user of jieba in the same
    process cutting with HMM) gets it executed at that moment. importlib's LazyLoader cannot
    do this, as the import system reads __spec__ and that alone would load it.
    """
    import importlib.util
    import sys

    name = "jieba.finalseg"
    if name in sys.modules:
        return
    top = importlib.util.find_spec("jieba")      # locates the package without importing it
    if top is None or not top.submodule_search_locations:
        return
    package_dir = Path(list(top.submodule_search_locations)[0]) / "finalseg"
    spec = importlib.util.spec_from_file_location(
        name, package_dir / "__init__.py", submodule_search_locations=[str(package_dir)])
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _ExecutedOnFirstUse
    sys.modules[name] = module


class _ExecutedOnFirstUse(types.ModuleType):
    """A module whose code runs when an attribute it does not have yet is first asked for."""

    def __getattr__(self, attr: str):
        spec = self.__dict__.get("__spec__")
        if attr.startswith("__") or spec is None or self.__dict__.get("_planlint_executed"):
            raise AttributeError(attr)
        self.__dict__["_planlint_executed"] = True
        spec.loader.exec_module(self)
        return getattr(self, attr)


class Segmenter:
    def __init__(self, words: Iterable[str], vocabulary_file: Optional[Path] = None):
        self._words = {w for w in words if w}
        self._vocabulary_file = vocabulary_file
        self._tokenizer = None   # built on first use: most names match without segmentation
        self._cuts: dict[str, list[str]] = {}

    def _build(self):
        import logging

        jieba = _import_jieba()
        jieba.setLogLevel(logging.WARNING)
        lines = [f"{w} 100" for w in sorted(self._words)]
        if self._vocabulary_file is not None and self._vocabulary_file.is_file():
            for line in self._vocabulary_file.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#") and len(line.split()) >= 2:
                    lines.append(" ".join(line.split()[:2]))
        tokenizer = jieba.Tokenizer(dictionary=None)
        tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(io.BytesIO("\n".join(lines).encode("utf-8")))
        tokenizer.initialized = True          # skip initialize(): it reads and writes caches
        return tokenizer

    def words(self) -> set[str]:
        if self._tokenizer is None:
            self._tokenizer = self._build()
        return {w for w, f in self._tokenizer.FREQ.items() if f > 0}

    def cut(self, text: str) -> list[str]:
        """The words of text; memoised, as one name is compared with many candidates."""
        if text not in self._cuts:
            if self._tokenizer is None:
                self._tokenizer = self._build()
            self._cuts[text] = [t for t in self._tokenizer.cut(text, HMM=False) if t.strip()]
        return self._cuts[text]

    def is_word(self, token: str) -> bool:
        """A dictionary word (or a Latin/digit run such as 4G): a qualifier, not a typo."""
        if self._tokenizer is None:
            self._tokenizer = self._build()
        if token.isascii():
            return len(token) >= 2
        return len(token) >= 2 and self._tokenizer.FREQ.get(token, 0) > 0
