"""The report for people: a terminal summary and a Markdown document."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from .._codes import FindingKind
from ._labels import named
from ._safe import log_line, markdown, printable

if TYPE_CHECKING:
    from .._report import Report

# One title per FindingKind; sections follow FindingKind's order.
_TITLES = {
    "conflict": "Conflicts",
    "quote_variant": "Quotes worded differently",
    "timeline": "Timelines (updates over time)",
    "range": "Ranges",
    "agreement": "Agreements",
    "single_source": "Single-source claims",
    "not_aligned": "Kept apart on purpose",
}


def _header(report: Report) -> list[str]:
    s = report.summary()
    return [
        f"crosscheck report: {s['articles_ok']} of {s['articles']} articles analysed, "
        f"{s['claims']} claims, {s['stories']} stories, {s['findings']['conflict']} conflicts, "
        f"{s['findings']['timeline']} timelines, "
        f"{s['findings']['agreement']} agreements, {s['findings']['range']} ranges, "
        f"{s['findings']['single_source']} single-source, "
        f"{s['findings']['quote_variant']} quote variants, "
        f"{s['findings']['not_aligned']} kept apart"
    ]


# The text report wraps at this width (fixed, so the output does not depend on the terminal).
_WIDTH = 100


def _wrapped(text: str, first: str = "  - ", rest: str = "    ") -> list[str]:
    return textwrap.wrap(
        text,
        width=_WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def to_text(report: Report) -> str:
    """A readable plain-text summary: skipped inputs, then findings by kind.

    Articles are named by outlet and date (or title) where the input gave
    them; lines wrap at 100 columns. Every line that holds article text
    (ids, paths, quotes, sources) goes through :func:`printable` before it is
    wrapped, so no control character, ANSI sequence, CR or bidi override
    reaches a terminal, and every wrapped line through :func:`log_line`, so
    a quote wrapped to the start of a line cannot become a CI command.
    """
    lines = _wrapped(_header(report)[0], first="", rest="  ")
    skipped = [r for r in report.articles if r.status != "ok"]
    if skipped:
        lines += ["", "Skipped inputs:"]
        lines += [
            printable(f"  - {r.id} ({r.path or 'object'}): {r.reason}: {r.detail or ''}".rstrip())
            for r in skipped
        ]
    if report.stories:
        lines += ["", f"Stories ({len(report.stories)}):"]
        lines += [
            printable(f"  - {s.id}: {', '.join(s.label)} ({len(s.articles)} articles)")
            for s in report.stories
        ]
    for kind in FindingKind:
        title = _TITLES[kind.value]
        items = [f for f in report.findings if f.kind == kind]
        if not items:
            continue
        lines += ["", f"{title} ({len(items)}):"]
        for f in items:
            lines += _wrapped(printable(f"[{f.id}] {named(f.explanation, report.articles)}"))
    return "\n".join(log_line(line) for line in lines) + "\n"


def to_markdown(report: Report) -> str:
    """A Markdown document: summary, articles table, findings with their claims.

    Article text is untrusted: every value that comes from an input (ids,
    languages, dates, reasons, quotes, sources) goes through
    :func:`~crosscheck.render._safe.markdown`, so it cannot inject markup,
    links, code spans, table cells or terminal controls.
    """
    md = markdown
    out = [
        "# crosscheck report",
        "",
        _header(report)[0].removeprefix("crosscheck report: ") + ".",
        "",
    ]
    out += [
        "## Articles",
        "",
        "| id | language | published | status | reason |",
        "|---|---|---|---|---|",
    ]
    for r in report.articles:
        out.append(
            f"| {md(r.id)} | {md(r.language or '')} | {md(r.published or '')} | {md(r.status)} | "
            f"{md((r.reason or '') + (': ' + r.detail if r.detail else ''))} |"
        )
    for kind in FindingKind:
        title = _TITLES[kind.value]
        items = [f for f in report.findings if f.kind == kind]
        if not items:
            continue
        out += ["", f"## {title}", ""]
        for f in items:
            out.append(f"- **{md(f.kind)}** {md(f.id)}: {md(f.explanation)}")
            for c in f.claims:
                source = f", citing *{md(c.attributed_to)}*" if c.attributed_to else ""
                out.append(
                    f"  - {md(c.id)} “{md(c.text)}” "
                    f"(article {md(c.article)}, chars {c.start}–{c.end}{source})"
                )
    return "\n".join(out) + "\n"
