"""Codes about the file itself, reported by the readers and the runner, not by a check:
PL001 (the file cannot be read), PL002 (it does not fit the plan format), PL003 (level unknown)."""
import pytest


# --- PL001 ----------------------------------------------------------------------------------

def test_a_yaml_syntax_error_is_located(province_plan, lint_plan):
    text = province_plan().yaml().edit("indicators:\n", "indicators: [\n")
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.severity, d.line) == ("PL001", "error", text.line_of("- name: 光纤入户用户占总宽带用户的比率"))
    assert "YAML" in d.message


@pytest.mark.parametrize("text,word", [("", "为空"), ("# 只有注释\n", "没有内容"), ("\n\n   \n", "")])
def test_an_empty_plan_is_unreadable(lint, text, word):
    [d] = lint(text).diagnostics
    assert (d.code, d.severity, d.line) == ("PL001", "error", 1) and word in d.message


def test_bytes_that_are_no_known_encoding(linter):
    [d] = linter.lint_bytes("plan.yaml", b"title: \xc4\xe3\xba\xc3 \x80\xff\xfe\x00").diagnostics
    assert (d.code, d.line) == ("PL001", 1) and "编码" in d.message and "UTF-8" in d.message


def test_markdown_front_matter_that_never_ends(province_plan, lint_plan):
    text = province_plan().markdown().edit("---\n\n#", "\n#")
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.line) == ("PL001", 1) and "---" in d.message


def test_markdown_front_matter_that_is_not_yaml(province_plan, lint_plan):
    text = province_plan().markdown().edit("level: province", "level: [province")
    [d] = lint_plan(text).diagnostics
    assert d.code == "PL001" and "前置元数据" in d.message
    assert text.line_of("level: [province") <= d.line < text.line_of("period:")   # where YAML gives up


@pytest.mark.parametrize("fmt,name", [("yaml", "plan.yaml"), ("md", "plan.md")])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_plan_in_an_encoding_drafters_use_is_read(province_plan, linter, fmt, name, encoding):
    plan = province_plan()
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    assert linter.lint_bytes(name, text.encode(encoding)).diagnostics == []


# --- PL002 ----------------------------------------------------------------------------------

def test_an_unknown_key_is_located_and_the_likely_key_suggested(province_plan, lint_plan, findings):
    text = province_plan().yaml().edit("indicators:", "indicator:")
    [d] = findings(lint_plan(text), "PL002")
    assert (d.severity, d.line) == ("error", text.line_of("indicator:"))
    assert "indicator" in d.message and "是否指“indicators”" in d.message


def test_a_value_outside_its_choices(province_plan, lint_plan):
    text = province_plan().yaml().edit("level: province", "level: 1")
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.line) == ("PL002", text.line_of("level: 1")) and "level" in d.message


def test_a_repeated_key(province_plan, lint_plan, findings):
    text = province_plan().yaml().edit("region: 江苏省\n", "region: 江苏省\nregion: 浙江省\n")
    [d] = findings(lint_plan(text), "PL002")
    assert d.line == text.line_of("region: 浙江省") and "region" in d.message and "重复" in d.message


def test_a_bad_value_in_markdown_front_matter(province_plan, lint_plan):
    text = province_plan().markdown().edit("period: {start: 2016, end: 2020}", "period: 2020")
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.line) == ("PL002", text.line_of("period: 2020")) and "period" in d.message


def test_custom_keys_with_the_x_prefix_fit_the_format(province_plan, lint_plan):
    text = province_plan().yaml().edit("level: province\n", "level: province\nx-reviewer: 张三\n")
    assert lint_plan(text).diagnostics == []


# --- PL003 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_a_plan_whose_level_is_neither_written_nor_inferable(province_plan, lint_plan, fmt):
    report = lint_plan(province_plan(level=None, title="某某规划"), fmt)
    [d] = report.diagnostics
    assert (d.code, d.severity, d.line, d.subject) == ("PL003", "info", 1, None)
    assert "level" in d.message


def test_without_a_level_what_binds_every_level_is_still_checked(province_plan, lint_plan):
    plan = province_plan(level=None, title="某某规划").change_indicator("固定宽带家庭普及率", target=65, growth="〔13〕")
    assert sorted(d.code for d in lint_plan(plan).diagnostics) == ["PL003", "PL102"]


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_a_level_inferred_from_the_title_is_known(province_plan, lint_plan, findings, fmt):
    report = lint_plan(province_plan(level=None), fmt)        # 江苏省“十三五”信息化发展规划
    assert findings(report, "PL003") == [] and report.plan.meta.level == "province"
