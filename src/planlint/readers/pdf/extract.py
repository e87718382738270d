"""Run pdftotext within a time limit and read its word boxes into visual lines per page."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

TIME_LIMIT_S = 120          # ten times what a long plan takes on a loaded machine
MAX_OUTPUT_BYTES = 256 * 1024 * 1024
_X = "{http://www.w3.org/1999/xhtml}"


class PdfError(Exception):
    def __init__(self, key: str, **args: object):
        super().__init__(key)
        self.key = key
        self.args_ = args


@dataclass
class Segment:
    """One of pdftotext's lines: a run of words in one column."""

    x0: float
    x1: float
    y0: float
    y1: float
    text: str
    # the runs of words a gap wider than words have parts (two table cells pdftotext kept in one
    # line); () when there is one run. Only the table reader looks at them: elsewhere such a gap
    # is the tab after a heading's number (一、  发展现状与形势), still one segment
    pieces: tuple["Segment", ...] = ()

    @property
    def cells(self) -> tuple["Segment", ...]:
        return self.pieces or (self,)


@dataclass
class VisualLine:
    """Segments side by side at one height on a page."""

    page: int
    no: int                      # 1-based on its page
    y0: float
    segments: list[Segment] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segments)

    @property
    def cells(self) -> list[Segment]:
        """The segments as table cells: a segment holding two cells counts as two."""
        return [c for s in self.segments for c in s.cells]


@dataclass
class Page:
    number: int
    width: float
    lines: list[VisualLine]


def have_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


def extract(data: bytes) -> list[Page]:
    if not have_pdftotext():
        raise PdfError("no-pdftotext")
    with tempfile.TemporaryDirectory(prefix="planlint-pdf-") as tmp:
        src = os.path.join(tmp, "in.pdf")
        out = os.path.join(tmp, "out.html")
        with open(src, "wb") as f:
            f.write(data)
        try:
            proc = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox-layout", src, out],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=TIME_LIMIT_S)
        except subprocess.TimeoutExpired:
            raise PdfError("timeout", seconds=TIME_LIMIT_S) from None
        if proc.returncode != 0 or not os.path.exists(out):
            raise PdfError("bad-pdf", detail=_first_line(proc.stderr) or f"pdftotext exit {proc.returncode}")
        if os.path.getsize(out) > MAX_OUTPUT_BYTES:
            raise PdfError("too-large")
        with open(out, "rb") as f:
            raw = f.read()
    # pdftotext writes XHTML with a DOCTYPE of its own: drop it before parsing (no entities used)
    start = raw.find(b"<html")
    try:
        root = ET.fromstring(raw[start:] if start >= 0 else raw)
    except ET.ParseError:
        raise PdfError("bad-pdf", detail="bbox output") from None
    return [_page(i, p) for i, p in enumerate(root.iter(f"{_X}page"), 1)]


def _first_line(err: bytes) -> str:
    lines = err.decode("utf-8", "replace").strip().splitlines()
    return lines[0][:200] if lines else ""


def _page(number: int, el: ET.Element) -> Page:
    segs: list[Segment] = []
    for line in el.iter(f"{_X}line"):
        words = list(line.iter(f"{_X}word"))
        text = clean(join_words([w.text or "" for w in words]))
        if text:
            runs = _runs(words)
            pieces = tuple(_segment(run) for run in runs) if len(runs) > 1 else ()
            segs.append(Segment(_f(line, "xMin"), _f(line, "xMax"), _f(line, "yMin"), _f(line, "yMax"), text,
                                tuple(p for p in pieces if p.text)))
    segs.sort(key=lambda s: (s.y0, s.x0))
    lines: list[VisualLine] = []
    for s in segs:
        # a segment whose top is within a third of a line of the current line's top sits beside it
        if lines and abs(s.y0 - lines[-1].y0) < 0.35 * max(1.0, s.y1 - s.y0):
            lines[-1].segments.append(s)
        else:
            lines.append(VisualLine(number, len(lines) + 1, s.y0, [s]))
    for ln in lines:
        ln.segments.sort(key=lambda s: s.x0)
    return Page(number, _f(el, "width"), lines)


_CELL_GAP = 0.6     # a gap wider than this many line heights parts two cells, not two words


def _runs(words: list[ET.Element]) -> list[list[ET.Element]]:
    """pdftotext keeps a table cell and the next one in one line when the first fills its
    column (固定宽带家庭普及率 45): a gap wider than words have between them parts them."""
    runs: list[list[ET.Element]] = []
    for w in words:
        if runs:
            prev = runs[-1][-1]
            height = max(1.0, _f(prev, "yMax") - _f(prev, "yMin"))
            if _f(w, "xMin") - _f(prev, "xMax") <= _CELL_GAP * height:
                runs[-1].append(w)
                continue
        runs.append([w])
    return runs


def _segment(words: list[ET.Element]) -> Segment:
    return Segment(_f(words[0], "xMin"), max(_f(w, "xMax") for w in words), min(_f(w, "yMin") for w in words),
                   max(_f(w, "yMax") for w in words), clean(join_words([w.text or "" for w in words])))


def _f(el: ET.Element, name: str) -> float:
    try:
        return float(el.get(name, "0"))
    except ValueError:
        return 0.0


def _cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def join_words(words: list[str]) -> str:
    """pdftotext splits words at every change of script: no space beside a Chinese character."""
    out = ""
    for w in words:
        if not w:
            continue
        if out and not (_cjk(out[-1]) or _cjk(w[0])):
            out += " "
        out += w
    return out


def clean(text: str) -> str:
    """NFKC (Kangxi radicals, compatibility ideographs, full-width forms as the plan meant them)
    but keeping the full-width punctuation plans are written in; fake-bold doubling undone."""
    text = "".join(ch if ch in _KEEP else unicodedata.normalize("NFKC", ch) for ch in text)
    return undouble(text.strip())


_KEEP = set("（）：；，。！？、“”‘’《》【】〔〕—…～")


def undouble(text: str) -> str:
    """Fake bold (the text drawn twice, slightly shifted) extracts as 山山东东省省: halve it."""
    if len(text) >= 4 and len(text) % 2 == 0 and all(text[i] == text[i + 1] for i in range(0, len(text), 2)):
        return text[::2]
    return text
