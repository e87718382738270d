"""The baseline library: fingerprints survive moved lines and another working folder; a bad file is one clear error."""
import json
from pathlib import Path

import pytest

from planlint.baseline import ABSENT, NEW, UNCHANGED, BaselineError, dump, from_diagnostics, load, match, pruned
from planlint.diagnostics import Diagnostic
from planlint.model import Location


def diag(path, line, code="PL101", subject="网络零售额", message="缺少指标"):
    return Diagnostic(path=str(path), loc=Location(line=line, column=1), code=code, severity="error",
                      message=message, subject=subject)


def test_moved_lines_keep_findings_known_and_new_ones_are_new(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("x: 1\n", encoding="utf-8")
    old = [diag(plan, 3), diag(plan, 9, code="PL102", subject="信息消费规模")]
    base = from_diagnostics(old, tmp_path)
    now = [diag(plan, 30), diag(plan, 40, code="PL103", subject="电子商务交易规模")]
    m = match(now, base, tmp_path, linted=[str(plan)])
    assert [m.state(d) for d in now] == [UNCHANGED, NEW]
    assert [e.subject for e in m.absent] == ["信息消费规模"]
    assert (m.count(NEW), m.count(UNCHANGED), m.count(ABSENT)) == (1, 1, 1)


def test_paths_are_relative_to_the_baseline_so_the_working_folder_does_not_matter(tmp_path, monkeypatch):
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "p.yaml"
    plan.write_text("x: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    base = from_diagnostics([diag("plans/p.yaml", 3)], tmp_path)
    assert base.entries[0].path == "plans/p.yaml"
    monkeypatch.chdir(tmp_path / "plans")
    m = match([diag("p.yaml", 5)], base, Path(".."), linted=["p.yaml"])
    assert m.count(UNCHANGED) == 1 and not m.absent


def test_files_not_linted_are_not_reported_fixed_and_pruning_keeps_them(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for p in (a, b):
        p.write_text("x: 1\n", encoding="utf-8")
    base = from_diagnostics([diag(a, 1), diag(b, 1), diag(a, 2, code="PL102", subject="信息消费规模")], tmp_path)
    m = match([diag(a, 1)], base, tmp_path, linted=[str(a)])
    assert [(e.path, e.code) for e in m.absent] == [("a.yaml", "PL102")]
    assert sorted((e.path, e.code) for e in pruned(base, m).entries) == [("a.yaml", "PL101"), ("b.yaml", "PL101")]


def test_repeated_identities_are_numbered_so_a_second_copy_is_new(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text("x: 1\n", encoding="utf-8")
    base = from_diagnostics([diag(plan, 1, code="PL003", subject=None, message="重复")], tmp_path)
    now = [diag(plan, 1, code="PL003", subject=None, message="重复"),
           diag(plan, 8, code="PL003", subject=None, message="重复")]
    assert [match(now, base, tmp_path).state(d) for d in now] == [UNCHANGED, NEW]


def test_round_trip_through_the_file(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text("x: 1\n", encoding="utf-8")
    base = from_diagnostics([diag(plan, 1), diag(plan, 2, code="PL102", subject=None)], tmp_path)
    f = tmp_path / "b.json"
    f.write_text(dump(base), encoding="utf-8")
    assert load(str(f)) == base


@pytest.mark.parametrize("content, says", [
    ("{not json", "不是有效的JSON"),
    ("[]", "不是planlint基线文件"),
    ('{"format": "planlint-baseline", "version": 9, "findings": []}', "版本"),
    ('{"format": "planlint-baseline", "version": 1, "findings": {}}', "应为列表"),
    ('{"format": "planlint-baseline", "version": 1, "findings": [{"code": "PL101"}]}', "第1项缺少"),
    ('{"format": "planlint-baseline", "version": 1, "findings": [7]}', "第1项缺少"),
])
def test_a_bad_baseline_is_one_located_error(tmp_path, content, says):
    f = tmp_path / "b.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as err:
        load(str(f))
    assert says in str(err.value) and "b.json" in str(err.value)


def test_a_missing_baseline_names_the_file(tmp_path):
    with pytest.raises(BaselineError, match="无法读取基线文件 .*nope.json"):
        load(str(tmp_path / "nope.json"))
