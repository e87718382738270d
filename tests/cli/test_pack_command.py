"""`planlint pack derive|check` and linting against stacked packs from the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from planlint.cli import main
from planlint.cli.errors import EXIT_USAGE

PROVINCE = """---
level: province
region: 河南省
period: {start: 2016, end: 2020}
---

# 河南省“十三五”信息化规划

## 二、总体要求

### （三）发展目标

**表1　主要指标**

| 指标 | 2015年 | 2020年 | 年均增速（%） |
| --- | --- | --- | --- |
| 1.固定宽带家庭普及率（%） | 40 | 85 | 〔45〕 |
| 2.智慧农业示范县覆盖率（%） | 10 | 60 | 〔50〕 |

## 四、重点工程

### （一）中原数据枢纽工程

主要内容：建设省级大数据中心，推动政务数据共享交换平台和行业数据资源目录建设。
"""

CITY = """---
level: city
region: 郑州市
period: {start: 2016, end: 2020}
---

# 郑州市“十三五”信息化规划

## 二、发展目标

| 指标 | 2015年 | 2020年 |
| --- | --- | --- |
| 1.固定宽带家庭普及率（%） | 50 | 80 |
"""


@pytest.fixture
def files(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    monkeypatch.setenv("PLANLINT_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    province, city = tmp_path / "henan.md", tmp_path / "zhengzhou.md"
    province.write_text(PROVINCE, encoding="utf-8")
    city.write_text(CITY, encoding="utf-8")
    return province, city


def test_derive_writes_a_pack_that_check_lists(files, tmp_path, capsys):
    province, _ = files
    assert main(["pack", "derive", str(province), "-o", str(tmp_path / "packs" / "henan")]) == 0
    out = capsys.readouterr().out
    assert "固定宽带家庭普及率" in out and "中原数据枢纽工程" in out
    assert main(["pack", "check", str(tmp_path / "packs" / "henan")]) == 0
    assert "指标 2 项（必备 2 项）" in capsys.readouterr().out


def test_derive_refuses_a_non_empty_directory_without_force(files, tmp_path, capsys):
    province, _ = files
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x", encoding="utf-8")
    assert main(["pack", "derive", str(province), "-o", str(out)]) == EXIT_USAGE
    assert "--force" in capsys.readouterr().err
    assert main(["pack", "derive", str(province), "-o", str(out), "--force"]) == 0
    assert (out / "keep.txt").read_text(encoding="utf-8") == "x"


def test_check_of_a_broken_pack_is_one_line_and_exit_2(tmp_path, capsys):
    (tmp_path / "pack.yaml").write_text("name: Bad Name\n", encoding="utf-8")
    assert main(["pack", "check", str(tmp_path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "schema/rulepack.schema.json" in err and "Traceback" not in err


def test_stacked_packs_report_once_and_name_the_stricter_pack(files, capsys):
    province, city = files
    rc = main(["--format", "json", "--rulepack", "national-13th", "--rulepack", str(province), str(city)])
    assert rc == 1
    report = json.loads(capsys.readouterr().out)
    broadband = [d for d in report["diagnostics"] if d["code"] == "PL102" and d["subject"] == "固定宽带家庭普及率"]
    # 80% meets the national 70% but not the province's 85%: one finding, the province's
    assert len(broadband) == 1 and broadband[0]["rulepack"] == "河南省“十三五”信息化规划"
    missing = [d for d in report["diagnostics"] if d["code"] == "PL101" and d["subject"] == "智慧农业示范县覆盖率"]
    assert len(missing) == 1 and missing[0]["rulepack"] == "河南省“十三五”信息化规划"
    assert all(d.get("rulepack") for d in report["diagnostics"])
    codes_subjects = [(d["code"], d["subject"], d["line"]) for d in report["diagnostics"] if d["subject"]]
    assert len(codes_subjects) == len(set(codes_subjects))


def test_a_configured_list_stacks_packs(files, tmp_path, capsys):
    province, city = files
    (tmp_path / ".planlint.yaml").write_text(f"rulepack: [national-13th, {province.name}]\n", encoding="utf-8")
    main(["--format", "json", str(city)])
    report = json.loads(capsys.readouterr().out)
    assert any(d.get("rulepack") == "河南省“十三五”信息化规划" for d in report["diagnostics"])


def test_a_finding_of_the_province_pack_names_both_levels(files, capsys):
    province, city = files
    main(["--format", "json", "--rulepack", "national-13th", "--rulepack", str(province), str(city)])
    report = json.loads(capsys.readouterr().out)
    broadband = next(d for d in report["diagnostics"] if d["code"] == "PL102" and d["subject"] == "固定宽带家庭普及率")
    assert "低于省级目标≥85%" in broadband["message"]
    missing = next(d for d in report["diagnostics"] if d["code"] == "PL101" and d["subject"] == "智慧农业示范县覆盖率")
    assert missing["message"].startswith("缺少省级规划要求本级规划设置的指标")


def test_the_period_chooses_among_stacked_national_packs(files, tmp_path, capsys):
    """A 十四五 pack beside national-13th: a 2016–2020 plan is checked against national-13th only."""
    import shutil

    from planlint.resources.paths import rules_dir

    later = tmp_path / "packs" / "national-14th"
    shutil.copytree(rules_dir() / "national-13th", later)
    manifest = later / "pack.yaml"
    text = manifest.read_text(encoding="utf-8").replace("name: national-13th", "name: national-14th")
    manifest.write_text(text.replace("target_year: 2020", "target_year: 2025").replace("base_year: 2015", "base_year: 2020"),
                        encoding="utf-8")
    _, city = files
    main(["--format", "json", "--rulepack", str(later), "--rulepack", "national-13th", str(city)])
    report = json.loads(capsys.readouterr().out)
    assert {d["rulepack"] for d in report["diagnostics"]} == {"national-13th"}
    assert not any(d["code"] == "PL004" for d in report["diagnostics"])


def test_per_path_configuration_sets_a_folder_parent(files, tmp_path, capsys):
    province, city = files
    folder = tmp_path / "plans" / "henan"
    folder.mkdir(parents=True)
    (folder / "zhengzhou.md").write_text(city.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".planlint.yaml").write_text(
        f"per-path:\n  - paths: ['plans/henan/*']\n    rulepack: {province.name}\n", encoding="utf-8")
    main(["--format", "json", str(folder / "zhengzhou.md")])
    report = json.loads(capsys.readouterr().out)
    packs = {d.get("rulepack") for d in report["diagnostics"]}
    assert "河南省“十三五”信息化规划" in packs and "national-13th" in packs
    main(["--format", "json", str(city)])      # outside the folder: the national pack alone
    assert {d.get("rulepack") for d in json.loads(capsys.readouterr().out)["diagnostics"]} == {"national-13th"}


def test_a_pack_that_extends_another_is_stacked_under_it(files, tmp_path, capsys):
    province, city = files
    out = tmp_path / "packs" / "henan"
    assert main(["pack", "derive", str(province), "-o", str(out)]) == 0
    manifest = out / "pack.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "extends: national-13th\n", encoding="utf-8")
    capsys.readouterr()
    main(["--format", "json", "--rulepack", str(out), str(city)])
    packs = {d.get("rulepack") for d in json.loads(capsys.readouterr().out)["diagnostics"]}
    assert packs == {"national-13th", "河南省“十三五”信息化规划"}
    assert main(["pack", "check", str(out)]) == 0
    assert "上级规则包（extends）：national-13th" in capsys.readouterr().out


def test_a_pack_that_extends_itself_is_refused_in_one_line(files, tmp_path, capsys):
    _, city = files
    out = tmp_path / "loop"
    out.mkdir()
    (out / "pack.yaml").write_text("name: loop\ntitle: loop\ntarget_year: 2020\nextends: .\nfiles: {}\n"
                                   "indicators: {indicators: []}\n", encoding="utf-8")
    assert main(["--rulepack", str(out), str(city)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "extends" in err and "Traceback" not in err


def test_the_report_lists_every_stacked_pack(files, capsys):
    """tool.rulepacks names each pack as the findings do, highest first — a title with a comma
    in it cannot be split apart, as the comma-joined tool.rulepack could be."""
    province, city = files
    province.write_text(province.read_text(encoding="utf-8").replace(
        "# 河南省“十三五”信息化规划", "# 河南省“十三五”信息化规划（征求意见稿，第二稿）"), encoding="utf-8")
    main(["--format", "json", "--rulepack", "national-13th", "--rulepack", str(province), str(city)])
    report = json.loads(capsys.readouterr().out)
    assert report["tool"]["rulepacks"] == ["national-13th", "河南省“十三五”信息化规划（征求意见稿，第二稿）"]
    assert {d["rulepack"] for d in report["diagnostics"]} <= set(report["tool"]["rulepacks"])


def test_a_parent_plans_requirement_is_labelled_as_the_parents_not_the_nations(files, capsys):
    province, city = files
    main(["--format", "json", "--rulepack", "national-13th", "--rulepack", str(province), str(city)])
    report = json.loads(capsys.readouterr().out)
    for d in report["diagnostics"]:
        if d.get("expected") is not None:
            assert d["expected_basis"] == ("national" if d["rulepack"] == "national-13th" else "parent"), d
    assert any(d.get("expected_basis") == "parent" for d in report["diagnostics"])
    main(["--rulepack", "national-13th", "--rulepack", str(province), str(city)])
    text = capsys.readouterr().out
    broadband = text[text.index("“固定宽带家庭普及率”2020年目标"):]
    assert broadband.split("\n")[1].strip().startswith("上级规划要求：")
    main(["--lang", "en", "--rulepack", "national-13th", "--rulepack", str(province), str(city)])
    assert "Requirement of the plan above: " in capsys.readouterr().out
