"""Every error line follows --lang: each class of error (usage, output, configuration, waiver file,
rule pack, baseline, init, rule, diff) provoked under both languages. The English line has no
Chinese outside quoted user values; the Chinese line is Chinese. Exit 2, one line, no traceback."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli_helpers import run_planlint

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "examples" / "gansu-province-gaps.yaml"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
QUOTED = re.compile(r"“[^“”]*”")


def _files(tmp: Path) -> None:
    """The broken inputs each case points at, all under ASCII names (a path is a user value)."""
    (tmp / "plan.yaml").write_bytes(PLAN.read_bytes())
    (tmp / "empty-dir").mkdir()
    (tmp / "out-dir").mkdir()
    (tmp / "unknown-key.yaml").write_text("selectt: [PL101]\n", encoding="utf-8")
    (tmp / "bad-yaml.yaml").write_text("select: [PL101\n", encoding="utf-8")
    (tmp / "bad-code.yaml").write_text("select: [PL1O2]\n", encoding="utf-8")
    (tmp / "bad-per-path.yaml").write_text("per-path:\n  - level: city\n", encoding="utf-8")
    (tmp / "w-not-list.yaml").write_text("waivers: 3\n", encoding="utf-8")
    (tmp / "w-no-code.yaml").write_text("waivers:\n  - subject: x\n", encoding="utf-8")
    (tmp / "w-extra.yaml").write_text("waivers:\n  - {code: PL101, subject: x, reason: y, colour: red}\n",
                                      encoding="utf-8")
    (tmp / "pack-no-manifest").mkdir()
    (tmp / "pack-schema").mkdir()
    (tmp / "pack-schema" / "pack.yaml").write_text("name: x\n", encoding="utf-8")
    (tmp / "base-bad.json").write_text("{not json", encoding="utf-8")
    (tmp / "base-other.json").write_text('{"format": "other"}', encoding="utf-8")


CASES = {
    # usage
    "bad-option-value": ["--format", "bogus", "plan.yaml"],
    "unknown-option": ["--colour", "plan.yaml"],
    "unknown-code": ["--select", "PL999", "plan.yaml"],
    "unknown-code-letter-o": ["--ignore", "PL1O2", "plan.yaml"],
    "missing-file": ["nope.yaml"],
    "directory-without-plans": ["empty-dir"],
    "per-file-alone": ["--per-file", "plan.yaml"],
    "max-bytes": ["--max-bytes", "0", "plan.yaml"],
    "stdin-filename": ["--stdin-filename", "x.yaml", "plan.yaml"],
    "no-paths": ["--no-color"],
    # output
    "output-is-input": ["-o", "plan.yaml", "plan.yaml"],
    "output-is-directory": ["-o", "out-dir", "plan.yaml"],
    "output-unwritable": ["-o", "no/such/dir/r.json", "plan.yaml"],
    # configuration
    "config-missing": ["--config", "nope.toml", "plan.yaml"],
    "config-unknown-key": ["--config", "unknown-key.yaml", "plan.yaml"],
    "config-bad-yaml": ["--config", "bad-yaml.yaml", "plan.yaml"],
    "config-bad-code": ["--config", "bad-code.yaml", "plan.yaml"],
    "config-per-path": ["--config", "bad-per-path.yaml", "plan.yaml"],
    # waiver file
    "waivers-missing": ["--waivers", "nope.yaml", "plan.yaml"],
    "waivers-not-list": ["--waivers", "w-not-list.yaml", "plan.yaml"],
    "waivers-no-code": ["--waivers", "w-no-code.yaml", "plan.yaml"],
    "waivers-extra-key": ["--waivers", "w-extra.yaml", "plan.yaml"],
    # rule pack
    "pack-unknown": ["--rulepack", "no-such-pack", "plan.yaml"],
    "pack-no-manifest": ["--rulepack", "pack-no-manifest", "plan.yaml"],
    "pack-schema": ["--rulepack", "pack-schema", "plan.yaml"],
    # baseline
    "baseline-missing": ["--baseline", "nope.json", "plan.yaml"],
    "baseline-bad-json": ["--baseline", "base-bad.json", "plan.yaml"],
    "baseline-not-baseline": ["--baseline", "base-other.json", "plan.yaml"],
    "prune-without-baseline": ["--prune-baseline", "plan.yaml"],
    # other commands
    "init-needs-region": ["init", "--level", "province"],
    "init-unknown-department": ["init", "--level", "ministry", "--department", "nobody"],
    "rule-unknown": ["rule", "PL999"],
    "diff-stdin": ["diff", "-", "plan.yaml"],
}


def _error_line(tmp_path: Path, args: list[str], lang: str) -> str:
    cmd = [*args, "--lang", lang] if args[0] in ("init", "rule", "diff") else ["--lang", lang, *args]
    p = run_planlint(*cmd, cwd=tmp_path)
    assert p.returncode == 2, (cmd, p.stdout[-300:], p.stderr)
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("planlint: ") and "Traceback" not in p.stderr, p.stderr
    return lines[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_error_speaks_the_language_asked_for(tmp_path, case):
    _files(tmp_path)
    english = _error_line(tmp_path, CASES[case], "en")
    chinese = _error_line(tmp_path, CASES[case], "zh")
    assert not CJK.search(QUOTED.sub("", english)), english      # quoted user values aside
    assert len(CJK.findall(QUOTED.sub("", chinese))) >= 2, chinese
    assert english != chinese


def test_the_default_language_is_chinese(tmp_path):
    _files(tmp_path)
    p = run_planlint("nope.yaml", cwd=tmp_path)
    assert p.returncode == 2 and p.stderr.strip() == "planlint: 找不到文件或目录：nope.yaml"
