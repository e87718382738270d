"""The overview section on top of the HTML report: contents, heat map, legend, clean plans, filter.

Self-contained like the page, and without script: the filter is checkboxes and radio buttons
that stand before the findings (`<main>`) and CSS rules that hide what is unchecked. Every text
from plans and packs is escaped.
"""
from __future__ import annotations

import html
import re

from planlint.i18n import Catalog
from planlint.overview import Overview
from planlint.overview.matrix import LABELS, MEANINGS, STATUSES
from planlint.run.report import FileReport

CODE = re.compile(r"[A-Z]{2}[0-9]{3}")     # only a registry-shaped code goes into a CSS rule

STYLE = """
nav.contents ol{columns:2;font-size:.9em}nav.contents li,ul.clean li{overflow-wrap:anywhere}
.heat{border-collapse:collapse;font-size:.8em;margin:.5em 0;display:block;overflow-x:auto;max-width:100%}
.heat th,.heat td{border:1px solid #ddd;padding:.15em .35em;white-space:nowrap}
.heat thead th{writing-mode:vertical-rl;vertical-align:bottom;font-weight:normal;max-height:14em;white-space:normal}
.heat th.plan{text-align:left;position:sticky;left:0;background:#fff;writing-mode:horizontal-tb}
.st-met{background:#c6efce}.st-missing{background:#ffc7ce}.st-below{background:#ffeb9c}
.st-doubtful{background:#ddebf7}.st-n\\/a{background:#f2f2f2;color:#999}
.legend span{display:inline-block;margin-right:1em;padding:0 .4em}
.filter{margin:.6em 0}label{margin-right:.8em}
"""

def anchor(index: int) -> str:
    return f"plan-{index + 1}"


def render_section(overview: Overview, reports: list[FileReport], lang: str, severity_label) -> str:
    t = Catalog(lang).t
    out = ['<section class="overview">', f"<h2>{t('overview.title')}</h2>"]
    out.append(f'<nav class="contents"><h3>{t("overview.contents")}</h3><ol>')
    for i, r in enumerate(reports):
        counts = " · ".join(f"{severity_label(s)} {r.count(s)}" for s in ("error", "warning", "info"))
        out.append(f'<li><a href="#{anchor(i)}">{_e(r.path)}</a> <small>{_e(counts)}</small></li>')
    out.append("</ol></nav>")
    out.append('<p class="legend">' + "".join(
        f'<span class="st-{s}" title="{_e(MEANINGS[s]().render(lang))}">{_e(LABELS[s]().render(lang))}</span>'
        for s in STATUSES) + "</p>")
    out.append('<table class="heat"><thead><tr><th class="plan">' + t("overview.file") + "</th>"
               + "".join(f'<th title="{_e(c.source)}">{_e(c.header(lang))}</th>' for c in overview.columns)
               + "</tr></thead><tbody>")
    for i, row in enumerate(overview.rows):
        out.append(f'<tr><th class="plan"><a href="#{anchor(i)}">{_e(row.path)}</a></th>' + "".join(
            f'<td class="st-{c.status}" title="{_e(c.label(lang))}">{_e(c.label(lang).split(" ")[0])}</td>'
            for c in row.cells) + "</tr>")
    out.append("</tbody></table>")
    clean = [r.path for r in reports if not r.diagnostics]
    out.append(f"<h3>{_e(t('overview.clean', count=len(clean)))}</h3>")
    out.append("<ul class=\"clean\">" + "".join(f"<li>{_e(p)}</li>" for p in clean) + "</ul>" if clean
               else f"<p>{t('overview.none')}</p>")
    out.append("</section>")
    return "\n".join(out)


def render_filter(reports: list[FileReport], lang: str, severity_label) -> str:
    """The controls and the rules they drive. The inputs stand at the page's top level, siblings
    before `<main>`, so that `~ main` reaches the findings."""
    t = Catalog(lang).t
    codes = sorted({d.code for r in reports for d in r.diagnostics if CODE.fullmatch(d.code)})
    rules = [f"#sev-{s}:not(:checked)~main .finding.{s}{{display:none}}" for s in ("error", "warning", "info")]
    rules += [f'#code-{c}:checked~main .finding:not([data-code="{c}"]){{display:none}}' for c in codes]
    out = [f"<style>{''.join(rules)}</style>",
           f'<span class="filter">{t("overview.filter")}</span>']
    out += [f'<input type="checkbox" id="sev-{s}" checked><label for="sev-{s}">{_e(severity_label(s))}</label>'
            for s in ("error", "warning", "info")]
    out.append(f'<input type="radio" name="code" id="code-all" checked><label for="code-all">'
               f'{t("overview.all-codes")}</label>')
    out += [f'<input type="radio" name="code" id="code-{c}"><label for="code-{c}">{c}</label>' for c in codes]
    return "\n".join(out)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
