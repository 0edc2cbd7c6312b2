"""Denied figures against the sources that assert them.

A figure an article reports in order to deny it (status ``denied``, see
:mod:`crosscheck.claims._denials`) is no evidence of its value: the judge
leaves it out of its group's sides, timeline and agreements
(:func:`crosscheck.judge._findings.judge_group`). It is evidence that its
denier disputes the value, so
each denied figure gets a conflict finding of its own: its side against the
claims that assert the value, among those the aligner compared it with
(an edge of the claim graph: the same quantity). A claim asserts the value
when, within :data:`DENIAL_DAYS` of the denial's as-of time:

* it is no denial itself, has the denied figure's unit and is not vague
  ("thousands" asserts no value);
* its interval (tolerance included) holds a value the denied figure allows;
  an open bound asserts about its own figure: "over 11,000" asserts
  11,000 to 11,000 + ``APPROX_TOLERANCE`` (12,100), so it stands against a
  denied 11,300, while "over 300" does not; "up to 2,000" asserts 1,800 to
  2,000;
* it is not a relay of the very statement denied: when the article credits
  the denied figure to the source that gave it ("the Libyan Red Crescent
  reported 11,000 dead, but those numbers were contradicted by …"), another
  article crediting that source with the figure reports the same words and
  agrees on what was said. A figure in the clause a denial verb governs is
  the denier's own words (credited to the denier, asserted by no one), so
  every assertion stands against it, the denier's own included: "over
  11,000", credited to the Red Crescent, against the Red Crescent's denial
  of 11,300.

The finding is ``hard`` (a denial allows no narrow reading) and carries the
``denied`` note; its sides overlap in value, unlike other conflicts: one
side asserts what the other denies.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .._codes import FindingKind, FindingNote, Severity
from ..align._model import Edge
from ..claims import Claim
from ..claims._denials import DENIED
from ._findings import Finding, _base, _id, _side, _span_of
from ._intervals import APPROX_TOLERANCE, Interval
from ._time import as_of_text, span
from ._values import VALUES

__all__ = ["DENIAL_DAYS", "denial_findings"]

# How many days apart a denial and an assertion may hold and still meet: a
# figure given one day is often printed, and denied, the next.
DENIAL_DAYS = 1


def _asserts(claim: Claim) -> Interval | None:
    """The values a claim asserts: its interval, an open bound near its figure; None if vague."""
    if claim.qualifier == "vague":
        return None
    iv = VALUES["quantity"].interval(claim)
    if math.isinf(iv.high) and not math.isinf(iv.low):
        return Interval(iv.low, iv.low + abs(iv.low) * APPROX_TOLERANCE)
    if math.isinf(iv.low) and not math.isinf(iv.high):
        return Interval(iv.high - abs(iv.high) * APPROX_TOLERANCE, iv.high)
    if math.isinf(iv.low) and math.isinf(iv.high):
        return None
    return iv


def _near_in_time(a: Claim, b: Claim) -> bool:
    sa, sb = span(as_of_text(a)), span(as_of_text(b))
    if sa is None or sb is None:
        return False
    gap = (max(sa.first, sb.first) - min(sa.last, sb.last)).days
    return gap <= DENIAL_DAYS


def _relay(denied: Claim, other: Claim) -> bool:
    """``other`` credits the source whose statement is denied (not the denier's own words)."""
    if denied.attributed_to == denied.denied_by:
        return False  # a clause the denial verb governs: no one asserts it
    return denied.source_id is not None and other.source_id == denied.source_id


def denial_findings(claims: Iterable[Claim], edges: Iterable[Edge]) -> list[Finding]:
    """One conflict finding per denied figure that claims compared with it assert."""
    by_id = {c.id: c for c in claims}
    denied = {cid for cid, c in by_id.items() if c.kind == "quantity" and c.status == DENIED}
    if not denied:
        return []
    compared: dict[str, set[str]] = {cid: set() for cid in denied}
    for e in edges:
        if e.a in denied:
            compared[e.a].add(e.b)
        if e.b in denied:
            compared[e.b].add(e.a)
    found = []
    for cid in sorted(denied):
        d = by_id[cid]
        value = VALUES["quantity"].interval(d)
        against = sorted(
            (
                c
                for o in compared[cid]
                if (c := by_id.get(o)) is not None
                and c.status != DENIED
                and c.unit == d.unit
                and (iv := _asserts(c)) is not None
                and iv.overlaps(value)
                and _near_in_time(d, c)
                and not _relay(d, c)
            ),
            key=lambda c: c.id,
        )
        if not against:
            continue
        group = sorted([d, *against], key=lambda c: c.id)
        ivs = {c.id: VALUES["quantity"].interval(c) for c in group}
        w = _span_of(group)
        sides = (_side("quantity", [d], ivs, 0, w), _side("quantity", against, ivs, 0, w))
        notes = {FindingNote.DENIED.value}
        if d.article in {c.article for c in against}:
            notes.add(FindingNote.SAME_ARTICLE.value)
        found.append(
            Finding(
                # "denied" keeps it apart from the group's own conflict of the same claims
                id=_id(FindingKind.CONFLICT.value, ("denied", *(c.id for c in group))),
                kind=FindingKind.CONFLICT.value,
                facets=(FindingKind.CONFLICT.value,),
                sides=sides,
                severity=Severity.HARD.value,
                notes=tuple(sorted(notes)),
                low=d.low,
                high=d.high,
                **_base(group),  # type: ignore[arg-type]
            )
        )
    return found
