"""Hostile and broken plans, generated at test time (nothing large is committed).

Each case is (file name, bytes, what must happen). The tests feed them to the library and,
for a representative subset, to the real command line under an address-space limit.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Callable, Optional

PLAIN_YAML = "title: 某省“十三五”信息化发展规划\nlevel: province\nregion: 广东省\n"
MD_HEAD = "# 广东省“十三五”信息化发展规划\n\n"


@dataclass(frozen=True)
class Case:
    name: str                       # test id
    filename: str
    make: Callable[[], bytes]
    code: Optional[str]             # the finding that must be there (None: none of PL001/PL002)
    line: Optional[int] = None      # where it must be, if the case pins it
    column: Optional[int] = None
    # a hang guard, not a speed test: CPU seconds the case may take (other load on the machine does
    # not count), at least ten times what it takes on a quiet 2-core machine
    seconds: float = 10.0
    words: tuple[str, ...] = ()     # words the message must contain (names the problem)


def _bomb(levels: int = 12, width: int = 10) -> str:
    lines = ["x-a0: &a0 [笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑]"]
    for i in range(1, levels):
        lines.append(f"x-a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def _long_string_aliases() -> str:
    big = "建设" * 200_000
    return PLAIN_YAML + f'x-b: &b "{big}"\nsections:\n' + "".join(
        f"  - {{heading: 第{i}节, body: *b}}\n" for i in range(2000))


def yaml_rows(n: int) -> str:
    out = [PLAIN_YAML.rstrip("\n"), "indicators:"]
    for i in range(n):
        out.append(f"  - {{name: 指标{i}号覆盖率, unit: '%', base: {{year: 2015, value: {i % 90}}}, "
                   f"target: {{year: 2020, value: '≥{i % 90 + 5}'}}, growth: '〔5〕'}}")
    return "\n".join(out) + "\n"


def md_rows(n: int) -> str:
    out = [MD_HEAD + "## 二、发展目标\n", "| 指标 | 2015年 | 2020年 | 年均增速（%） |", "| --- | --- | --- | --- |"]
    for i in range(n):
        out.append(f"| {i + 1}.指标{i}号覆盖率（%） | {i % 90} | {i % 90 + 5} | 〔5〕 |")
    return "\n".join(out) + "\n"


_PARAGRAPH = ("到2020年，全省固定宽带家庭普及率达到{a}%，移动宽带用户普及率达到{b}%，"
              "推进光纤到户改造和4G网络深度覆盖，建设数据中心和云计算平台，实施网络扶贫行动。")
# prose as plans mostly are: measures without figures (a target every few kilobytes, as in
# the national plan's own text)
_PROSE = ("坚持以信息化驱动现代化，加快建设网络强国，统筹推进信息基础设施建设、信息资源开发利用、"
          "信息技术产业发展和网络安全保障，深化电子政务，推动信息化与经济社会各领域深度融合，"
          "完善体制机制，强化人才支撑，营造良好环境。")


def big_markdown(target_bytes: int) -> bytes:
    """A plan of realistic shape (sections, prose with targets, small tables) of about that size."""
    parts = [MD_HEAD]
    size = len(parts[0].encode())
    k = 0
    while size < target_bytes:
        block = (f"## {k + 1}、第{k}部分\n\n### （一）重点任务{k}\n\n"
                 + _PARAGRAPH.format(a=60 + k % 30, b=70 + k % 20) + "\n\n"
                 + "\n\n".join(_PROSE * 3 for _ in range(8))
                 + "\n\n| 指标 | 2015年 | 2020年 |\n| --- | --- | --- |\n"
                 + f"| 指标{k}覆盖率（%） | {k % 50} | {k % 50 + 10} |\n\n")
        parts.append(block)
        size += len(block.encode())
        k += 1
    return "".join(parts).encode()


def big_yaml(target_bytes: int) -> bytes:
    parts = [PLAIN_YAML + "sections:\n"]
    size = len(parts[0].encode())
    k = 0
    while size < target_bytes:
        body = _PARAGRAPH.format(a=60 + k % 30, b=70 + k % 20) + _PROSE * 24
        block = f"  - heading: 第{k}部分\n    body: \"{body}\"\n"
        parts.append(block)
        size += len(block.encode())
        k += 1
    return "".join(parts).encode()


N = 100_000

CASES: list[Case] = [
    # --- encodings (issue 6, item 1)
    Case("utf8", "p.yaml", lambda: PLAIN_YAML.encode(), None),
    Case("utf8-bom", "p.yaml", lambda: codecs.BOM_UTF8 + PLAIN_YAML.encode(), None),
    Case("utf16-le-bom", "p.yaml", lambda: PLAIN_YAML.encode("utf-16"), None),
    Case("utf16-be-bom", "p.yaml", lambda: codecs.BOM_UTF16_BE + PLAIN_YAML.encode("utf-16-be"), None),
    Case("gb18030", "p.yaml", lambda: PLAIN_YAML.encode("gb18030"), None),
    Case("gbk-markdown", "p.md", lambda: (MD_HEAD + "## 一、发展目标\n\n到2020年，固定宽带家庭普及率达到75%。\n").encode("gbk"),
         None),
    Case("utf16-le-no-bom", "p.yaml", lambda: PLAIN_YAML.encode("utf-16-le"), "PL001", 1, 1, words=("UTF-16LE",)),
    Case("utf16-be-no-bom", "p.yaml", lambda: PLAIN_YAML.encode("utf-16-be"), "PL001", 1, 1, words=("UTF-16BE",)),
    Case("utf32-bom", "p.yaml", lambda: PLAIN_YAML.encode("utf-32"), "PL001", 1, 1, words=("UTF-32",)),
    Case("utf32-no-bom", "p.yaml", lambda: PLAIN_YAML.encode("utf-32-le"), "PL001", 1, 1, words=("UTF-32LE",)),
    Case("latin1", "p.yaml", lambda: "title: café\n".encode("latin-1"), "PL001", 1, 11, words=("字节偏移10",)),
    # the column counts characters: 某省 are 2 characters but 6 bytes before the bad byte
    Case("utf8-broken-after-cjk", "p.yaml", lambda: "title: 某省".encode() + b"\xff\n", "PL001", 1, 10,
         words=("字节偏移13",)),
    Case("utf8-bom-broken", "p.yaml", lambda: codecs.BOM_UTF8 + b"title: ab\xff\n", "PL001", 1, 10,
         words=("字节偏移12",)),
    Case("utf16-bom-truncated", "p.yaml", lambda: PLAIN_YAML.encode("utf-16") + b"\x00", "PL001",
         words=("UTF-16",)),
    # --- binary and invisible characters (item 2)
    Case("png", "p.yaml", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "PL001"),
    Case("high-bytes-gb18030-would-take", "p.yaml", lambda: bytes(0x81 + (i * 37) % 0x7E for i in range(4000)),
         "PL001", words=("GB18030",)),
    Case("nul-byte", "p.yaml", lambda: b"title: abc\nlevel: x\x00\n", "PL001", 2, 9, words=("NUL", "字节偏移19")),
    Case("control-after-cjk", "p.md", lambda: (MD_HEAD + "某省\x07规划\n").encode(), "PL001", 3, 3,
         words=("U+0007",)),
    Case("c1-control", "p.yaml", lambda: "title: a\x85b\x9b\n".encode(), "PL001", 2, 2, words=("U+009B",)),
    Case("bidi-override", "p.yaml", lambda: "title: 某省\u202e规划\n".encode(), "PL001", 1, 10, words=("U+202E",)),
    Case("bidi-isolate-md", "p.md", lambda: (MD_HEAD + "正文\u2066隐藏\u2069\n").encode(), "PL001", 3, 3,
         words=("U+2066",)),
    Case("cr-line-ends", "p.yaml", lambda: b"title: a\rlevel: b\x01\r", "PL001", 2, 9),
    Case("empty", "p.yaml", lambda: b"", "PL001", 1, 1),
    Case("blank", "p.md", lambda: b" \n\t\n", "PL001", 1, 1),
    # --- YAML attacks and oddities (item 2)
    Case("python-tag", "p.yaml", lambda: PLAIN_YAML.encode() + b"x-run: !!python/object/apply:os.system ['touch {marker}']\n",
         "PL002", 4),
    Case("python-tag-front-matter", "p.md",
         lambda: b"---\nlevel: !!python/object/apply:os.system ['touch {marker}']\n---\n" + MD_HEAD.encode(),
         "PL002", 2),
    Case("python-name-tag", "p.yaml", lambda: PLAIN_YAML.encode() + b"x-f: !!python/name:os.system\n", "PL002", 4),
    Case("billion-laughs", "p.yaml", lambda: (PLAIN_YAML + _bomb()).encode(), "PL001", words=("别名",)),
    Case("billion-laughs-front-matter", "p.md", lambda: ("---\n" + _bomb() + "---\n" + MD_HEAD).encode(), "PL001",
         words=("别名",)),
    Case("long-string-aliases", "p.yaml", lambda: _long_string_aliases().encode(), "PL001", words=("别名",)),
    Case("nesting-flow-100k", "p.yaml", lambda: ("title: " + "[" * N + "]" * N + "\n").encode(), "PL001", 1),
    Case("nesting-flow-map-100k", "p.yaml", lambda: ("title: " + "{a: " * N + "}" * N + "\n").encode(), "PL001", 1),
    Case("nesting-flow-unclosed", "p.yaml", lambda: ("title: " + "[" * N + "\n").encode(), "PL001", 1),
    Case("nesting-block-seq-100k", "p.yaml", lambda: ("title:\n" + "- " * N + "x\n").encode(), "PL001", 2),
    Case("nesting-block-indent", "p.yaml", lambda: "".join(" " * i + f"k{i}:\n" for i in range(1000)).encode(),
         "PL001"),
    Case("nesting-front-matter", "p.md", lambda: ("---\nlevel: " + "[" * 50_000 + "\n---\n" + MD_HEAD).encode(),
         "PL001", 2),
    Case("nesting-front-matter-block", "p.md", lambda: ("---\nlevel:\n" + "- " * 50_000 + "x\n---\n" + MD_HEAD).encode(),
         "PL001", 3),
    Case("nesting-markdown-quotes", "p.md", lambda: (MD_HEAD + ">" * N + " 某段\n").encode(), None),
    Case("nesting-markdown-lists", "p.md", lambda: (MD_HEAD + "".join("  " * i + "- 项\n" for i in range(2000))).encode(),
         None, seconds=15),      # ≈1.2 s CPU
    Case("duplicate-key", "p.yaml", lambda: (PLAIN_YAML + "level: city\n").encode(), "PL002", 4, words=("重复",)),
    Case("duplicate-key-front-matter", "p.md", lambda: ("---\nlevel: province\nlevel: city\n---\n" + MD_HEAD).encode(),
         "PL002", 3, words=("重复", "第2行")),
    Case("nan", "p.yaml", lambda: (PLAIN_YAML + "indicators:\n  - name: 固定宽带家庭普及率\n"
                                   "    target: {year: 2020, value: .nan}\n").encode(), "PL002", 6, 33),
    Case("inf", "p.yaml", lambda: (PLAIN_YAML + "indicators:\n  - name: 固定宽带家庭普及率\n"
                                   "    target: {year: 2020, value: -.inf}\n").encode(), "PL002", 6, 33),
    Case("1e999", "p.yaml", lambda: (PLAIN_YAML + "indicators:\n  - name: 固定宽带家庭普及率\n"
                                     "    target: {year: 2020, value: 1.0e+999}\n").encode(), "PL002", 6, 33),
    Case("1e999-plain", "p.yaml", lambda: (PLAIN_YAML + "indicators:\n  - name: 固定宽带家庭普及率\n"
                                           "    target: {year: 2020, value: 1e999}\n").encode(), "PL105", 6, 33,
         words=("有限",)),
    Case("huge-int", "p.yaml", lambda: (PLAIN_YAML + "indicators:\n  - name: 固定宽带家庭普及率\n"
                                        "    target: {year: 2020, value: " + "9" * 5000 + "}\n").encode(), None),
    Case("multiple-documents", "p.yaml", lambda: (PLAIN_YAML + "---\ntitle: b\n").encode(), "PL001", 4),
    Case("unclosed-front-matter", "p.md", lambda: ("---\nlevel: province\n" + MD_HEAD).encode(), "PL001", 1),
    Case("key-is-a-map", "p.yaml", lambda: b"? {a: 1}\n: b\n", "PL002", 1),
    # --- size (item 3)
    Case("rows-20000-yaml", "p.yaml", lambda: yaml_rows(20_000).encode(), None, seconds=60),    # ≈5.5 s CPU
    Case("rows-20000-markdown", "p.md", lambda: md_rows(20_000).encode(), None, seconds=60),   # ≈4.2 s CPU
    Case("one-line-2mb-markdown", "p.md", lambda: (MD_HEAD + "到" * 2_000_000 + "\n").encode(), None),
    Case("one-line-prose-2mb", "p.md", lambda: (MD_HEAD + "## 五、重点行动\n\n### （一）网络扶贫行动\n\n"
                                                + "推进网络扶贫，" * 300_000 + "\n").encode(), None,
         seconds=50),    # ≈4.7 s CPU
    Case("long-title", "p.md", lambda: ("# 2016" + " " * 200_000 + "x\n").encode(), None),
    Case("value-strings", "p.yaml", lambda: (PLAIN_YAML + "indicators:\n" + "".join(
        f"  - name: 固定宽带家庭普及率{i}\n    target: {{year: 2020, value: '{v}'}}\n"
        for i, v in enumerate(["达到" * 5000 + "70", "1," * 5000 + "5", "〔" * 5000, "百分之" * 3000 + "九十",
                               "一" * 10000, "1" * 10000 + "%", "万" * 10000, "~" * 10000])
    )).encode(), None),
]

# --- Word and PDF (issue 11): every one a clear PL001, never a traceback or a hang
from office_corpus import (docx_billion_laughs, docx_deep_nesting, docx_external_entity,  # noqa: E402
                           docx_laughs_in_numbering, docx_many_entries, docx_zip_bomb, pdf_deep_nesting,
                           pdf_flate_bomb, pdf_loop, pdf_page_count_lies)

CASES += [
    Case("docx-not-a-zip", "p.docx", lambda: b"PK\x03\x04 not really a zip", "PL001", 1, words=("zip",)),
    Case("docx-zip-bomb", "p.docx", docx_zip_bomb, "PL001", 1, words=("压缩炸弹",)),
    Case("docx-billion-laughs", "p.docx", docx_billion_laughs, "PL001", 1, words=("DOCTYPE",)),
    Case("docx-deep-nesting", "p.docx", docx_deep_nesting, "PL001", 1),     # read to a bounded depth: no text
    Case("docx-many-entries", "p.docx", docx_many_entries, "PL001", 1),
    Case("pdf-page-tree-loop", "p.pdf", pdf_loop, "PL001", 1),
    Case("docx-external-entity", "p.docx", docx_external_entity, "PL001", 1, words=("DOCTYPE",)),
    Case("docx-laughs-in-numbering", "p.docx", docx_laughs_in_numbering, "PL001", 1, words=("numbering",)),
    # pdftotext runs outside the process, bounded by its own time limit; none of these has a text layer
    Case("pdf-flate-bomb", "p.pdf", pdf_flate_bomb, "PL001", 1),
    Case("pdf-deep-nesting", "p.pdf", pdf_deep_nesting, "PL001", 1),
    Case("pdf-page-count-lies", "p.pdf", pdf_page_count_lies, "PL001", 1),
]
