"""Find the regular expressions of planlint and feed them strings built to make them backtrack.

Every regex is collected from the source with ``ast`` (module-level patterns, patterns built
from named string constants, and literal patterns passed to ``re.*``), so a new one cannot be
forgotten. Each is run, with the operations the code actually applies to it, on strings made
of its own characters: long runs of one character, of two alternating, and near matches that
run long where the pattern repeats and then fail. A linear regex handles 20,000 characters in
about a millisecond; a quadratic one needs seconds, which is what the time bound catches.
"""
from __future__ import annotations

import ast
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

try:
    import re._parser as sre_parse  # Python ≥ 3.11
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]

import planlint

SRC = Path(planlint.__file__).resolve().parent
_RE_FUNCS = {"compile", "match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
_OPS = ("search", "match", "fullmatch", "finditer")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


@dataclass(frozen=True)
class Found:
    where: str                 # file:line
    pattern: str
    ops: tuple[str, ...]       # how the code uses it: search, match, fullmatch, finditer

    def compiled(self) -> re.Pattern:
        return re.compile(self.pattern)


def _literal(node: ast.AST, consts: dict[str, str]) -> Optional[str]:
    """The text of a string expression made of literals, known names, f-strings and +."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left, consts), _literal(node.right, consts)
        return left + right if left is not None and right is not None else None
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            s = _literal(v.value if isinstance(v, ast.FormattedValue) else v, consts)
            if s is None:
                return None
            parts.append(s)
        return "".join(parts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "escape":
        return "词语"   # re.escape(word): some literal word
    return None


def _op_of(func: str) -> tuple[str, ...]:
    return {"match": ("match",), "fullmatch": ("fullmatch",), "finditer": ("finditer",),
            "findall": ("finditer",), "sub": ("finditer",), "subn": ("finditer",),
            "split": ("finditer",)}.get(func, ("search",))


def find_patterns(root: Path = SRC) -> list[Found]:
    out: list[Found] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = str(path.relative_to(root.parent))
        consts: dict[str, str] = {}
        compiled: dict[str, tuple[str, int]] = {}    # NAME = re.compile(...) -> (pattern, line)
        inline: list[tuple[str, int, tuple[str, ...]]] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                s = _literal(node.value, consts)
                if s is not None:
                    consts[node.targets[0].id] = s
        for node in ast.walk(tree):
            lazy = _is_lazy_pattern(node)
            if not lazy and not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                                 and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                                 and node.func.attr in _RE_FUNCS and node.args):
                continue
            pattern = _literal(node.args[0], consts)
            if pattern is None:
                continue
            if lazy or node.func.attr == "compile":
                compiled[f"@{node.lineno}"] = (pattern, node.lineno)
            else:
                inline.append((pattern, node.lineno, _op_of(node.func.attr)))
        # how each compiled pattern is used: NAME.search(...), NAME.match(...), ...
        names: dict[int, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, ast.Call) and f"@{node.value.lineno}" in compiled:
                names[node.value.lineno] = node.targets[0].id
        uses: dict[str, set[str]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name):
                uses.setdefault(node.func.value.id, set()).update(_op_of(node.func.attr))
        for key, (pattern, line) in compiled.items():
            name = names.get(line)
            # used in another module (imported), in a loop over a tuple, ...: every operation
            ops = tuple(sorted(uses[name])) if name and name in uses else _OPS
            out.append(Found(f"{rel}:{line}", pattern, ops))
        out += [Found(f"{rel}:{line}", p, ops) for p, line, ops in inline]
    out += _built_patterns()
    return [f for f in out if _compiles(f.pattern)]


def _is_lazy_pattern(node: ast.AST) -> bool:
    """LazyPattern(source, ...) (text/lazy_pattern.py): a re.compile deferred to first use."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "LazyPattern"
            and bool(node.args))


def _built_patterns() -> list[Found]:
    """Patterns composed at run time from a grammar are not literals in the source: ask for them."""
    from planlint.text import numbering

    return [Found(f"planlint/text/numbering.py:{use}", pattern, ("match",))
            for use, pattern in numbering.built_patterns().items()]


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _class_chars(op: str, av: object) -> list[str]:
    if op == "LITERAL":
        return [chr(av)]  # type: ignore[arg-type]
    if op == "ANY":
        return ["x"]
    if op == "CATEGORY":
        return ["1" if "DIGIT" in str(av) else " " if "SPACE" in str(av) else "a"]
    if op == "IN":
        out: list[str] = []
        for iop, iav in av:  # type: ignore[attr-defined]
            name = str(iop)
            if name == "NEGATE":
                out.append("x")
            elif name == "RANGE":
                out.append(chr(iav[0]))
            else:
                out.extend(_class_chars(name, iav))
        return out
    return []


def _alphabet(pattern: str) -> list[str]:
    """Characters the pattern mentions, in order of appearance, plus blanks and digits."""
    chars: list[str] = []

    def walk(items: object) -> None:
        for op, av in items:  # type: ignore[attr-defined]
            name = str(op)
            chars.extend(_class_chars(name, av))
            if name in _REPEATS:
                walk(av[2])
            elif name == "SUBPATTERN":
                walk(av[-1])
            elif name == "BRANCH":
                for b in av[1]:
                    walk(b)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(av[1])

    walk(sre_parse.parse(pattern))
    return list(dict.fromkeys(chars + [" ", "\n", "1", "年"]))


def _repeat_points(pattern: str) -> list[tuple[str, list[str]]]:
    """(a near match up to a repeat, characters that repeat takes) for each unbounded repeat."""
    points: list[tuple[str, list[str]]] = []
    out: list[str] = []

    def first_chars(items: object) -> list[str]:
        for op, av in items:  # type: ignore[attr-defined]
            name = str(op)
            chars = _class_chars(name, av)
            if chars:
                return chars
            if name == "SUBPATTERN":
                return first_chars(av[-1])
            if name == "BRANCH":
                return [c for b in av[1] for c in first_chars(b)[:2]]
            if name in _REPEATS:
                return first_chars(av[2])
        return []

    def walk(items: object) -> None:
        for op, av in items:  # type: ignore[attr-defined]
            name = str(op)
            chars = _class_chars(name, av)
            if chars:
                out.append(chars[0])
            elif name in _REPEATS:
                if av[1] > 1:
                    points.append(("".join(out), first_chars(av[2])))
                for _ in range(max(1, min(av[0], 3))):
                    walk(av[2])
            elif name == "SUBPATTERN":
                walk(av[-1])
            elif name == "BRANCH":
                walk(av[1][0])

    walk(sre_parse.parse(pattern))
    return points


def adversarial(pattern: str, n: int) -> Iterator[str]:
    """Runs of the pattern's characters, and near matches that run long where it repeats."""
    alpha = _alphabet(pattern)
    for c in alpha[:24]:
        yield c * n
    few = alpha[:8]
    for i, a in enumerate(few):
        for b in few[i + 1:]:
            yield (a + b) * (n // 2)
    for prefix, chars in _repeat_points(pattern)[:8]:
        for c in dict.fromkeys(chars[:3] + [" "]):
            yield prefix + c * n + "\x01"
            yield (prefix + c * 3) * (n // (len(prefix) + 3))


def worst_time(found: Found, n: int = 20_000, budget: float = 1.0) -> tuple[float, str]:
    """The slowest use of the regex over the adversarial strings, and the string's shape.

    Lengths grow from short to n, so that a cubic pattern is caught at a few hundred
    characters instead of running for hours at n.
    """
    rx = found.compiled()
    worst, shape = 0.0, ""
    size = 250
    while True:
        size = min(size, n)
        for s in adversarial(found.pattern, size):
            t = time.process_time()
            for op in found.ops:
                if op == "finditer":
                    for _ in rx.finditer(s):
                        pass
                else:
                    getattr(rx, op)(s)
            dt = time.process_time() - t
            if dt > worst:
                worst, shape = dt, f"{s[:16]!r}…（{len(s)}字符）"
            if worst > budget:
                return worst, shape   # one slow string is enough; don't spend CI time proving it
        if size == n:
            return worst, shape
        size *= 4
