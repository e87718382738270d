"""Findings on plans written in styles the other tests do not use (the issue 12 audit): each
test is a passage of a realistic plan that planlint once misread, with what a reviewer expects."""
from __future__ import annotations

FRONT = "---\nlevel: province\nregion: 四川省\nperiod: {start: 2016, end: 2020}\n---\n\n# 四川省“十三五”信息化发展规划\n\n"


def test_a_share_written_in_tenths_in_prose_is_a_target(lint, findings):
    text = FRONT + ("## 二、发展目标\n\n信息惠民。到2020年，基本公共服务事项网上办理率达到八成以上，"
                    "社会保障卡普及率达到七成。\n")
    report = lint(text, "plan.md")
    assert findings(report, "PL101", "基本公共服务事项网上办理率") == []
    [weak] = findings(report, "PL102", "社会保障卡普及率")
    assert "七成" in weak.message or "70%" in weak.message
