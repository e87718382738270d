"""A locked-down CI runner: no writable temporary directory, a read-only home and cache.

jieba's own cache handling prints a traceback when its cache directory is read-only and
crashes when no temporary directory is writable; planlint segments with its own in-memory
dictionary (text/segment.py) and treats its rule-pack cache as optional, so neither may show.
"""
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

PLAN = """title: 某省“十三五”信息化发展规划
level: province
region: 江苏省
period: {start: 2016, end: 2020}
indicators:
  - name: 规上工业企业数字化研发设计工具普及率
    unit: "%"
    target: {year: 2020, value: 70}
  - name: 固定宽带家庭普急率
    unit: "%"
    target: {year: 2020, value: 75}
actions:
  - title: 智慧江苏建设行动
    body: 分级分类推进新型智慧城市建设。
"""


def test_no_writable_tmp_and_read_only_cache(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)          # read-only home and cache
    env = dict(os.environ, TMPDIR=str(tmp_path / "missing"), TEMP=str(tmp_path / "missing"),
               TMP=str(tmp_path / "missing"), HOME=str(locked), XDG_CACHE_HOME=str(locked / "cache"))
    env.pop("PLANLINT_CACHE_DIR", None)
    env.pop("PLANLINT_NO_CACHE", None)
    try:
        p = subprocess.run([sys.executable, "-m", "planlint", str(plan), "--format", "json"], env=env,
                           capture_output=True, text=True, timeout=120, cwd=tmp_path)
    finally:
        locked.chmod(stat.S_IRWXU)
    assert p.returncode in (0, 1), p.stderr
    assert p.stderr == "" and "Traceback" not in p.stdout
    codes = {(d["code"], d["subject"]) for d in json.loads(p.stdout)["diagnostics"]}
    assert ("PL103", "固定宽带家庭普及率") in codes          # the name needed segmentation
    assert not list(Path(tmp_path).glob("**/jieba*.cache"))


def test_segmentation_never_touches_the_temporary_directory(pack, monkeypatch):
    """In-process and root-proof: the paths that read or write temporary files must not run at all."""
    import tempfile

    from planlint.analysis.matching import IndicatorMatcher
    from planlint.model import Location, PlanIndicator

    def refuse(*args, **kwargs):
        raise AssertionError("temporary directory used")

    monkeypatch.setattr(tempfile, "gettempdir", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    matcher = IndicatorMatcher(pack)        # a fresh matcher: its segmenter is built here
    r = matcher.match(PlanIndicator("固定宽带家庭普急率", Location(1, 1), unit="%"))
    assert r.status == "doubtful"
    assert matcher.segmenter.cut("乡村企业人数") == ["乡村", "企业", "人数"]
