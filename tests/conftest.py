"""Shared fixtures. Tests import the installed package when there is one, else the source tree."""
from __future__ import annotations

import copy
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Union

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
try:
    import planlint  # noqa: F401
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

SEED = ROOT.parent / "shared" / "seed" / "000_99575e7e2805174f.txt"


@pytest.fixture(scope="session")
def pack():
    from planlint.rulepack import load_pack

    return load_pack()


@pytest.fixture(scope="session")
def linter(pack):
    from planlint.run.engine import Linter

    return Linter(pack)


@pytest.fixture
def lint(linter):
    """Lint YAML or Markdown text given in the test; returns the FileReport."""
    def run(text: str, name: str = "plan.yaml"):
        return linter.lint_bytes(name, text.encode("utf-8"))
    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"national plan text not found at {SEED} (it lives in the shared folder beside the repository)")
    return SEED.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Plan builders. A test states only what it is about: it takes the compliant province plan and
# removes or weakens one thing, or starts from a blank plan and adds the few parts it needs,
# then renders the plan as YAML or Markdown. Rendered text knows its file name and finds the
# line of a phrase, so a test can say where a finding must point without counting lines.
#
#     def test_pl101(province_plan, lint_plan, findings):
#         plan = province_plan().drop_indicator("网络零售额")
#         [d] = findings(lint_plan(plan), "PL101")
#
# Builders are handed to tests as fixtures (the factories below): a test module cannot import
# this file reliably, since pytest replaces the module "conftest" with each folder's own. The
# factories keep no state, so they are session-wide and serve module-scoped fixtures too.

Value = Union[int, float, str]


@dataclass
class Indicator:
    """One row of the plan's indicator list; None leaves a field out."""

    name: str
    target: Optional[Value] = None
    base: Optional[Value] = None
    unit: Optional[str] = None
    growth: Optional[Value] = None
    base_year: Optional[int] = 2015
    target_year: Optional[int] = 2020
    category: Optional[str] = None


@dataclass
class Item:
    """An action (title, goal, body) or a 专栏 project (title, body)."""

    title: str
    body: str = ""
    goal: Optional[str] = None


@dataclass
class Section:
    """A heading of the plan's text with its prose and subsections."""

    heading: str
    body: str = ""
    sections: list["Section"] = field(default_factory=list)


class PlanText(str):
    """Rendered plan text, with the file name that selects its reader."""

    filename: str

    def __new__(cls, text: str, filename: str) -> "PlanText":
        obj = super().__new__(cls, text)
        obj.filename = filename
        return obj

    def line_of(self, needle: str, nth: Optional[int] = None) -> int:
        """1-based line of the one line holding `needle` (of the nth such line, when given)."""
        hits = [i for i, line in enumerate(self.split("\n"), 1) if needle in line]
        if len(hits) < (nth or 1) or (nth is None and len(hits) > 1):
            raise AssertionError(f"“{needle}” is on {len(hits)} line(s) of the plan, not {'one' if nth is None else nth}:"
                                 f"\n{self}")
        return hits[(nth or 1) - 1]

    def edit(self, old: str, new: str) -> "PlanText":
        """Replace the one occurrence of `old` (failing loudly when there is none or several)."""
        count = self.count(old)
        if count != 1:
            raise AssertionError(f"“{old}” occurs {count} times in the plan, not once:\n{self}")
        return PlanText(self.replace(old, new), self.filename)

    def append_to_line(self, needle: str, tail: str) -> "PlanText":
        """Add `tail` at the end of the line holding `needle` (a trailing comment, say)."""
        lines = self.split("\n")
        i = self.line_of(needle) - 1
        lines[i] += tail
        return PlanText("\n".join(lines), self.filename)

    def insert_line_before(self, needle: str, line: str) -> "PlanText":
        lines = self.split("\n")
        lines.insert(self.line_of(needle) - 1, line)
        return PlanText("\n".join(lines), self.filename)


@dataclass
class PlanDraft:
    """A plan under construction; the editing methods return the draft, so they chain."""

    title: Optional[str] = None
    level: Optional[str] = None
    region: Optional[str] = None
    department: Optional[str] = None
    period: Optional[tuple[int, int]] = (2016, 2020)
    indicators: list[Indicator] = field(default_factory=list)
    actions: list[Item] = field(default_factory=list)
    projects: list[Item] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    # ---- reading and editing the parts

    def indicator(self, name: str) -> Indicator:
        return _named(self.indicators, name, lambda i: i.name)

    def action(self, title_part: str) -> Item:
        return _named(self.actions, title_part, lambda a: a.title, partial=True)

    def project(self, title_part: str) -> Item:
        return _named(self.projects, title_part, lambda p: p.title, partial=True)

    def section(self, heading_part: str) -> Section:
        return _named(list(_walk(self.sections)), heading_part, lambda s: s.heading, partial=True)

    def with_meta(self, **meta: Any) -> "PlanDraft":
        """Set title, level, region, department or period (None leaves the key out)."""
        for key, value in meta.items():
            if key not in ("title", "level", "region", "department", "period"):
                raise TypeError(f"not a metadata key: {key}")
            setattr(self, key, value)
        return self

    def change_indicator(self, name: str, /, **fields: Any) -> "PlanDraft":
        """Change fields of the indicator called `name` (its name too: name=…)."""
        ind = self.indicator(name)
        for key, value in fields.items():
            if not hasattr(ind, key):
                raise TypeError(f"not an indicator field: {key}")
            setattr(ind, key, value)
        return self

    def add_indicator(self, name: str, target: Optional[Value] = None, /, **fields: Any) -> "PlanDraft":
        self.indicators.append(Indicator(name, target, **fields))
        return self

    def drop_indicator(self, *names: str) -> "PlanDraft":
        for name in names:
            self.indicators.remove(self.indicator(name))
        return self

    def add_action(self, title: str, body: str = "", goal: Optional[str] = None) -> "PlanDraft":
        self.actions.append(Item(title, body, goal))
        return self

    def drop_action(self, *title_parts: str) -> "PlanDraft":
        for part in title_parts:
            self.actions.remove(self.action(part))
        return self

    def add_project(self, title: str, body: str = "") -> "PlanDraft":
        self.projects.append(Item(title, body))
        return self

    def drop_project(self, *title_parts: str) -> "PlanDraft":
        for part in title_parts:
            self.projects.remove(self.project(part))
        return self

    def add_section(self, heading: str, body: str = "", under: Optional[str] = None) -> "PlanDraft":
        """A section at the top level, or as the last subsection of the one headed `under`."""
        target = self.section(under).sections if under else self.sections
        target.append(Section(heading, body))
        return self

    def drop_section(self, heading_part: str) -> "PlanDraft":
        doomed = self.section(heading_part)
        for parent in [self, *_walk(self.sections)]:
            if doomed in parent.sections:
                parent.sections.remove(doomed)
        return self

    def copy(self) -> "PlanDraft":
        return copy.deepcopy(self)

    # ---- rendering

    def yaml(self, filename: str = "plan.yaml") -> PlanText:
        return PlanText(render_yaml(self), filename)

    def markdown(self, filename: str = "plan.md") -> PlanText:
        return PlanText(render_markdown(self), filename)


def _named(items: list, key: str, name_of: Callable[[Any], str], partial: bool = False):
    hits = [x for x in items if (key in name_of(x) if partial else name_of(x) == key)]
    if len(hits) != 1:
        raise KeyError(f"{len(hits)} parts named “{key}” among {[name_of(x) for x in items]}")
    return hits[0]


def _walk(sections: list[Section]) -> Iterator[Section]:
    for s in sections:
        yield s
        yield from _walk(s.sections)


# ---- YAML, in the layout of examples/*.yaml (flow mappings for period and observations)

def _scalar(value: Value, flow: bool = False) -> str:
    """A value as a drafter would write it: plain where YAML reads it back the same, else quoted."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"not a plan value: {value!r}")
    if not isinstance(value, str):
        return repr(value)
    probe = f"k: {{v: {value}}}" if flow else f"k: {value}"
    try:
        loaded = yaml.safe_load(probe)
        plain_ok = (loaded["k"]["v"] if flow else loaded["k"]) == value and "#" not in value
    except (yaml.YAMLError, TypeError, KeyError):
        plain_ok = False
    return value if plain_ok and value else json.dumps(value, ensure_ascii=False)


def _observation(year: Optional[int], value: Value) -> str:
    parts = ([f"year: {year}"] if year is not None else []) + [f"value: {_scalar(value, flow=True)}"]
    return "{" + ", ".join(parts) + "}"


def _yaml_sections(sections: list[Section], indent: str) -> list[str]:
    out = []
    for s in sections:
        out.append(f"{indent}- heading: {_scalar(s.heading)}")
        if s.body:
            out.append(f"{indent}  body: {_scalar(s.body)}")
        if s.sections:
            out.append(f"{indent}  sections:")
            out.extend(_yaml_sections(s.sections, indent + "    "))
    return out


def render_yaml(plan: PlanDraft) -> str:
    out = [f"{key}: {_scalar(getattr(plan, key))}" for key in ("title", "level", "region", "department")
           if getattr(plan, key) is not None]
    if plan.period is not None:
        out.append(f"period: {{start: {plan.period[0]}, end: {plan.period[1]}}}")
    if plan.indicators:
        out.append("indicators:")
        for ind in plan.indicators:
            out.append(f"  - name: {_scalar(ind.name)}")
            if ind.unit is not None:
                out.append(f"    unit: {_scalar(ind.unit)}")
            if ind.category is not None:
                out.append(f"    category: {_scalar(ind.category)}")
            if ind.base is not None:
                out.append(f"    base: {_observation(ind.base_year, ind.base)}")
            if ind.target is not None:
                out.append(f"    target: {_observation(ind.target_year, ind.target)}")
            if ind.growth is not None:
                out.append(f"    growth: {_scalar(ind.growth)}")
    for key in ("actions", "projects"):
        items: list[Item] = getattr(plan, key)
        if items:
            out.append(f"{key}:")
        for item in items:
            out.append(f"  - title: {_scalar(item.title)}")
            if item.goal is not None:
                out.append(f"    goal: {_scalar(item.goal)}")
            if item.body:
                out.append(f"    body: {_scalar(item.body)}")
    if plan.sections:
        out.append("sections:")
        out.extend(_yaml_sections(plan.sections, "  "))
    return "\n".join(out) + "\n"


# ---- Markdown, as a converted Word document: front matter, a title, the sections, with the
# indicator table (units in the name), the 专栏 boxes and the actions under 优先行动 placed
# before 保障措施

def render_markdown(plan: PlanDraft) -> str:
    meta = [f"{key}: {_scalar(getattr(plan, key))}" for key in ("level", "region", "department")
            if getattr(plan, key) is not None]
    if plan.period is not None:
        meta.append(f"period: {{start: {plan.period[0]}, end: {plan.period[1]}}}")
    out: list[str] = ["---", *meta, "---", ""] if meta else []
    if plan.title:
        out += [f"# {plan.title}", ""]
    # the plan's own parts stand where a plan has them: after the text, before 保障措施
    closing = next((i for i, s in enumerate(plan.sections) if "保障措施" in s.heading), len(plan.sections))
    out += _markdown_sections(plan.sections[:closing], 2)
    if plan.indicators:
        out += ["## 发展目标", "", *_markdown_table(plan.indicators), ""]
    if plan.projects:
        out += ["## 主要任务和重点工程", ""]
        for p in plan.projects:
            out += [f"> **{p.title}**", *([f"> {p.body}"] if p.body else []), ""]
    if plan.actions:
        out += ["## 优先行动", ""]
        for number, a in enumerate(plan.actions):
            out += [f"### （{_CHINESE_NUMBERS[number]}）{a.title}", ""]
            out += [para for text in (a.goal, a.body) if text for para in (text, "")]
    out += _markdown_sections(plan.sections[closing:], 2)
    return "\n".join(out).rstrip("\n") + "\n"


_CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]


def _markdown_sections(sections: list[Section], depth: int) -> list[str]:
    out = []
    for s in sections:
        out += [f"{'#' * depth} {s.heading}", ""]
        if s.body:
            out += [s.body, ""]
        out += _markdown_sections(s.sections, depth + 1)
    return out


def _markdown_table(indicators: list[Indicator]) -> list[str]:
    base_years = {i.base_year for i in indicators if i.base is not None}
    target_years = {i.target_year for i in indicators if i.target is not None}
    if len(base_years) > 1 or len(target_years) > 1 or None in base_years | target_years:
        raise ValueError("a Markdown table has one base-year and one target-year column: write this plan as YAML")
    base_year = next(iter(base_years), 2015)
    target_year = next(iter(target_years), 2020)

    def cell(v: Optional[Value]) -> str:
        return "" if v is None else str(v)
    rows = [f"| 指标 | {base_year}年 | {target_year}年 | 年均增速（%） |", "| --- | --- | --- | --- |"]
    for i in indicators:
        name = f"{i.name}（{i.unit}）" if i.unit else i.name
        rows.append(f"| {name} | {cell(i.base)} | {cell(i.target)} | {cell(i.growth) or '—'} |")
    return rows


# ---- the compliant province plan: every required indicator at or above the national target,
# every required priority action deployed, every 专栏 a province takes up taken up, the duty
# of its region (长江经济带) taken up, and its own figures consistent. It has no findings at all
# (tests/checks/test_baseline.py holds it to that, as YAML and as Markdown).

def _compliant_province() -> PlanDraft:
    return PlanDraft(
        title="江苏省“十三五”信息化发展规划", level="province", region="江苏省", period=(2016, 2020),
        indicators=[
            Indicator("光纤入户用户占总宽带用户的比率", 85, 62, "%", "〔23〕"),
            Indicator("固定宽带家庭普及率", 75, 52, "%", "〔23〕"),
            Indicator("移动宽带用户普及率", 90, 63, "%", "〔27〕"),
            Indicator("贫困村宽带网络覆盖率", 100, 86, "%", "〔14〕"),
            Indicator("信息消费规模", 6000, 3100, "亿元", 14.1),
            Indicator("电子商务交易规模", 4.5, 2.4, "万亿元", 13.4),
            Indicator("网络零售额", 9500, 3680, "亿元", 20.9),
            Indicator("社会保障卡普及率", 95, 78, "%", "〔17〕"),
            Indicator("电子健康档案城乡居民覆盖率", 92, 80, "%", "〔12〕"),
            Indicator("基本公共服务事项网上办理率", 90, 30, "%", "〔60〕"),
        ],
        actions=[
            Item("5G与下一代互联网超前部署行动",
                 "开展5G网络技术试验和商用部署，推动下一代互联网（IPv6）在骨干网、城域网和政府网站全面部署，"
                 "推进下一代广播电视网建设与融合，布局未来网络和工业互联网试验网络。",
                 "到2018年，IPv6规模部署取得突破；到2020年，5G实现商用部署，城域网全面支持IPv6。"),
            Item("云计算数据中心和物联网应用基础设施建设行动",
                 "统筹全省数据中心布局，推进绿色数据中心建设和节能改造；建设城市级物联网接入管理与数据汇聚平台，"
                 "推进物联网在城市基础设施中的应用。",
                 "到2020年，新建大型云计算数据中心PUE值不高于1.4。"),
            Item("政务数据资源共享开放行动",
                 "编制政务数据资源共享目录，建成省级政府数据统一共享交换平台和开放平台，推动民生保障领域政府数据集向社会开放。"),
            Item("“互联网+政务服务”推进行动",
                 "推进政务服务“一号申请、一窗受理、一网通办”，建设自然人和法人电子证照库，建立统一身份认证体系，"
                 "构建便民服务“一张网”。"),
            Item("美丽江苏信息化专项行动",
                 "建设生态环境监测网络和自然资源动态监测监管信息系统，推进“互联网+智慧能源”，建设重点用能单位能耗在线监测系统；"
                 "推进长江经济带（江苏段）环境监测信息化，加强太湖流域水环境联防联控。"),
            Item("网络扶贫与信息进村入户行动",
                 "实施网络覆盖、电商扶贫、网络扶智和扶贫信息服务工程，到2020年实现经济薄弱村宽带网络全覆盖。"),
            Item("新型智慧城市建设行动",
                 "分级分类推进新型智慧城市建设，推进城市时空信息云平台和数字化城市管理平台建设，开展新型智慧城市评价。"),
            Item("在线教育普惠行动",
                 "推进“宽带网络校校通、优质资源班班通、网络学习空间人人通”，建设数字教育资源公共服务体系和在线开放课程平台。"),
            Item("健康江苏信息服务行动",
                 "建设全民健康信息平台，推广远程医疗、预约诊疗和诊间结算，普及居民电子健康档案和健康卡，发展健康医疗大数据应用。"),
        ],
        projects=[
            Item("专栏1　信息产业体系创新工程",
                 "围绕集成电路、新型显示、物联网等领域完善信息产业生态，培育一批核心技术突出的创新型企业，支持企业参与开源社区。"),
            Item("专栏2　宽带乡村提升工程",
                 "深化电信普遍服务，推进光纤到村和4G网络向自然村延伸，提升苏北偏远地区农村家庭宽带接入能力。"),
            Item("专栏3　数字经济创新发展工程", "建设信息经济示范区，发展分享经济、跨境电子商务和智慧物流，支持众创空间发展。"),
            Item("专栏4　网络内容建设工程", "做强重点新闻网站，加强网上正面宣传和网络文艺创作。"),
            Item("专栏5　网络文明建设工程", "开展“中国好网民”活动，推进网络诚信建设，倡导文明上网。"),
            Item("专栏6　网络安全保障工程",
                 "建设全省网络安全态势感知和监测预警平台，完善应急处置机制；落实关键信息基础设施安全防护和等级保护制度。"),
        ],
        sections=[
            Section("一、发展现状与形势",
                    "“十二五”期间，全省信息基础设施建设加快推进，信息产业规模居全国前列，电子政务和社会信息化应用不断深化。"),
            Section("二、总体要求", "以建设网络强省为目标，坚持创新驱动、融合发展、惠民便民、安全可控。"),
            Section("六、保障措施", "加强组织领导，完善规划实施评估机制，加大财政资金引导和社会资本投入。"),
        ],
    )


@pytest.fixture(scope="session")
def province_plan() -> Callable[..., PlanDraft]:
    """province_plan(**meta): a fresh compliant province plan (江苏省, 2016—2020), meta changed."""
    def make(**meta: Any) -> PlanDraft:
        return _compliant_province().with_meta(**meta)
    return make


@pytest.fixture(scope="session")
def blank_plan() -> Callable[..., PlanDraft]:
    """blank_plan(level=…, region=…, …): metadata only, no indicators, actions or text."""
    def make(title: Optional[str] = "测试规划", level: Optional[str] = "province", region: Optional[str] = "江苏省",
             department: Optional[str] = None, period: Optional[tuple[int, int]] = (2016, 2020)) -> PlanDraft:
        return PlanDraft(title, level, region, department, period)
    return make


@pytest.fixture
def lint_plan(lint):
    """lint_plan(draft or PlanText, fmt="yaml"|"md"): the FileReport of the rendered plan."""
    def run(plan: Union[PlanDraft, PlanText], fmt: str = "yaml"):
        text = plan if isinstance(plan, PlanText) else (plan.yaml() if fmt == "yaml" else plan.markdown())
        return lint(text, text.filename)
    return run


@pytest.fixture(scope="session")
def findings():
    """findings(report, code=None, subject=None): the report's diagnostics of that code (and subject)."""
    def pick(report, code: Optional[str] = None, subject: Optional[str] = None) -> list:
        return [d for d in report.diagnostics
                if (code is None or d.code == code) and (subject is None or d.subject == subject)]
    return pick
