"""Where a report or a skeleton goes: standard output, or a file written whole or not at all."""
from __future__ import annotations

import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from planlint.cli.errors import UsageError, printable
from planlint.cli.messages import OUTPUT
from planlint.run.files import STDIN


def refuse_to_overwrite_inputs(output_file: str, files: Iterable[str], stdin_filename: Optional[str] = None) -> None:
    """A report must never replace a plan it reports on (`-o plan.yaml plan.yaml`), nor the file an
    editor's buffer on stdin stands for (`- --stdin-filename p.yaml -o p.yaml`: p.yaml is that plan)."""
    files = list(files)
    named = [f for f in files if f != STDIN]
    if STDIN in files and stdin_filename:
        named.append(stdin_filename)
    if any(_same_file(output_file, f) for f in named):
        raise UsageError(OUTPUT["is-input"](path=printable(output_file)))


def emit(text: str, output_file: Optional[str]) -> None:
    if output_file:
        write_file(output_file, text)
    else:
        sys.stdout.write(text)


def emit_bytes(data: bytes, output_file: Optional[str]) -> None:
    """A binary report (a workbook): to its file, else to standard output when that is not a terminal."""
    if output_file:
        write_file(output_file, data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)


class _Terminated(BaseException):
    """SIGTERM arrived while a temporary file existed (raised so that `finally` removes it)."""


@contextmanager
def _removing_temporaries_on_sigterm() -> Iterator[None]:
    """SIGTERM's default action ends the process at once, skipping every `finally`: a CI job
    cancelled mid-write would leave a `.planlint-tmp` file. While writing, SIGTERM raises
    instead; once the temporary file is gone the signal is delivered again, as it would have been."""
    import threading    # here: only a report written to a file needs it

    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield           # only the main thread may set handlers; a handler someone else set stays theirs
        return

    def terminated(signum: int, frame: object) -> None:
        raise _Terminated()

    signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    except _Terminated:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        raise
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def write_file(path: str, text: "str | bytes", overwrite: bool = True) -> None:
    """Write `text` to `path` whole or not at all (see _write_file); no temporary file outlives
    a SIGTERM."""
    with _removing_temporaries_on_sigterm():
        _write_file(path, text, overwrite)


def _write_file(path: str, text: "str | bytes", overwrite: bool = True) -> None:
    """Write via a temporary file and a rename, so a failed write never leaves half a file.

    The temporary file gets a fresh, unpredictable name beside the target (a planted symlink
    or a second run writing the same report cannot interfere). With overwrite=False an
    existing file is never replaced, even one that appears meanwhile: the temporary file is
    hard-linked into place, which fails if the name exists.
    """
    import tempfile

    target = Path(path)
    if _write_in_place(path, text):
        return
    mode = _existing_mode(target) if overwrite else None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.",
                                        suffix=".planlint-tmp")
    except OSError as err:
        raise UsageError(OUTPUT["unwritable"](path=printable(path), reason=str(err.strerror or err))) from None
    tmp = Path(tmp_name)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, mode if mode is not None else 0o666 & ~umask)   # mkstemp's 0600 would hide a report
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as bout:
                bout.write(text)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as out:
                out.write(text)
        if overwrite:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise UsageError(OUTPUT["exists"](path=printable(path))) from None
            except OSError:   # a filesystem without hard links: check, then rename
                if target.exists():
                    raise UsageError(OUTPUT["exists"](path=printable(path))) from None
                os.replace(tmp, target)
    except OSError as err:
        raise UsageError(OUTPUT["unwritable"](path=printable(path), reason=str(err.strerror or err))) from None
    finally:
        tmp.unlink(missing_ok=True)


def _write_in_place(path: str, text: "str | bytes") -> bool:
    """A character device, FIFO or socket (`/dev/stdout`, `/dev/null`, a pipe) is written into,
    never replaced by a regular file; a symlink to a regular file is refused, not replaced.
    False: an ordinary path, written by temporary file and rename."""
    import stat

    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise UsageError(OUTPUT["dangling-link"](path=printable(path))) from None
        return False
    except OSError as err:
        raise UsageError(OUTPUT["unwritable"](path=printable(path), reason=str(err.strerror or err))) from None
    if stat.S_ISREG(st.st_mode):
        if os.path.islink(path):
            raise UsageError(OUTPUT["symlink"](path=printable(path)))
        return False
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(OUTPUT["directory"](path=printable(path)))
    try:
        # no O_CREAT, no O_TRUNC: if the name was swapped for a regular file since the stat,
        # opening it harms nothing, and fstat on what was opened decides
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise UsageError(OUTPUT["unwritable"](path=printable(path), reason=str(err.strerror or err))) from None
    if stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        if os.path.islink(path):
            raise UsageError(OUTPUT["symlink"](path=printable(path)))
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape"))
    except OSError as err:
        raise UsageError(OUTPUT["unwritable"](path=printable(path), reason=str(err.strerror or err))) from None
    return True


def _existing_mode(target: Path) -> int | None:
    """An existing report keeps its permissions when replaced."""
    import stat

    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return None


def _same_file(a: str, b: str) -> bool:
    """One file by identity, or (when one of them does not exist yet) by resolved name."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
