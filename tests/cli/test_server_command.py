"""`planlint server` without the lsp extra: one line saying what to install, exit 2, no traceback."""
import subprocess
import sys


def test_without_pygls_the_server_says_which_extra_to_install():
    code = ("import sys; sys.modules['pygls'] = None; sys.modules['lsprotocol'] = None\n"
            "from planlint.cli.app import main; sys.exit(main(['server']))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, input="")
    assert p.returncode == 2
    assert "planlint[lsp]" in p.stderr and "Traceback" not in p.stderr and p.stdout == ""


def test_server_options_are_checked_like_any_command(capsys):
    from planlint.cli.app import main
    assert main(["server", "--lang", "fr"]) == 2
    assert "命令行参数错误" in capsys.readouterr().err
