"""`--help` in the language the command line asks for: Chinese by default, English under --lang en,
and the same options documented in both."""
import contextlib
import io
import re

import pytest

from planlint.cli.app import main

HAN = re.compile(r"[\u4e00-\u9fff]")
COMMANDS = [[], ["rules"], ["rule"], ["init"], ["diff"], ["server"], ["pack"], ["pack", "derive"], ["pack", "check"]]


def _help(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        main([*args, "--help"])
    assert stop.value.code == 0
    return out.getvalue()


def _options(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", text))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "lint")
def test_help_is_chinese_by_default_and_english_under_lang_en(command):
    zh, en = _help(*command), _help(*command, "--lang", "en")
    assert HAN.search(zh)
    # English help names Chinese only in examples of what a plan writes (甘肃省, 专栏4)
    assert not [line for line in en.splitlines() if HAN.search(line) and "e.g." not in line], en
    assert _options(zh) == _options(en) and "--help" in _options(en)


def test_lang_may_come_after_help_and_as_one_word():
    assert _help("--lang=en") == _help("--lang", "en")
    assert "Checks local and departmental" in _help("--lang=en")


def test_an_unknown_lang_is_a_usage_error_said_in_chinese(capsys):
    assert main(["--lang", "fr", "--help"]) == 2
    assert "命令行参数错误" in capsys.readouterr().err


def test_pack_check_lists_in_english_with_the_english_names(capsys):
    assert main(["pack", "check", "national-13th", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("rule pack national-13th:") and "priority actions:" in out
    assert "信息产业收入规模 (Information industry revenue)  26.2 trillion yuan (scale)" in out
    assert main(["pack", "check", "national-13th"]) == 0
    assert "信息产业收入规模  26.2万亿元（scale）" in capsys.readouterr().out


def test_a_bad_jobs_count_is_said_in_the_language_asked_for(capsys):
    assert main(["-j", "0", "--lang", "en", "x.yaml"]) == 2
    assert "-j/--jobs should be a number of processes, at least 1, not 0" in capsys.readouterr().err
    assert main(["-j", "0", "x.yaml"]) == 2
    assert "-j/--jobs 应为不小于1的进程数，而不是 0" in capsys.readouterr().err
