"""Issue 15: --max-bytes is a limit planlint can honour, never a MemoryError or a silent default."""
from __future__ import annotations

import pytest

from planlint.cli.app import main


@pytest.mark.parametrize("value", ["0", "-5", "10000000000"])
def test_max_bytes_outside_what_planlint_honours_is_a_usage_error(tmp_path, capsys, value):
    plan = tmp_path / "p.yaml"
    plan.write_text("level: province\nregion: 甘肃省\n", encoding="utf-8")
    assert main(["--isolated", f"--max-bytes={value}", str(plan)]) == 2
    err = capsys.readouterr().err
    assert "--max-bytes" in err and "Traceback" not in err


def test_a_small_max_bytes_is_honoured(tmp_path, capsys):
    plan = tmp_path / "p.yaml"
    plan.write_text("level: province\nregion: 甘肃省\n" + "# x\n" * 100, encoding="utf-8")
    main(["--isolated", "--format", "json", "--max-bytes", "100", str(plan)])
    assert '"PL001"' in capsys.readouterr().out
