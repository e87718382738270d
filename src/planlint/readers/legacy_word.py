"""Legacy Word (.doc) and WPS (.wps) plans: converted to .docx by LibreOffice, then read as .docx.

The conversion runs in a temporary directory (its own LibreOffice profile too, so a running
office or a broken user profile does not interfere) with a time limit; without LibreOffice
the finding says what to install or how to save the file.
"""
from __future__ import annotations

import os
import shutil
import signal
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


def read_legacy_word(path: str, data: bytes, period: tuple[int, int], time_limit: float = TIME_LIMIT_S) -> ReadResult:
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
            returncode, output = _convert([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                                           "--convert-to", "docx", "--outdir", tmp, src], time_limit)
        except subprocess.TimeoutExpired:
            return unreadable(path, LEGACY["timeout"](seconds=_seconds(time_limit)), hint=HINTS["save-as"]())
        except OSError as err:     # soffice found but not runnable (permissions, a broken install)
            return unreadable(path, LEGACY["failed"](detail=str(err)[:200]), hint=HINTS["save-as"]())
        out = os.path.join(tmp, "plan.docx")
        if not os.path.exists(out):
            detail = output.decode("utf-8", "replace").strip()[:200] or f"exit {returncode}"
            return unreadable(path, LEGACY["failed"](detail=detail), hint=HINTS["save-as"]())
        with open(out, "rb") as f:
            converted = f.read()
    from planlint.readers.docx.reader import read_docx
    return read_docx(path, converted, period)


def _convert(cmd: list[str], time_limit: float) -> tuple[int, bytes]:
    """Run the converter in its own process group; on a time-out end the whole group: soffice is
    a launcher whose office process would outlive it. (The launcher waits for that process, so a
    conversion that finishes leaves nothing behind.)"""
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        output, _ = proc.communicate(timeout=time_limit)
    except subprocess.TimeoutExpired:
        _end_group(proc)
        raise
    return proc.returncode, output


def _end_group(proc: subprocess.Popen) -> None:
    # the launcher is not reaped yet, so its pid (the group's id) cannot have been reused
    if hasattr(os, "killpg"):                           # POSIX; elsewhere the launcher alone is ended
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):  # the group has already ended
            pass
    proc.kill()
    proc.communicate()                                  # reap it and close the pipe


def _seconds(limit: float) -> str:
    return f"{limit:g}"
