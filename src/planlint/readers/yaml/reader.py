"""YAML plans: the format of schema/plan.schema.json, read into the Plan model."""
from __future__ import annotations

from typing import Any, Iterator, Optional

from planlint.diagnostics import Diagnostic
from planlint.model import (Location, Metadata, Observation, Plan, PlanAction, PlanIndicator, PlanProject, Section,
                            level_from_text)
from planlint.text.periods import FALLBACK_PERIOD
from planlint.readers.base import ReadResult, unreadable
from planlint.readers.messages import MESSAGES, PLAN
from planlint.readers.prose_targets import paragraph_context, targets_across, text_targets, with_wrapped
from planlint.readers.yaml.schema_messages import dated_value, describe
from planlint.readers.yaml.tree import Path, YamlTree, YamlTreeError, load_tree
from planlint.resources.paths import validator

SCHEMA = "plan.schema.json"


def read_yaml(text: str, path: str, default_period: tuple[int, int] = FALLBACK_PERIOD) -> ReadResult:
    try:
        tree = load_tree(text)
    except YamlTreeError as err:
        if err.code == "PL001":
            return unreadable(path, err.message, err.loc)
        return ReadResult(None, [Diagnostic(path, err.loc, err.code, "error", MESSAGES[err.code](detail=err.message))])
    if tree.data is None:
        return unreadable(path, PLAN["no-content"]())
    diags = [Diagnostic(path, i.loc, "PL002", "error", MESSAGES["PL002"](detail=i.message)) for i in tree.issues]
    if not isinstance(tree.data, dict):
        diags.append(Diagnostic(path, tree.loc(()), "PL002", "error", MESSAGES["PL002"](detail=PLAN["not-a-mapping"]())))
        return ReadResult(None, diags)
    for error in sorted(validator(SCHEMA).iter_errors(tree.data), key=lambda e: list(map(str, e.absolute_path))):
        message, where = describe(error)
        loc = tree.key_loc(where) if error.validator == "additionalProperties" else tree.loc(where)
        diags.append(Diagnostic(path, loc, "PL002", "error", MESSAGES["PL002"](detail=message)))
    return ReadResult(_PlanBuilder(tree, path, text, default_period).build(), diags)


class _PlanBuilder:
    """Build the model from schema-checked data, skipping what does not fit rather than failing."""

    def __init__(self, tree: YamlTree, path: str, text: str, default_period: tuple[int, int]):
        self.tree, self.path, self.data = tree, path, tree.data
        self.default_period = default_period
        self.lines = text.split("\n")

    def raw(self, path: Path) -> Any:
        """A value as written: numbers keep their printed digits."""
        value = _get(self.data, path)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return self.tree.number_texts.get(path, value)
        return value

    def build(self) -> Plan:
        plan = Plan(self.path, "yaml", self.metadata())
        if isinstance(self.data.get("indicators"), list):
            plan.indicators_loc = self.tree.key_loc(("indicators",))
            plan.indicators = [ind for i, item in enumerate(self.data["indicators"])
                               if (ind := self.indicator(("indicators", i), item))]
        if isinstance(self.data.get("actions"), list):
            plan.actions_loc = self.tree.key_loc(("actions",))
            plan.actions = [a for i, item in enumerate(self.data["actions"]) if (a := self.action(("actions", i), item))]
        if isinstance(self.data.get("projects"), list):
            plan.projects = [p for i, item in enumerate(self.data["projects"])
                             if (p := self.project(("projects", i), item))]
        if isinstance(self.data.get("sections"), list):
            plan.sections = self.sections(("sections",), self.data["sections"])
        if not plan.actions and plan.sections:
            plan.actions_loc = plan.sections[0].loc
        plan.indicators.extend(self.prose_targets(plan))
        return plan

    def prose_targets(self, plan: Plan) -> list[PlanIndicator]:
        """Targets stated in the text of actions, projects and sections, as in Markdown plans."""
        period = (plan.meta.period_start or self.default_period[0], plan.meta.period_end or self.default_period[1])
        found: list[PlanIndicator] = []
        texts = [(t, loc, ()) for a in plan.actions for t, loc in ((a.goal, a.loc), (a.body, a.body_loc))]
        texts += [(p.body, p.body_loc, ()) for p in plan.projects]
        texts += [(s.body, s.body_loc, headings) for s, headings in _sections_with_headings(plan.sections)]
        for text, loc, headings in texts:
            if not text or loc is None:
                continue
            lines = text.split("\n")
            opened = 0          # where the paragraph of this line begins: its earlier lines give years
            cursor = loc        # targets come in text order: each name is sought after the last one
            for number, line in enumerate(lines):
                if not line.strip():
                    opened = number + 1
                here = text_targets(line, loc.line + number, 1, period, headings, plan.results,
                                    paragraph_context(*lines[max(opened, number - 3):number]))
                if number > opened:      # a target wrapped onto this line (“普及率达到” / “65%”)
                    here = with_wrapped(targets_across((lines[number - 1], loc.line + number - 1, 1),
                                                       (line, loc.line + number, 1), period, headings,
                                                       paragraph_context(*lines[max(opened, number - 3):number - 1])),
                                        here)
                for ind in here:
                    ind.loc = self.locate(ind.name, ind.loc.line, cursor)
                    cursor = Location(ind.loc.line, ind.loc.column + 1)
                    if ind.base is not None:
                        ind.base.loc = self.locate(str(ind.base.value), ind.loc.line, ind.loc)
                    after = ind.base.loc if ind.base else ind.loc
                    if ind.target is not None:      # none where the text gives only a growth
                        ind.target.loc = after = self.locate(str(ind.target.value), ind.loc.line, after)
                    if ind.growth is not None:
                        ind.growth_loc = self.locate(str(ind.growth).strip("〔〕"), ind.loc.line, after)
                    found.append(ind)
        return found

    def locate(self, needle: str, near_line: int, start: Location) -> Location:
        """Where needle is written in the source, at or after start (YAML may fold lines): from
        near_line on, as folding only ever joins lines, else (a quoted ``\n``) from start."""
        if near_line > start.line:
            found = self._find(needle, near_line, Location(near_line, 1))
            if found is not None:
                return found
        return self._find(needle, near_line, start) or start

    def _find(self, needle: str, near_line: int, start: Location) -> Optional[Location]:
        first = start.line - 1
        for i in range(first, min(len(self.lines), max(near_line, first + 1) + 50)):
            col = self.lines[i].find(needle, start.column - 1 if i == first else 0)
            if col >= 0:
                return Location(i + 1, col + 1)
        return None

    def metadata(self) -> Metadata:
        d, meta = self.data, Metadata()
        for key in ("title", "level", "region", "department"):
            if isinstance(d.get(key), str) and d[key].strip():
                setattr(meta, key, d[key].strip())
                meta.locs[key] = self.tree.loc((key,))
        if meta.level is not None:      # level: 省级 is checked as a province plan (and is PL002)
            meta.level = level_from_text(meta.level) or meta.level
        period = d.get("period")
        if isinstance(period, dict):
            meta.period_start = _year(period.get("start"))
            meta.period_end = _year(period.get("end"))
            meta.locs["period"] = self.tree.loc(("period",))
        if not (meta.level and (meta.region or meta.department) and meta.period_end):
            from planlint.places.title_inference import apply_inference  # only what is missing costs

            apply_inference(meta)
        return meta

    def indicator(self, p: Path, item: Any) -> Optional[PlanIndicator]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            return None
        unit = item.get("unit") if isinstance(item.get("unit"), str) else None
        return PlanIndicator(
            name=item["name"].strip(), loc=self.tree.loc(p + ("name",)),
            unit=unit, unit_loc=self.tree.loc(p + ("unit",)) if unit is not None else None,
            category=item.get("category") if isinstance(item.get("category"), str) else None,
            base=self.observation(p + ("base",), item.get("base")),
            target=self.observation(p + ("target",), item.get("target")),
            growth=self.raw(p + ("growth",)) if "growth" in item else None,
            growth_loc=self.tree.loc(p + ("growth",)) if "growth" in item else None,
            origin="list")

    def observation(self, p: Path, item: Any) -> Optional[Observation]:
        if isinstance(item, (str, int, float)) and not isinstance(item, bool):
            # target: 2020年达到90% — read as meant (PL002 shows the mapping to write)
            year, value = dated_value(item)
            return Observation(value=value, year=year, loc=self.tree.loc(p))
        if not isinstance(item, dict):
            return None
        return Observation(value=self.raw(p + ("value",)), year=_year(item.get("year")),
                           loc=self.tree.loc(p + ("value",)),
                           year_loc=self.tree.loc(p + ("year",)) if "year" in item else None)

    def action(self, p: Path, item: Any) -> Optional[PlanAction]:
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            return None
        return PlanAction(item["title"].strip(), self.tree.loc(p + ("title",)), _text(item.get("goal")),
                          _text(item.get("body")), self.tree.loc(p + ("body",)) if "body" in item else None)

    def project(self, p: Path, item: Any) -> Optional[PlanProject]:
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            return None
        return PlanProject(item["title"].strip(), self.tree.loc(p + ("title",)), _text(item.get("body")),
                           self.tree.loc(p + ("body",)) if "body" in item else None)

    def sections(self, p: Path, items: list) -> list[Section]:
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("heading"), str):
                continue
            q = p + (i,)
            children = item.get("sections")
            out.append(Section(item["heading"].strip(), self.tree.loc(q + ("heading",)), _text(item.get("body")),
                               self.tree.loc(q + ("body",)) if "body" in item else None,
                               self.sections(q + ("sections",), children) if isinstance(children, list) else []))
        return out


def _sections_with_headings(sections: list[Section], above: tuple[str, ...] = ()
                            ) -> Iterator[tuple[Section, tuple[str, ...]]]:
    """Each section with its heading and those above it, outermost first."""
    for s in sections:
        headings = above + (s.heading,)
        yield s, headings
        yield from _sections_with_headings(s.sections, headings)


def _get(data: Any, path: Path) -> Any:
    for p in path:
        try:
            data = data[p]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _year(v: Any) -> Optional[int]:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v if 1000 <= v <= 9999 else None      # a calendar year, as a value of any other kind
    digits = v.strip().rstrip("年") if isinstance(v, str) else ""
    # ASCII digits only: "2016①" and "²" pass str.isdigit() but not int()
    if digits.isascii() and digits.isdigit() and len(digits) == 4:
        return int(digits)
    return None


def _text(v: Any) -> str:
    return v if isinstance(v, str) else ""
