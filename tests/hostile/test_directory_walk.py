"""Issue 15: a deep tree or a directory that cannot be listed is said, never a crash or a pass."""
from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest

from planlint.cli.app import main
from planlint.run import walk

PLAN = "level: province\nregion: 甘肃省\n"


def _deep(top: Path, depth: int) -> None:
    """A chain of directories `depth` deep, made relative to each directory's descriptor: the
    full path soon exceeds PATH_MAX, which is the point."""
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fd)
            nfd = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        with open(os.open("p.yaml", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w", encoding="utf-8") as f:
            f.write(PLAN)
    finally:
        os.close(fd)


def _remove_deep(top: Path) -> None:
    """shutil.rmtree (and so pytest's tmp_path cleanup, in this run or a later one) recurses per
    level: GNU rm walks with descriptors and no depth limit, holding few of them open."""
    subprocess.run(["rm", "-rf", "--", str(top)], check=False, timeout=600)
    assert not top.exists()


@pytest.mark.parametrize("depth", [1_500, 10_000])
def test_a_very_deep_tree_is_no_recursion_error(tmp_path, capsys, depth):
    _deep(tmp_path / "tree", depth)
    try:
        status = main(["--isolated", str(tmp_path / "tree")])
    finally:
        _remove_deep(tmp_path / "tree")
    err = capsys.readouterr().err
    assert "RecursionError" not in err and "内部错误" not in err
    if depth == 1_500:      # within PATH_MAX: the plan at the bottom is linted
        assert status == 1
    else:                   # beyond it: the directory that cannot be listed is named, exit 2
        assert status == 2 and "无法读取目录" in err and len(err.splitlines()[-1]) < 400


def test_an_unreadable_subdirectory_is_a_problem_not_a_silent_pass(tmp_path, capsys, monkeypatch):
    (tmp_path / "plans" / "locked").mkdir(parents=True)
    (tmp_path / "plans" / "ok.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plans" / "locked" / "bad.yaml").write_text("indicators: [", encoding="utf-8")
    real = os.scandir

    def scandir(path):   # the tests run as root, where chmod 000 hides nothing: deny it here
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    assert main(["--isolated", "--exit-zero", str(tmp_path / "plans")]) == 2
    captured = capsys.readouterr()
    assert "ok.yaml" in captured.out
    assert "无法读取目录" in captured.err and "locked" in captured.err and "Permission denied" in captured.err


def test_a_plan_that_cannot_be_opened_is_located(tmp_path, capsys, monkeypatch):
    plan = tmp_path / "p.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    real = os.open

    def denied(path, flags, *args, **kwargs):
        if str(path) == str(plan):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    assert main(["--isolated", str(plan)]) == 2
    err = capsys.readouterr().err
    assert "无法读取文件" in err and "p.yaml" in err and "内部错误" not in err


def test_a_plan_swapped_for_a_fifo_after_the_check_does_not_block(tmp_path, monkeypatch):
    """The swap is simulated: whatever a stat of the path said before the open (here: a
    regular file), what was opened is what counts, and opening a FIFO does not wait for a writer."""
    import threading

    from planlint.rulepack import load_pack
    from planlint.run.engine import Linter

    regular = tmp_path / "p.yaml"
    regular.write_text(PLAN, encoding="utf-8")
    fifo = tmp_path / "swapped.yaml"
    os.mkfifo(fifo)
    before = regular.stat()
    linter = Linter(load_pack())      # the pack is found (and stat'ed) before the swap
    real_stat = Path.stat
    # "it was a regular file": only the swapped path lies, so the rest of the run stats as ever
    monkeypatch.setattr(Path, "stat", lambda self, **kw: before if self == fifo else real_stat(self, **kw))
    got: list = []
    worker = threading.Thread(target=lambda: got.append(linter.lint_file(str(fifo))), daemon=True)
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():          # unblock the reader so the test process can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO blocked")
    assert [d.code for d in got[0].diagnostics] == ["PL001"]
