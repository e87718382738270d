"""Which levels answer for the priority actions, and how severely."""


def _plan(level: str, region: str) -> str:
    return (f"title: 测试规划\nlevel: {level}\nregion: {region}\nperiod: {{start: 2016, end: 2020}}\n"
            "actions:\n  - title: 政务服务一网通办行动\n"
            "    body: 推进政务服务“一号申请、一窗受理、一网通办”，建设电子证照库和统一身份认证体系。\n")


def pl201(report):
    return {d.subject: d.severity for d in report.diagnostics if d.code == "PL201"}


def test_province_must_cover_actions_as_errors(lint):
    found = pl201(lint(_plan("province", "江苏省")))
    assert found.get("新型智慧城市建设行动") == "error"
    assert "“互联网+政务服务”行动" not in found           # covered under a local title


def test_city_should_cover_them_as_warnings(lint):
    found = pl201(lint(_plan("city", "苏州市")))
    assert found.get("新型智慧城市建设行动") == "warning"
    assert "“互联网+政务服务”行动" not in found


def test_ministry_plans_are_not_held_to_local_actions(lint):
    text = _plan("ministry", "x").replace("region: x\n", "department: 商务部\n")
    assert pl201(lint(text)) == {}
