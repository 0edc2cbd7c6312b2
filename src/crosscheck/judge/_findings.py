"""Findings: what a group of aligned claims says about the sources.

For each group of claims about the same thing the judge reports:

* ``agreement``: a maximal set of claims from at least two articles whose
  values (after tolerance) share a point, with that common part;
* ``conflict``: each pair of claims that cannot both be true, with a note when
  the difference may be one of scope (initial vs total, another period);
* ``range``: the envelope (lowest low, highest high) the sources span, and
  the consensus (the part all of them allow), if any;
* ``single_source``: a claim no other claim lines up with;
* ``quote_variant``: the same quote worded materially differently by two
  outlets writing in the same language;
* ``not_aligned``: a claim the aligner kept apart from a group on purpose
  (e.g. an article cannot report an event dated after its publication).

Quantities compare as numbers, dates as the days they cover, quotes by
wording.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Sequence

import attrs

from .._codes import FindingKind
from .._fold import fold
from ..align._graph import quote_match_min
from ..claims import Claim
from ..extract._quantity import Number
from ..extract._quotes import quote_similarity
from ._intervals import Interval, agree, interval, maximal_overlaps


@attrs.frozen
class Finding:
    """One conclusion about one group of aligned claims, with its evidence.

    ``claims`` are claim ids; ``articles`` the articles they come from;
    ``sources`` the sources those articles credit. For quantities, ``low`` and
    ``high`` are the envelope of a range and the common part of an agreement;
    ``consensus_low``/``consensus_high`` the part every claim of a range
    allows. Dates use the ``date_*`` fields instead, as ISO days
    ("2024-06-01"), like ``Claim.date_low``/``date_high``.
    """

    id: str
    kind: str  # a FindingKind value
    group: str
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    claim_kind: str
    unit: str | None
    event: str | None
    explanation: str
    low: Number | None = None
    high: Number | None = None
    consensus_low: Number | None = None
    consensus_high: Number | None = None
    sources: tuple[str, ...] = ()
    scope_note: str | None = None
    date_low: str | None = None
    date_high: str | None = None
    consensus_date_low: str | None = None
    consensus_date_high: str | None = None


@attrs.frozen
class _Group:
    """What every finding of one group shares."""

    id: str
    claim_kind: str
    unit: str | None
    event: str | None
    words: str


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
    """The claim's value in words: "over 10,000", "about 11,000–12,000", "2024-06"."""
    if claim.kind == "date":
        return claim.value or claim.text
    if claim.kind == "quote":
        return f"“{claim.text}”"
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
    source = claim.attributed_to or claim.speaker
    if source:
        where += f", citing {source}"
    return f"'{claim.text}' ({where})"


def _day(iso: str | None, default: float) -> float:
    if not iso:
        return default
    return float(dt.date.fromisoformat(iso).toordinal())


def _iso(day: float) -> str | None:
    if math.isinf(day):
        return None
    return dt.date.fromordinal(int(day)).isoformat()


def claim_interval(claim: Claim) -> Interval:
    """The values a claim allows: numbers for quantities, day numbers for dates."""
    if claim.kind == "date":
        return Interval(_day(claim.date_low, -math.inf), _day(claim.date_high, math.inf))
    return interval(claim.low, claim.high, approximate=claim.approximate)


def _bounds(group: _Group, prefix: str, low: float, high: float) -> dict[str, object]:
    """Finding bounds under the fields of the group's kind: low/high or date_low/date_high."""
    if group.claim_kind == "date":
        return {f"{prefix}date_low": _iso(low), f"{prefix}date_high": _iso(high)}
    return {f"{prefix}low": _num(low), f"{prefix}high": _num(high)}


def _show(group: _Group, value: float) -> str:
    if group.claim_kind == "date":
        return _iso(value) or "open"
    return fmt(_num(value))


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
    return tuple(sorted({s for c in claims for s in (c.attributed_to, c.speaker) if s}))


def _articles(claims: Iterable[Claim]) -> tuple[str, ...]:
    return tuple(sorted({c.article for c in claims}))


def _finding(
    group: _Group, kind: FindingKind, claims: Sequence[Claim], explanation: str, **extra: object
) -> Finding:
    ids = tuple(c.id for c in claims)
    return Finding(
        id=_id(kind.value, ids),
        kind=kind.value,
        group=group.id,
        claims=ids,
        articles=_articles(claims),
        claim_kind=group.claim_kind,
        unit=group.unit,
        event=group.event,
        explanation=explanation,
        sources=_sources(claims),
        **extra,  # type: ignore[arg-type]
    )


def _describe_group(group: Sequence[Claim]) -> _Group:
    first = group[0]
    events = sorted({c.event for c in group if c.event})
    if first.kind == "quantity":
        words = (first.unit or "items").replace("_", " ")
    elif first.kind == "date":
        words = f"date of '{events[0]}'" if len(events) == 1 else "date"
    else:
        words = "quote"
    return _Group(
        id=_id("group", (c.id for c in group)),
        claim_kind=first.kind,
        unit=first.unit,
        event=events[0] if len(events) == 1 else None,
        words=words,
    )


def judge_group(claims: Sequence[Claim]) -> list[Finding]:
    """The findings for one group of aligned claims."""
    group = sorted(claims, key=lambda c: c.id)
    info = _describe_group(group)
    if len(group) == 1:
        (claim,) = group
        # Single-source figures are worth listing; a date or quote that no
        # other article repeats is the ordinary case, not a finding.
        if claim.kind != "quantity" or claim.unit is None:
            return []
        note = " (an increment, not compared with totals)" if claim.increment else ""
        return [
            _finding(
                info,
                FindingKind.SINGLE_SOURCE,
                group,
                f"Only {cite(claim)} gives {figure(claim)} {info.words}{note}; "
                "no other claim lines up with it.",
            )
        ]
    if info.claim_kind == "quote":
        return _quotes(info, group)
    intervals = {c.id: claim_interval(c) for c in group}
    findings = _agreements(info, group, intervals)
    findings += _conflicts(info, group, intervals)
    findings += _range(info, group, intervals)
    return findings


def _agreements(
    info: _Group, group: Sequence[Claim], intervals: dict[str, Interval]
) -> list[Finding]:
    by_id = {c.id: c for c in group}
    findings = []
    for clique in maximal_overlaps(sorted(intervals.items())):
        members = [by_id[i] for i in clique]
        if len({c.article for c in members}) < 2:
            continue
        common: Interval = intervals[clique[0]]
        for i in clique[1:]:
            common = common.intersection(intervals[i]) or common
        first, rest = members[0], members[1:]
        others = " and with ".join(f"{cite(c)} [{figure(c)}]" for c in rest)
        low, high = _show(info, common.low), _show(info, common.high)
        span = low if low == high else f"{low}–{high}"
        findings.append(
            _finding(
                info,
                FindingKind.AGREEMENT,
                members,
                f"{cite(first)} [{figure(first)}] agrees with {others}: "
                f"all allow {span} ({info.words}).",
                **_bounds(info, "", common.low, common.high),
            )
        )
    return findings


def _conflicts(
    info: _Group, group: Sequence[Claim], intervals: dict[str, Interval]
) -> list[Finding]:
    findings = []
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if agree(intervals[a.id], intervals[b.id]):
                continue
            if info.claim_kind == "date" and a.article == b.article:
                continue  # one article's two dates for one verb: two events (see align)
            note = _scope_note(a, b)
            findings.append(
                _finding(
                    info,
                    FindingKind.CONFLICT,
                    (a, b),
                    f"{cite(a)} [{figure(a)}] and {cite(b)} [{figure(b)}] "
                    f"do not overlap, so both cannot be right ({info.words})"
                    + (f"; {note}" if note else "")
                    + ".",
                    scope_note=note,
                )
            )
    return findings


def _range(info: _Group, group: Sequence[Claim], intervals: dict[str, Interval]) -> list[Finding]:
    stated = {(c.low, c.high, c.qualifier, c.approximate, c.date_low, c.date_high) for c in group}
    if len(stated) < 2:
        return []
    precise = [c for c in group if c.qualifier != "vague"] or list(group)
    vague = [c for c in group if c not in precise]
    stated_iv = [
        claim_interval(attrs.evolve(c, approximate=False)) for c in precise
    ]  # the envelope is what the texts state, without tolerance
    # The span the sources state: every finite bound counts, so "over 50,000"
    # beside "20,000-30,000" spans 20,000..50,000.
    ends = [b for iv in stated_iv for b in (iv.low, iv.high) if not math.isinf(b)]
    low = min(ends) if ends else -math.inf
    high = max(ends) if ends else math.inf
    common: Interval | None = intervals[group[0].id]
    for c in group[1:]:
        common = common.intersection(intervals[c.id]) if common else None
    envelope = Interval(low, high)
    parts = "; ".join(
        f"{figure(c)} ({c.article}{', citing ' + c.attributed_to if c.attributed_to else ''})"
        for c in precise
    )
    text = (
        f"Sources put the {info.words} between {_show(info, low)} and {_show(info, high)}: {parts}."
    )
    if vague:
        fits = [c for c in vague if claim_interval(c).overlaps(envelope)]
        misfits = [c for c in vague if c not in fits]
        if fits:
            names = ", ".join(f"'{c.text}' ({c.article})" for c in fits)
            text += f" {names} {'is' if len(fits) == 1 else 'are'} consistent with that span."
        if misfits:
            names = ", ".join(f"'{c.text}' ({c.article})" for c in misfits)
            text += f" {names} {'is' if len(misfits) == 1 else 'are'} not."
    if common is not None:
        text += f" All allow {_show(info, common.low)}–{_show(info, common.high)}."
    else:
        text += " No single value fits every source."
    return [
        _finding(
            info,
            FindingKind.RANGE,
            group,
            text,
            **_bounds(info, "", low, high),
            **(_bounds(info, "consensus_", common.low, common.high) if common else {}),
        )
    ]


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", fold(text)))


def _is_fragment(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is a contiguous run of ``long``'s words (a quote quoted in part)."""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _worded_differently(a: str, b: str) -> bool:
    """Two renderings of one quote differ materially: some word changed, was added or dropped.

    Case, diacritics, punctuation and spacing do not count; quoting only part
    of the words (one is a contiguous run of the other) does not either.
    """
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return not _is_fragment(short, long)


def _quotes(info: _Group, group: Sequence[Claim]) -> list[Finding]:
    findings: list[Finding] = []
    if len({c.article for c in group}) >= 2:
        langs = sorted({c.language for c in group})
        findings.append(
            _finding(
                info,
                FindingKind.AGREEMENT,
                group,
                "The same quote appears in "
                + ", ".join(f"{cite(c)} [{c.language}]" for c in group)
                + (f", across {', '.join(langs)}." if len(langs) > 1 else "."),
            )
        )
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if a.language != b.language or a.article == b.article:
                continue
            score = quote_similarity(a.text, b.text)
            if score >= quote_match_min(a, b) and _worded_differently(a.text, b.text):
                findings.append(
                    _finding(
                        info,
                        FindingKind.QUOTE_VARIANT,
                        (a, b),
                        f"{cite(a)} and {cite(b)} quote the same words differently "
                        f"(wording similarity {score:.0f}/100).",
                    )
                )
    return findings


def not_aligned(claim: Claim, others: Sequence[Claim], reason: str) -> Finding:
    """A claim kept apart from a group on purpose, with the reason."""
    members = [claim, *sorted(others, key=lambda c: c.id)]
    info = _describe_group(members)
    return _finding(
        info,
        FindingKind.NOT_ALIGNED,
        members,
        f"{cite(claim)} [{figure(claim)}] is not compared with "
        + ", ".join(f"{cite(c)} [{figure(c)}]" for c in others)
        + f": {reason}.",
    )


_ORDER = {
    k.value: i
    for i, k in enumerate(
        (
            FindingKind.CONFLICT,
            FindingKind.QUOTE_VARIANT,
            FindingKind.RANGE,
            FindingKind.AGREEMENT,
            FindingKind.SINGLE_SOURCE,
            FindingKind.NOT_ALIGNED,
        )
    )
}


def judge(groups: Iterable[Sequence[Claim]], extra: Iterable[Finding] = ()) -> tuple[Finding, ...]:
    """Findings for every group (plus ``extra`` ones), conflicts first, in a stable order."""
    findings = [f for g in groups for f in judge_group(g)]
    findings.extend(extra)
    findings.sort(key=lambda f: (_ORDER.get(f.kind, 99), f.claims, f.id))
    return tuple(findings)
