"""No Chinese words hard-coded where a user reads them: in the command line, the run, the
reporters, the overview, baselines and the editor server, a string literal holding a Chinese
character stands in a `Template(zh, en)` (a message catalogue) or is a docstring. The frame
words of the reports live in i18n/catalog.py, outside these packages.

Punctuation alone (the Chinese separators a `lang == "zh"` branch picks, such as "（") is not a
word to translate and is not counted."""
import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "planlint"
PACKAGES = ("cli", "run", "reporters", "overview", "baseline", "server")
HAN = re.compile(r"[\u4e00-\u9fff]")
# (file, literal): why the literal is Chinese in every language
ALLOWED = {
    ("cli/app.py", "规划—"): "a probe: can the output stream encode Chinese at all",
    ("server/actions.py", "原因"): "the placeholder inserted into the plan itself, whose language is Chinese",
}


def _exempt(tree: ast.AST) -> set[int]:
    """The ids of the constants inside Template(...) calls and of the docstrings."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "Template":
                out.update(id(n) for n in ast.walk(node))
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def chinese_literals(package_dir: Path, root: Path = SRC) -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(package_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        exempt = _exempt(tree)
        rel = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and HAN.search(node.value)
                    and id(node) not in exempt and (rel, node.value) not in ALLOWED):
                found.append((rel, node.lineno, node.value[:40]))
    return found


def test_no_chinese_string_literal_outside_the_catalogues():
    found = [hit for package in PACKAGES for hit in chinese_literals(SRC / package)]
    assert found == [], "move these into a Template(zh, en) catalogue:\n" + "\n".join(map(str, found))


def test_the_walk_finds_a_hard_coded_chinese_word(tmp_path):
    (tmp_path / "bad.py").write_text('"""文档。"""\nfrom x import Template\nA = Template("好", "good")\n'
                                     'print("已写入 " + path)\n', encoding="utf-8")
    assert chinese_literals(tmp_path, root=tmp_path) == [("bad.py", 4, "已写入 ")]


def test_every_allowance_is_still_needed():
    for rel, literal in ALLOWED:
        tree = ast.parse((SRC / rel).read_text(encoding="utf-8"))
        assert any(isinstance(n, ast.Constant) and n.value == literal for n in ast.walk(tree)), (rel, literal)
