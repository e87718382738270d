"""Departments carry their English names as pack data (name_en, successor_en), shown beside the
Chinese in English output only."""
import re
from pathlib import Path

from cli_helpers import run_planlint
from planlint.rulepack.loader import load_pack

ROOT = Path(__file__).resolve().parents[2]
PLAN = "examples/ministry-agriculture.yaml"


def test_every_department_and_successor_of_the_builtin_pack_has_an_english_name():
    pack = load_pack("national-13th")
    assert pack.departments
    for d in pack.departments:
        assert d.name_en and not re.search(r"[\u4e00-\u9fff]", d.name_en), d.name
        assert bool(d.successor) == bool(d.successor_en), d.name
    names = pack.english_names()
    assert names["农业部"] == "Ministry of Agriculture" and names["农业农村部"] == "Ministry of Agriculture and Rural Affairs"


def test_a_ministry_finding_names_the_departments_in_english_beside_the_chinese():
    en = run_planlint("--isolated", "--lang", "en", PLAN, cwd=ROOT).stdout
    assert ("“Ministry of Agriculture and Rural Affairs (农业农村部)” (formerly “Ministry of Agriculture (农业部)”)"
            in en)
    zh = run_planlint("--isolated", PLAN, cwd=ROOT).stdout
    assert "由农业农村部（原农业部）负责" in zh and "Ministry" not in zh
