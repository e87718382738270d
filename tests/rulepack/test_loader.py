import copy
import re
import shutil

import pytest
import yaml

from planlint.rulepack import RulePackError, load_pack
from planlint.rulepack.loader import resolve_pack_dir

MAIN_TABLE = "“十三五”信息化发展主要指标"


def test_main_table_complete(pack):
    rows = sorted(i.row for i in pack.indicators if i.row is not None)
    assert rows == list(range(1, 18))


def test_goal_targets_present_with_regions(pack):
    midwest = pack.indicator("中西部农村家庭宽带普及率")
    assert midwest.target.value == 40 and "甘肃省" in midwest.applies_regions
    assert pack.indicator("行政村光纤通达率").target.value == 98
    assert pack.indicator("城镇地区宽带接入服务能力").target.unit.symbol == "Mbps"


def test_minimum_required_set_for_provinces(pack):
    required = {i.name for i in pack.indicators if "province" in i.required_levels}
    assert required >= {"光纤入户用户占总宽带用户的比率", "固定宽带家庭普及率", "移动宽带用户普及率",
                        "贫困村宽带网络覆盖率", "信息消费规模", "电子商务交易规模", "网络零售额",
                        "社会保障卡普及率", "电子健康档案城乡居民覆盖率", "基本公共服务事项网上办理率"}


def _table_rows(seed: str) -> list[str]:
    """The main table of the seed as a list of stripped cell lines."""
    start = seed.index(MAIN_TABLE)
    end = seed.index("注：", start)
    return [line.strip() for line in seed[start:end].splitlines() if line.strip()]


def test_every_citation_occurs_in_the_national_text(pack, seed_text):
    cells = _table_rows(seed_text)
    flat = re.sub(r"\s+", "", seed_text)
    for ind in pack.indicators:
        for cit in filter(None, (ind.citation, ind.goal_citation)):
            parts = cit.quote.split(" | ")
            if len(parts) == 1:
                assert re.sub(r"\s+", "", cit.quote) in flat, f"{ind.id}: {cit.quote}"
                continue
            i = cells.index(parts[0])  # the row's name cell, then its value cells in order
            assert cells[i:i + len(parts)] == parts, f"{ind.id}: {cit.quote}"


def test_table_values_are_the_cited_ones(pack):
    for ind in (i for i in pack.indicators if i.row is not None):
        cells = ind.citation.quote.split(" | ")
        assert cells[1] == ind.base.text and cells[2] == ind.target.text, ind.id
        if ind.growth is not None:
            assert cells[3] == ind.growth.text


def test_printed_growth_matches_table_within_rounding(pack):
    """The national table's own growth figures follow from its 2015 and 2020 values."""
    from planlint.analysis.growth import implied_growth_range
    for ind in pack.indicators:
        if ind.kind != "scale" or ind.growth is None or ind.base is None:
            continue
        lo, mid, hi = implied_growth_range(ind.base, ind.target, ind.target_year - ind.base_year)
        assert lo - 0.1 <= ind.growth.value <= hi + 0.1, ind.id


def _string_constants(tree):
    """String literals of a module, docstrings excluded."""
    import ast
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


def test_no_national_names_in_code(pack):
    """The pack's indicator names and aliases appear in no string literal of the code."""
    import ast
    from pathlib import Path
    import planlint
    names = {n for i in pack.indicators for n in (i.name, *i.aliases) if len(n) >= 4}
    for py in Path(planlint.__file__).parent.rglob("*.py"):
        tree = ast.parse(py.read_text(encoding="utf-8"))
        for literal in _string_constants(tree):
            hits = [n for n in names if n in literal]
            assert not hits, f"{py.name}: national name {hits[0]} written in code"


def _copy_pack(tmp_path):
    dst = tmp_path / "pack"
    shutil.copytree(resolve_pack_dir(None), dst)
    return dst


def test_broken_pack_is_a_clear_error(tmp_path):
    d = _copy_pack(tmp_path)
    data = yaml.safe_load((d / "indicators.yaml").read_text(encoding="utf-8"))
    data["indicators"][0]["kind"] = "sideways"
    (d / "indicators.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_pack(str(d))
    assert "rulepack.schema.json" in str(err.value) and "sideways" in str(err.value)


def test_unparseable_pack_yaml(tmp_path):
    d = _copy_pack(tmp_path)
    (d / "indicators.yaml").write_text("indicators: [\n", encoding="utf-8")
    with pytest.raises(RulePackError):
        load_pack(str(d))


def test_second_pack_needs_no_code(tmp_path):
    """A pack for another plan (here: 2025 targets) loads and is used without code changes."""
    d = _copy_pack(tmp_path)
    manifest = yaml.safe_load((d / "pack.yaml").read_text(encoding="utf-8"))
    manifest["name"], manifest["target_year"] = "example-2025", 2025
    (d / "pack.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    data = yaml.safe_load((d / "indicators.yaml").read_text(encoding="utf-8"))
    for item in data["indicators"]:
        item["target"]["year"] = 2025
    (d / "indicators.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pack = load_pack(str(d))
    assert pack.name == "example-2025" and all(i.target_year == 2025 for i in pack.indicators)


def test_pack_cache_follows_every_edit(tmp_path, monkeypatch):
    """The parsed-pack cache is keyed by content: an edited pack is never served stale."""
    from planlint.rulepack.cache import pack_key
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path / "cache"))
    d = _copy_pack(tmp_path)
    first = load_pack(str(d))
    assert list((tmp_path / "cache").glob("pack-*.json"))          # written on first load
    key = pack_key(d)
    text = (d / "indicators.yaml").read_text(encoding="utf-8")
    (d / "indicators.yaml").write_text(text.replace('value: "70"}', 'value: "71"}', 1), encoding="utf-8")
    assert pack_key(d) != key
    edited = load_pack(str(d))
    assert first.indicator("固定宽带家庭普及率").target.value == 70
    assert edited.indicator("固定宽带家庭普及率").target.value == 71


def test_a_cached_pack_is_served_without_validation_only_under_its_schema(tmp_path, monkeypatch):
    """Only validated data is cached, keyed by the schema's text too: a pack served from the
    cache skips the validator, and another schema (another build) never reads the entry."""
    from planlint.rulepack import cache, loader
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path / "cache"))
    d = _copy_pack(tmp_path)
    validated: list[Path] = []
    real = loader.validate
    monkeypatch.setattr(loader, "validate", lambda data, where: validated.append(where) or real(data, where))
    load_pack(str(d))
    load_pack(str(d))
    assert validated == [d]                       # the second load came from the cache
    assert cache.pack_key(d, b"schema A") != cache.pack_key(d, b"schema B")
    broken = _copy_pack(tmp_path / "broken")
    data = yaml.safe_load((broken / "indicators.yaml").read_text(encoding="utf-8"))
    data["indicators"][0]["kind"] = "sideways"
    (broken / "indicators.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for _ in range(2):                            # an invalid pack is never cached, so it fails every time
        with pytest.raises(RulePackError):
            load_pack(str(broken))


def test_unwritable_cache_is_no_problem(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(blocker / "cache"))   # cannot be created
    assert load_pack().name == "national-13th"


def test_a_task_naming_an_action_the_pack_lacks_is_a_clear_error(tmp_path):
    d = _copy_pack(tmp_path)
    text = (d / "tasks.yaml").read_text(encoding="utf-8")
    (d / "tasks.yaml").write_text(text.replace("action: internet-plus-government-services",
                                               "action: internet-plus-everything"), encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_pack(str(d))
    assert "第44项" in str(err.value) and "internet-plus-everything" in str(err.value)
