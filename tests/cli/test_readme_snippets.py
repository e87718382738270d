"""The README's pre-commit and CI snippets, run as written (issue 14: every snippet must work from
a clone of this repository). `pip install` lines are not run: the test runs inside the environment
they install, and the planlint beside this Python is the one they would put on PATH."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def yaml_blocks(title: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", section(title), re.S)


def env() -> dict:
    return dict(os.environ, PATH=str(BIN) + os.pathsep + os.environ.get("PATH", ""), NO_COLOR="1")


def workspace(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


def shell(lines: list[str], cwd: Path) -> subprocess.CompletedProcess:
    script = "\n".join(line for line in lines if not line.lstrip().startswith("pip install"))
    return subprocess.run(["bash", "-c", script], cwd=cwd, env=env(), capture_output=True, text=True, timeout=600)


needs_planlint = pytest.mark.skipif(not (BIN / "planlint").exists(), reason="planlint is not installed beside this Python")


def test_no_snippet_points_at_something_that_does_not_exist():
    assert "example.invalid" not in README and "pip install planlint" not in README


@needs_planlint
def test_the_github_workflow_runs_as_written(tmp_path):
    workflow = yaml.safe_load(yaml_blocks("In CI")[0])
    steps = [s["run"] for s in workflow["jobs"]["planlint"]["steps"] if "run" in s]
    assert any(s.startswith("pip install .") for s in steps)
    cwd = workspace(tmp_path)
    for step in steps:
        p = shell([step], cwd)
        assert p.returncode in (0, 1), (step, p.stderr)     # 1: the example plans with gaps
    sarif = json.loads((cwd / "planlint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]


@needs_planlint
def test_the_gitlab_job_runs_as_written(tmp_path):
    job = yaml.safe_load(yaml_blocks("In CI")[1])["planlint"]
    cwd = workspace(tmp_path)
    p = shell(job["script"], cwd)
    assert p.returncode == 1, p.stderr          # the gaps in the examples fail the job, after both reports
    for report in job["artifacts"]["reports"].values():
        assert (cwd / report).stat().st_size > 0, report
    assert json.loads((cwd / "gl-code-quality.json").read_text(encoding="utf-8"))


def _git(cwd: Path, *args: str, environ: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=environ, capture_output=True, text=True, timeout=120)


@needs_planlint
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed: pre-commit needs a git repository")
def test_the_local_pre_commit_hook_refuses_a_plan_with_gaps(tmp_path):
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install '.[test]')")
    config = yaml_blocks("pre-commit")[0]
    environ = dict(env(), PRE_COMMIT_HOME=str(tmp_path / "cache"), HOME=str(tmp_path), GIT_CONFIG_NOSYSTEM="1",
                   PRE_COMMIT_COLOR="never", GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid",
                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid")
    repo = tmp_path / "plans-repo"
    (repo / "plans").mkdir(parents=True)
    assert _git(repo, "init", "-q", environ=environ).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    shutil.copy2(ROOT / "examples" / "gansu-province-gaps.yaml", repo / "plans" / "gansu.yaml")
    assert _git(repo, "add", "-A", environ=environ).returncode == 0
    p = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, env=environ,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 1 and "plans/gansu.yaml:12:33" in p.stdout, p.stdout + p.stderr
    shutil.copy2(ROOT / "examples" / "jiangsu-province.yaml", repo / "plans" / "gansu.yaml")
    p = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, env=environ,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr


def test_the_remote_pre_commit_form_is_a_valid_config(tmp_path):
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install '.[test]')")
    config = yaml_blocks("pre-commit")[1]
    repo = yaml.safe_load(config)["repos"][0]
    assert repo["repo"].startswith("/") and re.fullmatch(r"[0-9a-f]{40}", repo["rev"])
    assert repo["hooks"][0]["id"] == yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]["id"]
    (tmp_path / "c.yaml").write_text(config, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config", str(tmp_path / "c.yaml")],
                       capture_output=True, text=True, timeout=120, env=dict(env(), HOME=str(tmp_path)))
    assert p.returncode == 0, p.stdout + p.stderr
