"""A content-addressed cache of parsed rule packs.

Parsing the pack's YAML is the largest fixed cost of a run (PyYAML builds Python objects in
Python). The merged pack is stored as JSON under the hash of every file it was read from
and planlint's version, so an edited pack is never served stale. JSON holds data only —
nothing in the cache can run — and the loaded data is validated against the schema as on
any load. The cache is an optimisation: if it cannot be read or written, planlint goes on.
PLANLINT_NO_CACHE=1 disables it; PLANLINT_CACHE_DIR moves it.
"""
from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any, Callable, Optional

from planlint._version import __version__


def cache_dir() -> Optional[Path]:
    if os.environ.get("PLANLINT_NO_CACHE"):
        return None
    if os.environ.get("PLANLINT_CACHE_DIR"):
        return Path(os.environ["PLANLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache" if Path.home() != Path("/") else None)
    return Path(base) / "planlint" if base else None


def pack_key(directory: Path) -> str:
    """A key that changes whenever any file of the pack does.

    Two independent zlib checksums and the length of everything read: a key for a cache of
    the user's own files, not a defence against forgery, and the loaded data is validated
    against the schema on every use anyway. (hashlib would load OpenSSL, ~2 ms per run.)
    """
    crc, adler, size = 0, 1, 0
    for part in _parts(directory):
        crc, adler, size = zlib.crc32(part, crc), zlib.adler32(part, adler), size + len(part)
    return f"{crc:08x}{adler:08x}{size:x}"


def _parts(directory: Path):
    yield __version__.encode()
    for f in sorted(directory.glob("*")):
        if f.is_file():
            yield f.name.encode() + b"\0"
            yield f.read_bytes()


def file_key(path: Path) -> str:
    """A key that changes whenever the file (a plan used as a pack) does."""
    data = __version__.encode() + b"\0" + path.read_bytes()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def cached_pack(directory: Path, load: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
    """The merged pack data, from the cache when the pack's files are unchanged."""
    return _cached(directory, f"pack-{pack_key(directory)}" if cache_dir() else "", load)


def cached_file(path: Path, kind: str, load: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
    """The pack data derived from one plan file, from the cache when the file is unchanged."""
    try:
        key = f"{kind}-{file_key(path)}" if cache_dir() else ""
    except OSError:
        key = ""
    return _cached(path, key, load)


def _cached(source: Path, key: str, load: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
    where = cache_dir()
    if where is None or not key:
        return load(source)
    try:
        entry = where / f"{key}.json"
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    data = load(source)
    try:
        where.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, entry)
    except (OSError, TypeError, ValueError):
        pass  # a read-only home or an odd value: run without the cache
    return data
