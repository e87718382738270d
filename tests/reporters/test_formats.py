"""CI output formats end to end: SARIF (validated against the published 2.1.0 schemas), GitHub
annotations, GitLab Code Quality, JUnit XML; --output-file; --statistics; --lang en."""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from cli_helpers import run_planlint as run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parents[1] / "data"
GAPS = EXAMPLES / "gansu-province-gaps.yaml"


@pytest.fixture(scope="module")
def sarif(tmp_path_factory):
    out = tmp_path_factory.mktemp("sarif") / "report.sarif"
    p = run(GAPS, EXAMPLES / "jiangsu-province.yaml", "--format", "sarif", "--output-file", out)
    assert p.returncode == 1 and p.stdout == "", p.stderr
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("schema_file", ["sarif-schema-2.1.0.json", "sarif-2.1.0-rtm.5.json"])
def test_sarif_validates_against_published_schema(sarif, schema_file):
    schema = json.loads((DATA / schema_file).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    errors = list(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(sarif))
    assert not errors, [e.message for e in errors[:5]]


def test_sarif_fields_code_scanning_needs(sarif):
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert {"PL001", "PL002", "PL101", "PL102", "PL201", "PL010", "PL011"} <= set(ids)
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
    results = run_["results"]
    assert results
    for res in results:
        assert res["level"] in ("error", "warning", "note")
        region = res["locations"][0]["physicalLocation"]["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(region)
        assert res["partialFingerprints"] and ids[res["ruleIndex"]] == res["ruleId"]
    pl102 = next(r for r in results if r["ruleId"] == "PL102" and r["properties"]["subject"] == "固定宽带家庭普及率")
    assert pl102["locations"][0]["physicalLocation"]["region"]["startLine"] == 12
    assert pl102["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("gansu-province-gaps.yaml")
    fps = [tuple(r["partialFingerprints"].items()) for r in results]
    assert len(set(fps)) == len(fps)


def test_sarif_fingerprints_survive_moved_lines(tmp_path):
    """Logical identity: inserting lines above the findings changes no fingerprint."""
    a = tmp_path / "plan.yaml"
    text = GAPS.read_text(encoding="utf-8")
    a.write_text(text, encoding="utf-8")
    first = json.loads(run(a, "--format", "sarif", cwd=tmp_path).stdout)
    a.write_text("# 新增的说明\n# 又一行\n" + text, encoding="utf-8")
    second = json.loads(run(a, "--format", "sarif", cwd=tmp_path).stdout)

    def key(doc):
        return {(r["ruleId"], r["partialFingerprints"]["planlintIdentity/v1"]):
                r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in doc["runs"][0]["results"]}
    k1, k2 = key(first), key(second)
    assert k1.keys() == k2.keys()
    assert all(k2[k] == k1[k] + 2 for k in k1 if k1[k] > 2)


def test_github_annotations():
    p = run(GAPS, "--format", "github")
    assert p.returncode == 1
    lines = p.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    hit = next(line for line in lines if "title=PL102 固定宽带家庭普及率" in line)
    assert hit.startswith("::error file=") and ",line=12,col=33," in hit
    # the message part is escaped: no raw newline, % written as %25
    assert "%25" in hit and "\n" not in hit


def test_gitlab_code_quality(tmp_path):
    out = tmp_path / "gl-code-quality.json"
    p = run(GAPS, "--format", "gitlab", "-o", out)
    assert p.returncode == 1
    issues = json.loads(out.read_text(encoding="utf-8"))
    assert issues
    for i in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(i)
        assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert i["location"]["path"].endswith("gansu-province-gaps.yaml") and i["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert {i["severity"] for i in issues if i["check_name"] == "PL101"} == {"major"}


def test_junit_xml(tmp_path):
    out = tmp_path / "junit.xml"
    p = run(GAPS, EXAMPLES / "jiangsu-province.yaml", "--format", "junit", "-o", out)
    assert p.returncode == 1
    root = ET.parse(out).getroot()
    assert root.tag == "testsuites"
    suites = {Path(s.get("name")).name: s for s in root.findall("testsuite")}
    gansu = suites["gansu-province-gaps.yaml"]
    assert int(gansu.get("failures")) > 0 and int(gansu.get("tests")) >= int(gansu.get("failures"))
    assert any(f.get("type") == "PL102" for f in gansu.iter("failure"))
    assert suites["jiangsu-province.yaml"].get("failures") == "0"


def test_output_file_never_half_written(tmp_path):
    out = tmp_path / "missing-dir" / "r.json"
    p = run(GAPS, "--format", "json", "-o", out)
    assert p.returncode == 2 and "无法写入" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_statistics():
    p = run(GAPS, "--statistics")
    assert p.returncode == 1
    rows = [line.split() for line in p.stdout.splitlines()[:-1]]
    counts = {r[1]: int(r[0]) for r in rows}
    assert counts["PL102"] >= 3 and counts["PL101"] == 2
    doc = json.loads(run(GAPS, "--statistics", "--format", "json").stdout)
    assert {"code": "PL101", "name": "missing-required-indicator", "count": 2} in doc


def test_lang_en_text_and_json():
    p = run(GAPS, "--lang", "en", "--no-color")
    assert "PL102 error The target for “Fixed broadband household penetration rate (固定宽带家庭普及率)” is weaker than the national target" in p.stdout
    assert "National requirement: ≥70% (2020)" in p.stdout and "Checked 1 file(s)" in p.stdout
    doc = json.loads(run(GAPS, "--lang", "en", "--format", "json").stdout)
    pl101 = [d for d in doc["diagnostics"] if d["code"] == "PL101"]
    assert pl101 and all(d["message"].startswith("Missing the national indicator") for d in pl101)
    assert {d["subject"] for d in pl101} == {"社会保障卡普及率", "网络零售额"}   # subject stays canonical
    pl201 = [d for d in doc["diagnostics"] if d["code"] == "PL201"]
    assert pl201 and all("is not taken up" in d["message"] for d in pl201)


def test_lang_en_for_unreadable_and_schema(tmp_path):
    (tmp_path / "bad.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (tmp_path / "schema.yaml").write_text("title: x\nlevel: province\nregion: 甘肃省\nindicator: []\n", encoding="utf-8")
    doc = json.loads(run(tmp_path, "--lang", "en", "--format", "json").stdout)
    by_code = {d["code"]: d["message"] for d in doc["diagnostics"]}
    assert by_code["PL001"].startswith("The file cannot be read or parsed")
    assert by_code["PL002"].startswith("The plan does not fit the plan format")


def test_fingerprints_do_not_depend_on_language():
    zh = json.loads(run(GAPS, "--format", "sarif").stdout)["runs"][0]["results"]
    en = json.loads(run(GAPS, "--format", "sarif", "--lang", "en").stdout)["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in zh] == [r["partialFingerprints"] for r in en]


def test_no_color_and_pipes_get_plain_text():
    p = run(GAPS)
    assert "\x1b[" not in p.stdout
    p = run(GAPS, env={"NO_COLOR": "1"})
    assert "\x1b[" not in p.stdout
