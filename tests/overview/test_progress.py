"""Progress of a long run: the library reports it; the command line draws a bar only at a terminal."""
from __future__ import annotations

from planlint.cli import progress as cli_progress
from planlint.run.options import LintOptions
from planlint.run.session import LintSession


def test_the_run_tells_its_progress_in_order(tmp_path, province_plan):
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (tmp_path / name).write_text(province_plan().yaml(name), encoding="utf-8")
    session = LintSession(LintOptions(isolated=True))
    files, problems = session.collect([str(tmp_path)])
    seen: list[tuple[int, int]] = []
    session.lint(files, problems, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_no_bar_when_piped_in_ci_or_short(monkeypatch):
    class Tty:
        def isatty(self):
            return True
    monkeypatch.setattr(cli_progress.sys, "stderr", Tty())
    monkeypatch.delenv("CI", raising=False)
    assert cli_progress.wanted(cli_progress.MIN_FILES)
    assert not cli_progress.wanted(cli_progress.MIN_FILES - 1)
    monkeypatch.setenv("CI", "true")
    assert not cli_progress.wanted(1000)


def test_no_bar_into_a_pipe():
    # pytest captures stderr: not a terminal
    with cli_progress.progress_bar(10_000) as progress:
        assert progress is None
