"""A content-addressed cache of parsed rule packs.

Parsing the pack's YAML is the largest fixed cost of a run (PyYAML builds Python objects in
Python). The merged pack is stored as JSON under the hash of every file it was read from,
planlint's version and the schema the data was checked against, so an edited pack or schema
is never served stale. JSON holds data only — nothing in the cache can run. A pack is stored
only after it passed the schema, so an entry read back (its header checked, its file owned by
this user and writable by no one else) is not validated again: a run on a cached pack skips
the validator and its import. PLANLINT_NO_CACHE=1 disables it; PLANLINT_CACHE_DIR moves it.

The cache is an optimisation: any fault in it means "no cache", never a different answer or
a failed run. An entry is used only if it is a regular file (not a FIFO, device or symlink)
owned by this user and writable by no one else, not larger than MAX_ENTRY_BYTES, and its
header repeats the key and a checksum of the JSON that follows; anything else is ignored
and rewritten.
"""
from __future__ import annotations

import json
import os
import stat
import zlib
from pathlib import Path
from typing import Any, Callable, Optional

from planlint._version import __version__

MAX_ENTRY_BYTES = 64 * 1024 * 1024
HASHED_FILE_BYTES = 16 * 1024 * 1024   # larger stray files are keyed by size and mtime, not read
MAGIC = "planlint-pack-cache-1"


def cache_dir() -> Optional[Path]:
    if os.environ.get("PLANLINT_NO_CACHE"):
        return None
    if os.environ.get("PLANLINT_CACHE_DIR"):
        return Path(os.environ["PLANLINT_CACHE_DIR"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):      # the XDG spec: a relative value is invalid and ignored
        return Path(xdg) / "planlint"
    try:
        home = Path.home()
    except (RuntimeError, KeyError, OSError):   # a uid with no passwd entry and no HOME
        return None
    return home / ".cache" / "planlint" if home.is_absolute() and home != Path("/") else None


def pack_key(directory: Path, salt: bytes = b"") -> str:
    """A key that changes whenever any file of the pack does.

    Two independent zlib checksums and the length of everything read: a key for a cache of
    the user's own files, not a defence against forgery (the header checksum and the owner
    check guard the entry; the data is validated against the schema on every use anyway).
    (hashlib would load OpenSSL, ~2 ms per run.)
    """
    crc, adler, size = 0, 1, 0
    for part in (salt, *_parts(directory)):
        crc, adler, size = zlib.crc32(part, crc), zlib.adler32(part, adler), size + len(part)
    return f"{crc:08x}{adler:08x}{size:x}"


def _parts(directory: Path):
    yield __version__.encode()
    for f in sorted(directory.glob("*")):
        try:
            st = f.stat()
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue                     # a FIFO or device in the pack is no file of it
        yield f.name.encode() + b"\0"
        if st.st_size > HASHED_FILE_BYTES:
            yield f"{st.st_size}:{st.st_mtime_ns}".encode()
            continue
        try:
            yield f.read_bytes()
        except OSError:
            yield b"\1unreadable"         # the loader reports it if the pack uses it


def file_key(path: Path, salt: bytes = b"") -> str:
    """A key that changes whenever the file (a plan used as a pack), or `salt`, does."""
    data = __version__.encode() + b"\0" + salt + b"\0" + path.read_bytes()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def cached_pack(directory: Path, load: Callable[[Path], dict[str, Any]], salt: bytes = b"") -> dict[str, Any]:
    """The merged pack data, from the cache when the pack's files (and `salt`: what else the
    loaded data depends on, such as the schema it was checked against) are unchanged."""
    return _cached(directory, f"pack-{pack_key(directory, salt)}" if cache_dir() else "", load)


def cached_file(path: Path, kind: str, load: Callable[[Path], dict[str, Any]], salt: bytes = b"") -> dict[str, Any]:
    """The pack data derived from one plan file, from the cache when the file (and `salt`) is unchanged."""
    try:
        key = f"{kind}-{file_key(path, salt)}" if cache_dir() else ""
    except OSError:
        key = ""
    return _cached(path, key, load)


def _cached(source: Path, key: str, load: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
    where = cache_dir()
    if where is None or not key:
        return load(source)
    entry = where / f"{key}.json"
    data = _read_entry(entry, key)
    if data is not None:
        return data
    data = load(source)
    _write_entry(where, entry, key, data)
    return data


def _read_entry(entry: Path, key: str) -> Optional[dict[str, Any]]:
    try:
        fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        trusted = (stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid()
                   and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and st.st_size <= MAX_ENTRY_BYTES)
        if not trusted:
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            raw = f.read(MAX_ENTRY_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    header, _, body = raw.partition(b"\n")
    if header != f"{MAGIC} {key} {zlib.crc32(body):08x}".encode():
        return None
    try:
        data = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _write_entry(where: Path, entry: Path, key: str, data: dict[str, Any]) -> None:
    tmp = entry.with_suffix(f".{os.getpid()}.tmp")
    try:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(f"{MAGIC} {key} {zlib.crc32(body):08x}\n".encode() + body)
        os.replace(tmp, entry)
    except (OSError, TypeError, ValueError, RecursionError):
        try:
            tmp.unlink()
        except OSError:
            pass     # a read-only home or an odd value: run without the cache
