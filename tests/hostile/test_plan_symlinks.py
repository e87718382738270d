"""Issue 15: a plan symlinked out of the linted tree is not read, and its content never quoted."""
from __future__ import annotations

import os
from pathlib import Path

from planlint.cli.app import main

SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY"


def test_a_symlink_out_of_the_tree_is_a_problem_not_a_quote(tmp_path, capsys):
    (tmp_path / "secret.env").write_text(SECRET + "\n", encoding="utf-8")
    plans = tmp_path / "repo" / "plans"
    plans.mkdir(parents=True)
    (plans / "p.yaml").write_text("level: province\nregion: 甘肃省\n", encoding="utf-8")
    os.symlink(tmp_path / "secret.env", plans / "e2.md")
    assert main(["--isolated", "--format", "json", str(plans)]) == 2
    captured = capsys.readouterr()
    assert "wJalrXUtnFEMI" not in captured.out + captured.err
    assert "e2.md" in captured.err and '"path": "' + str(plans / "p.yaml") in captured.out


def test_a_symlink_inside_the_tree_is_linted(tmp_path, capsys):
    plans = tmp_path / "plans"
    (plans / "real").mkdir(parents=True)
    (plans / "real" / "p.yaml").write_text("level: province\nregion: 甘肃省\n", encoding="utf-8")
    os.symlink(plans / "real" / "p.yaml", plans / "alias.yaml")
    main(["--isolated", "--format", "json", str(plans)])
    assert "alias.yaml" in capsys.readouterr().out
