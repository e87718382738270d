"""Property-based tests (hypothesis): whatever arrives, no exception escapes and every finding
is located inside the file.

Random text, and valid example plans mutated character by character with the characters that
matter to YAML and Markdown, go into read_plan and the whole Linter.lint_bytes; value strings
go into parse_quantity. Settings are fixed for CI: derandomized (the same examples every run,
no example database), a deliberate number of examples per test (about 4,000 in all, about 30 s)
and no per-example deadline (a slow CI machine must not fail a correct run; the hostile suite
bounds time).
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planlint.text.quantity import QuantityError, parse_quantity
from planlint.readers import read_plan
from planlint.readers.source import SourceError, decode
from planlint.text.units import parse_unit

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")

CI = dict(derandomize=True, database=None, deadline=None, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

YAML_CHARS = ":-[]{}&*!|>'\"#%@`,? \n\t\r0123456789.eE+~年%〔〕．：，。、\x00\x85\u2028\u202e\ufeff"
MD_CHARS = "#|>-*_`[]()<>!=~ \n\t\r0123456789.年%〔〕（）、：，。一二三四五六七八九十专栏指标行动" + "\x00\u2028\u202e"
VALUE_CHARS = "0123456789.,-+~−％%〔〕[]()（）eE万亿千百十一二三四五六七八九零〇点分之以上下不低于高超过达到≥≤<>=左右约元人件户个MbpsGT/兆比特秒 \u3000"


def _example_texts(suffix: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob(f"*{suffix}"))][:6]


YAML_SEEDS = _example_texts(".yaml")
MD_SEEDS = _example_texts(".md")


@st.composite
def mutated(draw: st.DrawFn, seeds: list[str], alphabet: str) -> str:
    """A seed plan with a few characters inserted, deleted or replaced, or a slice duplicated."""
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 6))):
        if not text:
            break
        i = draw(st.integers(0, len(text) - 1))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "duplicate", "truncate"]))
        piece = draw(st.text(st.sampled_from(alphabet), min_size=1, max_size=8))
        if kind == "insert":
            text = text[:i] + piece + text[i:]
        elif kind == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 40)):]
        elif kind == "replace":
            text = text[:i] + piece + text[i + len(piece):]
        elif kind == "duplicate":
            j = min(len(text), i + draw(st.integers(1, 200)))
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i]
    return text


def _encodings(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", errors="surrogatepass")
    return text.encode(how, errors="replace")


def _assert_located(diagnostics: list, data: bytes) -> None:
    last = _line_count(data) + 1
    for d in diagnostics:
        assert d.line >= 1 and d.column >= 1 and d.line <= last, (d.code, d.line, d.column, d.message, last)


def _line_count(data: bytes) -> int:
    """Lines of the file as decoded (a GB18030 file may hold a NEL line break UTF-8 doesn't see)."""
    try:
        text = decode(data)
    except SourceError:
        text = data.decode("utf-8", errors="replace")
    return len(_BREAKS.sub("\n", text).split("\n"))


encoding = st.sampled_from(["utf-8", "utf-8", "utf-8", "gb18030", "utf-16"])


# --- readers -------------------------------------------------------------------------------

@settings(max_examples=700, **CI)
@given(text=mutated(YAML_SEEDS, YAML_CHARS), how=encoding)
def test_mutated_yaml_reads_without_exception(text: str, how: str):
    data = _encodings(text, how)
    result = read_plan("p.yaml", data)
    _assert_located(result.diagnostics, data)


@settings(max_examples=500, **CI)
@given(text=mutated(MD_SEEDS, MD_CHARS), how=encoding)
def test_mutated_markdown_reads_without_exception(text: str, how: str):
    data = _encodings(text, how)
    result = read_plan("p.md", data)
    _assert_located(result.diagnostics, data)


@settings(max_examples=800, **CI)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".yaml", ".md"]))
def test_random_bytes_read_without_exception(data: bytes, suffix: str):
    result = read_plan("p" + suffix, data)
    _assert_located(result.diagnostics, data)


@settings(max_examples=600, **CI)
@given(text=st.text(st.sampled_from(YAML_CHARS + MD_CHARS + "abc规划指标"), max_size=300),
       suffix=st.sampled_from([".yaml", ".md"]))
def test_random_text_reads_without_exception(text: str, suffix: str):
    data = text.encode("utf-8", errors="surrogatepass")
    result = read_plan("p" + suffix, data)
    _assert_located(result.diagnostics, data)


# --- the whole linter ----------------------------------------------------------------------

@settings(max_examples=400, **CI)
@given(text=mutated(YAML_SEEDS, YAML_CHARS))
def test_mutated_yaml_lints_without_internal_error(linter, text: str):
    data = text.encode("utf-8", errors="surrogatepass")
    report = linter.lint_bytes("p.yaml", data)
    assert not [d for d in report.diagnostics if d.code == "PL900"], report.diagnostics
    _assert_located(report.diagnostics, data)


@settings(max_examples=400, **CI)
@given(text=mutated(MD_SEEDS, MD_CHARS))
def test_mutated_markdown_lints_without_internal_error(linter, text: str):
    data = text.encode("utf-8", errors="surrogatepass")
    report = linter.lint_bytes("p.md", data)
    assert not [d for d in report.diagnostics if d.code == "PL900"], report.diagnostics
    _assert_located(report.diagnostics, data)


@settings(max_examples=400, **CI)
@given(values=st.lists(st.one_of(st.text(st.sampled_from(VALUE_CHARS), max_size=20),
                                  st.integers(-10 ** 30, 10 ** 30), st.floats(), st.none(), st.booleans()),
                       min_size=1, max_size=4),
       unit=st.one_of(st.none(), st.text(st.sampled_from(VALUE_CHARS), max_size=6)))
def test_odd_values_in_a_plan_lint_without_internal_error(linter, values: list, unit):
    """Values of every shape in every value field: the checks must not fall over."""
    import json
    rows = []
    for i, v in enumerate(values):
        row = {"name": ["固定宽带家庭普及率", "电子商务交易规模", "网民数量", "移动宽带用户普及率"][i % 4],
               "base": {"year": 2015, "value": v}, "target": {"year": 2020, "value": v}, "growth": v}
        if unit is not None:
            row["unit"] = unit
        rows.append(row)
    # JSON is YAML: floats like nan/inf are written as YAML spells them
    text = "title: 某省规划\nlevel: province\nregion: 广东省\nindicators: " + json.dumps(rows, ensure_ascii=False) \
        .replace("NaN", ".nan").replace("-Infinity", "-.inf").replace("Infinity", ".inf") + "\n"
    data = text.encode("utf-8")
    report = linter.lint_bytes("p.yaml", data)
    assert not [d for d in report.diagnostics if d.code == "PL900"], report.diagnostics
    _assert_located(report.diagnostics, data)


# --- values --------------------------------------------------------------------------------

@settings(max_examples=1500, **CI)
@given(raw=st.one_of(st.text(st.sampled_from(VALUE_CHARS), max_size=30), st.text(max_size=30),
                     st.integers(), st.floats(), st.none(), st.booleans()),
       hint=st.one_of(st.none(), st.text(st.sampled_from(VALUE_CHARS), max_size=8), st.text(max_size=8)))
def test_parse_quantity_only_raises_quantity_error(raw, hint):
    try:
        q = parse_quantity(raw, hint)
    except QuantityError as err:
        assert str(err)      # says why, for the finding's message
        return
    import math
    assert math.isfinite(q.value) and (q.upper is None or math.isfinite(q.upper))
    q.describe()
    if q.unit is not None:
        q.converted(q.unit)


@settings(max_examples=500, **CI)
@given(text=st.text(max_size=20))
def test_parse_unit_never_raises(text: str):
    parse_unit(text)
