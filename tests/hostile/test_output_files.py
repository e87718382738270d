"""Issue 15: -o never replaces a device, FIFO or symlink, and an existing report keeps its mode."""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from planlint.cli.app import main

ROOT = Path(__file__).resolve().parents[2]
PLAN = str(ROOT / "examples" / "gansu-province-gaps.yaml")


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """A private copy of /dev/null (1,3) or /dev/full (1,7): the test never risks the real one."""
    dev = tmp_path / name
    try:
        os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, minor))
        open(dev, "wb").close()
    except OSError as err:
        pytest.skip(f"cannot make a character device here ({err.strerror}): needs root and a dev-capable filesystem")
    return dev


def test_a_null_device_stays_a_device(tmp_path):
    dev = _device(tmp_path, "null", 3)
    assert main(["--isolated", "-o", str(dev), PLAN]) == 1
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


def test_a_fifo_is_written_into(tmp_path):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    assert main(["--isolated", "-o", str(fifo), PLAN]) == 1
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and got and "PL101" in got[0].decode()


def test_a_symlink_is_refused_not_replaced(tmp_path, capsys):
    real = tmp_path / "elsewhere.txt"
    real.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "report.txt"
    os.symlink(real, link)
    assert main(["--isolated", "-o", str(link), PLAN]) == 2
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "keep me\n"
    assert "符号链接" in capsys.readouterr().err


def test_an_existing_report_keeps_its_mode(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("old\n", encoding="utf-8")
    os.chmod(report, 0o640)
    assert main(["--isolated", "-o", str(report), PLAN]) == 1
    assert stat.S_IMODE(os.stat(report).st_mode) == 0o640 and "PL101" in report.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".planlint-tmp")]


def test_a_full_device_is_a_clear_error_and_stays_a_device(tmp_path, capsys):
    dev = _device(tmp_path, "full", 7)
    assert main(["--isolated", "-o", str(dev), PLAN]) == 2
    assert stat.S_ISCHR(os.lstat(dev).st_mode) and "无法写入" in capsys.readouterr().err
