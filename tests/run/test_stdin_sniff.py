"""`cat plan.md | planlint -`: without --stdin-filename the piped text's shape says Markdown or YAML."""
from pathlib import Path

import pytest

from cli_helpers import run_planlint as run
from planlint.run.sniff import looks_like_markdown

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("text,markdown", [
    ("# 湖北省“十三五”信息化发展规划\n\n## 一、发展基础\n\n“十二五”期间……\n", True),
    ("---\nlevel: province\nregion: 湖北省\n---\n\n# 湖北省信息化规划\n", True),
    ("湖北省“十三五”信息化发展规划\n\n一、发展基础\n", True),
    ("| 指标 | 2020年 |\n| --- | --- |\n", True),
    ("# 甘肃省规划（注释）\ntitle: 甘肃省“十三五”信息化发展规划\nlevel: province\n", False),
    ("---\ntitle: 甘肃省规划\nlevel: province\n", False),
    ("- name: 固定宽带家庭普及率\n", False),
    ("", False),
])
def test_the_shape_decides(text, markdown):
    assert looks_like_markdown(text.encode("utf-8")) is markdown


def test_markdown_piped_in_is_read_as_markdown_not_as_yaml():
    md = EXAMPLES / "markdown" / "hubei-province.md"
    piped = run("-", "--format", "json", stdin=md.read_text(encoding="utf-8"))
    assert "PL002" not in piped.stdout and '"path": "stdin.md"' in piped.stdout
    direct = run(md, "--format", "json")
    assert piped.stdout.count('"code"') == direct.stdout.count('"code"')


def test_yaml_piped_in_stays_yaml():
    p = run("-", "--format", "json", stdin=(EXAMPLES / "jiangsu-province.yaml").read_text(encoding="utf-8"))
    assert '"path": "stdin.yaml"' in p.stdout and p.returncode == 0
