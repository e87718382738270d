"""Decoding refuses control and bidi characters, located; one scan finds either, and a control
character is the one reported wherever a bidi control stands."""
from __future__ import annotations

import pytest

from planlint.model import Location
from planlint.readers.source import SourceError, decode


def _refusal(text: str) -> SourceError:
    with pytest.raises(SourceError) as err:
        decode(text.encode("utf-8"))
    return err.value


def test_a_control_character_after_a_bidi_control_is_the_one_reported():
    err = _refusal("title: 某省\u202e规划\nregion: 甘肃\x01省\n")
    assert "0001" in str(err.message) and err.loc == Location(2, 11)


def test_a_bidi_control_alone_is_reported_where_it_stands():
    err = _refusal("title: 某省规划\n正文\u2066隐藏\u2069\n")
    assert "2066" in str(err.message) and err.loc == Location(2, 3)


def test_clean_text_decodes_unchanged():
    assert decode("指　标\r\n2020年\n".encode("utf-8")) == "指　标\n2020年\n"
