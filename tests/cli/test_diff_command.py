"""`planlint diff OLD NEW`: two drafts of one plan compared finding by finding, in text, JSON and HTML."""
import json
import shutil
from pathlib import Path

import pytest

from planlint.cli.app import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "gansu-province-gaps.yaml"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "征求意见稿.yaml")
    text = EXAMPLE.read_text(encoding="utf-8")
    assert 'value: "百分之八十五"' in text and "value: 86" in text
    # the second round: every line moves, one weak target is fixed, another target is weakened
    text = "# 送审稿\n\n" + text.replace('value: "百分之八十五"', 'value: "百分之九十五"').replace("value: 86", "value: 50")
    (tmp_path / "送审稿.yaml").write_text(text, encoding="utf-8")
    return "征求意见稿.yaml", "送审稿.yaml"


def run(capsys, *args):
    status = main(["diff", *map(str, args), "--isolated"])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_json_lists_new_fixed_and_unchanged_despite_moved_lines(drafts, capsys):
    status, out, _ = run(capsys, *drafts, "--format", "json")
    doc = json.loads(out)
    assert status == 1
    assert doc["drafts"] == {"old": "征求意见稿.yaml", "new": "送审稿.yaml"}
    assert [(d["code"], d["subject"]) for d in doc["new"]] == [("PL102", "移动宽带用户普及率")]
    assert [(d["code"], d["subject"]) for d in doc["fixed"]] == [("PL102", "贫困村宽带网络覆盖率")]
    assert doc["fixed"][0]["path"] == "征求意见稿.yaml" and doc["new"][0]["path"] == "送审稿.yaml"
    assert doc["summary"] == {"new": 1, "fixed": 1, "unchanged": len(doc["unchanged"])} and doc["unchanged"]


def test_text_names_both_drafts_and_counts(drafts, capsys):
    status, out, _ = run(capsys, *drafts)
    assert "两稿对照：征求意见稿.yaml → 送审稿.yaml" in out
    assert "新出现的问题（1个）" in out and "已解决的问题（1个）" in out and "移动宽带用户普及率" in out
    assert "仍未解决的问题" not in out          # only with --verbose
    assert "仍未解决的问题" in run(capsys, *drafts, "--verbose")[1]
    assert "New findings (1)" in run(capsys, *drafts, "--lang", "en")[1]


def test_html_is_one_escaped_page(drafts, capsys, tmp_path):
    status, out, _ = run(capsys, *drafts, "--format", "html", "-o", "diff.html")
    page = (tmp_path / "diff.html").read_text(encoding="utf-8")
    assert out == "" and page.startswith("<!DOCTYPE html>") and "已解决的问题（1个）" in page
    assert "<script" not in page


def test_identical_drafts_exit_0_and_only_new_findings_fail(drafts, capsys):
    old, _ = drafts
    status, out, _ = run(capsys, old, old)
    assert status == 0 and "新问题0个，已解决0个" in out
    status, _, _ = run(capsys, drafts[1], drafts[0])       # backwards: the weakened target is the fix
    assert status == 1


@pytest.mark.parametrize("args, says", [
    (("征求意见稿.yaml", "nope.yaml"), "找不到文件或目录"),
    (("征求意见稿.yaml", "."), "是目录"),
    (("-", "征求意见稿.yaml"), "不能从标准输入读取"),
    (("征求意见稿.yaml",), "命令行参数错误"),
])
def test_usage_mistakes_are_exit_2(drafts, capsys, args, says):
    status, _, err = run(capsys, *args)
    assert status == 2 and says in err and "Traceback" not in err


def test_the_report_never_replaces_a_draft(drafts, capsys):
    before = Path(drafts[1]).read_bytes()
    status, _, err = run(capsys, *drafts, "-o", drafts[1])
    assert status == 2 and Path(drafts[1]).read_bytes() == before
