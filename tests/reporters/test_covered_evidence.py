"""`-v` and JSON `covered`: the actions a plan takes up, each with the place found as evidence
(a covered action gives no finding, so nothing else would show why it counts as covered)."""
import json
from pathlib import Path

import jsonschema

from cli_helpers import run_planlint as run

ROOT = Path(__file__).resolve().parents[2]
LOCAL_TITLES = ROOT / "examples" / "actions-local-titles.yaml"


def test_json_lists_covered_actions_with_their_place():
    p = run(LOCAL_TITLES, "--format", "json")
    doc = json.loads(p.stdout)
    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    covered = {c["subject"]: c for c in doc["files"][0]["covered"]}
    lines = LOCAL_TITLES.read_text(encoding="utf-8").split("\n")
    entry = covered["新一代信息网络技术超前部署行动"]
    # the local title that took it up, on the line given
    assert "5G与下一代互联网部署行动" in lines[entry["line"] - 1]
    assert "5G与下一代互联网部署行动" in entry["evidence"][0]
    reported = {d["subject"] for d in doc["diagnostics"] if d["code"] in ("PL201", "PL202")}
    assert not reported & set(covered)        # never covered and missing at once


def test_verbose_text_shows_them_and_plain_text_does_not():
    verbose = run(LOCAL_TITLES, "-v").stdout
    assert "已覆盖：新一代信息网络技术超前部署行动" in verbose and "5G与下一代互联网部署行动" in verbose
    assert "已覆盖" not in run(LOCAL_TITLES).stdout
    assert "Covered: “Action for advance deployment of next-generation information network technology (新一代信息网络技术超前部署行动)”" in run(LOCAL_TITLES, "-v", "--lang", "en").stdout


def test_evidence_is_in_the_report_language_and_keeps_the_plans_words():
    doc = json.loads(run(LOCAL_TITLES, "--format", "json", "--lang", "en").stdout)
    [evidence] = {c["subject"]: c for c in doc["files"][0]["covered"]}["新一代信息网络技术超前部署行动"]["evidence"]
    assert evidence.startswith("line ") and "action “5G与下一代互联网部署行动”" in evidence
    assert "第" not in evidence and "要点" not in evidence and "标题" not in evidence
    verbose = run(LOCAL_TITLES, "-v", "--lang", "en").stdout
    assert "(line " in verbose and "key terms: “" in verbose and "要点" not in verbose
    zh = json.loads(run(LOCAL_TITLES, "--format", "json").stdout)
    assert all(e.startswith("第") for c in zh["files"][0]["covered"] for e in c["evidence"])


def test_finding_evidence_follows_the_language_too(tmp_path, province_plan):
    plan = province_plan()
    action = plan.action("云计算数据中心")
    action.body, action.goal = "（待补充）", None      # only 专栏1's 物联网 is left: PL202 with evidence
    path = tmp_path / "plan.md"
    path.write_text(plan.markdown(), encoding="utf-8")
    en = json.loads(run(path, "--format", "json", "--lang", "en").stdout)
    [d] = [d for d in en["diagnostics"] if d["code"] == "PL202"]
    assert d["evidence"] and all(e.startswith("line ") and "第" not in e for e in d["evidence"])
    zh = json.loads(run(path, "--format", "json").stdout)
    [d] = [d for d in zh["diagnostics"] if d["code"] == "PL202"]
    assert d["evidence"][0].startswith("第")
