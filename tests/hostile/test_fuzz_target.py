"""The mutation fuzzer (tools/fuzz.py, issue 15): a few thousand derandomized inputs in CI, and
proof that it notices what it is there to notice."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from planlint.diagnostics import Diagnostic, Location
from planlint.run.engine import Linter

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("planlint_fuzz", ROOT / "tools" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_two_thousand_mutated_plans_fail_nothing(fuzz):
    # the same inputs every run (seed 0); the long run is `tools/fuzz.py --inputs 100000`
    tally = fuzz.run(2000, seed=0, timeout=120.0, report_every=20, extra=[], quiet=True)
    assert tally.inputs == 2000
    assert tally.failed == 0, dict(tally.failures)


def test_inputs_depend_on_the_seed_alone(fuzz):
    seeds = fuzz.seeds([])
    first = [data for _, _, data in fuzz.inputs(seeds, 50, seed=3)]
    assert first == [data for _, _, data in fuzz.inputs(seeds, 50, seed=3)]
    assert first != [data for _, _, data in fuzz.inputs(seeds, 50, seed=4)]


def test_it_counts_an_escaped_exception(fuzz, monkeypatch):
    def boom(self, path, data, meta=None):
        raise KeyError("x")
    monkeypatch.setattr(Linter, "lint_bytes", boom)
    tally = fuzz.run(5, seed=0, timeout=60.0, report_every=0, extra=[], quiet=True)
    assert tally.failures["escaped"] == 5


def test_it_counts_pl900_and_findings_outside_the_file(fuzz, monkeypatch):
    real = Linter.lint_bytes

    def misplaced(self, path, data, meta=None):
        report = real(self, path, data, meta)
        report.diagnostics.append(Diagnostic(path, Location(10**6, 1), "PL900", "error", "internal"))
        return report
    monkeypatch.setattr(Linter, "lint_bytes", misplaced)
    tally = fuzz.run(3, seed=0, timeout=60.0, report_every=0, extra=[], quiet=True)
    assert tally.failures["PL900"] == 3 and tally.failures["outside"] == 3


def test_it_counts_a_hang(fuzz, monkeypatch):
    import time

    def spin(self, path, data, meta=None):
        end = time.monotonic() + 5
        while time.monotonic() < end:
            pass
    monkeypatch.setattr(Linter, "lint_bytes", spin)
    tally = fuzz.run(1, seed=0, timeout=0.2, report_every=0, extra=[], quiet=True)
    assert tally.failures["hang"] == 1


def test_the_readme_command_runs(tmp_path):
    # the README's command, with fewer inputs: its options and its summary line as written
    import subprocess
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "fuzz.py"), "--inputs", "20",
                           "--save", str(tmp_path / "failing")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("20 inputs in ") and "0 failures" in done.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/python tools/fuzz.py --inputs 100000 --save /tmp/planlint-fuzz" in readme
