"""End to end: the installed command, its exit codes (Contract 1) and JSON report (Contract 2)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import run_planlint as run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def test_compliant_plan_exits_0(tmp_path):
    p = run(EXAMPLES / "jiangsu-province.yaml", cwd=tmp_path)   # from another directory
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0个错误" in p.stdout and p.stderr == ""


def test_plan_with_gaps_exits_1_and_locates_findings():
    p = run(EXAMPLES / "gansu-province-gaps.yaml", "--no-color")
    assert p.returncode == 1
    assert "gansu-province-gaps.yaml:12:33: PL102 错误" in p.stdout
    assert "国家要求：≥70%（2020年）" in p.stdout and "依据：" in p.stdout


def test_json_report_contract(tmp_path):
    p = run(EXAMPLES / "gansu-province-gaps.yaml", EXAMPLES / "jiangsu-province.yaml", "--format", "json")
    assert p.returncode == 1
    doc = json.loads(p.stdout)
    assert doc["tool"]["name"] == "planlint" and doc["tool"]["rulepack"] == "national-13th"
    files = {Path(f["path"]).name: f for f in doc["files"]}
    gansu = files["gansu-province-gaps.yaml"]
    assert gansu["level"] == "province" and gansu["region"] == "甘肃省" and gansu["errors"] > 0
    keys = {"path", "line", "column", "code", "severity", "subject", "message", "expected", "actual", "source"}
    for d in doc["diagnostics"]:
        assert keys <= set(d) and d["severity"] in ("error", "warning", "info")
        assert d["line"] >= 1 and d["column"] >= 1
    pl102 = [d for d in doc["diagnostics"] if d["code"] == "PL102" and d["subject"] == "固定宽带家庭普及率"][0]
    assert pl102["path"].endswith("gansu-province-gaps.yaml") and pl102["line"] == 12


def test_fail_on_warning():
    assert run(EXAMPLES / "jiangsu-province.yaml", "--fail-on", "warning").returncode == 0
    p = run(EXAMPLES / "chengdu-city.yaml", "--fail-on", "info")
    assert p.returncode == 1


def test_directory_is_walked():
    p = run(EXAMPLES, "--format", "json")
    assert p.returncode in (0, 1)
    paths = {Path(f["path"]).name for f in json.loads(p.stdout)["files"]}
    assert {"jiangsu-province.yaml", "gansu-province-gaps.yaml", "chengdu-city.yaml"} <= paths


def test_missing_path_is_exit_2_but_others_still_linted(tmp_path):
    p = run(EXAMPLES / "jiangsu-province.yaml", tmp_path / "nope.yaml", "--format", "json")
    assert p.returncode == 2
    assert "找不到文件或目录" in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
    assert json.loads(p.stdout)["files"][0]["path"].endswith("jiangsu-province.yaml")


@pytest.mark.parametrize("args", [["--format", "xml", "x.yaml"], ["--bogus"], []])
def test_bad_usage_is_one_line_exit_2(args):
    p = run(*args)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_empty_directory(tmp_path):
    p = run(tmp_path)
    assert p.returncode == 2 and "没有规划文件" in p.stderr


def test_broken_rulepack_is_exit_2(tmp_path):
    (tmp_path / "pack.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    p = run(EXAMPLES / "jiangsu-province.yaml", "--rulepack", tmp_path)
    assert p.returncode == 2 and "规则包" in p.stderr and "Traceback" not in p.stderr


def test_output_file_written_atomically(tmp_path):
    out = tmp_path / "report.json"
    p = run(EXAMPLES / "gansu-province-gaps.yaml", "--format", "json", "--output-file", out)
    assert p.returncode == 1 and p.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["diagnostics"]
    assert not list(tmp_path.glob(".*planlint-tmp"))


def test_no_color_when_not_a_terminal():
    p = run(EXAMPLES / "gansu-province-gaps.yaml")
    assert "\x1b[" not in p.stdout


@pytest.mark.parametrize("content,code,line", [
    (b"title: x\nindicators: [\n", "PL001", 3),
    (b"title: x\n  bad: indent\n", "PL001", 2),
    (b"", "PL001", 1),
    (b"# only a comment\n", "PL001", 1),
    ("title: 规划\n".encode("utf-16"), None, None),                 # UTF-16 with BOM is read
    ("title: 江苏省规划\nlevel: province\n".encode("gb18030"), None, None),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PL001", 1),
    (b"title: \xc4\xe3\xba\xc3 \x80\xff\xfe\x00", "PL001", 1),
    (b"title: x\nlevel: 1\nindicators: {a: 1}\n", "PL002", 2),
    (b"title: !!python/object/apply:os.system ['touch pwned']\n", "PL002", 1),
    (b"- just\n- a list\n", "PL002", 1),
    (b"title: x\ntitle: y\n", "PL002", 2),
])
def test_bad_input_gives_located_findings(tmp_path, content, code, line):
    f = tmp_path / "plan.yaml"
    f.write_bytes(content)
    p = run(f, "--format", "json", cwd=tmp_path)
    assert p.returncode in (0, 1) and "Traceback" not in p.stderr
    diags = json.loads(p.stdout)["diagnostics"]
    if code is None:
        assert not [d for d in diags if d["code"] in ("PL001", "PL002")]
        return
    hit = [d for d in diags if d["code"] == code]
    assert hit and hit[0]["line"] == line, diags
    assert not (tmp_path / "pwned").exists()


def test_installed_package_carries_its_data(tmp_path):
    """Run from an unrelated directory: the rule pack and schemas come with the package."""
    p = run("--format", "json", EXAMPLES / "hrss-ministry.yaml", cwd=tmp_path,
            env={"PYTHONPATH": ""})
    assert p.returncode == 0, p.stderr


def test_the_program_collects_garbage_rarely_but_main_leaves_its_caller_alone(tmp_path):
    import gc

    from planlint.cli import main

    before = gc.get_threshold()
    main(["rules"])
    assert gc.get_threshold() == before
    out = subprocess.run(
        [sys.executable, "-c", "import gc, planlint.cli.app as c\n"
         "c.main = lambda: print(*gc.get_threshold()) or 0\nc.console_main()"],
        capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    threshold = [int(x) for x in out.stdout.split()]
    assert threshold[0] >= 10_000 > before[0]


WEAK_PLAN = ('title: 某省“十三五”信息化规划\nlevel: province\nregion: 江苏省\nindicators:\n'
             '  - name: 固定宽带家庭普及率\n    unit: "%"\n    target: {year: 2020, value: 65}\n')


def test_a_plan_from_standard_input_is_linted_under_its_stdin_filename(tmp_path):
    p = run("--format", "json", "--isolated", "--stdin-filename", "plans/draft.yaml", "-", stdin=WEAK_PLAN)
    assert p.returncode == 1, p.stderr
    report = json.loads(p.stdout)
    weak = [d for d in report["diagnostics"] if d["code"] == "PL102"]
    assert weak and weak[0]["path"] == "plans/draft.yaml" and weak[0]["line"] == 7


def test_standard_input_is_read_as_markdown_when_its_name_says_so():
    text = (ROOT / "examples" / "markdown" / "hubei-province.md").read_text(encoding="utf-8")
    as_md = run("--format", "json", "--isolated", "--stdin-filename", "hubei.md", "-", stdin=text)
    from_file = run("--format", "json", "--isolated", ROOT / "examples" / "markdown" / "hubei-province.md")
    codes = [(d["code"], d["line"]) for d in json.loads(as_md.stdout)["diagnostics"]]
    assert codes == [(d["code"], d["line"]) for d in json.loads(from_file.stdout)["diagnostics"]]


def test_stdin_filename_without_reading_stdin_is_a_usage_error():
    p = run("--stdin-filename", "x.yaml", ROOT / "examples" / "jiangsu-province.yaml")
    assert p.returncode == 2 and "--stdin-filename" in p.stderr


def test_standard_input_larger_than_the_limit_is_refused_not_read_whole():
    p = run("--format", "json", "--isolated", "--max-bytes", "100", "-", stdin=WEAK_PLAN * 10)
    assert p.returncode == 1
    assert [d["code"] for d in json.loads(p.stdout)["diagnostics"]] == ["PL001"]


def test_every_json_report_fits_the_published_report_schema(tmp_path):
    """schema/report.schema.json documents Contract 2; every example, Markdown ones and a broken
    file included, gives a report that fits it."""
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    p = run("--format", "json", "--verbose", "--isolated", EXAMPLES, broken)
    doc = json.loads(p.stdout)
    errors = list(Draft202012Validator(schema).iter_errors(doc))
    assert not errors, [(list(e.path), e.message) for e in errors[:5]]
    assert {d["code"] for d in doc["diagnostics"]} >= {"PL001", "PL101", "PL102", "PL201"}
    bad = dict(doc, diagnostics=[dict(doc["diagnostics"][0], line=0)])
    assert list(Draft202012Validator(schema).iter_errors(bad))      # the schema can fail


def test_exit_zero_reports_but_does_not_fail_and_usage_errors_still_do():
    p = run("--exit-zero", "--isolated", EXAMPLES / "gansu-province-gaps.yaml")
    assert p.returncode == 0 and "PL102" in p.stdout
    assert run("--exit-zero", "missing-plan.yaml").returncode == 2
