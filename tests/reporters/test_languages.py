"""`--lang en`: every code in English, with Chinese left only in quoted names.

A corpus of plans written here (plus the examples) triggers every code; the English report
must hold no CJK character in `message`, `expected`, `actual`, `hint` or `source` outside
“…”/「…」 quotes (the canonical names of national items and the plan's own names, which stay
Chinese on purpose), and `--lang zh` must be exactly the default report.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

ALL_CODES = {"PL001", "PL002", "PL003", "PL010", "PL011", "PL012", "PL101", "PL102", "PL103", "PL104",
             "PL105", "PL106", "PL107", "PL111", "PL112", "PL113", "PL114", "PL115", "PL201", "PL202",
             "PL203", "PL204", "PL205", "PL206", "PL900"}
CHECKED_FIELDS = ("message", "expected", "actual", "hint", "source")

# Han ideographs (with extensions and compatibility forms), CJK radicals, CJK symbols and
# punctuation (、。〔〕「」), kana, bopomofo, CJK compatibility punctuation and full-width forms
# (（）：，；＞～): what a Chinese sentence leaves behind when it is not translated
_CJK = re.compile("[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
                  "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_PAIRS = {"“": "”", "「": "」"}


def unquoted(text: str) -> str:
    """text without its quoted spans (“…”, 「…」, nested ones included). A quote that is never
    closed protects nothing: what follows it counts as unquoted."""
    out: list[str] = []
    stack: list[str] = []
    start = 0                      # where the outermost open quote began in text
    for i, ch in enumerate(text):
        if ch in _PAIRS and not (stack and ch == stack[-1]):
            if not stack:
                start = i
            stack.append(_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif not stack:
            out.append(ch)
    if stack:                      # unbalanced: the rest after the opening quote is unquoted
        out.append(unquoted(text[start + 1:]))
    return "".join(out)


def stray_cjk(text: str) -> list[str]:
    return _CJK.findall(unquoted(text or ""))


@pytest.mark.parametrize("text,stray", [
    ("The target for “固定宽带家庭普及率” is weaker", []),
    ("Did you mean “甲”, “乙”?", []),
    ("Box 4 “乡村“宽带”工程”", []),                 # nested quotes
    ("the key 「指标」 twice", []),
    ("≥70% (2020), 38 trillion yuan, 10,000 people", []),
    ("unit: 万人", ["万", "人"]),
    ("not set（2020年）", ["（", "年", "）"]),
    ("[24]", []), ("〔24〕", ["〔", "〕"]),
    ("“unclosed 国家", ["国", "家"]),               # an open quote protects nothing
    ("closed” 国家", ["国", "家"]),
    ("line 3：", ["："]),
])
def test_stray_cjk_predicate(text, stray):
    assert stray_cjk(text) == stray


# ------------------------------------------------------------------------ the corpus

INDICATORS = """\
- name: 固定宽带家庭普及率
  unit: "%"
  base: {year: 2015, value: 40}
  target: {year: 2020, value: "<75"}
- name: 信息消费规模
  unit: 万亿元
  target: {year: 2020, value: 2}
  growth: "5"
- name: 移动宽带用户普及率
  unit: "%"
  base: {year: 2015, value: 很多}
  target: {year: 2020, value: 90}
- name: 电子商务交易规模
  unit: 万亿元
  base: {year: 2015, value: 20}
  target: {year: 2020, value: 45}
  growth: 很快
- name: 网络零售额
  unit: 万亿元
- name: 社会保障卡普及率
  unit: 斤
  target: {year: 2020, value: 95}
- name: 信息产业收入规模
  base: {year: 2015, value: 10}
  target: {year: 2020, value: 26}
- name: 贫困村宽带网络覆盖率
  base: {year: 2015, value: 78}
  target: {year: 2020, value: 95}
- name: 光纤入户用户占比
  unit: "%"
  target: {value: 85}
- name: 本省自设覆盖率
  unit: "%"
  base: {year: 2015, value: 120}
  target: {year: 2020, value: 130}
"""

ACTIONS = """\
title: 山西省“十三五”信息化发展规划
level: province
region: 山西省
period: {start: 2016, end: 2020}
actions:
  - title: 云数据中心建设行动
    body: 统筹数据中心布局。到2020年，新建大型云计算数据中心PUE值不高于1.5。
sections:
  - heading: 三、主要任务
    sections:
      - heading: （二）提升社会治理水平
        body: 推进平安城市建设。
"""

PROSE = ("title: 某省规划\nlevel: province\nregion: 江苏省\nindicators:\n"
         "  - name: 固定宽带家庭普及率\n    unit: '%'\n    target: {year: 2020, value: 75}\n"
         "sections:\n  - heading: 一、发展现状\n    body: 2015年，固定宽带家庭普及率达到52%。\n"
         "  - heading: 二、发展目标\n    body: 到2020年，固定宽带家庭普及率达到65%，电子诉讼占比达到20%。\n")

NO_LEVEL = ("title: 某规划\nindicators:\n"
            "  - name: 光纤入户用户占比\n    unit: '%'\n    target: {value: 85}\n")

WAIVERS = ("waivers:\n"
           "  - code: PL204\n    subject: 没有理由的豁免\n"
           "  - code: PL999\n    subject: 不存在的代码\n    reason: 写错了\n"
           "  - code: PL102\n    subject: 信息化发展指数\n    paths: [plans/values.yaml]\n    reason: 已修正\n")


def suppressed_gaps() -> str:
    lines = (EXAMPLES / "gansu-province-gaps.yaml").read_text(encoding="utf-8").split("\n")
    lines[9] += "  # planlint: disable=PL113 -- 误写"          # suppresses nothing: PL011
    lines[16] += "  # planlint: disable=PL102"                 # no reason: PL010
    lines[12] += "  # planlint: disable=PL999 -- 不存在的代码"   # PL012, an unknown code
    lines[13] += "  # planlint: frobnicate"                     # PL012, not a directive
    lines[14] += "  # planlint: disable -- 没写代码"             # PL012, no code
    return "\n".join(lines)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("i18n")
    plans = root / "plans"
    plans.mkdir()
    texts = {
        "gaps.yaml": suppressed_gaps(),
        "values.yaml": ("title: 测试规划\nlevel: province\nregion: 江苏省\nperiod: {start: 2016, end: 2020}\n"
                        "indicators:\n" + textwrap.indent(INDICATORS, "  ")),
        "actions.yaml": ACTIONS,
        "prose.yaml": PROSE,
        "nolevel.yaml": NO_LEVEL,
        "broken.yaml": "title: [unclosed\n",
        "empty.yaml": "# 只有注释\n",
        "schema.yaml": ("title: x\nlevel: 省级\nregion: 甘肃省\nindicator: []\nperiod: 2020\n"
                        "indicators:\n  - {name: 固定宽带家庭普及率, name: 重复}\n"),
        "front-matter.md": "---\nlevel: 省级\nregion: [甘肃省]\n---\n# 甘肃省信息化规划\n",
        "unclosed.md": "---\nlevel: province\n# 甘肃省信息化规划\n",
        "tag.yaml": "title: !!python/object/apply:os.system ['true']\nlevel: province\n",
    }
    for name, text in texts.items():
        (plans / name).write_text(text, encoding="utf-8")
    (plans / "binary.yaml").write_bytes(b"title: \x00\x01\x02 binary\n")
    (plans / "utf16.yaml").write_bytes("title: 规划\nlevel: province\n".encode("utf-16-le"))
    for name in ("guangxi-without-asean-harbour.yaml", "hrss-ministry.yaml", "ministry-agriculture.yaml",
                 "smart-city-review-only.yaml", "chengdu-city.yaml", "markdown/pasted-city.md",
                 "markdown/hubei-province.md"):
        (plans / Path(name).name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    (root / "waivers.yaml").write_text(WAIVERS, encoding="utf-8")
    return root


def run(corpus: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", "plans", "--waivers", "waivers.yaml", *args],
                          capture_output=True, text=True, cwd=corpus, env=dict(os.environ), timeout=300)


@pytest.fixture(scope="module")
def english(corpus) -> list[dict]:
    p = run(corpus, "--lang", "en", "--format", "json")
    assert p.returncode == 1, p.stderr
    return json.loads(p.stdout)["diagnostics"]


def test_corpus_triggers_every_code_but_the_internal_error(english):
    assert {d["code"] for d in english} == ALL_CODES - {"PL900"}


def test_every_english_finding_is_english_outside_quoted_names(english):
    leaks = [(d["code"], key, d[key]) for d in english for key in CHECKED_FIELDS
             if d.get(key) and stray_cjk(d[key])]
    assert not leaks, "\n".join(map(str, leaks[:20]))


def test_no_english_finding_falls_back_to_its_summary(english):
    from planlint.checks.registry import BY_CODE

    assert not [d for d in english if d["message"].startswith(BY_CODE[d["code"]].summary_en + ":")]


def test_structure_and_names_stay(english):
    pl102 = next(d for d in english if d["code"] == "PL102" and d["subject"] == "固定宽带家庭普及率"
                 and d["path"].endswith("gaps.yaml"))
    assert pl102["source"] == "Section 2(3) Development goals, main indicator table, row 6"
    assert pl102["expected"] == "≥70% (2020)" and pl102["actual"] == "65% (2020)"
    assert pl102["message"].startswith("The target for “Fixed broadband household penetration rate (固定宽带家庭普及率)” is weaker than the national target")
    scale = next(d for d in english if d["code"] == "PL102" and d["subject"] == "信息消费规模"
                 and d["path"].endswith("gaps.yaml"))
    assert "42 billion yuan in 2015" in scale["message"] and scale["expected"].startswith("annual growth 13.4%")
    pl106 = next(d for d in english if d["code"] == "PL106")
    assert pl106["actual"] == "unit: 10,000 people"
    pl204 = next(d for d in english if d["code"] == "PL204")
    assert re.fullmatch(r"Section \d+\(\d+\) Box \d+( “.+”)?", pl204["source"])
    pl206 = next(d for d in english if d["code"] == "PL206")
    assert re.fullmatch(r"Annex: division of key tasks, item \d+", pl206["source"])
    # the plan's own names are quoted, the canonical subject is unchanged
    pl113 = [d for d in english if d["code"] == "PL113" and "“本省自设覆盖率”" in d["message"]]
    assert len(pl113) == 2 and all(d["subject"] is None for d in pl113)


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github", "gitlab", "junit"])
def test_lang_zh_is_the_default(corpus, fmt):
    default, zh = run(corpus, "--format", fmt, "--no-color"), run(corpus, "--format", fmt, "--no-color", "--lang", "zh")
    assert default.returncode == zh.returncode == 1
    assert default.stdout == zh.stdout and default.stdout


@pytest.mark.parametrize("fmt", ["sarif", "github", "gitlab", "junit"])
def test_ci_formats_carry_the_english_findings(corpus, english, fmt):
    out = run(corpus, "--lang", "en", "--format", fmt).stdout
    for d in english:
        if d["code"] in ("PL102", "PL201", "PL001"):
            assert d["message"].split("“")[0][:40] in out


def test_text_report_frame_is_english(corpus):
    p = run(corpus, "--lang", "en", "--no-color", "-v")
    assert p.returncode == 1
    headers = 0
    for line in p.stdout.splitlines():
        if line.startswith("plans/"):          # a file header: path (level, region or department)
            headers += 1
            assert re.search(r" — \d+ error\(s\), \d+ warning\(s\), \d+ info$", line), line   # its counts
            # names as the plan writes them; a ministry's with its English name: (ministry, English (中文), …)
            line = re.sub(r" \((?:[^()]|\([^()]*\))*\)( — [^—]*)?$", "", line)
        line = line.split("Evidence: ")[0]     # evidence quotes the plan's own text
        assert not stray_cjk(line), line
    assert headers >= 10
    assert "(ministry, Ministry of Human Resources and Social Security (人力资源社会保障部), 2016–2020)" in p.stdout
    assert "Inferred: level: city, region: “宜昌市” (from the title)" in p.stdout
    assert re.search(r"Checked \d+ file\(s\): \d+ error\(s\), \d+ warning\(s\), \d+ info", p.stdout)


# ------------------------------------------------------------------------ PL900

def english_json(capsys, *argv: str) -> list[dict]:
    from planlint.cli import main

    code = main([*argv, "--lang", "en", "--format", "json", "--isolated"])
    assert code == 1
    return json.loads(capsys.readouterr().out)["diagnostics"]


def test_internal_error_in_a_check(monkeypatch, capsys):
    from planlint.analysis.context import CheckContext

    def broken(self, ind):
        raise RuntimeError("boom")
    monkeypatch.setattr(CheckContext, "required", broken)
    diags = english_json(capsys, str(EXAMPLES / "gansu-province-gaps.yaml"))
    pl900 = [d for d in diags if d["code"] == "PL900"]
    assert pl900 and pl900[0]["message"] == "planlint internal error: check PL101 failed (RuntimeError: boom)"
    assert pl900[0]["hint"].startswith("This is a planlint bug, not a problem of the plan")
    assert not [(d["code"], k) for d in diags for k in CHECKED_FIELDS if d.get(k) and stray_cjk(d[k])]


def test_internal_error_preparing_the_checks(monkeypatch, capsys):
    import planlint.run.engine

    def broken(*args, **kwargs):
        raise ValueError("bad")
    monkeypatch.setattr(planlint.run.engine, "build_context", broken)
    diags = english_json(capsys, str(EXAMPLES / "gansu-province-gaps.yaml"))
    assert [d["message"] for d in diags if d["code"] == "PL900"] == [
        "planlint internal error: failed while preparing the checks (ValueError: bad)"]
    assert not [(d["code"], k) for d in diags for k in CHECKED_FIELDS if d.get(k) and stray_cjk(d[k])]


def test_unknown_message_falls_back_to_summary_and_detail():
    """A message no rule knows keeps its Chinese detail after the English summary, never fails."""
    from planlint.diagnostics import Diagnostic
    from planlint.i18n import Catalog
    from planlint.model import Location

    d = Diagnostic("p.yaml", Location(1, 1), "PL012", "warning", "新的说法")
    assert Catalog("en").localize(d, "summary").message == "An unrecognised planlint directive, or a code that does not exist: 新的说法"
    assert Catalog("zh").localize(d) is d


@pytest.mark.parametrize("text,nested", [
    ("未部署““甲”行动”", "未部署“‘甲’行动”"),
    ("“a“b“c”b”a”", "“a‘b“c”b’a”"),
    ("“甲”与“乙”", "“甲”与“乙”"),                 # side by side, not nested
    ("“甲“乙”", "“甲“乙”"),                       # unpaired: left alone
    ("”甲“", "”甲“"),
    (None, None),
])
def test_quotes_in_quotes_are_nested_as_chinese_typesetting_does(text, nested):
    from planlint.i18n import nest_quotes
    assert nest_quotes(text) == nested


def test_reports_nest_quotes_but_subjects_stay_as_written(lint):
    from planlint.i18n import Catalog
    from planlint.diagnostics import Diagnostic
    from planlint.model import Location

    d = Diagnostic("p.yaml", Location(1, 1), "PL201", "error", "规划未部署国家优先行动““甲”行动”", subject="“甲”行动")
    shown = Catalog("zh").localize(d)
    assert shown.message.endswith("“‘甲’行动”") and shown.subject == "“甲”行动"
