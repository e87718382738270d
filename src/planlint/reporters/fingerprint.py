"""Logical identity of a finding for CI systems that track findings across commits.

File + code + national item (`subject`), never the line: editing a plan above a finding must
not make it look new. Findings without a subject (file-level ones) use their message instead,
and repeats of the same identity in one file are numbered in order.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable

from planlint.diagnostics import Diagnostic


def fingerprints(diags: Iterable[Diagnostic]) -> list[str]:
    seen: Counter[str] = Counter()
    out = []
    for d in diags:
        identity = "\x1f".join((d.path.replace("\\", "/"), d.code, d.subject or d.message))
        seen[identity] += 1
        digest = hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()
        out.append(f"{digest[:32]}:{seen[identity]}")
    return out
