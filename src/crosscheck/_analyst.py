"""What an analyst asks of a report: a claim's tolerance, a finding's claims, a subset.

``Report.tolerance``, ``Report.claims_of`` and ``Report.filter`` call these.
The tolerance interval is the judge's own (:func:`crosscheck.judge.claim_interval`,
widened by the unit concept's tolerance from ``lang/concepts.toml``), so a
chart or a DataFrame shows exactly the interval two claims were compared on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ._fold import fold
from .claims import Claim
from .extract._quantity import Number
from .judge import Finding, Side, TimelinePoint, claim_interval, source_key

if TYPE_CHECKING:
    from ._report import Report


def _bound(value: float) -> Number | None:
    if math.isinf(value):
        return None
    value = round(value, 6)  # 12,000 × 1.1 is 13200.000000000002 in floating point
    return int(value) if value.is_integer() else value


def tolerance_interval(claim: Claim) -> tuple[Number | None, Number | None]:
    """The values a quantity claim allows, tolerance included: (low, high), None = open.

    "about 11,000-12,000" allows 9,900-13,200 (±10 %); an exact figure
    allows only itself; a magnitude has its concept's absolute tolerance.
    Dates and quotes have no tolerance: (None, None).
    """
    if claim.kind != "quantity" or (claim.low is None and claim.high is None):
        return None, None
    iv = claim_interval(claim)
    return _bound(iv.low), _bound(iv.high)


def claims_of(report: Report, finding: Finding | Side | TimelinePoint | str) -> tuple[Claim, ...]:
    """The claims of a finding (or a finding id), a side or a timeline point, as objects.

    A finding holds its :class:`Claim` objects already; sides and timeline
    points name theirs by id, as the JSON does.
    """
    if isinstance(finding, str):
        found = [f for f in report.findings if f.id == finding]
        if not found:
            raise KeyError(finding)
        finding = found[0]
    if isinstance(finding, Finding):
        return finding.claims
    return tuple(report.claim(cid) for cid in finding.claims)


def _names(value: str | Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset([value] if isinstance(value, str) else value)


def _source_match(claim: Claim, wanted: frozenset[str]) -> bool:
    """A claim credits one of ``wanted``: its normalised key, or any spelling of its name."""
    key = source_key(claim)
    name = claim.attributed_to or claim.speaker
    folded = {" ".join(fold(w).split()) for w in wanted}
    spelled = name is not None and " ".join(fold(name).split()) in folded
    return key is not None and (key in wanted or key in folded or spelled)


def filter_report(
    report: Report,
    *,
    unit: str | Iterable[str] | None = None,
    story: str | Iterable[str] | None = None,
    kind: str | Iterable[str] | None = None,
    article: str | Iterable[str] | None = None,
    source: str | Iterable[str] | None = None,
) -> Report:
    """A report restricted to the claims and findings that match every given criterion.

    ``unit``: a unit concept ("troops"); ``story``: a story id; ``kind``: a
    finding kind ("conflict", …; the headline kind); ``article``: an article
    id; ``source``: a credited source, by normalised key or by any spelling.
    Each accepts one value or several. A finding is kept when its own fields
    match and one of its claims matches; it is kept whole, so ``claims``
    also holds the other figures of the kept findings (every finding's
    claims resolve). Articles, stories and the claim graph follow the kept
    claims; ``alignment`` is dropped (its refusals were for the whole batch).
    """
    units, stories, kinds = _names(unit), _names(story), _names(kind)
    articles, sources = _names(article), _names(source)

    def claim_ok(c: Claim) -> bool:
        return (
            (units is None or c.unit in units)
            and (stories is None or c.story in stories)
            and (articles is None or c.article in articles)
            and (sources is None or _source_match(c, sources))
        )

    matched = {c.id for c in report.claims if claim_ok(c)}
    findings = tuple(
        f
        for f in report.findings
        if (kinds is None or f.kind in kinds)
        and (units is None or f.unit in units or any(c.unit in units for c in f.claims))
        and (stories is None or f.story in stories)
        and any(cid in matched for cid in f.claim_ids)
    )
    # a kind asked for keeps only the figures of those findings
    kept = set(matched) if kinds is None else set()
    for f in findings:
        kept.update(f.claim_ids)
    claims = tuple(c for c in report.claims if c.id in kept)
    article_ids = {c.article for c in claims}
    if kinds is None:
        article_ids |= {a for a in (articles or ()) if any(r.id == a for r in report.articles)}
        if stories is not None:
            article_ids |= {a for s in report.stories if s.id in stories for a in s.articles}
    records = tuple(r for r in report.articles if r.id in article_ids)
    story_ids = {c.story for c in claims if c.story}
    if kinds is None:
        story_ids |= set(stories or ())
    kept_stories = tuple(
        s for s in report.stories if s.id in story_ids or any(a in article_ids for a in s.articles)
    )
    if stories is not None:
        kept_stories = tuple(s for s in kept_stories if s.id in stories)
    edges = tuple(e for e in report.edge_list() if e.a in kept and e.b in kept)
    return attrs.evolve(
        report,
        articles=records,
        claims=claims,
        findings=findings,
        graph=None,  # built from the kept claims and edges when read
        edges=edges,
        stories=kept_stories,
        alignment=None,
    )
