"""Characters that str.isdigit() accepts and int() does not (①, ²) are values the plan got
wrong, never planlint's own error (PL900). Found by tools/fuzz.py."""
from __future__ import annotations

import pytest

from planlint.readers.docx.package import is_digits

PLAN = """\
title: 甘肃省“十三五”信息化规划
level: province
region: 甘肃省
period: {{start: {start}, end: 2020}}
indicators:
  - name: 固定宽带家庭普及率
    base: {{value: 50%, year: {year}}}
    target: {{value: 70%, year: 2020}}
"""


@pytest.mark.parametrize("start, year", [("2016①", "2015"), ("2016", "2015²"), ("２０１６", "2015")])
def test_a_year_with_a_digit_int_cannot_read_is_no_internal_error(lint, start, year):
    report = lint(PLAN.format(start=start, year=year))
    assert report.plan is not None
    assert not [d for d in report.diagnostics if d.code == "PL900"], report.diagnostics


@pytest.mark.parametrize("value, ok", [("3", True), ("12", True), ("①", False), ("²", False), ("", False),
                                       (None, False), ("9" * 5000, False)])
def test_word_attributes_are_read_as_numbers_only_when_int_can(value, ok):
    assert is_digits(value) is ok


@pytest.mark.parametrize("year", ["9" * 404, "20200", "0"])
def test_a_year_no_calendar_has_is_no_internal_error(lint, year):
    # found by tools/fuzz.py: a 404-digit target year made PL111's growth overflow a float
    text = PLAN.format(start="2016", year="2015").replace("year: 2020}", f"year: {year}}}")
    report = lint(text + "    growth: 10%\n")
    assert not [d for d in report.diagnostics if d.code == "PL900"], report.diagnostics
