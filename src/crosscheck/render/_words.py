"""Every English sentence of a report: findings, explanations and sources, from their data.

The judge and the aligner return codes and fields; this module words them,
so text, Markdown and JSON (and later HTML or SARIF) share one source of
words.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..claims import Claim
from ..claims._denials import DENIED
from ..extract._quantity import Number

if TYPE_CHECKING:
    from .._report import Explanation
    from ..judge import Finding, Side, TimelinePoint

REFUSALS = {
    "same_claim": "it is the same claim",
    "same_statement": "one sentence gives both on one source's word: parts of one statement",
    "different_kind": "one is a {detail}",
    "not_comparable": "one of them is never compared (no unit concept, a scare quote, or no date)",
    "different_story": "they belong to different stories ({detail})",
    "different_unit": "they count different things ({detail})",
    "increment_vs_total": "one is an increment, the other a total",
    "part_vs_whole": 'one is part of a figure its sentence gives ("of whom"), the other a whole',
    "aftershock_vs_main_shock": "one describes an aftershock, the other the main shock",
    "different_threshold": "they count above different thresholds ({detail})",
    "rate_vs_cumulative": "one is a rate, the other a cumulative figure ({detail})",
    "period_total_vs_count": "they count over different calendar periods ({detail})",
    "different_event": "they describe different events ({detail})",
    "different_subject": "they count different subjects ({detail})",
    "different_place": "they cover different places ({detail})",
    "place_part_of": "one place is part of the other ({detail}): part of, not a rival figure",
    "different_status": "their status differs ({detail})",
    "different_time": "one is background history ({detail})",
    "same_article": "they come from one article",
    "no_shared_topic": "nothing says they are about the same thing (no shared topic)",
    "no_evidence": "nothing in their contexts says they are about the same thing",
    "different_sum": "they convert different sums into another currency ({detail})",
    "different_tense": "one is planned, the other happened",
    "predates": "{detail}, so it reports an earlier event",  # detail: see _predates
    "wording_too_different": "their wording is too different ({detail})",
    "not_in_clique": "each fits the group, but not every member of the other's group",
}

SCOPES = {
    "scope": "different scope words",
    "time_scope": "different time words",
    "status": "different status",
    "place_one_side": "a place named on one side only",
    "as_of_unknown": "a figure of unknown time",
    "published": "different publication dates",
}

# The note of a denial's conflict (FindingNote.DENIED): its sides share the value.
FINDING_DENIED = "denied"

NOTES = {
    "count_fell": "a later figure is lower (people found, or a correction)",
    "cannot_fall": (
        "a later figure is lower, but this count cannot fall: the figures contradict each other"
    ),
    "same_article": "one article gives figures on both sides",
    "misprint": "two figures differ in one digit or by two swapped digits: likely a misprint",
    "running_count": "one time window holds many different values: a count updated within it",
    "bridging": "some vague or wide figures fit more than one side",
    "increment": "an increment, not compared with totals",
    "rival_bounds": (
        "one article sets two sources' open counts side by side, so each is read at its"
        " bound: rival counts of one toll, not two floors that both hold"
    ),
    "denied": (
        "one side is a figure its article reports a source denying; the other side asserts"
        " that value"
    ),
    "converted_sum": (
        "the figures convert one sum into another currency: one value whenever printed"
        " (exchange rates may explain a small gap)"
    ),
}


def fmt(value: Number | None) -> str:
    """A figure for people: thousands separated by commas, no trailing zeros."""
    if value is None:
        return "open"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return f"{int(value):,}"


def figure(claim: Claim, shown: str | None = None) -> str:
    """The claim's value in words: "over 10,000", "about 11,000–12,000", "2024-06".

    ``shown``: the unit of the finding it is listed in; a figure stated in
    another unit names its own ("120 miles per hour" among km/h figures).
    """
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
    if shown is not None and claim.unit is not None and claim.unit != shown:
        core = f"{core} {claim.unit.replace('_', ' ')}"
    return core


# English month names, spelt out (calendar.month_name follows the locale).
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def when_words(start: str | None, end: str | None) -> str:
    """An as-of window in words: "as of 2025-10-14" for a day, "in October 2025" for a
    whole month, "in 2025" for a whole year, "between 2025-10-14 and 2025-10-20" else.

    A figure dated only by its month holds on some day of it, not on the 1st: printed
    by its first day it would read as a count of the 1st. "" when there is no time.
    """
    if not start:
        return ""
    if not end or end == start:
        return f"as of {start}"
    y, m, d = (int(x) for x in start.split("-"))
    ey, em, ed = (int(x) for x in end.split("-"))
    if d == 1 and (ey, em) == (y, m) and ed == calendar.monthrange(y, m)[1]:
        return f"in {_MONTHS[m - 1]} {y}"
    if (m, d, ey, em, ed) == (1, 1, y, 12, 31):
        return f"in {y}"
    return f"between {start} and {end}"


def cite(claim: Claim) -> str:
    """Where a claim comes from: "'peste 10.000 de soldați' (000, citing X)"."""
    where = claim.article
    source = claim.attributed_to or claim.speaker
    if source:
        where += f", citing {source}"
    if claim.kind == "quantity" and (claim.as_of or claim.published):
        where += f", as of {claim.as_of or claim.published}"
    elif claim.kind == "quantity" and claim.as_of_month:
        # an undated article's month named without a year (Claim.as_of_month)
        where += f", in {_MONTHS[claim.as_of_month - 1]} of no stated year"
    return f"'{claim.text}' ({where})"


def _predates(detail: str) -> str:
    """A ``predates`` detail ("ARTICLE PUBLISHED DATE"; several joined by "; ") in words."""
    out = []
    for part in detail.split("; "):
        bits = part.split(" ")
        if len(bits) == 3:
            out.append(f"{bits[0]} was published on {bits[1]}, before {bits[2]}")
        else:
            out.append(part)
    return "; ".join(out)


def refusal(reason: str | None, detail: str | None) -> str:
    """A refusal code and its detail in words."""
    if reason == "predates" and detail:
        detail = _predates(detail)
    return REFUSALS.get(reason or "", reason or "").format(detail=detail or "")


# Figures cited by name in one side, agreement or range before "and N more":
# a story-wide toll can gather a hundred claims; the JSON keeps them all.
MAX_CITED = 3


def _cites(claims: Sequence[Claim], joiner: str = "; ", unit: str | None = None) -> str:
    shown = joiner.join(f"{cite(c)} [{figure(c, unit)}]" for c in claims[:MAX_CITED])
    rest = len(claims) - MAX_CITED
    return shown + (f"{joiner}and {rest} more" if rest > 0 else "")


def _what(finding: Finding) -> str:
    if finding.claim_kind == "quantity":
        return (finding.unit or "items").replace("_", " ")
    if finding.claim_kind == "date":
        return f"date of '{finding.event}'" if finding.event else "date"
    return "quote"


def _span(finding: Finding, low: object, high: object) -> str:
    def one(v: object) -> str:
        if finding.claim_kind == "date":
            return str(v) if v else "open"
        return fmt(v)  # type: ignore[arg-type]

    return one(low) if low == high else f"{one(low)}–{one(high)}"


def _side(finding: Finding, side: Side, by_id: Mapping[str, Claim]) -> str:
    value = (
        _span(finding, side.date_low, side.date_high)
        if finding.claim_kind == "date"
        else _span(finding, side.low, side.high)
    )
    figures = _cites([by_id[c] for c in side.claims], unit=finding.unit)
    origins = f"{side.origins} independent origin{'s' if side.origins != 1 else ''}"
    star = ", consensus" if side.consensus else ""
    return f"{value} ({origins}{star}): {figures}"


def _conflicts(finding: Finding, what: str, by_id: Mapping[str, Claim]) -> list[str]:
    """One sentence per time window of a conflict, in as-of order. Windows of one day that
    each set the same side against another are one sentence ("A versus B; versus C"): a
    stray figure against each of the day's briefings reads once, not once per briefing."""
    windows: dict[int, list[Side]] = {}
    for side in finding.sides:
        windows.setdefault(side.window, []).append(side)
    days: dict[str, list[list[Side]]] = {}  # keyed by the window in words
    seen: set[frozenset[tuple[str, ...]]] = set()
    for sides in sorted(windows.values(), key=lambda ss: (ss[0].as_of_start or "", ss[0].window)):
        key = frozenset(s.claims for s in sides)
        if key in seen:
            continue  # the same figures set apart again (two windows of one day): said once
        seen.add(key)
        days.setdefault(when_words(sides[0].as_of_start, sides[0].as_of_end), []).append(sides)
    out: list[str] = []
    for when, day in days.items():
        at = f" {when}" if when else ""
        common = [
            s.claims
            for s in day[0]
            if len(day) > 1 and all(len(w) == 2 and s.claims in {o.claims for o in w} for w in day)
        ]
        if common:
            lead = next(s for s in day[0] if s.claims == common[0])
            others = [o for w in day for o in w if o.claims != lead.claims]
            groups = [[lead, *others]]
        else:
            groups = day
        for sides in groups:
            shown = [_side(finding, s, by_id) for s in sides]
            verdict = "both cannot be right" if len(shown) == 2 else "they cannot all be right"
            if FINDING_DENIED in finding.notes:
                verdict = "a source denies the value the other side asserts"
            if (
                finding.claim_kind != "date"
                and all(s.high is None and s.low is not None for s in sides)
                and set.intersection(*(set(s.articles) for s in sides))
            ):
                # Floors of one article that could all hold are apart only when read at
                # their bounds: the article's rival counts (judge._contrasted_bounds).
                verdict = (
                    "one article sets these sources' open counts side by side, so each is"
                    f" read at its bound as a rival count: {verdict}"
                )
            out.append(
                f"Conflict ({finding.severity}) on the {what}{at}: {shown[0]} versus "
                + "; versus ".join(shown[1:])
                + f"; {verdict}."
            )
    return out


def describe(finding: Finding, by_id: Mapping[str, Claim]) -> str:
    """The finding in one paragraph of English."""
    what = _what(finding)
    claims = list(finding.claims)
    kind = finding.kind
    parts: list[str] = []
    if kind == "single_source":
        (claim,) = claims
        note = " (an increment, not compared with totals)" if claim.increment else ""
        return (
            f"Only {cite(claim)} gives {figure(claim)} {what}{note}; "
            "no other claim lines up with it."
        )
    if kind == "not_aligned":
        first, others = claims[0], claims[1:]
        reason = refusal(finding.reason, finding.detail)
        return (
            f"{cite(first)} [{figure(first)}] is not compared with "
            + ", ".join(f"{cite(c)} [{figure(c)}]" for c in others)
            + f": {reason}."
        )
    if finding.claim_kind == "quote":
        if "agreement" in finding.facets:
            langs = sorted({c.language for c in claims})
            parts.append(
                "The same quote appears in "
                + ", ".join(f"{cite(c)} [{c.language}]" for c in claims)
                + (f", across {', '.join(langs)}." if len(langs) > 1 else ".")
            )
        for a, b in finding.variants:
            parts.append(f"{cite(by_id[a])} and {cite(by_id[b])} quote the same words differently.")
        return " ".join(parts)
    if finding.sides:
        parts.extend(_conflicts(finding, what, by_id))
        if finding.scope:
            parts.append(
                "May be a scope difference: "
                + ", ".join(SCOPES.get(s, s) for s in finding.scope)
                + "."
            )
        if finding.outliers:
            parts.append("Outliers: " + ", ".join(cite(by_id[c]) for c in finding.outliers) + ".")
    if finding.timeline:
        steps = []
        for p in finding.timeline:
            # a month's point reads "in October 2025": its span, not its 1st
            when = when_words(p.as_of_start, p.as_of_end) or "as of unknown time"
            steps.append(f"{_span(finding, p.low, p.high)} {when} ({_point_sources(p)})")
        parts.append(f"The {what} changed over time: " + " → ".join(steps) + ".")
    if "range" in finding.facets:
        low = finding.date_low if finding.claim_kind == "date" else finding.low
        high = finding.date_high if finding.claim_kind == "date" else finding.high
        text = (
            f"Sources put the {what} between {_span(finding, low, low)} "
            f"and {_span(finding, high, high)}"
        )
        shown = [f"{figure(c, finding.unit)} ({c.article})" for c in claims[: MAX_CITED * 2]]
        more = len(claims) - len(shown)
        text += ": " + "; ".join(shown) + (f"; and {more} more" if more > 0 else "") + "."
        clow = finding.consensus_date_low if finding.claim_kind == "date" else finding.consensus_low
        chigh = (
            finding.consensus_date_high if finding.claim_kind == "date" else finding.consensus_high
        )
        if clow is not None or chigh is not None:
            text += f" All allow {_span(finding, clow, chigh)}."
        else:
            text += " No single value fits every source."
        parts.append(text)
    for agreement in finding.agreements:
        members = [by_id[c] for c in agreement.claims]
        first, rest = members[0], members[1:]
        value = (
            _span(finding, agreement.date_low, agreement.date_high)
            if finding.claim_kind == "date"
            else _span(finding, agreement.low, agreement.high)
        )
        parts.append(
            f"{cite(first)} [{figure(first, finding.unit)}] agrees with "
            + _cites(rest, " and with ", finding.unit)
            + f": all allow {value} ({what})."
        )
    for claim in claims:
        if claim.status == DENIED and FINDING_DENIED in finding.notes:
            who = claim.denied_by or "a source"
            parts.append(f"{who} denied {figure(claim, finding.unit)} ({cite(claim)}).")
    if finding.notes:
        parts.append("Note: " + "; ".join(NOTES.get(n, n) for n in finding.notes) + ".")
    return " ".join(parts)


def explain(explanation: Explanation) -> str:
    """Why two claims were or were not compared, in one sentence."""
    a, b = explanation.a, explanation.b
    head = f"{cite(a)} [{figure(a)}] and {cite(b)} [{figure(b)}]"
    if explanation.reason is not None:
        return f"{head} were not compared: {refusal(explanation.reason, explanation.detail)}."
    why = ", ".join(r.replace("_", " ") for r in explanation.reasons)
    text = f"{head} were compared ({why}"
    text += f"; {'; '.join(explanation.details)})" if explanation.details else ")"
    if explanation.conflict:
        text += ", and they conflict: they sit on different sides of one time window"
    elif explanation.same_group:
        text += ", and they are judged together"
    elif explanation.blocked_by is not None and explanation.blocked_with is not None:
        m, holder = explanation.blocked_by, explanation.blocked_with
        kept = a if holder.id == b.id else b
        text += (
            f", but fell into different groups: {cite(m)} [{figure(m)}], judged with"
            f" {holder.id}, cannot be compared with {kept.id}: "
            + refusal(explanation.blocked_reason, explanation.blocked_detail)
        )
        if explanation.fits is not None:
            fits = explanation.fits
            other = b if fits.id == a.id else a
            text += (
                f"; yet {fits.id} fits every member of {other.id}'s group, and the"
                " partition kept it with the figures it looks more like one quantity with"
            )
    elif explanation.groups_known:
        text += (
            ", but fell into different groups: each fits the other's group, and the"
            " partition put each with the figures it looks most like one quantity with"
        )
    else:
        text += ", but fell into different groups: not every member of one fits the other"
    return text + "."


def _point_sources(point: TimelinePoint) -> str:
    """Who gave a timeline point's value; the other figures of its window counted apart.

    Only the sources of the figures that give the value are named: a
    ministry that said "at least 42" the day the police said 58 did not say 58.
    """
    names = point.leading_sources if point.leading else point.sources
    srcs = ", ".join(names) or ", ".join(point.articles)
    others = len(point.claims) - len(point.leading) if point.leading else 0
    if others > 0:
        srcs += f"; {others} other figure{'s' if others > 1 else ''} then"
    return srcs
