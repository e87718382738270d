"""Issue 15: any fault in the pack cache means "no cache" — never a different answer or a failed run."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_helpers import run_planlint

from planlint.rulepack import cache

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "examples" / "gansu-province-gaps.yaml"


def _report(cache_home: Path) -> list:
    """In a child with a timeout: on today's main a FIFO entry blocks forever."""
    p = run_planlint("--isolated", "--format", "json", PLAN, env={"PLANLINT_CACHE_DIR": str(cache_home)})
    assert p.returncode == 1, p.stderr
    return json.loads(p.stdout)["diagnostics"]


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("PLANLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path / "c"))
    return tmp_path / "c"


def _entry(cache_home: Path) -> Path:
    entries = list(cache_home.glob("pack-*.json"))     # the one pack the run loaded
    assert len(entries) == 1, entries
    return entries[0]


def _poison_empty(p: Path) -> None:
    p.write_text("{}", encoding="utf-8")


def _poison_deep(p: Path) -> None:
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


def _poison_fifo(p: Path) -> None:
    os.mkfifo(p)


def _poison_zero(p: Path) -> None:
    os.symlink("/dev/zero", p)


def _poison_forged(p: Path) -> None:
    """A well-formed entry with the target year changed but the header left as it was."""
    header, _, body = p.read_bytes().partition(b"\n")
    p.write_bytes(header + b"\n" + body.replace(b'"target_year": 2020', b'"target_year": 2019', 1))


def _poison_foreign_mode(p: Path) -> None:
    data = json.loads(p.read_bytes().partition(b"\n")[2])
    data["indicators"]["indicators"] = data["indicators"]["indicators"][:1]
    body = json.dumps(data, ensure_ascii=False).encode()
    import zlib
    header = p.read_bytes().partition(b"\n")[0].rsplit(b" ", 1)[0]
    p.write_bytes(header + f" {zlib.crc32(body):08x}\n".encode() + body)
    os.chmod(p, 0o666)        # writable by anyone: not planlint's own entry


@pytest.mark.parametrize("poison", [_poison_empty, _poison_deep, _poison_fifo, _poison_zero, _poison_forged,
                                    _poison_foreign_mode], ids=lambda f: f.__name__[8:])
def test_a_poisoned_cache_entry_changes_nothing(cache_home, poison):
    expected = _report(cache_home)          # writes the entry
    entry = _entry(cache_home)
    assert entry.is_file()
    if poison in (_poison_fifo, _poison_zero):
        entry.unlink()
    before = entry.read_bytes() if entry.is_file() else b""
    poison(entry)
    assert os.path.lexists(entry) and (poison in (_poison_fifo, _poison_zero) or entry.read_bytes() != before)
    assert _report(cache_home) == expected


def test_no_home_directory_means_no_cache(monkeypatch):
    for name in ("PLANLINT_NO_CACHE", "PLANLINT_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache.cache_dir() is None


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch):
    monkeypatch.delenv("PLANLINT_NO_CACHE", raising=False)
    monkeypatch.delenv("PLANLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    where = cache.cache_dir()
    assert where is None or where.is_absolute()


def test_an_entry_written_by_another_version_is_never_served(tmp_path, monkeypatch):
    """An upgrade may change what a pack loads into: the old version's entry stays unread."""
    monkeypatch.delenv("PLANLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path / "c"))
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "indicators.yaml").write_text("indicators: []\n", encoding="utf-8")
    monkeypatch.setattr(cache, "__version__", "0.1.0")
    assert cache.cached_pack(pack, lambda d: {"loaded_by": "0.1.0"}) == {"loaded_by": "0.1.0"}
    assert cache.cached_pack(pack, lambda d: {"loaded_by": "not called"}) == {"loaded_by": "0.1.0"}   # served
    monkeypatch.setattr(cache, "__version__", "0.2.0")
    assert cache.cached_pack(pack, lambda d: {"loaded_by": "0.2.0"}) == {"loaded_by": "0.2.0"}


def test_the_divisions_table_is_the_same_from_the_cache_or_from_a_broken_entry(tmp_path, monkeypatch):
    """The divisions table is cached as the pack is: served from an entry, and read afresh when
    the entry is damaged or forged into another shape (its checksum recomputed)."""
    import zlib

    from planlint.places import divisions

    monkeypatch.delenv("PLANLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path / "c"))

    def fresh():
        divisions.load_divisions.cache_clear()
        table = divisions.load_divisions()
        divisions.load_divisions.cache_clear()
        return table

    first = fresh()
    [entry] = (tmp_path / "c").glob("divisions-*.json")
    assert fresh() == first and first.province_of("宁波市") == "浙江省"
    header = entry.read_bytes().partition(b"\n")[0].rsplit(b" ", 1)[0]
    for body in (b"{}", b'{"provinces": [{"short": "x"}]}', b'{"provinces": 3}'):
        entry.write_bytes(header + f" {zlib.crc32(body):08x}\n".encode() + body)
        assert fresh() == first
    entry.write_bytes(b"not json at all")
    assert fresh() == first
