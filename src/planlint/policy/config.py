"""Configuration: `[tool.planlint]` in pyproject.toml or `.planlint.yaml`, found upward from each
linted file, merged with command-line options (which win).

Keys (the same in TOML and YAML; `-` and `_` are interchangeable):

    rulepack       name or directory (relative to the config file)
    select         codes or prefixes to report (default: all); `PL1` selects PL101…PL115
    extend-select  added to select
    ignore         codes or prefixes never reported (PL001 and PL900 cannot be ignored)
    severity       {code: error|warning|info}, overrides the default severity
    fail-on        error|warning|info
    exclude        glob patterns (relative to the config file) of files never linted
    waivers        the waiver file (default: `.planlint-waivers.yaml` found upward)
    per-path       list of {paths: [globs], level, region, department, ignore}: metadata for
                   files that do not state it (applied before the checks) and extra ignores
    nested         allow (default) | ignore | refuse, read from the outermost configuration of
                   the repository: what a configuration or waiver file in a subfolder may do.
                   allow: the nearest file replaces it; ignore: subfolder files are not read;
                   refuse: a subfolder file is an error (exit 2). The CI recipe for drafts
                   anyone may submit is `nested: refuse`.

Discovery walks up from each file and stops at the repository root (a directory holding `.git`).

A broken config is `ConfigError`: one line, exit 2.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from planlint.diagnostics import SEVERITIES
from planlint.model import LEVELS
from planlint.messages import Joined
from planlint.policy.errors import ConfigError
from planlint.policy.messages import CONFIG_ERRORS as E, PLACES
from planlint.policy.globs import glob_match
from planlint.resources.bounded import FileTooLarge, read_bounded

MAX_CONFIG_BYTES = 1024 * 1024    # a configuration is a few dozen lines; bounded like any input
CONFIG_NAMES = (".planlint.yaml", ".planlint.yml", "pyproject.toml")
WAIVER_NAME = ".planlint-waivers.yaml"
# A file that cannot be read, or a check that crashed, must never pass silently.
UNIGNORABLE = frozenset({"PL001", "PL900"})
_KEYS = {"rulepack", "select", "extend-select", "ignore", "severity", "fail-on", "exclude", "waivers",
         "per-path", "nested"}
NESTED = ("allow", "ignore", "refuse")
_PATH_KEYS = {"paths", "level", "region", "department", "ignore", "rulepack"}


@dataclass(frozen=True, eq=False)
class PathSettings:
    """Settings for the files a set of glob patterns names."""

    patterns: tuple[str, ...]
    level: Optional[str] = None
    region: Optional[str] = None
    department: Optional[str] = None
    ignore: tuple[str, ...] = ()
    rulepack: Optional[str] = None     # the parent for these files (plans/henan/* → the 河南 plan)


@dataclass(frozen=True, eq=False)
class Config:
    """One configuration file's contents (or the empty default), paths relative to `root`."""

    source: Optional[Path] = None
    root: Path = field(default_factory=Path.cwd)
    rulepack: Optional[str] = None
    select: Optional[tuple[str, ...]] = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: Optional[str] = None
    exclude: tuple[str, ...] = ()
    waivers: Optional[Path] = None
    per_path: tuple[PathSettings, ...] = ()
    nested: str = "allow"

    def relative(self, path: Path) -> Optional[str]:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return None

    def excluded(self, path: Path) -> bool:
        if not self.exclude:      # asked once per file: no pattern, no path to resolve
            return False
        rel = self.relative(path)
        return rel is not None and any(glob_match(rel, p) for p in self.exclude)

    def path_settings(self, path: Path) -> list[PathSettings]:
        if not self.per_path:
            return []
        rel = self.relative(path)
        if rel is None:
            return []
        return [ps for ps in self.per_path if any(glob_match(rel, p) for p in ps.patterns)]


@dataclass(frozen=True, eq=False)
class Overrides:
    """What the command line says; None/empty means "as configured"."""

    rulepack: Optional[str] = None
    select: Optional[tuple[str, ...]] = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Optional[str] = None
    waivers: Optional[Path] = None


@dataclass(frozen=True, eq=False, repr=False)
class Settings:
    """The effective settings for one file: its config merged with the command line."""

    config: Config
    rulepack: Optional[str]
    select: Optional[tuple[str, ...]]
    ignore: tuple[str, ...]
    severity: dict[str, str]
    fail_on: str
    waivers: Optional[Path]
    meta: dict[str, str]

    def enabled(self, code: str) -> bool:
        if code in UNIGNORABLE:
            return True
        if self.select is not None and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def severity_of(self, code: str, default: str) -> str:
        return self.severity.get(code, default)


# ---------------------------------------------------------------- discovery and parsing

class ConfigFinder:
    """Finds and parses the config for each file, once per directory."""

    def __init__(self, explicit: Optional[Path] = None, isolated: bool = False):
        self._explicit = load_config_file(explicit) if explicit else None
        self._isolated = isolated
        self._by_dir: dict[Path, Config] = {}
        self._parsed: dict[Path, Config] = {}

    def for_file(self, path: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        if self._isolated:
            return Config()
        start = path.resolve().parent if not path.is_dir() else path.resolve()
        nearest = self._find(start)
        outer = self.outermost(nearest)
        if outer is nearest or outer.nested == "allow":
            return nearest
        if outer.nested == "ignore":
            return outer
        raise ConfigError(E["nested-refused"](nearest=str(nearest.source), outer=str(outer.source)))

    def outermost(self, config: Config) -> Config:
        """The repository's outermost configuration above `config` (itself if none)."""
        outer = config
        while outer.source is not None and not is_repository_root(outer.root) and outer.root.parent != outer.root:
            above = self._find(outer.root.parent)
            if above.source is None:
                break
            outer = above
        return outer

    def _find(self, directory: Path) -> Config:
        if directory in self._by_dir:
            return self._by_dir[directory]
        found: Optional[Config] = None
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                cfg = self._parsed.get(candidate) or load_config_file(candidate, quiet_pyproject=True)
                if cfg is not None:
                    self._parsed[candidate] = cfg
                    found = cfg
                    break
        if found is None:
            stop = directory.parent == directory or is_repository_root(directory)
            found = Config() if stop else self._find(directory.parent)
        self._by_dir[directory] = found
        return found


def is_repository_root(directory: Path) -> bool:
    """Discovery stops here: a configuration above the repository is not the repository's."""
    return (directory / ".git").exists()


def load_config_file(path: Path, quiet_pyproject: bool = False) -> Optional[Config]:
    """Parse one config file; a pyproject.toml without [tool.planlint] is None when discovered."""
    if not path.is_file():
        raise ConfigError(E["not-found"](path=str(path)))
    try:
        text = read_bounded(path, MAX_CONFIG_BYTES).decode("utf-8")
    except FileTooLarge:
        raise ConfigError(E["too-large"](path=str(path), limit=MAX_CONFIG_BYTES)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(E["unreadable"](path=str(path), reason=str(getattr(err, 'strerror', None) or err))) from None
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        data = _parse_toml(text, path)
        table = data.get("tool", {}).get("planlint") if isinstance(data.get("tool"), dict) else None
        if table is None:
            if quiet_pyproject:
                return None
            raise ConfigError(E["no-table"](path=str(path)))
        where = f"{path} [tool.planlint]"
    else:
        table = _parse_yaml(text, path)
        where = str(path)
    if table is None:
        table = {}
    if not isinstance(table, dict):
        raise ConfigError(E["not-mapping"](where=where))
    return parse_config(table, path, where)


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on older Pythons only
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ConfigError(E["too-deep"](path=str(path))) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(E["bad-toml"](path=str(path), problem=str(err))) from None


def _parse_yaml(text: str, path: Path) -> Any:
    import yaml

    from planlint.resources.yamlio import load_data
    try:
        return load_data(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = PLACES["line-column"](line=mark.line + 1, column=mark.column + 1) if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ConfigError(E["bad-yaml"](path=str(path), where=where, problem=problem)) from None


def _norm_keys(table: dict, where: str, allowed: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        k = str(key).replace("_", "-")
        if k not in allowed:
            raise ConfigError(E["unknown-key"](where=where, key=str(key), allowed=Joined(tuple(sorted(allowed)))))
        out[k] = value
    return out


def _str_list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(E["not-strings"](where=where, key=key))
    return tuple(v.strip() for v in value)


def _codes(value: Any, key: str, where: str) -> tuple[str, ...]:
    codes = tuple(c.upper() for c in _str_list(value, key, where))
    from planlint.checks.registry import is_code_or_prefix, suggest_code

    for c in codes:
        if not is_code_or_prefix(c):
            guess = suggest_code(c)
            raise ConfigError(E["unknown-code-suggest"](where=where, key=key, code=c, suggestion=guess) if guess
                              else E["unknown-code"](where=where, key=key, code=c))
    return codes


def _choice(value: Any, key: str, where: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ConfigError(E["bad-choice"](where=where, key=key, choices="|".join(choices), value=str(value)))
    return value


def parse_config(table: dict, path: Path, where: str) -> Config:
    t = _norm_keys(table, where, _KEYS)
    root = path.resolve().parent
    kw: dict[str, Any] = {}
    if "rulepack" in t:
        # one pack, or a list highest level first: [national-13th, plans/province/henan.md]
        entries = t["rulepack"] if isinstance(t["rulepack"], list) else [t["rulepack"]]
        if not entries or not all(isinstance(rp, str) and rp.strip() for rp in entries):
            raise ConfigError(E["bad-rulepacks"](where=where))
        packs = tuple(str(root / rp) if (root / rp).exists() else rp for rp in entries)
        kw["rulepack"] = packs[0] if len(packs) == 1 else packs
    if "select" in t:
        kw["select"] = _codes(t["select"], "select", where)
    if "extend-select" in t:
        kw["extend_select"] = _codes(t["extend-select"], "extend-select", where)
    if "ignore" in t:
        kw["ignore"] = _codes(t["ignore"], "ignore", where)
    if "severity" in t:
        sev = t["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(E["bad-severity"](where=where))
        known = known_codes()
        out = {}
        for code, level in sev.items():
            code = str(code).upper()
            if code not in known:
                raise ConfigError(E["severity-code"](where=where, code=code))
            out[code] = _choice(level, f"severity.{code}", where, SEVERITIES)
        kw["severity"] = out
    if "fail-on" in t:
        kw["fail_on"] = _choice(t["fail-on"], "fail-on", where, SEVERITIES)
    if "exclude" in t:
        kw["exclude"] = _str_list(t["exclude"], "exclude", where)
    if "waivers" in t:
        if not isinstance(t["waivers"], str):
            raise ConfigError(E["bad-waivers"](where=where))
        kw["waivers"] = root / t["waivers"]
    if "per-path" in t:
        entries = t["per-path"]
        if not isinstance(entries, list):
            raise ConfigError(E["bad-per-path"](where=where))
        kw["per_path"] = tuple(_path_settings(e, i, where, root) for i, e in enumerate(entries, 1))
    if "nested" in t:
        kw["nested"] = _choice(t["nested"], "nested", where, NESTED)
    return Config(source=path, root=root, **kw)


def _path_settings(entry: Any, index: int, where: str, root: Optional[Path] = None) -> PathSettings:
    here = PLACES["per-path-entry"](where=where, index=index)
    if not isinstance(entry, dict):
        raise ConfigError(E["entry-not-mapping"](where=here))
    e = _norm_keys(entry, here, _PATH_KEYS)
    if "paths" not in e:
        raise ConfigError(E["no-paths"](where=here))
    kw: dict[str, Any] = {"patterns": _str_list(e["paths"], "paths", here)}
    if "level" in e:
        kw["level"] = _choice(e["level"], "level", here, LEVELS)
    for key in ("region", "department"):
        if key in e:
            if not isinstance(e[key], str) or not e[key].strip():
                raise ConfigError(E["empty-string"](where=here, key=key))
            kw[key] = e[key].strip()
    if "ignore" in e:
        kw["ignore"] = _codes(e["ignore"], "ignore", here)
    if "rulepack" in e:
        if not isinstance(e["rulepack"], str) or not e["rulepack"].strip():
            raise ConfigError(E["bad-rulepack"](where=here))
        rp = e["rulepack"].strip()
        kw["rulepack"] = str(root / rp) if root is not None and (root / rp).exists() else rp
    return PathSettings(**kw)


def known_codes() -> set[str]:
    from planlint.checks.registry import BY_CODE

    return set(BY_CODE)


# ---------------------------------------------------------------- merging

def effective(config: Config, path: Path, cli: Overrides) -> Settings:
    """The config for `path`, with per-path entries applied and the command line on top."""
    select = cli.select if cli.select is not None else config.select
    if select is not None:     # with everything selected, extend-select has nothing to add
        select = select + config.extend_select + cli.extend_select
    ignore = config.ignore + cli.ignore
    meta: dict[str, str] = {}
    rulepack = config.rulepack
    for ps in config.path_settings(path):
        ignore += ps.ignore
        if ps.rulepack:    # the folder's parent plan, stacked under the configured packs
            above = rulepack if isinstance(rulepack, tuple) else ((rulepack,) if rulepack else (None,))
            rulepack = above + (ps.rulepack,)
        for key in ("level", "region", "department"):
            value = getattr(ps, key)
            if value:
                meta[key] = value     # later entries are more specific and win
    return Settings(config=config, rulepack=cli.rulepack or rulepack, select=select, ignore=ignore,
                    severity=dict(config.severity), fail_on=cli.fail_on or config.fail_on or "error",
                    waivers=cli.waivers or config.waivers, meta=meta)
