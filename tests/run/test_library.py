"""planlint as a library: lint_paths, LintOptions, RunError; no printing, no exit; one decoding."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import planlint
from planlint.run.options import LintOptions
from planlint.run.result import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from planlint.run.session import LintSession

ROOT = Path(__file__).resolve().parents[2]
WEAK = ('title: 某省“十三五”信息化规划\nlevel: province\nregion: 江苏省\nindicators:\n'
        '  - name: 固定宽带家庭普及率\n    unit: "%"\n    target: {year: 2020, value: 65}\n')


def _plan(tmp_path: Path, text: str = WEAK, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_readme_snippet_runs(monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using planlint as a library", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    assert "examples/gansu-province-gaps.yaml:12:33: PL102 error" in out
    assert namespace["result"].exit_status == EXIT_FINDINGS and namespace["result"].problems == []
    assert {d["code"] for d in json.loads(namespace["report_json"])["diagnostics"]} == {"PL102"}


def test_findings_problems_and_the_status_they_mean(tmp_path, capsys):
    plan = _plan(tmp_path)
    result = planlint.lint_paths([str(plan)], planlint.LintOptions(isolated=True, select=("PL102",)))
    assert [r.path for r in result.reports] == [str(plan)]
    assert [d.code for d in result.reports[0].diagnostics] == ["PL102"]
    assert result.problems == [] and result.failing and result.exit_status == EXIT_FINDINGS
    assert planlint.lint_paths([plan], LintOptions(isolated=True, exit_zero=True)).exit_status == EXIT_OK
    assert planlint.lint_paths([plan], LintOptions(isolated=True, select=("PL1",), ignore=("PL1",))).exit_status == EXIT_OK
    missing = planlint.lint_paths([str(plan), str(tmp_path / "nowhere.yaml")], LintOptions(isolated=True))
    assert missing.problems == [f"找不到文件或目录：{tmp_path / 'nowhere.yaml'}"]
    assert len(missing.reports) == 1 and missing.exit_status == EXIT_USAGE
    assert capsys.readouterr() == ("", "")           # nothing printed: the caller decides


def test_what_the_user_must_fix_is_a_run_error(tmp_path):
    plan = _plan(tmp_path)
    with pytest.raises(planlint.RunError, match="找不到豁免文件"):
        planlint.lint_paths([plan], LintOptions(waivers=str(tmp_path / "none.yaml")))
    with pytest.raises(planlint.RunError, match="--stdin-filename"):
        planlint.lint_paths([plan], LintOptions(stdin_filename="x.yaml"))
    with pytest.raises(planlint.RunError):
        planlint.lint_paths([plan], LintOptions(isolated=True, rulepack="no-such-pack"))
    (tmp_path / ".planlint.yaml").write_text("select: [NOPE]\n", encoding="utf-8")
    with pytest.raises(planlint.RunError, match="NOPE"):
        planlint.lint_paths([plan])


def test_options_are_plain_frozen_data():
    import dataclasses

    options = LintOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.fail_on = "info"  # type: ignore[misc]
    assert all(not isinstance(f.default, list) for f in dataclasses.fields(LintOptions))


def test_importing_planlint_does_not_load_the_run():
    code = "import sys, planlint\nprint(sorted(m for m in sys.modules if m.startswith('planlint')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['planlint', 'planlint._version']"


def test_a_plan_from_stdin_is_read_through_the_session_reader(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    asked: list[int] = []

    def stdin(limit: int) -> bytes:
        asked.append(limit)
        return WEAK.encode("utf-8")

    session = LintSession(LintOptions(isolated=True, stdin_filename="plans/draft.yaml"), stdin=stdin)
    files, problems = session.collect(["-"])
    result = session.lint(files, problems)
    assert asked == [64 * 1024 * 1024 + 1]
    assert {d.path for d in result.reports[0].diagnostics} == {"plans/draft.yaml"}


def test_a_file_too_large_to_read_has_no_source_and_its_comments_are_not_read(tmp_path, monkeypatch):
    """Its suppression comments were read before (from stdin only): PL011 on a file never linted."""
    monkeypatch.chdir(tmp_path)
    text = WEAK.replace("value: 65}", "value: 65}   # planlint: disable=PL102 -- 另有安排")
    session = LintSession(LintOptions(isolated=True, max_bytes=100), stdin=lambda limit: text.encode()[:limit])
    result = session.lint(["-"])
    assert [d.code for d in result.reports[0].diagnostics] == ["PL001"]
    assert result.reports[0].source is None


def test_each_file_is_decoded_once_and_its_source_kept_only_for_excerpts(tmp_path, monkeypatch):
    import planlint.readers.source as source_module

    calls: list[int] = []
    real = source_module.decode
    monkeypatch.setattr(source_module, "decode", lambda data: calls.append(len(data)) or real(data))
    text = WEAK.replace("level: province", "level: province   # planlint: disable=PL999 -- 试")
    plan = _plan(tmp_path, text)
    result = planlint.lint_paths([plan], LintOptions(isolated=True, keep_source=True))
    report = result.reports[0]
    assert calls == [len(text.encode("utf-8"))]           # reading, suppressions and excerpts: one decoding
    assert "PL012" in {d.code for d in report.diagnostics}   # the comment was scanned
    assert report.source_line(7) == "    target: {year: 2020, value: 65}"
    assert planlint.lint_paths([plan], LintOptions(isolated=True)).reports[0].source is None


def test_code_options_may_be_lists_or_one_string_in_any_case():
    options = LintOptions(select=["pl1", " PL201 "], ignore="pl204")
    assert options.select == ("PL1", "PL201") and options.ignore == ("PL204",) and options.extend_select == ()
    assert LintOptions().select is None


def test_a_streamed_run_settles_each_files_configuration_once_and_keeps_none_after(tmp_path, monkeypatch):
    """A streamed report needs every file's settings before its first file (packs stacked?):
    the file's lint then takes those settings instead of looking its configuration up again,
    and the session keeps none of them once the run is over."""
    import io

    from planlint.policy.config import ConfigFinder
    from planlint.reporters.streaming import streamer

    plans = [str(_plan(tmp_path, WEAK.replace("江苏省", region), f"{n}.yaml"))
             for n, region in (("js", "江苏省"), ("zj", "浙江省"), ("gd", "广东省"))]
    (tmp_path / ".planlint.yaml").write_text("select: [PL102]\n", encoding="utf-8")
    looked_up: list[str] = []
    real = ConfigFinder.for_file
    monkeypatch.setattr(ConfigFinder, "for_file", lambda self, path: looked_up.append(path.name) or real(self, path))
    session = LintSession(LintOptions())
    out = io.StringIO()
    stream = streamer("text", out, session.render_context)
    result = session.lint(plans, stream=stream, jobs=1)
    stream.finish()
    assert looked_up == ["js.yaml", "zj.yaml", "gd.yaml"]
    assert session._prepared == {}
    assert out.getvalue().count("PL102") == 3 and result.streamed_failing
    assert [d.code for d in planlint.lint_paths(plans).reports[0].diagnostics] == ["PL102"]
