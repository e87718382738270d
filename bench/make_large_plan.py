"""Write a large (≈80 KB) YAML plan for benchmarking, scaled from an example plan.

The example's indicators and actions are kept; its sections are repeated with numbered
headings and longer bodies until the file reaches the requested size, so the file has the
shape of a full province plan (most of whose bytes are running text).
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

PARAGRAPH = ("围绕{n}项重点任务，统筹推进信息基础设施建设、数据资源共享开放和信息化应用示范，"
             "健全工作推进机制，明确责任分工和时间节点，强化规划实施评估，开展年度监测和中期评估。")


def make(example: Path, target_bytes: int) -> str:
    plan = yaml.safe_load(example.read_text(encoding="utf-8"))
    sections = []
    n = 0
    while True:
        n += 1
        body = "".join(PARAGRAPH.format(n=n * 10 + k) for k in range(6))
        sections.append({"heading": f"（{n}）专项任务{n}", "body": body,
                         "sections": [{"heading": f"{n}.{k} 具体措施", "body": PARAGRAPH.format(n=k)} for k in range(3)]})
        plan["sections"] = [{"heading": "三、主要任务", "sections": sections}]
        text = yaml.safe_dump(plan, allow_unicode=True, sort_keys=False)
        if len(text.encode("utf-8")) >= target_bytes:
            return text


if __name__ == "__main__":
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 80 * 1024
    dst.write_text(make(src, size), encoding="utf-8")
