"""`planlint server` driven over a real stdio pipe with LSP JSON-RPC: diagnostics on open, change
and save, cleared on close, positions in the negotiated encoding."""
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="planlint server needs the lsp extra: pip install -e '.[lsp]'")

from lsp_client import LspClient  # noqa: E402
from planlint.server.positions import UTF16, UTF32, UTF8, lsp_position  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "gansu-province-gaps.yaml"


@pytest.fixture
def plan(tmp_path):
    target = tmp_path / "plan.yaml"
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture
def client(tmp_path):
    c = LspClient(cwd=str(tmp_path))
    yield c
    if c.proc.poll() is None:
        c.close()


def open_doc(client, path, text, version=1):
    uri = path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": version,
                                                            "text": text}})
    return uri


def by_subject(diags, code, word):
    return [d for d in diags if d["code"] == code and word in d["message"]]


def test_open_change_save_close(client, plan):
    reply = client.initialize()
    assert reply["result"]["capabilities"]["textDocumentSync"]["change"] == 1     # full text
    text = plan.read_text(encoding="utf-8")
    uri = open_doc(client, plan, text)
    diags = client.diagnostics(uri)["diagnostics"]
    weak = by_subject(diags, "PL102", "贫困村宽带网络覆盖率")
    assert weak and weak[0]["severity"] == 1 and weak[0]["source"] == "planlint"
    line = text.splitlines()[weak[0]["range"]["start"]["line"]]
    assert "百分之八十五" in line
    assert "国家规划" in weak[0]["message"]          # the hint quotes the national plan
    # an unsaved edit that fixes the target: published after the debounce, without saving
    fixed = text.replace('value: "百分之八十五"', 'value: "百分之九十五"')
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": fixed}]})
    after = client.diagnostics(uri)
    assert after["version"] == 2 and not by_subject(after["diagnostics"], "PL102", "贫困村宽带网络覆盖率")
    assert len(after["diagnostics"]) == len(diags) - 1
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert len(client.diagnostics(uri)["diagnostics"]) == len(diags) - 1
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri)["diagnostics"] == []
    assert client.close() == 0


def one_line_indicator(text):
    """The example's 贫困村 indicator on one line, after a note with two characters outside the BMP."""
    block = ('  - name: 贫困村宽带网络覆盖率\n    unit: "%"\n    base: {year: 2015, value: 60}\n'
             '    target: {year: 2020, value: "百分之八十五"}')
    assert block in text
    return text.replace(block, '  - {note: "𠮷𠮷", name: 贫困村宽带网络覆盖率, unit: "%", base: {year: 2015, value: 60}, '
                               'target: {year: 2020, value: "百分之八十五"}}')


@pytest.mark.parametrize("offered, chosen", [(None, "utf-16"), (["utf-32", "utf-16"], "utf-32"), (["utf-8"], "utf-8")])
def test_columns_follow_the_negotiated_encoding_past_characters_outside_the_bmp(client, tmp_path, offered, chosen):
    reply = client.initialize(encodings=offered)
    assert reply["result"]["capabilities"].get("positionEncoding", "utf-16") == chosen
    text = one_line_indicator(EXAMPLE.read_text(encoding="utf-8"))
    uri = open_doc(client, tmp_path / "p.yaml", text)
    weak = by_subject(client.diagnostics(uri)["diagnostics"], "PL102", "贫困村宽带网络覆盖率")
    start = weak[0]["range"]["start"]
    line = text.splitlines()[start["line"]]
    prefix = line[:line.index('"百分之八十五"')]
    # 𠮷 is one code point, two UTF-16 units, four UTF-8 bytes
    expected = {"utf-32": len(prefix), "utf-16": len(prefix) + 2, "utf-8": len(prefix.encode("utf-8"))}[chosen]
    assert start["character"] == expected


def test_files_that_are_not_plans_get_nothing(client, tmp_path):
    client.initialize()
    notes_uri = open_doc(client, tmp_path / "notes.txt", "title: x\n")
    plan_uri = open_doc(client, tmp_path / "p.md", "# 某省“十三五”信息化规划\n")
    seen = []
    client.wait(lambda m: seen.append(m.get("params", {}).get("uri")) or m.get("params", {}).get("uri") == plan_uri)
    assert notes_uri not in seen


def test_a_broken_configuration_is_shown_as_a_message_not_a_crash(client, tmp_path):
    (tmp_path / ".planlint.yaml").write_text("fail-on: loud\n", encoding="utf-8")
    client.initialize()
    open_doc(client, tmp_path / "p.yaml", EXAMPLE.read_text(encoding="utf-8"))
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")
    assert shown["params"]["type"] == 1 and ".planlint.yaml" in shown["params"]["message"]
    assert client.close() == 0


@pytest.mark.parametrize("encoding, after_ab, after_bai", [(UTF16, 4, 5), (UTF32, 3, 4), (UTF8, 6, 9)])
def test_positions_count_units_of_the_encoding(encoding, after_ab, after_bai):
    # column 4 is after "𠮷ab", column 5 after "𠮷ab百": 𠮷 is 2 UTF-16 units or 4 bytes, 百 1 unit or 3 bytes
    assert lsp_position(["𠮷ab百x"], 1, 4, encoding) == (0, after_ab)
    assert lsp_position(["𠮷ab百x"], 1, 5, encoding) == (0, after_bai)


def test_positions_are_clamped_to_the_text():
    assert lsp_position(["ab"], 9, 99, UTF16) == (0, 2)
    assert lsp_position([], 1, 1, UTF16) == (0, 0)


def apply_edit(text, edit):
    lines = text.splitlines(keepends=True)
    row, col = edit["range"]["start"]["line"], edit["range"]["start"]["character"]
    lines[row] = lines[row][:col] + edit["newText"] + lines[row][col:]
    return "".join(lines)


def test_the_quick_fix_inserts_a_suppression_that_planlint_honours_once_a_reason_is_given(client, plan):
    client.initialize()
    text = plan.read_text(encoding="utf-8")
    uri = open_doc(client, plan, text)
    diags = client.diagnostics(uri)["diagnostics"]
    weak = by_subject(diags, "PL102", "贫困村宽带网络覆盖率")[0]
    reply = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": weak["range"],
                                                        "context": {"diagnostics": [weak]}})
    (action,) = reply["result"]
    assert action["kind"] == "quickfix" and "PL102" in action["title"]
    (edit,) = action["edit"]["changes"][uri]
    assert edit["newText"].strip() == "# planlint: disable-next-line=PL102 -- 原因"
    fixed = apply_edit(text, edit)
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": fixed}]})
    after = client.diagnostics(uri)["diagnostics"]
    assert not by_subject(after, "PL102", "贫困村宽带网络覆盖率")
    assert len(after) == len(diags) - 1 and not [d for d in after if d["code"] in ("PL010", "PL011", "PL012")]


@pytest.mark.parametrize("line, expected", [
    ("| 固定宽带家庭普及率 | 40 | 65 |   ", (0, 23, " <!-- planlint-disable PL102 -- 原因 -->")),   # after the last |
    ("  正文里的目标：65%", (0, 0, "  <!-- planlint-disable-next-line PL102 -- 原因 -->\n")),
])
def test_markdown_suppressions_never_split_a_table(line, expected):
    from planlint.server.actions import suppression
    ins = suppression([line], 0, "PL102", markdown=True, encoding=UTF16)
    assert (ins.line, ins.character, ins.text) == expected


def test_hover_on_an_indicator_name_explains_it_like_planlint_rule(client, plan):
    client.initialize()
    text = plan.read_text(encoding="utf-8")
    uri = open_doc(client, plan, text)
    row = next(i for i, line in enumerate(text.splitlines()) if line.strip() == "- name: 贫困村宽带网络覆盖率")
    col = text.splitlines()[row].index("宽带")
    reply = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                   "position": {"line": row, "character": col}})
    value = reply["result"]["contents"]["value"]
    assert "贫困村宽带网络覆盖率" in value and "90" in value
    from planlint.cli.app import main
    import contextlib, io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(["rule", "贫困村宽带网络覆盖率"])
    assert value.strip() == buf.getvalue().strip()
    nothing = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                     "position": {"line": row, "character": 2}})
    assert nothing["result"] is None


def test_code_points_from_each_encoding():
    from planlint.server.positions import code_point
    assert [code_point("𠮷ab", n, UTF16) for n in (0, 2, 3)] == [0, 1, 2]
    assert [code_point("𠮷ab", n, UTF8) for n in (0, 4, 5)] == [0, 1, 2]
    assert code_point("𠮷ab", 99, UTF32) == 3
