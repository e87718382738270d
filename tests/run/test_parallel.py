"""-j/--jobs: the files linted in worker processes give the same output as one after another;
a worker that dies costs its file a PL001, not the run."""
from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import pytest

from planlint.cli.app import main
from planlint.run import parallel
from planlint.run.engine import Linter
from planlint.run.library import lint_paths
from planlint.run.options import LintOptions
from planlint.run.errors import RunError

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not parallel.usable(), reason="no fork() on this system: -j runs sequentially")

WAIVERS = """waivers:
  - code: PL101
    subject: 社会保障卡普及率
    paths: [gansu-0.yaml]
    reason: 由省人社厅专项规划设定
  - code: PL201
    subject: 网络扶贫行动
    paths: [no-such-plan.yaml]
    reason: 路径写错的豁免，两种运行都应报告 PL011
  - code: PL102
    subject: 固定宽带家庭普及率
    paths: [gansu-1.yaml]
    reason: 只在另一个副本上用到
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> Path:
    """~20 plans of both formats, with a waiver file whose use is spread over the files."""
    d = tmp_path_factory.mktemp("many") / "plans"
    d.mkdir()
    sources = sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "examples" / "markdown").glob("*.md"))
    for i in range(2):
        for src in sources:
            stem = src.stem.split("-")[0]
            shutil.copy(src, d / f"{stem}-{i}-{src.name}" if stem != "gansu" else d / f"gansu-{i}{src.suffix}")
    (d / ".planlint-waivers.yaml").write_text(WAIVERS, encoding="utf-8")
    assert len(list(d.glob("*.*"))) >= 20
    return d


def _run(args: list[str], out: Path) -> tuple[int, bytes]:
    status = main([*args, "-o", str(out)])
    return status, out.read_bytes()


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "jsonl"])
def test_output_is_the_same_for_every_number_of_jobs(plans, tmp_path, fmt):
    runs = {j: _run([str(plans), "--format", fmt, "-j", str(j)], tmp_path / f"r{j}.{fmt}") for j in (1, 2, 4)}
    assert runs[1][0] == 1 and runs[1][1]
    assert runs[2] == runs[1] and runs[4] == runs[1]


def test_waivers_used_in_workers_count_as_used(plans):
    """The waiver used only on files linted by different workers is not called unused; the one
    whose path names no file is, in both runs."""
    for jobs in (1, 3):
        result = lint_paths([str(plans)], LintOptions(jobs=jobs))
        unused = sorted(d.subject for r in result.reports for d in r.diagnostics if d.code == "PL011")
        assert unused == ["网络扶贫行动"], jobs
        waived = [d for r in result.reports if "gansu-0" in r.path for d in r.diagnostics
                  if d.code == "PL101" and d.subject == "社会保障卡普及率"]
        assert waived == []
        assert all(d.subject != "固定宽带家庭普及率" for r in result.reports if "gansu-1" in r.path
                   for d in r.diagnostics if d.code == "PL102")


def test_a_worker_that_dies_costs_its_file_a_pl001(plans, tmp_path, monkeypatch):
    victim = sorted(plans.glob("chengdu-*"))[0]
    real = Linter.lint_file

    def dying(self, path, meta_defaults=None):   # inherited by the forked workers
        if Path(path).name == victim.name:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self, path, meta_defaults)

    monkeypatch.setattr(Linter, "lint_file", dying)
    status = main([str(plans), "--format", "json", "-j", "2", "-o", str(tmp_path / "r.json")])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert status == 1
    mine = [d for d in report["diagnostics"] if d["path"] == str(victim)]
    assert [d["code"] for d in mine] == ["PL001"] and "SIGKILL" in mine[0]["message"]
    assert mine[0]["line"] == 1 and "-j 1" in mine[0]["hint"]
    others = {d["path"] for d in report["diagnostics"]} - {str(victim)}
    assert len(others) >= 15        # the run went on with a fresh worker


def _square_unless_three(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def test_items_sent_behind_the_one_a_worker_dies_on_are_worked_on_all_the_same():
    """A worker holds its next item before it answers the current one: when it dies, only the
    item it was on is lost; the one queued behind it goes to a fresh worker."""
    out = list(parallel.ordered_map(list(range(12)), _square_unless_three, lambda n, why: (n, why), jobs=2))
    assert out == [n * n if n != 3 else (3, "SIGKILL") for n in range(12)]


def test_an_error_in_a_worker_stops_the_run_as_it_would_sequentially(plans, monkeypatch):
    def failing(self, path, meta_defaults=None):
        raise RunError("配置坏了")

    monkeypatch.setattr(Linter, "lint_file", failing)
    with pytest.raises(RunError, match="配置坏了"):
        lint_paths([str(plans)], LintOptions(jobs=2))


@pytest.mark.parametrize("value", ["0", "-3", "two"])
def test_a_bad_job_count_is_one_clear_line(value, capsys):
    assert main(["-j", value, str(ROOT / "examples")]) == 2
    err = capsys.readouterr().err
    assert "-j/--jobs" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_library_refuses_a_bad_job_count():
    with pytest.raises(RunError):
        LintOptions(jobs=0)


def test_a_run_whose_every_file_kills_its_worker_still_ends(plans, monkeypatch):
    def dying(self, path, meta_defaults=None):
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(Linter, "lint_file", dying)
    files = sorted(str(p) for p in plans.glob("[!.]*.yaml"))[:6]
    result = lint_paths(files, LintOptions(jobs=2))
    linted = [r for r in result.reports if r.path in files]      # beside the waiver file's PL011s
    assert [r.path for r in linted] == files
    assert all([d.code for d in r.diagnostics] == ["PL001"] for r in linted)
    assert result.exit_status == 1
