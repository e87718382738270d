"""PL010–PL012: suppressions themselves, found after the checks (inline comments and the waiver
file). Run through the command line, as the policy applies there; one run per kind of input."""
import json

import pytest

from cli_helpers import run_planlint

WEAK_TARGET = "value: 65}"      # the line of 固定宽带家庭普及率's weakened target in the YAML plans


def weak(province_plan):
    return province_plan().change_indicator("固定宽带家庭普及率", target=65, growth="〔13〕")


def run_json(*args, cwd) -> dict[str, list[dict]]:
    """Findings of one `planlint --format json` run, by file name."""
    p = run_planlint("--format", "json", "--isolated", *args, cwd=cwd)
    assert p.returncode in (0, 1) and "Traceback" not in p.stderr, p.stderr
    by_file: dict[str, list[dict]] = {}
    for d in json.loads(p.stdout)["diagnostics"]:
        by_file.setdefault(d["path"].rsplit("/", 1)[-1], []).append(d)
    return by_file


@pytest.fixture(scope="module")
def inline(tmp_path_factory, province_plan):
    """Plans with suppression comments, linted in one run: (findings by file, texts by file)."""
    folder = tmp_path_factory.mktemp("inline")
    weak_yaml = weak(province_plan).yaml()
    weak_md = weak(province_plan).markdown()
    texts = {
        "no-reason.yaml": weak_yaml.append_to_line(WEAK_TARGET, "  # planlint: disable=PL102"),
        "with-reason.yaml": weak_yaml.append_to_line(WEAK_TARGET, "  # planlint: disable=PL102 -- 省政府确定的目标"),
        "unused.yaml": province_plan().yaml().append_to_line("value: 75}", "  # planlint: disable=PL102 -- 早先的目标"),
        "misspelt.yaml": province_plan().yaml().append_to_line("value: 75}", "  # planlint: disabel=PL102 -- 原因"),
        "unknown-code.yaml": province_plan().yaml().insert_line_before("indicators:", "# planlint: disable=PL999 -- 原因"),
        "no-reason.md": weak_md.append_to_line("| 固定宽带家庭普及率", " <!-- planlint-disable PL102 -->"),
        "with-reason.md": weak_md.append_to_line("| 固定宽带家庭普及率", " <!-- planlint-disable PL102 -- 原因 -->"),
        "unused.md": province_plan().markdown().insert_line_before("## 优先行动", "<!-- planlint-disable-next-line PL201 -- 原因 -->"),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return run_json(folder, cwd=folder), texts


# --- PL010 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,needle", [("no-reason.yaml", WEAK_TARGET), ("no-reason.md", "| 固定宽带家庭普及率")])
def test_a_suppression_without_a_reason_suppresses_but_is_a_finding(inline, name, needle):
    found, texts = inline
    [d] = found[name]                                      # the PL102 it covers is gone
    assert (d["code"], d["severity"], d["line"]) == ("PL010", "error", texts[name].line_of(needle))
    assert "PL102" in d["message"] and "理由" in d["message"]


@pytest.mark.parametrize("name", ["with-reason.yaml", "with-reason.md"])
def test_a_suppression_with_a_reason_that_is_used_leaves_no_finding(inline, name):
    found, _ = inline
    assert found.get(name, []) == []


# --- PL011 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,needle,code", [("unused.yaml", "value: 75}", "PL102"),
                                              ("unused.md", "planlint-disable-next-line", "PL201")])
def test_a_suppression_that_suppresses_nothing(inline, name, needle, code):
    found, texts = inline
    [d] = found[name]
    assert (d["code"], d["severity"], d["line"]) == ("PL011", "warning", texts[name].line_of(needle))
    assert code in d["message"]


# --- PL012 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,needle,word", [("misspelt.yaml", "disabel", "disabel"),
                                              ("unknown-code.yaml", "PL999", "PL999")])
def test_a_malformed_directive_or_an_unknown_code(inline, name, needle, word):
    found, texts = inline
    [d] = found[name]
    assert (d["code"], d["severity"], d["line"]) == ("PL012", "warning", texts[name].line_of(needle))
    assert word in d["message"]


# --- the waiver file ------------------------------------------------------------------------

WAIVERS = """\
waivers:
  - code: PL102
    subject: 固定宽带家庭普及率
    reason: 省政府常务会议确定的目标
  - code: PL102
    subject: 移动宽带用户普及率
  - code: PL999
    subject: 某指标
    reason: 写错的代码
  - code: PL101
    subject: 网络零售额
    reason: 由商务厅专项规划设定
    paths: [plans/clean.yaml]
"""


@pytest.fixture(scope="module")
def waived(tmp_path_factory, province_plan):
    folder = tmp_path_factory.mktemp("waived")
    (folder / "waivers.yaml").write_text(WAIVERS, encoding="utf-8")
    plans = folder / "plans"
    plans.mkdir()
    (plans / "weak-fixed.yaml").write_text(weak(province_plan).yaml(), encoding="utf-8")
    (plans / "weak-mobile.yaml").write_text(
        province_plan().change_indicator("移动宽带用户普及率", target=80, growth="〔17〕").yaml(), encoding="utf-8")
    (plans / "clean.yaml").write_text(province_plan().yaml(), encoding="utf-8")
    return run_json("--waivers", folder / "waivers.yaml", plans, cwd=folder)


def waiver_line(needle: str) -> int:
    return next(i for i, line in enumerate(WAIVERS.split("\n"), 1) if needle in line) - 1   # its `- code:` line


def test_waived_findings_are_gone(waived):
    assert waived.get("weak-fixed.yaml", []) == [] and waived.get("weak-mobile.yaml", []) == []
    assert waived.get("clean.yaml", []) == []


def test_a_waiver_without_a_reason(waived):
    [d] = [d for d in waived["waivers.yaml"] if d["code"] == "PL010"]
    assert (d["severity"], d["line"], d["subject"]) == ("error", waiver_line("subject: 移动宽带用户普及率"), "移动宽带用户普及率")


def test_a_waiver_limited_to_files_that_have_no_such_finding(waived):
    [d] = [d for d in waived["waivers.yaml"] if d["code"] == "PL011"]
    assert (d["severity"], d["line"], d["subject"]) == ("warning", waiver_line("subject: 网络零售额"), "网络零售额")


def test_a_waiver_of_an_unknown_code(waived):
    [d] = [d for d in waived["waivers.yaml"] if d["code"] == "PL012"]
    assert (d["severity"], d["line"]) == ("warning", waiver_line("subject: 某指标")) and "PL999" in d["message"]


def test_the_waiver_file_has_only_those_three_findings(waived):
    assert sorted(d["code"] for d in waived["waivers.yaml"]) == ["PL010", "PL011", "PL012"]
