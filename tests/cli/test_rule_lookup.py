"""`planlint rule`: a 专栏 by its short name, and the output in one language (issue 14)."""
from __future__ import annotations

import re

import pytest

from planlint.cli import main
from planlint.cli.errors import EXIT_OK, EXIT_USAGE

PACK_KEYS = re.compile(r"\b(province|city|county|ministry|level|scale)\b")
HAN = re.compile(r"[\u4e00-\u9fff]")


def rule(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["rule", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize("topic", ["专栏4", "专栏 4", "专栏4　乡村及偏远地区宽带提升工程"])
def test_a_box_is_found_by_its_short_name_and_by_the_heading_pl204_quotes(topic, capsys):
    status, out, _ = rule(capsys, topic)
    assert status == EXIT_OK
    assert out.startswith("乡村及偏远地区宽带提升工程") and "PL204" in out


def test_a_short_name_is_exact_so_box_1_is_not_box_10(capsys):
    status, out, _ = rule(capsys, "专栏1")
    assert status == EXIT_OK and "可能指" not in out and "专栏1　" in out and "专栏10" not in out


def test_an_unknown_box_is_exit_2(capsys):
    status, _, err = rule(capsys, "专栏99")
    assert status == EXIT_USAGE and "专栏99" in err


def test_chinese_output_shows_no_pack_keys(capsys):
    _, out, _ = rule(capsys, "社会保障卡普及率")
    assert "省级、市级、县级" in out and "类型：水平" in out
    assert not PACK_KEYS.search(out), PACK_KEYS.search(out)


def test_english_output_frames_everything_in_english(capsys):
    _, out, _ = rule(capsys, "电子商务交易规模", "--lang", "en")
    assert "Levels that must carry it: province, city, county" in out
    assert "Unit: trillion yuan" in out and "Kind: scale" in out and "National requirement: >38 trillion yuan" in out
    labels = [line.split(":", 1)[0] for line in out.splitlines()[1:] if ":" in line]
    assert labels and not any(HAN.search(label) for label in labels)


def test_an_unknown_topic_is_said_in_english_under_lang_en(capsys):
    status, _, err = rule(capsys, "PL999", "--lang", "en")
    assert status == EXIT_USAGE and not HAN.search(err), err


def test_a_duty_bound_in_two_regions_is_one_item_with_each_regions_levels():
    """跨境电子商务综合试验区 was two duties of one name (浙江省 province, 杭州市 city/county): `rule`
    answered “可能指：跨境电子商务综合试验区、跨境电子商务综合试验区”."""
    from planlint.cli.app import main
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["rule", "跨境电子商务综合试验区"]) == 0
    assert "适用地区：浙江省（省级）、杭州市（市级、县级）" in out.getvalue()
