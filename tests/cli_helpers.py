"""Running the installed command line from a test, as a user or CI would."""
from __future__ import annotations

import os
import subprocess
import sys
from typing import Optional


def run_planlint(*args: object, cwd: object = None, env: Optional[dict] = None,
                 timeout: float = 120, stdin: Optional[str] = None) -> subprocess.CompletedProcess:
    """`python -m planlint ARGS` with the test's environment (plus env), capturing output."""
    return subprocess.run([sys.executable, "-m", "planlint", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env=dict(os.environ, **(env or {})), timeout=timeout,
                          input=stdin if stdin is not None else "")
