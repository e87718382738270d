"""Write a large (≈80 KB) YAML plan for benchmarking, scaled from an example plan.

The example's indicators and actions are kept, local indicators are added, and numbered
task sections with short bodies are repeated until the file reaches the requested size: the
shape of a full province plan. The density of YAML nodes is calibrated on the figures the
benchmark issue gives for its 80 KB plan (libyaml composes it in ≈5 ms, pure-Python PyYAML in
≈58 ms); `python bench/make_large_plan.py --stats FILE` prints the same two figures.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

# local indicators of the kind province plans add beside the national ones: most match no
# national indicator, so they exercise the fuzzy matcher as real plans do
LOCAL_AREAS = ["工业企业", "服务业企业", "农业经营主体", "中小学校", "二级以上医院", "乡镇（街道）", "行政村", "重点景区"]
LOCAL_MEASURES = ["数字化研发设计工具普及率", "关键工序数控化率", "上云比例", "宽带接入比例", "电子商务应用比例",
                  "信息化投入（亿元）"]
SHORT = "完成第{n}项措施，明确责任单位。"
PARAGRAPH = ("围绕{n}项重点任务，统筹推进信息基础设施建设、数据资源共享开放和信息化应用示范，"
             "健全工作推进机制，明确责任分工和时间节点，强化规划实施评估，开展年度监测和中期评估。")


def make(example: Path, target_bytes: int) -> str:
    plan = yaml.safe_load(example.read_text(encoding="utf-8"))
    for area in LOCAL_AREAS:
        for measure in LOCAL_MEASURES:
            plan["indicators"].append({"name": f"{area}{measure}", "category": "地方特色指标",
                                       "base": {"year": 2015, "value": 30}, "target": {"year": 2020, "value": "60以上"}})
    sections = []
    n = 0
    while True:
        n += 1
        body = "".join(PARAGRAPH.format(n=n * 10 + k) for k in range(2))
        sections.append({"heading": f"（{n}）专项任务{n}", "body": body,
                         "sections": [{"heading": f"{n}.{k} 具体措施", "body": SHORT.format(n=k)} for k in range(8)]})
        plan["sections"] = [{"heading": "三、主要任务", "sections": sections}]
        text = yaml.safe_dump(plan, allow_unicode=True, sort_keys=False)
        if len(text.encode("utf-8")) >= target_bytes:
            return text


def stats(path: Path) -> str:
    import time
    text = path.read_text(encoding="utf-8")
    out = []
    for loader in (getattr(yaml, "CSafeLoader", None), yaml.SafeLoader):
        if loader is None:
            continue
        start = time.perf_counter()
        yaml.compose(text, Loader=loader)
        out.append(f"{loader.__name__}: {(time.perf_counter() - start) * 1000:.1f} ms")
    return f"{path.name}: {len(text.encode('utf-8')) / 1024:.0f} KB, compose " + ", ".join(out)


if __name__ == "__main__":
    if sys.argv[1] == "--stats":
        print(stats(Path(sys.argv[2])))
        raise SystemExit(0)
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 80 * 1024
    dst.write_text(make(src, size), encoding="utf-8")
