"""Rebuild the Word and PDF examples from examples/markdown/hubei-province.md.

    python examples/make_office_examples.py

word/hubei-province.autonum.docx is the Markdown plan as Word writes it with automatic
numbering (the test suite's builder, tests/docx_builder.py); pdf/hubei-province.pdf is that
document printed by LibreOffice, which needs `soffice` and a Chinese font (for instance
`apt-get install libreoffice-writer-nogui fonts-wqy-microhei`).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from docx_builder import from_markdown  # noqa: E402 - the builder lives with the tests


def main() -> int:
    md = (HERE / "markdown" / "hubei-province.md").read_text(encoding="utf-8")
    docx = HERE / "word" / "hubei-province.autonum.docx"
    docx.write_bytes(from_markdown(md, "autonum"))
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: the PDF example was not rebuilt", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:   # its own LibreOffice profile, removed afterwards
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(docx)], check=True, timeout=300,
                       stdout=subprocess.DEVNULL)
        shutil.move(str(Path(tmp) / (docx.stem + ".pdf")), HERE / "pdf" / "hubei-province.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
