"""`--baseline`, `--write-baseline`, `--prune-baseline` end to end, on a real example plan."""
import json
import shutil
from pathlib import Path

import pytest

from planlint.cli.app import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "gansu-province-gaps.yaml"


@pytest.fixture
def plan(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "plan.yaml")
    return tmp_path / "plan.yaml"


def lint(capsys, *args):
    status = main([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


def states(capsys, *args):
    status, out, _ = lint(capsys, *args, "--format", "json")
    doc = json.loads(out)
    return status, doc


def test_write_then_check_passes_and_moving_every_line_changes_nothing(plan, capsys):
    assert lint(capsys, plan, "--isolated")[0] == 1
    status, _, err = lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    assert status == 0 and "已写入基线 b.json" in err
    plan.write_text("# 送审稿说明\n\n\n" + plan.read_text(encoding="utf-8"), encoding="utf-8")
    status, doc = states(capsys, plan, "--isolated", "--baseline", "b.json")
    assert status == 0
    assert doc["diagnostics"] and {d["baseline_state"] for d in doc["diagnostics"]} == {"unchanged"}
    assert doc["baseline"] == {"new": 0, "unchanged": len(doc["diagnostics"]), "absent": []}


def test_a_new_finding_fails_a_fixed_one_is_counted_and_pruning_drops_it(plan, capsys):
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    text = plan.read_text(encoding="utf-8")
    # fix one finding (贫困村宽带网络覆盖率 below the national 90 %) and add a new one (a weaker target)
    assert 'value: "百分之八十五"' in text and "value: 86" in text
    text = text.replace('value: "百分之八十五"', 'value: "百分之九十五"').replace("value: 86", "value: 50")
    plan.write_text(text, encoding="utf-8")
    status, doc = states(capsys, plan, "--isolated", "--baseline", "b.json")
    assert status == 1
    new = [d for d in doc["diagnostics"] if d["baseline_state"] == "new"]
    assert new and all(d["subject"] == "移动宽带用户普及率" for d in new)
    assert [a["subject"] for a in doc["baseline"]["absent"]] == ["贫困村宽带网络覆盖率"]
    status, out, _ = lint(capsys, plan, "--isolated", "--baseline", "b.json")
    assert "（基线中已有）" in out and f"新问题{len(new)}个" in out and "已解决1项" in out
    before = len(json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"])
    status, _, err = lint(capsys, plan, "--isolated", "--baseline", "b.json", "--prune-baseline")
    assert status == 1 and "删去已解决的1项" in err
    after = json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"]
    assert len(after) == before - 1 and "贫困村宽带网络覆盖率" not in {f["subject"] for f in after}


def test_only_new_findings_count_for_the_exit_code_even_under_fail_on_info(plan, capsys):
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    assert lint(capsys, plan, "--isolated", "--baseline", "b.json", "--fail-on", "info")[0] == 0


def test_sarif_marks_each_result_and_lists_the_fixed_as_absent(plan, capsys):
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    plan.write_text(plan.read_text(encoding="utf-8").replace('value: "百分之八十五"', 'value: "百分之九十五"'),
                    encoding="utf-8")
    _, out, _ = lint(capsys, plan, "--isolated", "--baseline", "b.json", "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    assert {r["baselineState"] for r in results} == {"unchanged", "absent"}
    absent = [r for r in results if r["baselineState"] == "absent"]
    assert len(absent) == 1 and absent[0]["kind"] == "pass" and absent[0]["ruleId"].startswith("PL")
    import jsonschema
    schema = json.loads((Path(__file__).resolve().parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert not [e.message for e in cls(schema).iter_errors(json.loads(out))]


def test_write_baseline_never_replaces_a_file_that_is_not_a_baseline(plan, capsys):
    Path("notes.json").write_text('{"mine": true}', encoding="utf-8")
    status, _, err = lint(capsys, plan, "--isolated", "--write-baseline", "notes.json")
    assert status == 2 and "不是planlint基线文件，未覆盖" in err
    assert Path("notes.json").read_text(encoding="utf-8") == '{"mine": true}'
    status, _, err = lint(capsys, plan, "--isolated", "--write-baseline", plan)
    assert status == 2 and "正在检查的规划文件之一" in err and plan.read_text(encoding="utf-8").startswith("#")


def test_write_baseline_replaces_an_older_baseline(plan, capsys):
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json", "--select", "PL101")
    first = len(json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"])
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    assert len(json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"]) > first


def test_usage_mistakes_are_exit_2_with_one_line(plan, capsys):
    status, _, err = lint(capsys, plan, "--prune-baseline")
    assert status == 2 and "--prune-baseline 需要与 --baseline" in err
    Path("bad.json").write_text("[]", encoding="utf-8")
    status, _, err = lint(capsys, plan, "--baseline", "bad.json")
    assert status == 2 and "bad.json 不是planlint基线文件" in err and "Traceback" not in err


def test_an_incomplete_run_writes_no_baseline(plan, capsys):
    status, _, err = lint(capsys, plan, "missing.yaml", "--isolated", "--write-baseline", "b.json")
    assert status == 2 and "未写入基线" in err and not Path("b.json").exists()


def test_the_json_report_with_a_baseline_still_meets_its_schema(plan, capsys):
    from planlint.resources.paths import validator
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 86", "value: 50"), encoding="utf-8")
    _, doc = states(capsys, plan, "--isolated", "--baseline", "b.json")
    assert not list(validator("report.schema.json").iter_errors(doc))
    assert {d["baseline_state"] for d in doc["diagnostics"]} == {"new", "unchanged"}


def test_english_report_speaks_english_about_the_baseline(plan, capsys):
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    _, out, _ = lint(capsys, plan, "--isolated", "--baseline", "b.json", "--lang", "en")
    assert "(in baseline)" in out and "Against the baseline: 0 new" in out


def test_the_html_report_marks_known_findings_and_counts(plan, capsys):
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 86", "value: 50"), encoding="utf-8")
    _, page, _ = lint(capsys, plan, "--isolated", "--baseline", "b.json", "--format", "html")
    assert page.count('class="known"') == len(json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"])
    assert "对照基线：新问题" in page


def test_junit_fails_only_the_new_findings(plan, capsys):
    import xml.etree.ElementTree as ET
    lint(capsys, plan, "--isolated", "--write-baseline", "b.json")
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 86", "value: 50"), encoding="utf-8")
    _, out, _ = lint(capsys, plan, "--isolated", "--baseline", "b.json", "--format", "junit")
    failures = ET.fromstring(out.split("\n", 1)[1]).findall(".//failure")
    assert failures and all("移动宽带用户普及率" in f.get("message") for f in failures)
