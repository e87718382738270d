"""Every hostile case through the library: ends in time, no traceback, a located finding."""
from __future__ import annotations

import time

import pytest
from conftest import assert_located
from corpus import CASES, Case

from planlint.readers.yaml.tree import ALIAS_SLACK_NODES, load_tree


def _data(case: Case, tmp_path) -> bytes:
    return case.make().replace(b"{marker}", str(tmp_path / "ran").encode())


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_case(linter, case: Case, tmp_path):
    data = _data(case, tmp_path)
    start = time.process_time()
    report = linter.lint_bytes(case.filename, data)
    took = time.process_time() - start
    assert took < case.seconds, f"{case.name}: {took:.1f}s CPU, the bound is {case.seconds}s"
    assert not [d for d in report.diagnostics if d.code == "PL900"], report.diagnostics
    assert_located(report.diagnostics, data)
    assert not (tmp_path / "ran").exists(), "a file named code to run, and it ran"
    readable = [d for d in report.diagnostics if d.code in ("PL001", "PL002")]
    if case.code is None:
        assert not readable, readable
        return
    hits = [d for d in report.diagnostics if d.code == case.code
            and (case.line is None or d.line == case.line)
            and (case.column is None or d.column == case.column)]
    assert hits, f"want {case.code} at {case.line}:{case.column}, got " + repr(
        [(d.code, d.line, d.column, d.message) for d in report.diagnostics[:5]])
    for word in case.words:
        assert any(word in d.message for d in hits), (word, [d.message for d in hits])


def test_aliases_may_repeat_a_little():
    """A plan may reuse a value by alias: only expansion far beyond the file is refused."""
    text = "x-unit: &u '%'\nindicators:\n" + "".join(
        f"  - {{name: 指标{i}, unit: *u}}\n" for i in range(ALIAS_SLACK_NODES // 2))
    tree = load_tree(text)
    assert len(tree.data["indicators"]) == ALIAS_SLACK_NODES // 2 and not tree.issues


def test_lint_file_refuses_a_pipe_and_reads_no_further_than_the_limit(pack, tmp_path):
    import os

    from planlint.run.engine import Linter

    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    report = Linter(pack).lint_file(str(fifo))          # would block forever if opened
    assert [d.code for d in report.diagnostics] == ["PL001"]
    big = tmp_path / "big.yaml"
    big.write_bytes(b"title: x\n" * 200)
    report = Linter(pack, max_bytes=1000).lint_file(str(big))
    assert [d.code for d in report.diagnostics] == ["PL001"] and "1000" in report.diagnostics[0].message


def test_a_reader_bug_is_a_finding_not_a_traceback(linter, monkeypatch):
    import planlint.run.engine

    def broken(path, source, default_period=None):
        raise KeyError("boom")

    monkeypatch.setattr(planlint.run.engine, "read_source", broken)
    report = linter.lint_bytes("p.yaml", b"title: x\n")
    assert [d.code for d in report.diagnostics] == ["PL900"] and "KeyError" in report.diagnostics[0].message
