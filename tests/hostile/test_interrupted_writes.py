"""Issue 15: a report interrupted by SIGTERM or a full disk leaves no `.planlint-tmp` file behind,
and -o decides by what it opened, not by what a stat said a moment before."""
from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planlint.cli import output
from planlint.cli.app import main
from planlint.cli.errors import UsageError

ROOT = Path(__file__).resolve().parents[2]
PLAN = str(ROOT / "examples" / "gansu-province-gaps.yaml")

# A child that blocks in the middle of writing its report, after saying so on stdout: the test
# then sends SIGTERM, as a cancelled CI job does.
SLOW_WRITER = textwrap.dedent("""
    import os, sys, time
    from planlint.cli import output
    real = os.fdopen
    class Slow:
        def __init__(self, f): self.f = f
        def __enter__(self): return self
        def __exit__(self, *a): self.f.close()
        def write(self, data):
            self.f.write(data[:10]); self.f.flush()
            print("writing", flush=True)
            time.sleep(120)
    # os is one module: only the files opened for writing are slowed, not the plan being read
    output.os.fdopen = lambda fd, mode="r", *a, **k: Slow(real(fd, mode, *a, **k)) if "w" in mode else real(fd, mode, *a, **k)
    from planlint.cli.app import main
    sys.exit(main(sys.argv[1:]))
""")


def _temporaries(where: Path) -> list[str]:
    return [p.name for p in where.iterdir() if "planlint-tmp" in p.name]


@pytest.mark.parametrize("existing", [False, True])
def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path, existing):
    report = tmp_path / "report.txt"
    if existing:
        report.write_text("the old report\n", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, "--isolated", "-o", str(report), PLAN],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        assert child.stdout.readline().strip() == "writing"
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=60)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGTERM       # ended by the signal, as the job asked
    assert _temporaries(tmp_path) == []
    # the report is whole or untouched, never half written
    assert (report.read_text(encoding="utf-8") == "the old report\n") if existing else not report.exists()


def test_a_full_disk_leaves_no_temporary_file_and_says_so(tmp_path, monkeypatch, capsys):
    real = os.fdopen

    class Full:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.f.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fdopen", lambda fd, mode="r", *a, **k:
                        Full(real(fd, mode, *a, **k)) if "w" in mode else real(fd, mode, *a, **k))
    assert main(["--isolated", "-o", str(tmp_path / "report.txt"), PLAN]) == 2
    assert os.strerror(errno.ENOSPC) in capsys.readouterr().err
    assert _temporaries(tmp_path) == [] and not (tmp_path / "report.txt").exists()


def test_a_real_full_device_is_an_error_not_a_replacement():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with pytest.raises(UsageError):
        output.write_file("/dev/full", "report\n")
    assert not Path("/dev/full").is_file()


def test_a_name_swapped_for_a_regular_file_after_the_stat_is_not_opened_for_writing_into(tmp_path, monkeypatch):
    """The swap is simulated: a stat said "character device", but the name now holds a
    regular file. What was opened decides: the file is replaced whole (temp file and rename), never
    truncated and written into through a stale decision."""
    report = tmp_path / "report.txt"
    report.write_text("old\n", encoding="utf-8")
    os.chmod(report, 0o640)
    real_stat = os.stat

    def stale(path, *a, **k):
        st = real_stat(path, *a, **k)
        if str(path) == str(report):
            fields = list(st)
            fields[0] = stat.S_IFCHR | stat.S_IMODE(st.st_mode)    # "it was a device"
            return os.stat_result(fields)
        return st

    inode = real_stat(report).st_ino
    monkeypatch.setattr(output.os, "stat", stale)
    output.write_file(str(report), "new report\n")
    monkeypatch.undo()
    assert report.read_text(encoding="utf-8") == "new report\n"
    assert os.stat(report).st_ino != inode and stat.S_IMODE(os.stat(report).st_mode) == 0o640   # renamed into place
    assert _temporaries(tmp_path) == []


def test_a_symlink_swapped_in_after_the_stat_is_still_refused(tmp_path, monkeypatch):
    real = tmp_path / "elsewhere.txt"
    real.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "report.txt"
    os.symlink(real, link)
    real_stat = os.stat

    def stale(path, *a, **k):
        st = real_stat(path, *a, **k)
        if str(path) == str(link):
            fields = list(st)
            fields[0] = 0o10666          # S_IFIFO: "it was a FIFO"
            return os.stat_result(fields)
        return st

    monkeypatch.setattr(output.os, "stat", stale)
    with pytest.raises(UsageError):
        output.write_file(str(link), "report\n")
    monkeypatch.undo()       # os.stat is the one Path uses too
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "keep me\n"
