"""JUnit XML: one test suite per plan file, one failing test case per finding at or above the
failing severity (those below are passing cases with the finding in system-out), and one
passing case for a clean file, so CI dashboards count plans, not only problems. Under
--baseline only new findings fail."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from planlint.run.report import FileReport
from planlint.reporters.context import RenderContext
from planlint.reporters.where import bracket
from planlint.text.escapes import visible


def render(reports: list[FileReport], ctx: RenderContext) -> str:
    root = ET.Element("testsuites", name="planlint")
    total = failed = 0
    for r in reports:
        suite = ET.SubElement(root, "testsuite", name=r.path)
        n = f = 0
        if not r.diagnostics:
            ET.SubElement(suite, "testcase", classname=r.path, name="planlint")
            n = 1
        for d0 in r.diagnostics:
            d = ctx.catalog.localize(d0, ctx.summary(d0.code))
            n += 1
            name = f"{d.code} {ctx.catalog.name(d.subject)}" if d.subject else f"{d.code} {d.line}:{d.column}"
            case = ET.SubElement(suite, "testcase", classname=r.path, name=name, file=d.path, line=str(d.line))
            detail = "\n".join(f"{ctx.catalog.t(k)}: {v}" for k, v in
                               ((d.expected_key, d.expected), ("label.actual", d.actual),
                                ("label.source", d.source), ("label.rulepack", ctx.pack_of(d)), ("label.hint", d.hint)) if v)
            located = f"{d.path}:{d.line}:{d.column}: " + bracket(d, ctx.catalog.lang) + f"{d.code} {ctx.catalog.severity(d.severity)} {d.message}"
            # a finding the baseline already has passes, as it does for the exit status
            if ctx.fails(r.path, d.severity) and ctx.baseline_state(d0) != "unchanged":
                f += 1
                fail = ET.SubElement(case, "failure", message=d.message, type=d.code)
                fail.text = located + ("\n" + detail if detail else "")
            else:
                ET.SubElement(case, "system-out").text = located + ("\n" + detail if detail else "")
        suite.set("tests", str(n))
        suite.set("failures", str(f))
        suite.set("errors", "0")
        total, failed = total + n, failed + f
    root.set("tests", str(total))
    root.set("failures", str(failed))
    root.set("errors", "0")
    ET.indent(root)
    # XML 1.0 forbids most C0 controls, which ElementTree writes raw: escaped, the report stays well-formed
    return visible('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")
