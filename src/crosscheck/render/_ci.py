"""What the CI formats (github, sarif, junit) share: where a figure is, how a finding is named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._codes import ArticleStatus, FindingKind

if TYPE_CHECKING:
    from .._report import Report
    from ..claims import Claim
    from ..judge import Finding

# Findings a CI user should look at, and how loudly; the other kinds are information.
LEVELS = {
    FindingKind.CONFLICT.value: "warning",
    FindingKind.QUOTE_VARIANT.value: "notice",
}


def paths(report: Report) -> dict[str, str]:
    """Article id -> the path of its file (articles given as objects have none)."""
    return {r.id: r.path for r in report.articles if r.path}


def skipped(report: Report) -> list[tuple[str, str | None, int | None, str, str]]:
    """(id, path, record line, reason, detail) of each skipped input."""
    return [
        (r.id, r.path, r.line, str(r.reason or "skipped"), r.detail or "")
        for r in report.articles
        if r.status != ArticleStatus.OK
    ]


def subject(finding: Finding) -> str:
    """What a finding is about, in a few words: "troops (sent)", "date of 'signed'"."""
    what = finding.unit or finding.claim_kind
    return f"{what} ({finding.event})" if finding.event else what


def title(finding: Finding) -> str:
    """A one-line title: kind, severity and subject."""
    severity = f" ({finding.severity})" if finding.severity else ""
    return f"{finding.kind}{severity} on {subject(finding)}"


def cited(claim: Claim) -> str:
    """'figure' (article, citing source)."""
    source = claim.attributed_to or claim.speaker
    return f"'{claim.text}' ({claim.article}{', citing ' + source if source else ''})"


def opposed(report: Report, finding: Finding, claim: Claim) -> list[Claim]:
    """The claims on another side of a conflict than ``claim`` (same window), else the others."""
    others: list[str] = []
    mine = [s for s in finding.sides if claim.id in s.claims]
    for side in finding.sides:
        if claim.id in side.claims:
            continue
        if not mine or any(m.window == side.window for m in mine):
            others.extend(c for c in side.claims if c not in others)
    if not others:
        others = [c for c in finding.claim_ids if c != claim.id]
    return [report.claim(c) for c in others]
