"""No import circle anywhere in planlint: every `planlint.*` import, at module level or inside a
function (a lazy import that merely hides a circle still is one), forms a graph without cycles."""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Optional

import planlint

PACKAGE_DIR = Path(planlint.__file__).resolve().parent


def module_name(path: Path) -> str:
    """planlint.cli.commands.lint for cli/commands/lint.py; a package is its __init__."""
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> Optional[str]:
    if not node.level:
        return node.module
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The planlint modules `name` imports, wherever in the file the import statement stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, name, path.name == "__init__.py")
            if base is None:
                continue
            # `from planlint.x import y` imports the module planlint.x.y when y is one
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                       for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:     # `import planlint.x.y` names a module's parent too
                target = target.rpartition(".")[0]
            if target.startswith("planlint") and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> Optional[list[str]]:
    """One cycle as a path that ends where it began, or None (iterative depth-first search)."""
    state: dict[str, int] = {}          # 1 on the current path, 2 finished
    for root in sorted(graph):
        if root in state:
            continue
        path: list[str] = [root]
        pending = [iter(sorted(graph[root]))]
        state[root] = 1
        while pending:
            nxt = next(pending[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                pending.pop()
            elif state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                pending.append(iter(sorted(graph.get(nxt, ()))))
    return None


def every_cycle(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle: one found, then one of its imports taken out to look for the next."""
    graph = {name: set(targets) for name, targets in graph.items()}
    cycles = []
    while (cycle := find_cycle(graph)) is not None:
        cycles.append(cycle)
        graph[cycle[-2]].discard(cycle[-1])      # break this one to see the next
    return cycles


def test_the_package_has_no_import_cycle():
    cycles = every_cycle(import_graph())
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_walk_sees_lazy_and_relative_imports(tmp_path):
    """The finder itself: a cycle closed only by an import inside a function is found."""
    graph = {"planlint.a": {"planlint.b"}, "planlint.b": {"planlint.c"}, "planlint.c": {"planlint.a"},
             "planlint.d": {"planlint.a"}}
    assert find_cycle(graph) == ["planlint.a", "planlint.b", "planlint.c", "planlint.a"]
    assert find_cycle({"planlint.a": {"planlint.b"}, "planlint.b": set()}) is None
    modules = {"planlint.x": tmp_path / "x.py", "planlint.x.y": tmp_path / "y.py", "planlint.z": tmp_path / "z.py"}
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from planlint.x import y\n    from . import z\n    import planlint.x.y.q\n",
                      encoding="utf-8")
    assert imports_of("planlint.m", source, modules) == {"planlint.x.y", "planlint.z"}


def _in_cli(module: str) -> bool:
    return module == "planlint.cli" or module.startswith("planlint.cli.") or module == "planlint.__main__"


def test_nothing_below_the_command_line_imports_it_or_argparse():
    graph = import_graph()
    upward = {m: sorted(filter(_in_cli, targets)) for m, targets in graph.items() if not _in_cli(m)}
    assert not {m: t for m, t in upward.items() if t}
    argparse_users = []
    for name, path in all_modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        if "argparse" in names and not _in_cli(name):
            argparse_users.append(name)
    assert not argparse_users
