"""The central departments a pack knows (its departments.yaml): every name a plan may give one,
old or new, and the words of a plan title that make the plan one department's.

The linter's pack answers which national tasks and indicators a ministry plan owes; title
inference reads the built-in pack's table (`loader.builtin_departments`), since a plan is read
before it is checked against any pack.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Optional


@dataclass(frozen=True)
class Department:
    """A central department, with its former and short names and what its plans are titled by."""

    name: str
    aliases: tuple[str, ...] = ()       # every other name a plan may use for it, old or new
    successor: Optional[str] = None     # its name after the 2018 reorganisation, if renamed
    title_names: tuple[str, ...] = ()   # those of the aliases a plan's title is read for
    fields: tuple[str, ...] = ()        # words of its field that make a title its plan's (农业农村)
    name_en: Optional[str] = None       # shown beside the Chinese name under --lang en
    successor_en: Optional[str] = None  # the successor's, likewise

    @property
    def named_in_titles(self) -> tuple[str, ...]:
        """The names that, written in a plan's title, make it this department's plan, longest
        first (a title writing 国家税务总局 is quoted so, not as 税务总局). A department with
        no title words is never read from a title: its names (安全部, 国办) stand inside others."""
        if not (self.title_names or self.fields):
            return ()
        return tuple(sorted((self.name, *self.title_names), key=len, reverse=True))


# how a formal document writes a department: 中华人民共和国教育部
_STATE_PREFIX = "中华人民共和国"


@lru_cache(maxsize=4096)      # asked for the same few names for every task of every plan
def name_key(name: str) -> str:
    """A department name as names are compared: without blanks (国家 发展改革委) and without the
    state's name before it (中华人民共和国工业和信息化部)."""
    key = "".join(name.split())
    return key[len(_STATE_PREFIX):] if key.startswith(_STATE_PREFIX) and len(key) > len(_STATE_PREFIX) else key


def departments_from(items: Optional[Iterable[dict[str, Any]]]) -> list[Department]:
    """The records of a departments file's ``departments`` list (already validated).

    ``title_names`` are aliases read from titles as well: each name is written once, in one list.
    """
    out = []
    for d in items or ():
        title_names = tuple(d.get("title_names") or ())
        out.append(Department(d["name"], title_names + tuple(d.get("aliases") or ()), d.get("successor"),
                              title_names, tuple(d.get("fields") or ()), d.get("name_en"),
                              d.get("successor_en")))
    return out


# the offices that draft a ministry's plan: 教育部办公厅's plan is 教育部's (国务院办公厅 is itself one)
_OFFICES = ("办公厅", "办公室")


def candidate_keys(name: str) -> tuple[str, ...]:
    """The keys a plan's `department` is looked up by, in order: as written, then without the
    office that drafted it (教育部办公厅 → 教育部)."""
    key = name_key(name)
    return (key, *(key[:-len(o)] for o in _OFFICES if key.endswith(o) and len(key) > len(o)))


def find_department(departments: Iterable[Department], name: Optional[str]) -> Optional[Department]:
    """The department a plan's `department` names, under any of its names old or new."""
    if not name:
        return None
    departments = list(departments)
    for key in candidate_keys(name):
        for dept in departments:
            if key in {name_key(n) for n in (dept.name, *dept.aliases)}:
                return dept
    return None
