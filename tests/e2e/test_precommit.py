"""The real pre-commit framework runs the hook of .pre-commit-hooks.yaml in a temporary git
repository: a commit of a plan with a gap is refused, the fixed plan is accepted.

pre-commit installs the hook from a repository at a revision. The test snapshots what the
package needs from this checkout (committed or not) into a throw-away git repository, so it
works the same in a developer's tree and in CI's fresh clone; only PyPI is reached (for the
hook's own virtual environment).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
NEEDED = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src", "rules", "schema")

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed: pre-commit needs a git repository"),
]


def _git(cwd: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def hook_env(tmp_path_factory):
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install '.[test]')")
    base = tmp_path_factory.mktemp("precommit")
    env = dict(os.environ, PRE_COMMIT_HOME=str(base / "cache"), GIT_CONFIG_NOSYSTEM="1",
               HOME=str(base / "home"), PRE_COMMIT_COLOR="never", NO_COLOR="1",
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid")
    (base / "home").mkdir()
    # pip's download cache is kept: the hook environment installs the same wheels every run
    if "PIP_CACHE_DIR" not in os.environ:
        env["PIP_CACHE_DIR"] = str(Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pip")
    hook_repo = base / "hook-repo"
    hook_repo.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".*cache*")
    for name in NEEDED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, hook_repo / name, ignore=ignore)
        else:
            shutil.copy2(src, hook_repo / name)
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-q", "-m", "snapshot")):
        p = _git(hook_repo, *args, env=env)
        assert p.returncode == 0, p.stderr
    rev = _git(hook_repo, "rev-parse", "HEAD", env=env).stdout.strip()
    return base, env, hook_repo, rev


def test_commit_refused_with_a_gap_then_accepted(hook_env):
    base, env, hook_repo, rev = hook_env
    plans = base / "plans-repo"
    plans.mkdir()
    assert _git(plans, "init", "-q", env=env).returncode == 0
    (plans / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {hook_repo.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: planlint\n"
        "        files: ^plans/\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=plans, env=env,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    (plans / "plans").mkdir()
    plan = plans / "plans" / "gansu.yaml"
    shutil.copy2(EXAMPLES / "gansu-province-gaps.yaml", plan)
    assert _git(plans, "add", "-A", env=env).returncode == 0

    refused = _git(plans, "commit", "-m", "draft with gaps", env=env)
    out = refused.stdout + refused.stderr
    assert refused.returncode != 0, out
    assert "planlint" in out and "PL102" in out and "plans/gansu.yaml:12:33" in out

    shutil.copy2(EXAMPLES / "jiangsu-province.yaml", plan)   # the fixed draft
    assert _git(plans, "add", "-A", env=env).returncode == 0
    accepted = _git(plans, "commit", "-m", "fixed draft", env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr


def test_local_hook_uses_the_installed_planlint(hook_env):
    """The README's second form: no hosted copy, planlint installed where pre-commit runs."""
    base, env, _, _ = hook_env
    planlint = shutil.which("planlint", path=str(Path(sys.executable).parent)) or shutil.which("planlint")
    if planlint is None:
        pytest.skip("planlint is not on PATH beside this Python")
    env = dict(env, PATH=str(Path(planlint).parent) + os.pathsep + env.get("PATH", ""))
    plans = base / "local-repo"
    plans.mkdir()
    assert _git(plans, "init", "-q", env=env).returncode == 0
    (plans / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: planlint\n"
        "        name: planlint\n"
        "        entry: planlint\n"
        "        language: system\n"
        "        types_or: [yaml, markdown]\n"
        "        files: ^plans/\n", encoding="utf-8")
    assert subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=plans, env=env,
                          capture_output=True, text=True, timeout=120).returncode == 0
    (plans / "plans").mkdir()
    shutil.copy2(EXAMPLES / "gansu-province-gaps.yaml", plans / "plans" / "gansu.yaml")
    assert _git(plans, "add", "-A", env=env).returncode == 0
    refused = _git(plans, "commit", "-m", "draft with gaps", env=env)
    assert refused.returncode != 0 and "plans/gansu.yaml:12:33" in refused.stdout + refused.stderr
