"""Running the installed command line from a test, as a user or CI would."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Optional

# The console script beside the test's interpreter: the form the docs and hooks use, which
# never puts the working directory on the import path.
PLANLINT = str(Path(sys.executable).with_name("planlint"))


def run_planlint(*args: object, cwd: object = None, env: Optional[dict] = None,
                 timeout: float = 120, stdin: Optional[str] = None) -> subprocess.CompletedProcess:
    """`planlint ARGS` with the test's environment (plus env), capturing output."""
    return subprocess.run([PLANLINT, *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env=dict(os.environ, **(env or {})), timeout=timeout,
                          input=stdin if stdin is not None else "")
