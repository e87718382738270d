"""Every code says what it finds with templates: the Chinese and the English both render from
them, and the English holds no Chinese but the names it quotes (arguments that are names).

A small corpus triggers every code in-process; each finding's message (and hint, expected,
actual) must be a Text, and rendered in English with every name argument blanked out it must
have no CJK character outside “…” quotes (citations of the national text quote its headings).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from planlint.messages import Joined, Text
from planlint.readers.source import SourceText

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

ALL_CODES = ("PL001", "PL002", "PL003", "PL004", "PL010", "PL011", "PL012", "PL101", "PL102", "PL103", "PL104",
             "PL105", "PL106", "PL107", "PL111", "PL112", "PL113", "PL114", "PL115", "PL201", "PL202", "PL203",
             "PL204", "PL205", "PL206", "PL900")

PROVINCE = "title: 测试规划\nlevel: province\nregion: 江苏省\nperiod: {start: 2016, end: 2020}\n"
VALUES = PROVINCE + """\
indicators:
  - {name: 固定宽带家庭普及率, unit: "%", base: {year: 2015, value: 40}, target: {year: 2020, value: "<75"}}
  - {name: 信息消费规模, unit: 万亿元, target: {year: 2020, value: 2}, growth: "5"}
  - {name: 移动宽带用户普及率, unit: "%", base: {year: 2015, value: 很多}, target: {year: 2020, value: 90}}
  - {name: 网络零售额, unit: 万亿元}
  - {name: 社会保障卡普及率, unit: 斤, target: {year: 2020, value: 95}}
  - {name: 信息产业收入规模, base: {year: 2015, value: 10}, target: {year: 2020, value: 26}}
  - {name: 贫困村宽带网络覆盖率, base: {year: 2015, value: 78}, target: {year: 2020, value: 0.95}}
  - {name: 光纤入户用户占比, unit: "%", target: {value: 85}}
  - {name: 本省自设覆盖率, unit: "%", base: {year: 2015, value: 120}, target: {year: 2020, value: 130}}
  - {name: 电子政务服务覆盖率, unit: "%", target: {year: 2018, value: 90}}
"""
ACTIONS = """\
title: 山西省“十三五”信息化发展规划
level: province
region: 山西省
period: {start: 2016, end: 2020}
actions:
  - title: 云数据中心建设行动
    body: 统筹数据中心布局。到2020年，新建大型云计算数据中心PUE值不高于1.6。
sections:
  - heading: 三、主要任务
    body: 推进网络扶贫和信息惠民。
"""
PROSE = PROVINCE + """\
indicators:
  - {name: 固定宽带家庭普及率, unit: '%', target: {year: 2020, value: 75}}
sections:
  - heading: 二、发展目标
    body: 到2020年，固定宽带家庭普及率达到65%。
"""
FILES = {
    "empty.yaml": b"# nothing\n",
    "broken.yaml": "title: [unclosed\n".encode(),
    "binary.yaml": b"title: \x00\x01 binary\n",
    "utf32.yaml": "title: x\n".encode("utf-32"),
    "schema.yaml": ("title: x\nlevel: 省级\nregion: 甘肃省\nindicator: []\nperiod: 2020\n"
                    "indicators:\n  - {name: 固定宽带家庭普及率, name: 重复}\n").encode(),
    "tag.yaml": "title: !!python/object/apply:os.system ['true']\nlevel: province\n".encode(),
    "nolevel.yaml": "title: 某规划\nindicators:\n  - {name: 光纤入户用户占比, unit: '%', target: {value: 85}}\n".encode(),
    "later.yaml": PROVINCE.replace("2016, end: 2020", "2021, end: 2025").encode(),
    "values.yaml": VALUES.encode(),
    "actions.yaml": ACTIONS.encode(),
    "prose.yaml": PROSE.encode(),
    "front-matter.md": "---\nlevel: 省级\nregion: [甘肃省]\n---\n# 甘肃省信息化规划\n".encode(),
    "unclosed.md": "---\nlevel: province\n# 甘肃省信息化规划\n".encode(),
}
COMMENTS = {9: "  # planlint: disable=PL113 -- 误写", 16: "  # planlint: disable=PL102", 12: "  # planlint: disable=PL999 -- 无",
            13: "  # planlint: frobnicate", 14: "  # planlint: disable -- 没写代码"}
WAIVERS = ("waivers:\n  - {code: PL204, subject: 没有理由的豁免}\n  - {code: PL999, subject: 不存在, reason: 写错了}\n"
           "  - {code: PL102, subject: 信息化发展指数, paths: [x.yaml], reason: 已修正}\n")


def _suppressed_gaps() -> bytes:
    lines = (EXAMPLES / "gansu-province-gaps.yaml").read_text(encoding="utf-8").split("\n")
    for number, comment in COMMENTS.items():
        lines[number] += comment
    return "\n".join(lines).encode()


@pytest.fixture(scope="module")
def findings(linter, pack, tmp_path_factory) -> dict[str, list]:
    from planlint.policy.suppressions import apply_directives, load_waivers, scan, unused_waivers

    known = set(ALL_CODES)
    files = dict(FILES)
    files.update({p.name: p.read_bytes() for p in EXAMPLES.rglob("*") if p.suffix in (".yaml", ".md")})
    by_code = defaultdict(list)
    for name, data in files.items():
        for d in linter.lint_bytes(name, data).diagnostics:
            by_code[d.code].append(d)
    gaps = _suppressed_gaps()
    report = linter.lint_bytes("gaps.yaml", gaps)
    directives, problems = scan("gaps.yaml", SourceText(gaps.decode()), known)
    waiver_file = tmp_path_factory.mktemp("waivers") / "waivers.yaml"
    waiver_file.write_text(WAIVERS, encoding="utf-8")
    waivers, waiver_problems = load_waivers(waiver_file, known)
    for w in waivers:
        w.applied_somewhere = True
    for d in apply_directives(report.diagnostics, directives, "gaps.yaml") + problems + waiver_problems \
            + unused_waivers(waivers, "waivers.yaml"):
        by_code[d.code].append(d)
    return by_code


@pytest.fixture(scope="module")
def internal_errors(pack) -> list:
    from planlint.analysis.context import CheckContext
    from planlint.run.engine import Linter

    original = CheckContext.required

    def broken(self, ind):
        raise RuntimeError("boom")
    CheckContext.required = broken
    try:
        report = Linter(pack).lint_bytes("gaps.yaml", (EXAMPLES / "gansu-province-gaps.yaml").read_bytes())
    finally:
        CheckContext.required = original
    return [d for d in report.diagnostics if d.code == "PL900"]


_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def _without_quotes(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def english_with_names_blanked(value) -> str:
    """The English of a text, every argument that is a name (a plain string) shown as NAME."""
    if isinstance(value, Text):
        return value.template.en.format_map({k: english_with_names_blanked(v) for k, v in value.args.items()})
    if isinstance(value, str):
        return "NAME"
    if isinstance(value, Joined):
        return ", ".join(english_with_names_blanked(i) for i in value.items)
    if value is None or isinstance(value, int):
        return str(value)
    return value.render("en")          # quantities, units, citations


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_renders_both_languages_from_templates(code, findings, internal_errors):
    found = internal_errors if code == "PL900" else findings.get(code, [])
    assert found, f"the corpus no longer triggers {code}"
    for d in found:
        assert isinstance(d.message, Text) and d.message_id.startswith(code), (d.message_id, d.message)
        for text in (d.message, d.hint, d.expected, d.actual):
            if text is None:
                continue
            assert isinstance(text, Text), (code, text)
            assert str(text) == text.template.zh.format_map(
                {k: v if isinstance(v, str) else (v.render("zh") if hasattr(v, "render") else str(v))
                 for k, v in text.args.items()})
            english = english_with_names_blanked(text)
            assert not _CJK.findall(_without_quotes(english)), (code, text.id, english)
