"""Word files on the command line: directories, standard input, JSON places."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from cli_helpers import run_planlint as run
from docx_builder import package, p, table

ROOT = Path(__file__).resolve().parents[3]
BODY = p("湖北省“十三五”信息化发展规划", centre=True) + p("二、发展目标") + table(
    [["指标", "2015年", "2020年"], ["固定宽带家庭普及率（%）", "40", "60"]])


def test_a_directory_of_word_files_is_linted_with_places_in_json(tmp_path):
    (tmp_path / "plan.docx").write_bytes(package(BODY))
    proc = run("--format", "json", tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    jsonschema.validate(report, json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8")))
    [weaker] = [d for d in report["diagnostics"] if d["code"] == "PL102"]
    # paragraphs counted: title 1, heading 2, the header row's cells 3–5, the row's cells 6–8
    assert weaker["place"] == "表1 第2行第3列" and weaker["line"] == 8
    assert weaker["heading_path"] == ["二、发展目标"]


def test_word_from_standard_input(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "planlint", "--stdin-filename", "plan.docx", "-"],
                          input=package(BODY), capture_output=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 1, proc.stderr
    # the place, then the heading path the table sits under
    assert "[表1 第2行第3列 · 二、发展目标] PL102" in proc.stdout.decode("utf-8")


def test_a_broken_word_file_is_one_pl001_and_no_encoding_advice(tmp_path):
    (tmp_path / "draft.docx").write_bytes(b"PK\x03\x04 broken")
    proc = run(tmp_path / "draft.docx")
    assert "PL001" in proc.stdout and "UTF-8" not in proc.stdout and "Traceback" not in proc.stderr


def test_sarif_carries_the_place(tmp_path):
    (tmp_path / "plan.docx").write_bytes(package(BODY))
    sarif = json.loads(run("--format", "sarif", tmp_path / "plan.docx").stdout)
    places = [r["properties"].get("place") for r in sarif["runs"][0]["results"]]
    assert "表1 第2行第3列" in places and all(places)
