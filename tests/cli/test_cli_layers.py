"""The command line over the run: arguments become LintOptions, the run's errors exit 2."""
from __future__ import annotations

import pytest

from planlint.cli import main
from planlint.cli.app import command
from planlint.cli.commands import lint, rules
from planlint.cli.errors import EXIT_USAGE, UsageError
from planlint.cli.output import refuse_to_overwrite_inputs, write_file
from planlint.run.options import LintOptions


def test_the_arguments_become_plain_options():
    args = lint.build_parser().parse_args(["--format", "html", "--select", "pl1, PL201", "--ignore", "PL204",
                                           "--fail-on", "warning", "--isolated", "--lang", "en", "a.yaml"])
    assert lint.options_from(args) == LintOptions(select=("PL1", "PL201"), ignore=("PL204",), fail_on="warning",
                                                  isolated=True, lang="en", keep_source=True)
    text = lint.options_from(lint.build_parser().parse_args(["--show-source", "a.yaml"]))
    assert text.keep_source and text.show_source
    assert not lint.options_from(lint.build_parser().parse_args(["a.yaml"])).keep_source


@pytest.mark.parametrize("argv, keep", [
    (["a.yaml"], False), (["--format", "github", "a.yaml"], False), (["--format", "sarif", "a.yaml"], False),
    (["-v", "a.yaml"], True), (["--format", "json", "a.yaml"], True), (["--format", "csv", "a.yaml"], True),
    (["--format", "xlsx", "-o", "r.xlsx", "a.yaml"], True), (["--format", "html", "a.yaml"], True)])
def test_covered_actions_are_gathered_only_for_the_reports_that_show_them(argv, keep):
    assert lint.options_from(lint.build_parser().parse_args(argv)).keep_covered is keep


def test_the_first_word_picks_the_command():
    assert command("rules") is rules.run
    assert command("plans/") is lint.run


def test_a_run_error_is_one_line_and_exit_2(tmp_path, capsys):
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: x\n", encoding="utf-8")
    assert main(["--waivers", str(tmp_path / "none.yaml"), str(plan)]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and err == f"planlint: 找不到豁免文件：{tmp_path / 'none.yaml'}\n"
    assert main(["--stdin-filename", "x.md", str(plan)]) == EXIT_USAGE
    assert capsys.readouterr().err == "planlint: --stdin-filename 只在从标准输入读取（PATH 为 -）时使用\n"


def test_a_report_never_replaces_a_plan_and_init_never_an_existing_file(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: x\n", encoding="utf-8")
    with pytest.raises(UsageError, match="正在检查的规划文件"):
        refuse_to_overwrite_inputs(str(tmp_path / "." / "plan.yaml"), ["-", str(plan)])
    refuse_to_overwrite_inputs(str(tmp_path / "report.json"), ["-", str(plan)])
    with pytest.raises(UsageError, match="已存在"):
        write_file(str(plan), "other", overwrite=False)
    assert plan.read_text(encoding="utf-8") == "title: x\n"
    write_file(str(plan), "new")
    assert plan.read_text(encoding="utf-8") == "new" and [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]
