"""`planlint rules`, `planlint rule CODE|NAME`, and the subcommand/path rule."""
import json
import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import run_planlint as run

ROOT = Path(__file__).resolve().parents[2]


def test_rules_lists_every_code(tmp_path):
    from planlint.checks.registry import RULES
    p = run("rules", cwd=tmp_path)
    assert p.returncode == 0
    for r in RULES:
        assert r.code in p.stdout and r.summary in p.stdout
    assert "PL010" in p.stdout and "PL011" in p.stdout and "PL012" in p.stdout
    en = run("rules", "--lang", "en", cwd=tmp_path)
    assert "A national indicator this level" in en.stdout and "error" in en.stdout
    doc = json.loads(run("rules", "--format", "json", cwd=tmp_path).stdout)
    assert {"code": "PL101", "name": "missing-required-indicator", "severity": "error"}.items() <= doc[[
        d["code"] for d in doc].index("PL101")].items()


def test_rule_code_quotes_national_text(tmp_path, pack):
    p = run("rule", "PL102", cwd=tmp_path)
    assert p.returncode == 0 and p.stdout.startswith("PL102  target-below-national")
    ind = pack.indicator("固定宽带家庭普及率") or next(i for i in pack.indicators if i.name == "固定宽带家庭普及率")
    assert ind.citation.render() in p.stdout and ind.expectation() in p.stdout
    p = run("rule", "pl201", cwd=tmp_path)
    assert p.returncode == 0 and "网络扶贫行动" in p.stdout and "五、优先行动" in p.stdout


def test_rule_by_national_item_name(tmp_path, pack):
    p = run("rule", "固定宽带家庭普及率", cwd=tmp_path)
    assert p.returncode == 0
    ind = next(i for i in pack.indicators if i.name == "固定宽带家庭普及率")
    assert ind.citation.render() in p.stdout and "≥70%（2020年）" in p.stdout and "PL102" in p.stdout
    assert run("rule", "家庭宽带普及率", cwd=tmp_path).stdout == p.stdout    # an alias finds the same item
    action = run("rule", "网络扶贫行动", "--lang", "en", cwd=tmp_path)
    assert action.returncode == 0 and action.stdout.startswith("Action for poverty alleviation through the Internet (网络扶贫行动) — priority action")
    assert "National text: Section 5 Priority actions, action 7" in action.stdout


def test_rule_unknown_is_exit_2(tmp_path):
    for topic in ("PL999", "不存在的东西"):
        p = run("rule", topic, cwd=tmp_path)
        assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr


def test_rule_ambiguous_lists_candidates(tmp_path):
    p = run("rule", "宽带", cwd=tmp_path)
    assert p.returncode == 0 and "可能指" in p.stdout


def test_directory_named_like_a_subcommand_is_linted_as_a_path(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "plan.yaml").write_text((ROOT / "examples" / "jiangsu-province.yaml").read_text(
        encoding="utf-8"), encoding="utf-8")
    p = run("./rules", "--format", "json", cwd=tmp_path)
    assert p.returncode == 0 and json.loads(p.stdout)["files"][0]["path"].endswith("plan.yaml")


def test_help_names_every_option():
    p = run("--help")
    for opt in ("--format", "--output-file", "--fail-on", "--rulepack", "--select", "--extend-select", "--ignore",
                "--config", "--isolated", "--waivers", "--statistics", "--lang", "--max-bytes", "--verbose",
                "--no-color", "sarif", "github", "gitlab", "junit", "rules", "rule", "init"):
        assert opt in p.stdout, opt
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for opt in ("--select", "--extend-select", "--ignore", "--config", "--isolated", "--waivers", "--statistics",
                "--lang", "--force", "planlint rules", "planlint rule", "planlint init", "PL010", "PL011", "PL012"):
        assert opt in readme, opt


def test_subcommand_wins_over_a_directory_of_that_name(tmp_path):
    """`planlint rules` lists the codes even where a rules/ directory exists."""
    import subprocess
    import sys
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "plan.yaml").write_text("title: x\n", encoding="utf-8")
    listed = subprocess.run([sys.executable, "-m", "planlint", "rules"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert listed.returncode == 0 and "PL102" in listed.stdout
    linted = subprocess.run([sys.executable, "-m", "planlint", "./rules", "--format", "json"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert linted.returncode in (0, 1) and '"files"' in linted.stdout
