"""Findings: what a group of aligned claims says about the sources.

For each group of claims about the same thing the judge reports:

* ``agreement``: a maximal set of claims from at least two articles whose
  figures (after tolerance) share a value, with that common part;
* ``conflict``: each pair of claims whose figures cannot both be true, with a
  note when the difference may be one of scope (initial vs total, another
  period, another event);
* ``range``: the envelope (lowest low, highest high) the sources span, and
  the consensus (the part all of them allow), if any;
* ``single_source``: a claim no other claim lines up with.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence

import attrs

from .._codes import FindingKind
from ..claims import Claim
from ..extract._quantity import Number
from ._intervals import Interval, agree, interval, maximal_overlaps


@attrs.frozen
class Finding:
    """One conclusion about one group of aligned claims, with its evidence.

    ``claims`` are claim ids; ``articles`` the articles they come from;
    ``sources`` the sources those articles credit. ``low``/``high`` are the
    envelope for a range, the common part for an agreement, and None for
    other kinds; ``consensus_low``/``consensus_high`` are the part every claim
    of a range allows, when there is one.
    """

    id: str
    kind: str  # a FindingKind value
    group: str
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    unit: str | None
    event: str | None
    explanation: str
    low: Number | None = None
    high: Number | None = None
    consensus_low: Number | None = None
    consensus_high: Number | None = None
    sources: tuple[str, ...] = ()
    scope_note: str | None = None


def _id(kind: str, claim_ids: Iterable[str]) -> str:
    digest = hashlib.sha1("|".join(claim_ids).encode("utf-8")).hexdigest()[:12]
    return f"{kind}-{digest}"


def _num(value: float) -> Number | None:
    if math.isinf(value):
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def fmt(value: Number | None) -> str:
    """A figure for people: thousands separated by commas, no trailing zeros."""
    if value is None:
        return "open"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return f"{int(value):,}"


def figure(claim: Claim) -> str:
    """The claim's figure in words: "over 10,000", "about 11,000–12,000", "at least 1,000"."""
    low, high = claim.low, claim.high
    if claim.qualifier == "vague":
        return f"at least {fmt(low)} (vague)"
    if low is not None and high is not None:
        core = fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"
    elif low is not None:
        core = f"{'over' if claim.qualifier == 'over' else 'at least'} {fmt(low)}"
    elif high is not None:
        core = f"{'under' if claim.qualifier == 'under' else 'up to'} {fmt(high)}"
    else:
        core = "?"
    if claim.approximate:
        core = f"about {core}"
    if claim.increment:
        core = f"another {core}"
    return core


def cite(claim: Claim) -> str:
    """Where a claim comes from: "'peste 10.000 de soldați' (000, citing X)"."""
    where = claim.article
    if claim.attributed_to:
        where += f", citing {claim.attributed_to}"
    return f"'{claim.text}' ({where})"


def _interval(claim: Claim) -> Interval:
    return interval(claim.low, claim.high, approximate=claim.approximate)


def _unit_words(claims: Sequence[Claim]) -> str:
    unit = claims[0].unit or "items"
    return unit.replace("_", " ")


def _scope_note(a: Claim, b: Claim) -> str | None:
    notes: list[str] = []
    if set(a.scope) != set(b.scope):
        sa = ", ".join(a.scope) or "unstated"
        sb = ", ".join(b.scope) or "unstated"
        notes.append(f"scope {sa} ({a.article}) vs {sb} ({b.article})")
    if a.time_scope != b.time_scope and (a.time_scope or b.time_scope):
        notes.append(
            f"time '{a.time_scope or 'unstated'}' ({a.article}) vs "
            f"'{b.time_scope or 'unstated'}' ({b.article})"
        )
    if a.published and b.published and a.published != b.published and a.article != b.article:
        notes.append(f"published {a.published} vs {b.published}")
    if not notes:
        return None
    return "may be a scope difference: " + "; ".join(notes)


def _sources(claims: Iterable[Claim]) -> tuple[str, ...]:
    return tuple(sorted({c.attributed_to for c in claims if c.attributed_to}))


def _articles(claims: Iterable[Claim]) -> tuple[str, ...]:
    return tuple(sorted({c.article for c in claims}))


def judge_group(group: Sequence[Claim]) -> list[Finding]:
    """The findings for one group of aligned claims (sorted by claim id)."""
    group = sorted(group, key=lambda c: c.id)
    ids = tuple(c.id for c in group)
    group_id = _id("group", ids)
    unit = group[0].unit
    events = sorted({c.event for c in group if c.event})
    event = events[0] if len(events) == 1 else None
    base = {"group": group_id, "unit": unit, "event": event}
    words = _unit_words(group)
    if len(group) == 1:
        (claim,) = group
        if claim.unit is None:
            return []
        note = " (an increment, not compared with totals)" if claim.increment else ""
        return [
            Finding(
                id=_id(FindingKind.SINGLE_SOURCE, ids),
                kind=FindingKind.SINGLE_SOURCE.value,
                claims=ids,
                articles=_articles(group),
                explanation=f"Only {cite(claim)} gives {figure(claim)} {words}{note}; "
                "no other claim lines up with it.",
                sources=_sources(group),
                **base,
            )
        ]
    by_id = {c.id: c for c in group}
    intervals = {c.id: _interval(c) for c in group}
    findings: list[Finding] = []
    for clique in maximal_overlaps(sorted(intervals.items())):
        members = [by_id[i] for i in clique]
        if len({c.article for c in members}) < 2:
            continue
        common = intervals[clique[0]]
        for i in clique[1:]:
            common = common.intersection(intervals[i]) or common
        first, rest = members[0], members[1:]
        others = " and with ".join(f"{cite(c)} [{figure(c)}]" for c in rest)
        findings.append(
            Finding(
                id=_id(FindingKind.AGREEMENT, clique),
                kind=FindingKind.AGREEMENT.value,
                claims=tuple(clique),
                articles=_articles(members),
                explanation=f"{cite(first)} [{figure(first)}] agrees with {others}: "
                f"all allow {fmt(_num(common.low))}–{fmt(_num(common.high))} {words}.",
                low=_num(common.low),
                high=_num(common.high),
                sources=_sources(members),
                **base,
            )
        )
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if agree(intervals[a.id], intervals[b.id]):
                continue
            note = _scope_note(a, b)
            pair = (a.id, b.id)
            findings.append(
                Finding(
                    id=_id(FindingKind.CONFLICT, pair),
                    kind=FindingKind.CONFLICT.value,
                    claims=pair,
                    articles=_articles((a, b)),
                    explanation=f"{cite(a)} [{figure(a)}] and {cite(b)} [{figure(b)}] "
                    f"do not overlap, so both cannot be right about the {words}"
                    + (f"; {note}" if note else "")
                    + ".",
                    sources=_sources((a, b)),
                    scope_note=note,
                    **base,
                )
            )
    findings.extend(_range(group, intervals, base, words))
    return findings


def _range(
    group: Sequence[Claim],
    intervals: dict[str, Interval],
    base: dict[str, str | None],
    words: str,
) -> list[Finding]:
    stated = {(c.low, c.high, c.qualifier, c.approximate) for c in group}
    if len(stated) < 2:
        return []
    precise = [c for c in group if c.qualifier != "vague"] or list(group)
    vague = [c for c in group if c.qualifier == "vague" and c not in precise]
    lows = [c.low for c in precise if c.low is not None]
    highs = [c.high for c in precise if c.high is not None]
    low = min(lows) if lows else None
    high = max(highs) if highs else (max(lows) if lows else None)
    consensus = intervals[precise[0].id]
    common: Interval | None = consensus
    for c in group[1:]:
        common = common.intersection(intervals[c.id]) if common else None
    envelope = Interval(
        -math.inf if low is None else float(low), math.inf if high is None else float(high)
    )
    parts = "; ".join(f"{figure(c)} ({c.article}{', citing ' + c.attributed_to if c.attributed_to else ''})" for c in precise)
    text = f"Sources put the {words} between {fmt(low)} and {fmt(high)}: {parts}."
    if vague:
        fits = [c for c in vague if _interval(c).overlaps(envelope)]
        misfits = [c for c in vague if c not in fits]
        if fits:
            text += " " + ", ".join(f"'{c.text}' ({c.article})" for c in fits) + " is consistent with that span."
        if misfits:
            text += " " + ", ".join(f"'{c.text}' ({c.article})" for c in misfits) + " is not."
    if common is not None:
        text += f" All allow {fmt(_num(common.low))}–{fmt(_num(common.high))}."
    else:
        text += " No single figure fits every source."
    ids = tuple(c.id for c in group)
    return [
        Finding(
            id=_id(FindingKind.RANGE, ids),
            kind=FindingKind.RANGE.value,
            claims=ids,
            articles=_articles(group),
            explanation=text,
            low=low,
            high=high,
            consensus_low=_num(common.low) if common else None,
            consensus_high=_num(common.high) if common else None,
            sources=_sources(group),
            **base,
        )
    ]


_ORDER = {k.value: i for i, k in enumerate(
    (FindingKind.CONFLICT, FindingKind.RANGE, FindingKind.AGREEMENT, FindingKind.SINGLE_SOURCE)
)}


def judge(groups: Iterable[Sequence[Claim]]) -> tuple[Finding, ...]:
    """Findings for every group, conflicts first, in a stable order."""
    findings = [f for g in groups for f in judge_group(g)]
    findings.sort(key=lambda f: (_ORDER.get(f.kind, 99), f.claims, f.id))
    return tuple(findings)
