"""PL900: a planlint bug met on one plan is a finding, never a traceback, and loses nothing else.

The bug is simulated: a check (PL101's), the preparation of the checks, or the reader raises."""
import pytest


def weak_plan(province_plan):
    """Three findings of three checks: PL101, PL102 and PL201."""
    return (province_plan().drop_indicator("网络零售额").drop_action("新型智慧城市")
            .change_indicator("固定宽带家庭普及率", target=65, growth="〔13〕"))


def test_the_plan_has_its_three_findings_when_nothing_fails(province_plan, lint_plan, findings):
    report = lint_plan(weak_plan(province_plan))
    assert sorted(d.code for d in report.diagnostics) == ["PL101", "PL102", "PL201"]
    assert findings(report, "PL900") == []


def test_a_check_that_raises_is_reported_and_the_other_checks_findings_survive(province_plan, lint_plan, monkeypatch):
    from planlint.analysis.context import CheckContext

    def broken(self, indicator):
        raise RuntimeError("boom")
    monkeypatch.setattr(CheckContext, "required", broken)        # what the PL101 check asks of the context
    text = weak_plan(province_plan).yaml()
    report = lint_plan(text)
    assert sorted(d.code for d in report.diagnostics) == ["PL102", "PL201", "PL900"]
    [d] = [d for d in report.diagnostics if d.code == "PL900"]
    assert (d.severity, d.line) == ("error", text.line_of("indicators:"))
    assert "PL101" in d.message and "RuntimeError" in d.message and "boom" in d.message
    assert "缺陷" in d.hint


@pytest.mark.parametrize("stage,target,word", [("preparing", "build_context", "准备检查"),
                                               ("reading", "read_source", "读取文件")])
def test_a_failure_before_the_checks_is_one_finding_at_line_1(province_plan, lint_plan, monkeypatch, stage, target, word):
    import planlint.run.engine

    def broken(*args, **kwargs):
        raise ValueError("bad")
    monkeypatch.setattr(planlint.run.engine, target, broken)
    [d] = lint_plan(weak_plan(province_plan)).diagnostics
    assert (d.code, d.severity, d.line) == ("PL900", "error", 1)
    assert word in d.message and "ValueError" in d.message
