"""The report in a notebook: a short ``repr`` and an HTML view (conflicts first).

A bare ``report`` in a Jupyter cell calls ``_repr_html_``; a ``repr`` must
stay one line of counts, because the claims and findings of a batch run to
tens of kilobytes. All article text is escaped: quotes and titles come from
untrusted pages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .._codes import FindingKind
from ..claims import Claim
from ..ingest import ArticleRecord
from ..judge import Finding
from ..judge._findings import Side
from ._labels import article_labels
from ._safe import html_text as escape
from ._words import figure, fmt

if TYPE_CHECKING:
    from .._report import Report

# How many non-conflict findings the notebook view lists before "… and N more".
_OTHER_LIMIT = 20
# A conflict with more sides than this lists them folded.
_SIDES_OPEN = 6


def short_repr(report: Report) -> str:
    """One line of counts: articles, claims, findings by kind, stories."""
    s = report.summary()
    kinds = ", ".join(f"{k}={n}" for k, n in s["findings"].items() if n) or "none"
    skipped = f" ({s['articles_skipped']} skipped)" if s["articles_skipped"] else ""
    return (
        f"<Report: {s['articles']} articles{skipped}, {s['claims']} claims, "
        f"{s['stories']} stories, findings: {kinds}>"
    )


def side_interval(finding: Finding, side: Side) -> str:
    """A side's shared interval in words ("20,000–30,000", "2024-06-01–2024-06-30")."""
    if finding.claim_kind == "date":
        low, high = side.date_low or "open", side.date_high or "open"
        return low if low == high else f"{low}–{high}"
    if side.low is None and side.high is None:
        return "any value"
    if side.low == side.high:
        return fmt(side.low)
    if side.high is None:
        return f"at least {fmt(side.low)}"
    if side.low is None:
        return f"up to {fmt(side.high)}"
    return f"{fmt(side.low)}–{fmt(side.high)}"


def what(finding: Finding) -> str:
    """The quantity a finding is about: "troops (sent)", "date of signed", "quote"."""
    if finding.claim_kind == "date":
        return f"date of {finding.event}" if finding.event else "date"
    if finding.claim_kind == "quote":
        return "quote"
    parts = [p for p in (finding.unit, f"({finding.event})" if finding.event else None) if p]
    return " ".join(parts) or "figure"


def _figure_li(claim: Claim, labels: Mapping[str, str]) -> str:
    source = claim.attributed_to or claim.speaker
    cited = f", citing <i>{escape(source)}</i>" if source else ""
    return (
        f"<li>“{escape(claim.text)}” <small>[{escape(figure(claim))}]</small> "
        f"— {escape(labels.get(claim.article, claim.article))}{cited}</li>"
    )


def _conflict(finding: Finding, by_id: Mapping[str, Claim], labels: Mapping[str, str]) -> str:
    severity = f" ({escape(finding.severity)})" if finding.severity else ""
    out = [
        f"<div style='margin:0.5em 0 1em 0'><b>Conflict{severity} on {escape(what(finding))}"
        f"</b> <code>{escape(finding.id)}</code>"
    ]
    folded = len(finding.sides) > _SIDES_OPEN
    if folded:  # a running toll: many as-of windows, each with its sides
        out.append(f"<details><summary>{len(finding.sides)} sides</summary>")
    for n, side in enumerate(finding.sides, 1):
        sources = ", ".join(side.sources) or "no named source"
        flag = " — consensus" if side.consensus else ""
        out.append(
            f"<div style='margin-left:1em'>Side {n}: <b>{escape(side_interval(finding, side))}"
            f"</b> ({side.origins} independent origin{'s' if side.origins != 1 else ''}; "
            f"sources: {escape(sources)}){flag}<ul style='margin:0'>"
        )
        out += [_figure_li(by_id[cid], labels) for cid in side.claims if cid in by_id]
        out.append("</ul></div>")
    if folded:
        out.append("</details>")
    out.append("</div>")
    return "\n".join(out)


def skipped_items(records: Sequence[ArticleRecord]) -> list[str]:
    """One escaped ``<li>`` per skipped input: where it came from, the reason, the detail."""
    return [
        f"<li>{escape(r.path or r.id)}: {escape(r.reason or '')} {escape(r.detail or '')}</li>"
        for r in records
    ]


def repr_html(report: Report) -> str:
    """The notebook view: counts, every conflict with its sides and sources, then the rest."""
    by_id = {c.id: c for c in report.claims}
    labels = article_labels(report.articles)
    out = [f"<div class='crosscheck-report'><p><b>{escape(short_repr(report))}</b></p>"]
    conflicts = report.conflicts
    out.append(f"<h4>Conflicts ({len(conflicts)})</h4>")
    out += [_conflict(f, by_id, labels) for f in conflicts] or ["<p>None.</p>"]
    others = [f for f in report.findings if f.kind != FindingKind.CONFLICT]
    if others:
        out.append(
            f"<details><summary>Other findings ({len(others)})</summary>"
            "<table><tr><th>kind</th><th>about</th><th>figures</th><th>explanation</th></tr>"
        )
        for f in others[:_OTHER_LIMIT]:
            figures = "; ".join(f"“{escape(c.text)}”" for c in f.claims)
            out.append(
                f"<tr><td>{escape(f.kind)}</td><td>{escape(what(f))}</td><td>{figures}</td>"
                f"<td style='text-align:left'>{escape(f.explanation)}</td></tr>"
            )
        out.append("</table>")
        if len(others) > _OTHER_LIMIT:
            out.append(f"<p>… and {len(others) - _OTHER_LIMIT} more (report.findings).</p>")
        out.append("</details>")
    skipped = [r for r in report.articles if r.status != "ok"]
    if skipped:
        out.append(f"<details><summary>Skipped inputs ({len(skipped)})</summary><ul>")
        out += skipped_items(skipped)
        out.append("</ul></details>")
    out.append("</div>")
    return "\n".join(out)
