"""A typo in --select/--extend-select/--ignore is exit 2 with a suggestion, never a green run
with every check switched off (issue 14, "Traps to close")."""
from __future__ import annotations

import pytest

from planlint.checks.registry import BY_CODE, is_code_or_prefix, suggest_code
from planlint.cli import main
from planlint.cli.errors import EXIT_USAGE
from planlint.run.errors import RunError
from planlint.run.options import LintOptions

PLAN = """level: city
region: 唐山市
period: 2016-2020
indicators:
  - name: 固定宽带家庭普及率
    target: 70%
"""


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_codes_and_prefixes_are_known_and_others_not():
    assert all(is_code_or_prefix(code) for code in BY_CODE)
    assert is_code_or_prefix("pl1") and is_code_or_prefix("PL20")
    assert not is_code_or_prefix("PL999") and not is_code_or_prefix("PL1O2") and not is_code_or_prefix("")


def test_look_alike_letters_are_read_as_digits_before_spelling():
    assert suggest_code("PL1O2") == "PL102"
    assert suggest_code("PLI01") == "PL101"
    assert suggest_code("pl2o1") == "PL201"
    assert suggest_code("XYZ") is None


@pytest.mark.parametrize("option", ["--select", "--extend-select", "--ignore"])
def test_an_unknown_code_on_the_command_line_is_exit_2_and_names_it(option, plan, capsys):
    assert main([option, "PL1,PL1O2", str(plan)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "PL1O2" in err and option in err and "PL102" in err
    assert err.count("\n") == 1


def test_the_error_line_follows_lang(plan, capsys):
    assert main(["--lang", "en", "--select", "PL999", str(plan)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "is not a planlint code" in err and "did you mean PL900?" in err
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in err)


def test_known_prefixes_still_lint(plan, capsys):
    assert main(["--select", "pl1,PL20", "--ignore", "PL204", str(plan)]) in (0, 1)
    assert "PL1" in capsys.readouterr().out


def test_the_library_refuses_an_unknown_code_too():
    with pytest.raises(RunError, match="PL1O2"):
        LintOptions(select=["PL1O2"])


def test_the_configuration_suggests_as_well(plan, capsys):
    (plan.parent / ".planlint.yaml").write_text("ignore: [PL2O4]\n", encoding="utf-8")
    assert main([str(plan)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "PL2O4" in err and "PL204" in err
