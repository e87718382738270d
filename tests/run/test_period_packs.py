"""A `packs/` directory beside the configuration: the plan's period chooses the pack."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from planlint.cli import main
from planlint.resources.paths import rules_dir

PLAN = """title: 江苏省“{period}”信息化发展规划
level: province
region: 江苏省
period: {{start: {start}, end: {end}}}
"""


def _project(tmp_path: Path, with_pack: bool = True) -> Path:
    (tmp_path / ".planlint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    if with_pack:     # a later period's pack: the national one with its years moved on
        pack = tmp_path / "packs" / "national-14th"
        shutil.copytree(rules_dir() / "national-13th", pack)
        meta = (pack / "pack.yaml").read_text(encoding="utf-8")
        meta = meta.replace("name: national-13th", "name: national-14th").replace(
            "target_year: 2020", "target_year: 2025").replace("base_year: 2015", "base_year: 2020")
        (pack / "pack.yaml").write_text(meta, encoding="utf-8")
    (tmp_path / "p13.yaml").write_text(PLAN.format(period="十三五", start=2016, end=2020), encoding="utf-8")
    (tmp_path / "p14.yaml").write_text(PLAN.format(period="十四五", start=2021, end=2025), encoding="utf-8")
    return tmp_path


def _report(capsys, *args: str) -> dict:
    main(["--format", "json", *args])
    return json.loads(capsys.readouterr().out)


def test_the_period_chooses_between_the_built_in_pack_and_one_in_packs(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(_project(tmp_path))
    report = _report(capsys, "p13.yaml", "p14.yaml")
    by_file: dict[str, set] = {}
    for d in report["diagnostics"]:
        by_file.setdefault(d["path"], set()).add(d["rulepack"])
    assert by_file["p13.yaml"] == {"national-13th"}
    assert by_file["p14.yaml"] == {"national-14th"}
    assert not [d for d in report["diagnostics"] if d["code"] == "PL004"]


def test_without_a_pack_for_the_period_the_plan_keeps_pl004(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(_project(tmp_path, with_pack=False))
    report = _report(capsys, "p14.yaml")
    pl004 = [d for d in report["diagnostics"] if d["code"] == "PL004"]
    assert len(pl004) == 1 and "pack derive" in pl004[0].get("hint", "")


def test_a_named_pack_is_not_replaced_by_packs_beside_the_configuration(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(_project(tmp_path))
    report = _report(capsys, "--rulepack", "national-13th", "p14.yaml")
    assert [d["code"] for d in report["diagnostics"]] == ["PL004"]


def test_a_pack_dropped_into_packs_only_adds_findings(tmp_path, capsys, monkeypatch):
    """A submitter's pack for the same period, with every target weakened, is stacked: each
    national finding of the plan is still reported."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".planlint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text((Path(__file__).parents[2] / "examples" / "gansu-province-gaps.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    before = {(d["code"], d["subject"]) for d in _report(capsys, "plan.yaml")["diagnostics"]}
    pack = tmp_path / "packs" / "lenient"
    shutil.copytree(rules_dir() / "national-13th", pack)
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text(encoding="utf-8").replace(
        "name: national-13th", "name: lenient"), encoding="utf-8")
    indicators = pack / "indicators.yaml"
    lenient = re.sub(r'value: "[0-9.]+"', 'value: "1"', indicators.read_text(encoding="utf-8"))
    lenient = re.sub(r"required: \{levels: \[[^\]]*\]", "required: {levels: [national]", lenient)
    assert lenient != indicators.read_text(encoding="utf-8")
    indicators.write_text(lenient, encoding="utf-8")
    after = {(d["code"], d["subject"]) for d in _report(capsys, "plan.yaml")["diagnostics"]}
    assert before and before <= after
