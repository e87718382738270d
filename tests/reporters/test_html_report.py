"""--format html: one self-contained page a reviewer opens in a browser."""
import json
from html.parser import HTMLParser
from pathlib import Path

from cli_helpers import run_planlint as run

ROOT = Path(__file__).resolve().parents[2]
VOID = {"meta", "br", "hr", "img", "link", "input"}


class _Tree(HTMLParser):
    """Checks that every element is closed in order and collects what a reader sees."""

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.text, self.tags = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Tree:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert not tree.errors and not tree.stack, (tree.errors, tree.stack)
    return tree


def test_the_page_holds_every_finding_of_the_json_report():
    plans = [ROOT / "examples" / "gansu-province-gaps.yaml", ROOT / "examples" / "markdown" / "hubei-province.md"]
    page = run("--format", "html", "--isolated", *plans).stdout
    tree = _parse(page)
    report = json.loads(run("--format", "json", "--isolated", *plans).stdout)
    findings = [a for t, a in tree.tags if t == "div" and "finding" in a.get("class", "")]
    assert len(findings) == len(report["diagnostics"]) > 5
    text = "".join(tree.text)
    assert "国家要求" in text and "固定宽带家庭普及率" in text
    assert not [t for t, _ in tree.tags if t in ("script", "link", "img")]      # self-contained, no script
    assert any(t == "mark" for t, _ in tree.tags)                               # the column is marked


def test_text_from_the_plan_is_escaped(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("title: <script>alert(1)</script>\nlevel: province\nregion: 江苏省<i>x</i>\nindicators:\n"
                    "  - name: 固定宽带家庭普及率\n    unit: \"%\"\n    target: {year: 2020, value: 65}\n",
                    encoding="utf-8")
    page = run("--format", "html", "--isolated", plan).stdout
    tree = _parse(page)
    assert "<script>" not in page and "&lt;script&gt;" in page and "江苏省&lt;i&gt;x&lt;/i&gt;" in page
    assert not [t for t, _ in tree.tags if t in ("script", "i")]


def test_html_to_a_file_and_in_english(tmp_path):
    out = tmp_path / "report.html"
    p = run("--format", "html", "--lang", "en", "-o", out, "--isolated", ROOT / "examples" / "gansu-province-gaps.yaml")
    assert p.returncode == 1 and p.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "National requirement" in _parse(page).text.__str__()
