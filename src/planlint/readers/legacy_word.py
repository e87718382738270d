"""Legacy Word (.doc) and WPS (.wps) plans: converted to .docx by LibreOffice, then read as .docx.

The conversion runs in a temporary directory (its own LibreOffice profile too, so a running
office or a broken user profile does not interfere) with a time limit; without LibreOffice
the finding says what to install or how to save the file.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from typing import Optional

from planlint.messages import Template, catalogue
from planlint.readers.base import ReadResult, unreadable

TIME_LIMIT_S = 180          # LibreOffice starts slowly on a loaded machine: ten times a typical run

LEGACY = catalogue("PL001.legacy-word", {
    "no-soffice": Template("读取.doc/.wps文件需要LibreOffice（soffice），本机未安装",
                           "reading a .doc/.wps file needs LibreOffice (soffice), which is not installed"),
    "timeout": Template("LibreOffice转换超过{seconds}秒未完成，已停止",
                        "the LibreOffice conversion took over {seconds} s and was stopped"),
    "failed": Template("LibreOffice未能把文件转换为.docx（{detail}）",
                       "LibreOffice could not convert the file to .docx ({detail})"),
})
HINTS = catalogue("PL001.legacy-word.hint", {
    "save-as": Template("安装LibreOffice（如 apt-get install libreoffice-writer），或在Word/WPS中另存为.docx后再检查",
                        "install LibreOffice (e.g. apt-get install libreoffice-writer), or save the file as .docx in Word/WPS"),
})


def soffice() -> Optional[str]:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy_word(path: str, data: bytes, period: tuple[int, int]) -> ReadResult:
    exe = soffice()
    if exe is None:
        return unreadable(path, LEGACY["no-soffice"](), hint=HINTS["save-as"]())
    suffix = os.path.splitext(path)[1].lower() or ".doc"
    with tempfile.TemporaryDirectory(prefix="planlint-doc-") as tmp:
        src = os.path.join(tmp, "plan" + suffix)
        with open(src, "wb") as f:
            f.write(data)
        profile = "file://" + os.path.join(tmp, "profile")
        try:
            proc = subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                                   "--convert-to", "docx", "--outdir", tmp, src],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=TIME_LIMIT_S, start_new_session=True)
        except subprocess.TimeoutExpired:
            return unreadable(path, LEGACY["timeout"](seconds=TIME_LIMIT_S), hint=HINTS["save-as"]())
        out = os.path.join(tmp, "plan.docx")
        if not os.path.exists(out):
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()[:200] or f"exit {proc.returncode}"
            return unreadable(path, LEGACY["failed"](detail=detail), hint=HINTS["save-as"]())
        with open(out, "rb") as f:
            converted = f.read()
    from planlint.readers.docx.reader import read_docx
    return read_docx(path, converted, period)
