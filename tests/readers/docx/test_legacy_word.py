"""Legacy Word (.doc) and WPS (.wps): converted by LibreOffice in a temporary directory with a
time limit. The real conversion needs soffice; the time limit, the failure and the cleanup are
tested with stand-in converters (small shell scripts), so they run everywhere."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from docx_builder import from_markdown
from planlint.readers import legacy_word
from planlint.readers.legacy_word import read_legacy_word

ROOT = Path(__file__).resolve().parents[3]
PERIOD = (2016, 2020)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                   reason="LibreOffice (soffice) is not installed: .doc/.wps are not converted here")


def _findings(report) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(d.code, d.subject or "", d.heading_path) for d in report.diagnostics}


@pytest.fixture
def own_tmp(tmp_path, monkeypatch) -> Path:
    """tempfile's directory for this test alone, to see what a conversion leaves behind."""
    where = tmp_path / "tmp"
    where.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    return where


def _converter(tmp_path: Path, body: str) -> str:
    """A stand-in soffice: a shell script given the converter's arguments ($out is --outdir)."""
    script = tmp_path / "fake-soffice"
    script.write_text('#!/bin/sh\nfor a in "$@"; do [ "$prev" = --outdir ] && out="$a"; prev="$a"; done\n'
                      + body + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def _gone(pid: int) -> bool:
    """The process has ended (a zombie waiting for init to reap it counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@needs_soffice
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_a_doc_or_wps_gives_the_findings_of_its_docx(linter, tmp_path, own_tmp, suffix):
    md = (ROOT / "examples" / "markdown" / "hubei-province.md").read_text(encoding="utf-8")
    (tmp_path / "plan.docx").write_bytes(from_markdown(md, "typed"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path), str(tmp_path / "plan.docx")], check=True, timeout=300, capture_output=True)
    legacy = (tmp_path / "plan.doc").read_bytes()
    assert legacy.startswith(OLE[:8])          # Word 97's compound file, which WPS also writes as .wps
    docx = linter.lint_bytes("plan.docx", (tmp_path / "plan.docx").read_bytes())
    converted = linter.lint_bytes("plan" + suffix, legacy)
    assert converted.plan is not None and converted.plan.format == "docx"
    assert _findings(converted) == _findings(docx) and len(docx.diagnostics) > 3
    assert any(d.place for d in converted.diagnostics)         # located by paragraph as a .docx is
    assert list(own_tmp.iterdir()) == []                       # the conversion's directory is removed


def test_a_stand_in_conversion_is_read_and_its_directory_removed(linter, tmp_path, own_tmp, monkeypatch):
    md = (ROOT / "examples" / "markdown" / "hubei-province.md").read_text(encoding="utf-8")
    made = tmp_path / "made.docx"
    made.write_bytes(from_markdown(md, "typed"))
    monkeypatch.setattr(legacy_word, "soffice", lambda: _converter(tmp_path, f'cp "{made}" "$out/plan.docx"'))
    report = linter.lint_bytes("plan.wps", OLE)
    assert _findings(report) == _findings(linter.lint_bytes("plan.docx", made.read_bytes()))
    assert list(own_tmp.iterdir()) == []


def test_a_failed_conversion_is_one_finding_with_what_the_converter_said(tmp_path, own_tmp, monkeypatch):
    monkeypatch.setattr(legacy_word, "soffice", lambda: _converter(tmp_path, 'echo "Error: source file could not be loaded"; exit 1'))
    [d] = read_legacy_word("plan.doc", OLE, PERIOD).diagnostics
    assert d.code == "PL001" and "could not be loaded" in str(d.message) and ".docx" in str(d.hint)
    assert list(own_tmp.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_the_time_limit_ends_the_converter_and_what_it_started(tmp_path, own_tmp, monkeypatch):
    pids = tmp_path / "pids"
    # like soffice: a launcher that starts the office process, which would outlive it
    body = f'sleep 300 & echo $! > "{pids}"; echo $$ >> "{pids}"; touch "$out/partial"; wait'
    monkeypatch.setattr(legacy_word, "soffice", lambda: _converter(tmp_path, body))
    [d] = read_legacy_word("plan.doc", OLE, PERIOD, time_limit=2).diagnostics
    assert d.code == "PL001" and "2秒" in str(d.message) and d.hint
    assert list(own_tmp.iterdir()) == []
    started = [int(x) for x in pids.read_text().split()]
    assert len(started) == 2
    for _ in range(100):            # init reaps the orphan in its own time: wait for that, not for a duration
        if all(_gone(pid) for pid in started):
            break
        time.sleep(0.1)
    assert all(_gone(pid) for pid in started)


def test_an_unrunnable_converter_is_a_finding(tmp_path, own_tmp, monkeypatch):
    broken = tmp_path / "soffice"
    broken.write_text("not a program", encoding="utf-8")       # not executable
    monkeypatch.setattr(legacy_word, "soffice", lambda: str(broken))
    [d] = read_legacy_word("plan.doc", OLE, PERIOD).diagnostics
    assert d.code == "PL001" and d.hint
