"""Findings: what the claims about one quantity, date or quote say about the sources.

The judge reads each aligned group (claims all compatible with one another:
the same quantity, within one story) and returns one :class:`Finding` for
it, whose ``kind`` is its headline and whose ``facets`` list every view of
the same quantity:

* ``conflict``: within one as-of window (see :mod:`._time`), values that
  cannot all be true, as ``sides``: clusters of claims whose values share a
  point, no claim of one side sharing a point with any claim of another.
  Two claims conflict exactly when they are on different sides of one
  window. A claim that fits two sides (a vague or wide figure) is on none.
  Each side has its shared interval, sources, articles and independent
  origins (:mod:`._origins`); the side with the most origins (at least two,
  more than any other side) is the consensus, single-origin sides against
  it are outliers. Severity is ``hard`` unless the sides are apart only
  narrowly (:data:`SOFT_GAP`) or a scope, status or place difference may
  explain the gap (``soft``). Within a running toll (a source's rising
  figures, or figures between the day before's value and the day after's:
  :func:`_in_course`) clusters are updates, not sides, unless one is a
  misprint of another (:func:`misprint`) or the day holds just two clusters
  from bodies of two kinds (:func:`_rival_bodies`: WHO and a ministry). A count that never falls
  (``concepts.toml``) also conflicts across days where it fell
  (:func:`_falls`): one more window with two sides; a ``fixed`` measure (a
  magnitude) has one window whatever its figures' times. More kinds of
  window: a month-dated figure that no day of its month can show is set
  against each day's leading value (:func:`_coarse_rivals`); one figure
  given on consecutive days with two digits swapped against itself
  (:func:`_transpositions`); and, for a count that never falls, two
  sources' open counts that one article sets side by side
  (:func:`_contrasted_bounds`) and two sources' figures of one day or a few days apart
  that outpace the count's course (:func:`_outpaced`). Clusters more than
  :data:`CONFLICT_MAX_RATIO` times from a window's leading one are on no side;
* ``timeline``: the same quantity at different as-of times, ordered, with
  how it changed (a later lower count carries the ``count_fell`` note);
* ``range``: the span the sources state, and the part they all allow;
* ``agreement``: value clusters that claims of two or more articles share;
* ``single_source``: a figure nothing else lines up with;
* ``quote_variant``: the same quote worded materially differently;
* ``not_aligned``: a claim the aligner kept apart on purpose, with the reason code.

The judge returns data only (intervals, sides, codes); every sentence is
written by :mod:`crosscheck.render`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from .._codes import FindingKind, FindingNote, ScopeDifference, Severity
from .._fold import fold
from ..align._quantity import converted_sum, of_one_moment
from ..align._quote import quote_match_min
from ..claims import Claim
from ..claims._denials import DENIED
from ..claims._rivals import bounds_key, marked_each_other, set_against, told_against
from ..extract._quantity import Number
from ..extract._quotes import quote_similarity
from ..lang._data import CONVERSION_SLACK, base_unit, named_source_kind, source_kind, unit_scale
from ..lang._data import concept as unit_concept
from ._clock import fell_by_the_hour, hour_course, risen_by_the_hour
from ._intervals import APPROX_TOLERANCE, Interval, last_digit, maximal_overlaps
from ._origins import origins, source_key
from ._stages import partial_results, printed_late
from ._time import AS_OF_WINDOW_DAYS, Window, as_of_text, span
from ._values import SOFT_GAP, VALUES, num

__all__ = ["AS_OF_WINDOW_DAYS", "SOFT_GAP", "Finding", "Side", "TimelinePoint", "judge"]


@attrs.frozen
class Side:
    """Claims whose values share a point, and what they share.

    ``low``/``high`` (quantities) or ``date_low``/``date_high`` (dates) are
    the interval all its claims allow; ``window`` the index of the as-of
    window in the finding's ``windows``; ``origins`` the independent origins
    behind it.
    """

    claims: tuple[str, ...]
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    origins: int
    low: Number | None = None
    high: Number | None = None
    date_low: str | None = None
    date_high: str | None = None
    window: int = 0
    as_of_start: str | None = None
    as_of_end: str | None = None
    consensus: bool = False


@attrs.frozen
class TimelinePoint:
    """One as-of window of a quantity: its figures and the value they give."""

    as_of_start: str | None
    as_of_end: str | None
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    low: Number | None
    high: Number | None
    change: str | None = None  # "rose", "fell", "same"; None for the first point
    # The claims that give the point's value (the window's leading value cluster) and
    # their sources: the others of the window gave other figures that day.
    leading: tuple[str, ...] = ()
    leading_sources: tuple[str, ...] = ()


@attrs.frozen
class Finding:
    """One conclusion about one quantity, date or quote, with its evidence.

    ``claims`` are the claims themselves (``claim_ids`` their ids, the JSON
    ``claims`` field; a side's or timeline point's ``claims`` are ids, for
    :meth:`Report.claim`); ``articles`` the articles they come from;
    ``sources`` the sources those articles credit. ``kind`` is the headline,
    ``facets`` all views found (conflict, timeline, range, agreement). For
    quantities, ``low``/``high`` are the envelope the sources state (the
    common part for an agreement); ``consensus_low``/``consensus_high`` the
    part every claim allows. Dates use the ``date_*`` fields instead, as ISO
    days, like ``Claim.date_low``/``date_high``. ``explanation`` is written
    by render when the report is assembled.
    """

    id: str
    kind: str  # a FindingKind value
    group: str
    claims: tuple[Claim, ...]
    articles: tuple[str, ...]
    claim_kind: str
    unit: str | None
    event: str | None
    explanation: str = ""
    low: Number | None = None
    high: Number | None = None
    consensus_low: Number | None = None
    consensus_high: Number | None = None
    sources: tuple[str, ...] = ()
    date_low: str | None = None
    date_high: str | None = None
    consensus_date_low: str | None = None
    consensus_date_high: str | None = None
    story: str | None = None
    facets: tuple[str, ...] = ()
    sides: tuple[Side, ...] = ()
    severity: str | None = None
    scope: tuple[str, ...] = ()  # ScopeDifference codes between conflicting sides
    outliers: tuple[str, ...] = ()
    agreements: tuple[Side, ...] = ()
    timeline: tuple[TimelinePoint, ...] = ()
    notes: tuple[str, ...] = ()  # FindingNote codes
    variants: tuple[tuple[str, str], ...] = ()  # quote pairs worded differently
    reason: str | None = None  # not_aligned: the RefusalReason code
    detail: str | None = None  # not_aligned: the refusal's detail
    fingerprint: str | None = None  # content fingerprint (claims._fingerprint), set by the report

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The ids of ``claims``, as the JSON report writes them."""
        return tuple(c.id for c in self.claims)

    @property
    def same_article(self) -> bool:
        """True when one article gives figures on two sides of the conflict."""
        return FindingNote.SAME_ARTICLE in self.notes


def _id(kind: str, claim_ids: Iterable[str]) -> str:
    key = "|".join(claim_ids).encode("utf-8", "surrogatepass")  # ids may hold lone surrogates
    digest = hashlib.sha1(key).hexdigest()[:12]
    return f"{kind}-{digest}"


def _bounds(kind: str, iv: Interval, prefix: str = "") -> dict[str, object]:
    return VALUES[kind].bounds(iv, prefix)


def _stated(claim: Claim) -> Interval:
    return VALUES[claim.kind].stated(claim)


def _sources(claims: Iterable[Claim]) -> tuple[str, ...]:
    return tuple(sorted({s for c in claims for s in (c.attributed_to, c.speaker) if s}))


def _articles(claims: Iterable[Claim]) -> tuple[str, ...]:
    return tuple(sorted({c.article for c in claims}))


def _common(ivs: Iterable[Interval]) -> Interval | None:
    common: Interval | None = None
    for iv in ivs:
        common = iv if common is None else common.intersection(iv)
        if common is None:
            return None
    return common


def _side_span(claims: Sequence[Claim], ivs: dict[str, Interval]) -> Interval:
    """The values a side's claims share, else its first claim's (a side drawn from a chain)."""
    return _common(ivs[c.id] for c in claims) or ivs[claims[0].id]


def _side(
    kind: str, claims: Sequence[Claim], ivs: dict[str, Interval], window: int, w: Window | None
) -> Side:
    common = _side_span(claims, ivs)
    return Side(
        claims=tuple(c.id for c in claims),
        articles=_articles(claims),
        sources=_sources(claims),
        origins=len(origins(claims)),
        window=window,
        as_of_start=w.first.isoformat() if w and w.first else None,
        as_of_end=w.last.isoformat() if w and w.last else None,
        **_bounds(kind, common),  # type: ignore[arg-type]
    )


def _value_sides(claims: Sequence[Claim], ivs: dict[str, Interval]) -> list[list[Claim]]:
    """The sides of one window: clusters of values that share a point, apart from each other.

    Bounded figures are swept in order of their low end; a run closes where
    the next figure starts above every figure so far. A run whose figures
    all share a point is a side; a run chained through a wide figure
    ([1,000–2,000], [1,000–3,000], [3,000–4,000]) is split into its maximal
    sets of figures sharing a point, each side keeping the figures in that
    set only; the chaining figures are on no side. An open figure ("over
    10,000", "thousands") joins the one side all of whose figures it fits;
    one that fits no figure starts a side with the open figures it fits;
    one that fits figures of two sides bridges them and is on none. A side's
    vague figures ("dozens") place no other open figure, and a vague figure
    sharing a point with another side's figure is the one left off ("dozens"
    beside "about 60" and "over 70" stands on neither; "over 70" keeps its
    side). An open figure its article sets against a figure of one side as a rival
    reading (``Claim.rival_readings``) that meets that side through its open figures
    only, missing all of its bounded ones, starts a side as one that fits no figure
    does ("over 10" set against 7.2, beside a headline's "over 7": the "over 7" then
    bridges the two sides and is on neither, whichever open figure is placed first).
    A stated span that ties an open figure to a side whose other figures
    the open figure misses chains them and is on no side (:func:`_unchained`),
    and an open figure on a side that shares a point with another side's figure
    that misses its side bridges the two as a vague one does ("more than a
    million" beside 1.1 million and "more than 3 million"). So the figures of
    one side share a point and no figure shares one with a figure of another
    side.
    """
    bounded = sorted(
        (c for c in claims if not (math.isinf(ivs[c.id].low) or math.isinf(ivs[c.id].high))),
        key=lambda c: (ivs[c.id].low, c.id),
    )
    runs: list[list[Claim]] = []
    top = -math.inf
    for claim in bounded:
        iv = ivs[claim.id]
        if runs and iv.low <= top:
            runs[-1].append(claim)
            top = max(top, iv.high)
        else:
            runs.append([claim])
            top = iv.high
    sides: list[list[Claim]] = []
    for run in runs:
        if _common(ivs[c.id] for c in run) is not None:
            sides.append(run)
            continue
        by_id = {c.id: c for c in run}
        cliques = maximal_overlaps(sorted((c.id, ivs[c.id]) for c in run))
        count: dict[str, int] = {}
        for clique in cliques:
            for cid in clique:
                count[cid] = count.get(cid, 0) + 1
        for clique in cliques:
            firm = [by_id[cid] for cid in clique if count[cid] == 1]
            if firm:
                sides.append(firm)
    bounded_ids = {c.id for c in bounded}
    opened = sorted((c for c in claims if c.id not in bounded_ids), key=lambda c: c.id)
    sides = _unchained(sides, opened, ivs)
    # A vague figure ("dozens") on a side places no other open figure: "over
    # 70" does not bridge the side at about 60 by sharing a point with it.
    loose: list[Claim] = []
    for claim in opened:
        iv = ivs[claim.id]
        solid = [[o for o in side if o.qualifier != "vague"] for side in sides]
        touched = [i for i, side in enumerate(solid) if any(iv.overlaps(ivs[o.id]) for o in side)]
        if not touched:
            loose.append(claim)
        elif len(touched) == 1 and all(iv.overlaps(ivs[o.id]) for o in solid[touched[0]]):
            sides[touched[0]].append(claim)
        elif (
            len(touched) == 1
            and any(bounds_key(o) in claim.rival_readings for o in solid[touched[0]])
            and not any(o.id in bounded_ids and iv.overlaps(ivs[o.id]) for o in solid[touched[0]])
        ):
            # its article sets it against a figure of that side as a rival reading, and it
            # meets the side through an open figure only, missing every bounded one: a side
            # of its own, which the open figure then bridges ("over 7" beside 7.2 and the
            # rival "over 10", whichever comes first)
            loose.append(claim)
    first_loose = len(sides)
    for claim in loose:
        iv = ivs[claim.id]
        home = next(
            (s for s in sides[first_loose:] if all(iv.overlaps(ivs[o.id]) for o in s)), None
        )
        if home is None:
            sides.append([claim])
        else:
            home.append(claim)
    side_of = {c.id: i for i, side in enumerate(sides) for c in side}
    placed = [c for side in sides for c in side]
    # A vague figure ("dozens") that shares a point with another side's figure
    # bridges the two and is on neither; it does not take that figure ("over
    # 70" beside "about 60") off its side with it.
    # So does an open figure on a side that shares a point with a figure of
    # another side that could not stand on its own: "over a million" beside
    # 1.1 million and "over 3 million" fits both and is on neither.
    members: dict[int, list[Claim]] = {}
    for c in placed:
        members.setdefault(side_of[c.id], []).append(c)
    bridges = {
        c.id
        for c in placed
        if any(
            side_of[c.id] != side_of[o.id]
            and ivs[c.id].overlaps(ivs[o.id])
            and (
                c.qualifier == "vague"
                or (
                    _is_open(ivs[c.id])
                    and not all(ivs[o.id].overlaps(ivs[m.id]) for m in members[side_of[c.id]])
                )
            )
            for o in placed
        )
    }
    clash = bridges | {
        c.id
        for c in placed
        for o in placed
        if o.id not in bridges and side_of[c.id] != side_of[o.id] and ivs[c.id].overlaps(ivs[o.id])
    }
    out = [sorted((c for c in side if c.id not in clash), key=lambda c: c.id) for side in sides]
    return [side for side in out if side]


def _is_open(iv: Interval) -> bool:
    """Whether an interval is unbounded at either end ("over 3 million", "under 50")."""
    return math.isinf(iv.low) or math.isinf(iv.high)


def _wide(claim: Claim) -> bool:
    """A figure stated as a span ("from 1.1 to 3 million", "20,000-30,000")."""
    return claim.low is not None and claim.high is not None and claim.low < claim.high


def _unchained(
    sides: list[list[Claim]], opened: Sequence[Claim], ivs: dict[str, Interval]
) -> list[list[Claim]]:
    """The bounded sides less the spans that chain an open figure to figures it rules out.

    A side held together by a stated span ("van 1,1 tot 3 miljoen" beside the
    ministry's 1.1 million) would take in an open figure ("more than three
    million") that shares a point with the span only, and leave it on no
    side. Read as a bounded figure is (a run chained through a wide figure is
    split), the span fits both and is on neither: the open figure (not a
    vague "hundreds of thousands") keeps its own side, against the figures of
    the side it shares no point with. Only spans are taken off; a side whose
    single figures the open figure meets keeps them.
    """
    chaining: set[str] = set()
    for claim in opened:
        if claim.qualifier == "vague":
            continue
        iv = ivs[claim.id]
        for side in sides:
            met = [c for c in side if iv.overlaps(ivs[c.id])]
            if met and len(met) < len(side) and all(_wide(c) for c in met):
                chaining |= {c.id for c in met}
    if not chaining:
        return sides
    kept = [[c for c in side if c.id not in chaining] for side in sides]
    return [side for side in kept if side]


def _updated_within(
    parts: Sequence[Sequence[Claim]],
    ivs: dict[str, Interval],
    w: Window | None = None,
    course: Sequence[_Point] = (),
) -> set[int]:
    """The sides of a window that one source's rising count puts on two sides.

    A source does not contradict itself within a news cycle when its count
    grows; it updates (a ministry's toll through the day: 296, 632, 820).
    When the side with the higher value holds that source's figures that may
    be of the same or a later day (:func:`_could_follow`: by their as-of
    spans, so a month's figure may follow a day inside it), both sides are a
    running count, shown in the
    timeline and not set against other sides (which of its figures a rival
    figure met is unknown). A source whose count falls within the window
    contradicts itself: that stays a conflict. So does a rise whose higher
    side lies wholly above the toll's next value on its course (``course``,
    read after window ``w``: :func:`_above_course`): the count would have
    to fall again, so that figure is no update of the day ("1 million"
    and "1.34 million" in one bulletin, a million the next day).
    """
    where = _sides_by_source(parts)
    updated: set[int] = set()
    for by_side in where.values():
        ordered = sorted(by_side, key=lambda i: ivs[parts[i][0].id].low)
        for lower, higher in itertools.pairwise(ordered):
            if not _could_follow(by_side[lower], by_side[higher]):
                continue
            if fell_by_the_hour(by_side[lower], by_side[higher]):
                continue
            if w is not None and _above_course(w, course, _side_span(parts[higher], ivs)):
                continue
            updated |= {lower, higher}
    return updated


def _sides_by_source(parts: Sequence[Sequence[Claim]]) -> dict[str, dict[int, list[Claim]]]:
    """Each source's figures in a window, by the index of the side they sit on (figures
    an outlet credits to itself left out: no source's own count)."""
    where: dict[str, dict[int, list[Claim]]] = {}
    for index, part in enumerate(parts):
        for claim in part:
            key = source_key(claim)
            if key is not None and not claim.self_cited:
                where.setdefault(key, {}).setdefault(index, []).append(claim)
    return where


def _fallen_within(parts: Sequence[Sequence[Claim]], ivs: dict[str, Interval]) -> set[int]:
    """The sides of a window that a count's own later figure supersedes.

    A count rescuers bring down hour by hour (``falls_by_the_hour``: the trapped)
    goes down through a rescue day: one source's nine trapped in the
    morning and its five later are the count updated, not the source contradicting
    itself. The side with that source's higher figure (which the lower may follow:
    :func:`_could_follow`) is its earlier stage and no rival of anyone; the lower
    side stays, and a rival body's figure beside it (the city hall's six against the
    fire service's five) still conflicts with it. The missing are not read so: a
    source's 10,100 and 20,000 missing of one day are a revision, no rescue.
    """
    found = unit_concept(parts[0][0].unit) if parts and parts[0] else None
    if found is None or not found.falls_by_the_hour:
        return set()
    where = _sides_by_source(parts)
    fallen: set[int] = set()
    for by_side in where.values():
        ordered = sorted(by_side, key=lambda i: ivs[parts[i][0].id].low)
        for lower, higher in itertools.pairwise(ordered):
            if ivs[parts[lower][0].id].high < ivs[parts[higher][0].id].low and _could_follow(
                by_side[higher], by_side[lower]
            ):
                fallen.add(higher)
    return fallen


def _rival_bodies(parts: Sequence[Sequence[Claim]]) -> bool:
    """Two sides of one window, each credited to bodies of one kind, the kinds apart.

    A day with only two figures, WHO's 35 dead and the health ministry's 38,
    each counted by its own kind of body (:func:`_body_kind`: an international
    agency, a government body), holds two rival counts, not one toll updated
    within the day: an agency does not relay a ministry's briefing as its own
    count, nor a rights group the security ministry's (its "more than 1,100"
    detained against the ministry's 650). Every figure of a side must credit
    a named body of a known kind (an outlet, a wire or an unnamed source
    relays, and may relay either);
    a third value that day, or a source's own rise, leaves the day a running
    count (Morocco's 296, 632, 820 and 1,037 from the ministry under many
    names).
    """
    if len(parts) != 2:
        return False
    kinds = []
    for part in parts:
        found = {_body_kind(c) for c in part}
        if len(found) != 1 or None in found:
            return False
        kinds.append(found.pop())
    return kinds[0] != kinds[1]


def _body_kind(claim: Claim) -> str | None:
    """The kind of body a figure is credited to: the attribution data's body
    (``source_kind``: "who" is international), else the kind its source's words
    name in its language ("the rights group X", "وزارة الأمن": ``named_source_kind``)."""
    return source_kind(claim.source_id) or named_source_kind(claim.attributed_to, claim.language)


def _could_follow(lower: Sequence[Claim], higher: Sequence[Claim]) -> bool:
    """Whether every figure of ``higher`` may hold on or after every figure of ``lower``.

    By their as-of spans: the latest first day of ``lower`` is not after the
    earliest last day of ``higher``, so a month ("2024-11") or a bounded
    publication span ("2024-11-08/2024-11-30") may follow a day inside it.
    A figure of unknown time is no obstacle.
    """
    firsts = [s.first for c in lower if (s := span(as_of_text(c))) is not None]
    lasts = [s.last for c in higher if (s := span(as_of_text(c))) is not None]
    return not firsts or not lasts or max(firsts) <= min(lasts)


# Value clusters further apart than this factor from a window's leading
# cluster are not rival figures for it: "two dead" (a family) against "over
# 12,000 dead" (the city) are two quantities the frames did not tell apart.
CONFLICT_MAX_RATIO = 10.0


def _in_scale(parts: list[list[Claim]], ivs: dict[str, Interval]) -> list[list[Claim]]:
    """The sides of a window within :data:`CONFLICT_MAX_RATIO` of its leading side.

    The leading side is :func:`_main`'s (most independent origins, then
    most claims, then the larger value). A side wholly below a tenth of the leading side's low
    end, or wholly above ten times its high end, is on no side; for a unit
    concept with ``rivals_within`` (a magnitude), a side further than that
    from the leading side's ends.
    """
    lead = _main(parts)
    span_ = _side_span(lead, ivs)
    floor = span_.low / CONFLICT_MAX_RATIO if span_.low > 0 else -math.inf
    ceiling = span_.high * CONFLICT_MAX_RATIO if span_.high > 0 else math.inf
    known = unit_concept(lead[0].unit)
    if known is not None and known.rivals_within is not None:
        floor, ceiling = span_.low - known.rivals_within, span_.high + known.rivals_within
    kept = []
    for part in parts:
        iv = _side_span(part, ivs)
        if iv.high >= floor and iv.low <= ceiling:
            kept.append(part)
    return kept


# Figures with fewer digits than this are not read as misprints of each
# other (89 and 91 are two counts; 820 and 822 one count misprinted).
MISPRINT_MIN_DIGITS = 3


def misprint(a: str, b: str) -> bool:
    """Two digit strings of one length that differ in one digit, or by two swapped neighbours.

    "820"/"822", "1305"/"1035", "1832"/"1823": the slips a copy-typist
    makes. Numbers shorter than :data:`MISPRINT_MIN_DIGITS` are never.
    """
    if len(a) != len(b) or len(a) < MISPRINT_MIN_DIGITS or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return True
    i, j = diff[0], diff[-1]
    return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]


def transposed(a: str, b: str) -> bool:
    """Two digit strings of one length that differ only by two swapped neighbouring digits.

    "1305"/"1035", "1832"/"1823": a copy-typist's transposition. Unlike a
    one-digit change (820/822, which a running toll also makes from one day
    to the next: 216 then 217), a swap is no plausible update of a count.
    Numbers shorter than :data:`MISPRINT_MIN_DIGITS` are never.
    """
    if len(a) != len(b) or len(a) < MISPRINT_MIN_DIGITS or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _transpositions(ivs: dict[str, Interval], points: Sequence[Window]) -> list[list[list[Claim]]]:
    """Windows of two sides: one figure given on consecutive days with two digits swapped.

    A count reported as 1,305 one day and 1,035 the next (or the reverse)
    is one figure misprinted (:func:`transposed`), not an update: figures
    of day-precise points at most :data:`FALL_NEXT_DAYS` apart whose exact
    digits are transposed are set against each other, one window per pair
    of digit strings, each side holding every figure of those days that
    gives its digits. Figures of one day are compared in that day's window
    already.
    """
    by_digits: dict[str, list[tuple[dt.date, Claim]]] = {}
    for w in points:
        for claim in w.claims:
            s = span(as_of_text(claim))
            digits = _digits(claim)
            if s is None or not s.precise or digits is None:
                continue
            by_digits.setdefault(digits, []).append((s.first, claim))
    found: list[list[list[Claim]]] = []
    reach = dt.timedelta(days=FALL_NEXT_DAYS)
    for digits in sorted(by_digits):
        for i in range(len(digits) - 1):
            other = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
            if other <= digits or other not in by_digits or not transposed(digits, other):
                continue
            pairs = [
                (d1, d2)
                for d1, _ in by_digits[digits]
                for d2, _ in by_digits[other]
                if d1 != d2 and abs(d1 - d2) <= reach
            ]
            if not pairs:
                continue
            days = {d for pair in pairs for d in pair}
            left = sorted(
                {c.id: c for d, c in by_digits[digits] if d in days}.values(), key=lambda c: c.id
            )
            right = sorted(
                {c.id: c for d, c in by_digits[other] if d in days}.values(), key=lambda c: c.id
            )
            found.append([left, right])
    return found


def _contrasted_bounds(claims: Sequence[Claim]) -> list[list[list[Claim]]]:
    """Windows for two open counts one article credits to two sources for one time.

    "Kyiv puts the losses at over 742,000; NATO at more than 600,000": each
    source states its count at its bound, and the article sets the two side
    by side, so they are rival counts, not two floors that both hold (as
    their open readings would say). Open counts (:data:`OPEN_COUNTS`) of one
    article with one as-of time, credited to different sources, whose bounds
    are apart by more than the hedge tolerance (:data:`APPROX_TOLERANCE`:
    "more than 11,000" and "at least 11,300" repeat one bound) and at most
    :data:`CONTRAST_MAX_RATIO` (as :func:`_contrasted`: further apart, the
    two may be stages or parts) get a window of their own, one side per
    bound. A word of contrast between two figures of one place
    (:func:`_set_against`: "oltre 2.300 morti ... Per il ministero, invece,
    superato 5.200") says they are rivals however far apart, up to
    :data:`CONFLICT_MAX_RATIO`. Each side also holds the same day's open
    counts of other articles that restate its bound (within the hedge
    tolerance, from a source not on the other side): the same statement,
    relayed (:func:`_restating`). Not for a figure marked as an earlier
    stage (scope ``initial``).
    """
    by_time: dict[tuple[str, str], dict[float, list[Claim]]] = {}
    for claim in claims:
        if not _open_count(claim) or "initial" in claim.scope:
            continue
        key = (claim.article, as_of_text(claim) or "")
        by_time.setdefault(key, {}).setdefault(float(claim.low), []).append(claim)  # type: ignore[arg-type]
    found: list[list[list[Claim]]] = []
    for (_, when), by_bound in sorted(by_time.items()):
        for low, high in itertools.combinations(sorted(by_bound), 2):
            left, right = by_bound[low], by_bound[high]
            if not (1 + APPROX_TOLERANCE < high / low <= CONFLICT_MAX_RATIO):
                continue
            if high / low > CONTRAST_MAX_RATIO and not any(
                _set_against(a, b) for a in left for b in right
            ):
                continue  # far apart, and no word of contrast (the text is searched last)
            if {source_key(c) for c in left} & {source_key(c) for c in right}:
                continue
            left = _restating(claims, left, low, when, right)
            right = _restating(claims, right, high, when, left)
            found.append([sorted(left, key=lambda c: c.id), sorted(right, key=lambda c: c.id)])
    return found


def _set_against(a: Claim, b: Claim) -> bool:
    """Two figures of one place that their article sets against each other with a word of
    contrast (:func:`set_against`), or marks as each other's rival readings
    (:func:`_read_against`): two readings of one count. Figures of two places (a
    town's toll and an overall one) are a part and its whole, whatever word joins them."""
    return a.place_id == b.place_id and (set_against(a, b) or _read_against(a, b))


def _read_against(a: Claim, b: Claim) -> bool:
    """One article marks ``a`` and ``b`` as each other's rival readings (``Claim.rival_readings``,
    claims._rivals: each records the other's stated bounds) and says so in words
    (:func:`told_against`: a dismissal, a dispute). A bare reading alone is no such word:
    "Según la policía, hay al menos 13 muertos. Según los servicios de emergencia, hay
    más de 51 muertos" may be two stages of the toll."""
    return marked_each_other(a, b) and told_against(a, b)


def _open_count(claim: Claim) -> bool:
    """An open count stated at its bound, credited to a known source ("more than 2,300")."""
    return (
        claim.qualifier in OPEN_COUNTS
        and claim.low is not None
        and claim.high is None
        and float(claim.low) > 0
        and source_key(claim) is not None
    )


def _restating(
    claims: Sequence[Claim], side: list[Claim], bound: float, when: str, other: Sequence[Claim]
) -> list[Claim]:
    """``side`` and the open counts of other articles, of day ``when``, that restate ``bound``.

    "mehr als 2300 Tote" (one outlet) and "oltre 2.300 morti" (another, the
    same day) give one statement: when one article reads it at its bound
    against a rival count, so is every relay of it. Only figures of one
    precise day, with a bound within :data:`APPROX_TOLERANCE` of ``bound``,
    credited to a source none of ``other`` is credited to, not an earlier
    stage (scope ``initial``).
    """
    s = span(when)
    if s is None or not s.precise:
        return side
    taken = {c.id for c in side}
    own = {c.article for c in side}
    rivals = {source_key(c) for c in other}
    more = [
        c
        for c in claims
        if c.article not in own
        and c.id not in taken
        and _open_count(c)
        and "initial" not in c.scope
        and (as_of_text(c) or "") == when
        and source_key(c) not in rivals
        and max(float(c.low), bound) <= min(float(c.low), bound) * (1 + APPROX_TOLERANCE)  # type: ignore[arg-type]
    ]
    return side + more


def _relayed_briefings(
    claims: Sequence[Claim], ivs: dict[str, Interval]
) -> list[list[list[Claim]]]:
    """Windows of one briefing: figures whose articles give the same precise companion toll.

    Two reports that both state a briefing's exact death toll (``reported_with``,
    see :mod:`crosscheck.claims._statements`) relay that briefing, so the
    figures they give beside it for one quantity are one statement's: values
    apart are rival readings of it, never a toll that rose in between. One
    window per companion figure that at least two articles give, its sides
    drawn as in any window.
    """
    by_key: dict[str, list[Claim]] = {}
    for claim in claims:
        for key in claim.reported_with:
            by_key.setdefault(key, []).append(claim)
    found: list[list[list[Claim]]] = []
    seen: set[tuple[tuple[str, ...], ...]] = set()
    for key in sorted(by_key):
        members = by_key[key]
        if len({c.article for c in members}) < 2:
            continue
        parts = _value_sides(members, ivs)
        if len(parts) < 2 or len({c.article for p in parts for c in p}) < 2:
            continue
        shape = tuple(tuple(c.id for c in p) for p in parts)
        if shape not in seen:
            seen.add(shape)
            found.append(parts)
    return found


def _digits(claim: Claim) -> str | None:
    """An exact whole figure's digits ("1305"), else None.

    Not for a figure stated in a unit converted into another (``base`` in
    ``concepts.toml``): "100 mph" and "130 km/h" share digits by chance.
    """
    if claim.low is None or claim.low != claim.high or claim.approximate:
        return None
    if base_unit(claim.unit)[0] != claim.unit:
        return None
    value = float(claim.low)
    return str(int(value)) if value.is_integer() and value > 0 else None


# How far apart (the larger over the smaller) two figures one article credits to
# two sources may be and still be rival readings of one count: 210 and 172 are;
# 13 (a first report) and 51 (the day's count) are two stages of it.
CONTRAST_MAX_RATIO = 1.5

# How far apart two figures one article marks as each other's readings (two sources side
# by side, ``Claim.rival_readings``) may be and still be rivals with no word of contrast:
# 2.6 million and more than 4 million are; a first report's 13 and the day's 51 are not.
MARKED_MAX_RATIO = 2.0


def _contrasted(parts: Sequence[Sequence[Claim]], ivs: dict[str, Interval]) -> set[int]:
    """The sides of a window that one article sets against each other, credited to two
    sources (:func:`_contrasted_pairs`)."""
    return {i for pair in _contrasted_pairs(parts, ivs) for i in pair}


def _contrasted_pairs(
    parts: Sequence[Sequence[Claim]], ivs: dict[str, Interval]
) -> set[tuple[int, int]]:
    """The pairs of sides of a window that one article sets against each other, credited
    to two sources.

    "MSF counts 210 dead in a week; the ministry, 172": an article that gives
    one quantity at one time from two sources, within
    :data:`CONTRAST_MAX_RATIO` of each other, contrasts rival figures, not
    two briefings of a running toll, so neither side is read as the day's
    update. A word of contrast between two of one place (:func:`_set_against`:
    "the ministry, by contrast, counts 72") says so however far apart, up to
    :data:`CONFLICT_MAX_RATIO`; so does one sentence that gives both on two sources'
    words (:func:`_one_sentence_rivals`), whatever other day's figure puts a toll's
    course around theirs. Only figures of one precise as-of day, none
    of them marked as an earlier stage (scope ``initial``: "police had
    earlier put the toll at 172", "at first"), are so contrasted.
    """
    seen: dict[str, dict[int, set[str]]] = {}
    days: dict[str, set[str | None]] = {}
    for index, part in enumerate(parts):
        for claim in part:
            key = _contrast_voice(claim)
            if key is None or "initial" in claim.scope:
                continue
            seen.setdefault(claim.article, {}).setdefault(index, set()).add(key)
            s = span(as_of_text(claim))
            days.setdefault(claim.article, set()).add(
                s.first.isoformat() if s is not None and s.precise else None
            )
    spans = [_side_span(p, ivs) for p in parts]
    found: set[tuple[int, int]] = set()
    for article, by_side in seen.items():
        if len(days[article]) != 1 or None in days[article]:
            continue  # figures of two days, or of no known day: stages, not rivals
        for i, j in itertools.combinations(sorted(by_side), 2):
            if by_side[i] & by_side[j]:
                continue
            low = min(spans[i].high, spans[j].high)
            high = max(spans[i].low, spans[j].low)
            if low <= 0 or high > low * CONFLICT_MAX_RATIO:
                continue
            if high <= low * CONTRAST_MAX_RATIO:
                found.add((i, j))
                continue
            # a word of contrast is read only where it decides (the text is searched)
            pairs = [
                (a, b)
                for a in parts[i]
                if a.article == article
                for b in parts[j]
                if b.article == article
            ]
            if (
                high <= low * MARKED_MAX_RATIO and any(marked_each_other(a, b) for a, b in pairs)
            ) or any(_set_against(a, b) or _one_sentence_rivals(a, b) for a, b in pairs):
                found.add((i, j))
    return found


def _one_sentence_rivals(a: Claim, b: Claim) -> bool:
    """One sentence gives both figures, each on its own credited source's word ("About 40
    died according to the ministry; 90 according to the Red Cross", "Unos 40 muertos según
    Interior; 90 según la Cruz Roja"): two readings of one count at one time set side by
    side, as the aligner keeps them comparable (``align._quantity._one_statement``), not two
    briefings of a running toll. Of one place: a place named for one figure only is the
    other's too."""
    voices = _contrast_voice(a), _contrast_voice(b)
    return (
        (a.sentence_start, a.sentence) == (b.sentence_start, b.sentence)
        and None not in voices
        and voices[0] != voices[1]
        and (a.place_id is None or b.place_id is None or a.place_id == b.place_id)
    )


def _contrast_voice(claim: Claim) -> str | None:
    """Whose reading a figure is, for :func:`_contrasted`: its credited source, else the
    article's own voice when the article sets another source's reading against it.

    "L'incendi ha cremat 7.100 hectàrees. Segons el servei europeu Copernicus,
    però, la superfície afectada és de 8.300 hectàrees": the first figure
    credits no one, yet the article gives it as one reading and Copernicus's
    as another (``Claim.rival_readings``, claims._rivals); an unsourced figure
    the article sets against nothing stays out.
    """
    key = source_key(claim)
    if key is None and claim.rival_readings:
        return f"{VOICE_PREFIX}{claim.article}"
    return key


# The key of an article's own voice (:func:`_contrast_voice`): never a source's key.
VOICE_PREFIX = "~voice:"


def _misprint_pairs(parts: Sequence[Sequence[Claim]]) -> list[tuple[int, int]]:
    """The pairs of sides of a window whose exact figures are misprints of each other.

    Within a running count (:func:`_updated_within`) the rising values are
    successive updates, but two values a copy-typist's slip apart
    (:func:`misprint`) are one figure given two ways: a conflict still,
    between those two only.
    """
    digits = [{d for c in part if (d := _digits(c)) is not None} for part in parts]
    sources = [{c.source_id for c in part if c.source_id} for part in parts]
    return [
        (i, j)
        for i, j in itertools.combinations(range(len(parts)), 2)
        if any(
            misprint(x, y)
            and not (
                sources[i]
                and sources[i] == sources[j]
                and not transposed(x, y)
                and _rise_of_one_source(x, y)
            )
            for x in digits[i]
            for y in digits[j]
        )
    ]


# One source's two figures of a running count a digit apart are its rise, not a
# slip, when they differ by more than this share of the larger (the police's 330
# arrests in the morning, 390 in the evening); 820/822 stay a slip.
OWN_RISE_MIN_SHARE = 0.05


def _rise_of_one_source(a: str, b: str) -> bool:
    low, high = sorted((int(a), int(b)))
    return high - low > OWN_RISE_MIN_SHARE * high


def _differences(left: Sequence[Claim], right: Sequence[Claim]) -> set[ScopeDifference]:
    found: set[ScopeDifference] = set()
    for a in left:
        for b in right:
            if set(a.scope) != set(b.scope):
                found.add(ScopeDifference.SCOPE)
            if (a.time_scope or b.time_scope) and a.time_scope != b.time_scope:
                found.add(ScopeDifference.TIME_SCOPE)
            if a.status != b.status:
                found.add(ScopeDifference.STATUS)
            if bool(a.place or a.place_id) != bool(b.place or b.place_id):
                found.add(ScopeDifference.PLACE_ONE_SIDE)
            if not (a.as_of or a.published) or not (b.as_of or b.published):
                found.add(ScopeDifference.AS_OF_UNKNOWN)
            if a.published and b.published and a.published != b.published:
                found.add(ScopeDifference.PUBLISHED)
    return found


# A never-falling count's figures of consecutive days this many days apart
# are compared figure by figure (a figure given one day is often printed the
# next); further apart, only each day's leading values are.
FALL_NEXT_DAYS = 1

# Differences that may explain a gap between two sides (a soft conflict).
_EXPLAINING = {
    ScopeDifference.SCOPE,
    ScopeDifference.TIME_SCOPE,
    ScopeDifference.STATUS,
    ScopeDifference.PLACE_ONE_SIDE,
}


def _conflict(
    kind: str,
    group: Sequence[Claim],
    ivs: dict[str, Interval],
    spans: list[Window],
    *,
    running: bool = True,
    given: Sequence[list[list[Claim]]] = (),
    course: Sequence[_Point] = (),
) -> tuple[list[Side], str | None, set[ScopeDifference], set[str], tuple[str, ...]]:
    """Sides per window, severity, scope differences, notes and outliers.

    ``running``: a source's rising figures within a window may be a running
    count (not for a ``fixed`` concept, whose value never changes).
    ``given``: sides already drawn for the windows after ``spans`` (a never-
    falling count's fall, see :func:`_falls`), one list of sides per window.
    ``course``: a running toll's day values (:func:`_course`); sides of a
    window that lie within the toll's course are its updates that day
    (:func:`_in_course`), not rival figures, unless misprints of another side.
    """
    sides: list[Side] = []
    hard = False
    scope: set[ScopeDifference] = set()
    notes: set[str] = set()
    outliers: list[str] = []
    drawn = [_value_sides(w.claims, ivs) for w in spans] + [list(p) for p in given]
    for index, parts in enumerate(drawn):
        w = spans[index] if index < len(spans) else _span_of([c for p in parts for c in p])
        if len(parts) < 2:
            continue
        if running and index < len(spans) and VALUES[kind].timeline:
            fallen = _fallen_within(parts, ivs)
            if fallen:
                notes.add(FindingNote.RUNNING_COUNT)
                parts = [p for i, p in enumerate(parts) if i not in fallen]
                if len(parts) < 2:
                    continue
            updated = _updated_within(parts, ivs, w, course)
            if _one_day(w):
                # hours and parts of the day order the figures of one day only
                updated |= risen_by_the_hour(parts, ivs)
            # a share's partial result, or the day before's share told again beside the
            # day's revision: stages of one running count (judge/_stages.py)
            updated |= partial_results(parts) | printed_late(parts, ivs, w, group)
            on_course: set[int] = set()
            if course:
                on_course = {
                    i
                    for i, p in enumerate(parts)
                    if i not in updated and _in_course(w, course, _side_span(p, ivs))
                }
                on_course -= _contrasted(parts, ivs)
                if not updated and on_course == set(range(len(parts))) and _rival_bodies(parts):
                    on_course = set()
                updated |= on_course
            if updated:
                notes.add(FindingNote.RUNNING_COUNT)
                slips = [(i, j) for i, j in _misprint_pairs(parts) if {i, j} & updated]
                if slips:
                    notes.add(FindingNote.MISPRINT)
                # A misprint within a running count is set against the figure it
                # misprints only (a window of its own), not against the count's
                # other updates: 820 and 822 conflict, 820 and 1,305 do not.
                drawn.extend([parts[i], parts[j]] for i, j in slips)
                # Two sources' readings one article sets against each other stay rivals
                # though one source's rise makes its side a running count (the ministry's
                # 12,400 then 18,900 cases; WHO's 19,600 "more than the 18,900 reported
                # by the ministry"): a window of their own, as a misprint's.
                drawn.extend(
                    [parts[i], parts[j]]
                    for i, j in sorted(_contrasted_pairs(parts, ivs))
                    if {i, j} & updated and (i, j) not in slips
                )
                rivals = [p for i, p in enumerate(parts) if i not in updated]
                if rivals and on_course:
                    # A figure off the toll's course that day is a rival of the
                    # day's leading briefing, not one more update; and of each
                    # other briefing of that day (a window of its own, so the
                    # briefings are never set against each other).
                    briefings = [parts[i] for i in sorted(on_course)]
                    lead = _main(briefings)
                    drawn.extend([*rivals, list(b)] for b in briefings if b is not lead)
                    rivals.append(list(lead))
                parts = rivals
                if len(parts) < 2:
                    continue
        if kind == "quantity":
            parts = _in_scale(parts, ivs)
            if len(parts) < 2:
                continue
        if index < len(spans):
            drawn.extend(_bridged(w.claims, parts, ivs, w, course if running else ()))
        built = [_side(kind, p, ivs, index, w) for p in parts]
        best = max(s.origins for s in built)
        leaders = [s for s in built if s.origins == best]
        if best >= 2 and len(leaders) == 1:
            built = [attrs.evolve(s, consensus=s is leaders[0]) for s in built]
            outliers.extend(
                c for s in built if not s.consensus and s.origins == 1 for c in s.claims
            )
        if len({c.id for p in parts for c in p}) < len(w.claims):
            notes.add(FindingNote.BRIDGING)
        for i, left in enumerate(parts):
            for right in parts[i + 1 :]:
                diff = _differences(left, right)
                scope |= diff
                if {c.article for c in left} & {c.article for c in right}:
                    notes.add(FindingNote.SAME_ARTICLE)
                li = _side_span(left, ivs)
                ri = _side_span(right, ivs)
                if math.isinf(li.high) and math.isinf(ri.high):
                    # Two floors set apart (rival open counts) are apart at their bounds.
                    li, ri = Interval(li.low, li.low), Interval(ri.low, ri.low)
                narrow = VALUES[kind].narrow(li, ri, left[0].unit)
                if not narrow and not (diff & _EXPLAINING):
                    hard = True
        sides.extend(built)
    if not sides:
        return [], None, set(), notes, ()
    severity = Severity.HARD.value if hard else Severity.SOFT.value
    return sides, severity, scope, notes, tuple(sorted(set(outliers)))


def _bridged(
    claims: Sequence[Claim],
    parts: Sequence[Sequence[Claim]],
    ivs: dict[str, Interval],
    w: Window,
    course: Sequence[_Point],
) -> list[list[list[Claim]]]:
    """Windows for the figures of a window that fit two of its sides and rule out others.

    "More than 5,300" fits the sides at 5,300 and 5,500 and so stands on
    neither; it still cannot be true with 3,840. Each such figure (stated
    with a bound, not a vague "thousands"; outside the day's running toll)
    gets a window of its own: itself against the sides it shares no point
    with.
    """
    placed = {c.id for p in parts for c in p}
    found: list[list[list[Claim]]] = []
    for claim in sorted(claims, key=lambda c: c.id):
        if claim.id in placed or claim.qualifier == "vague":
            continue
        iv = ivs[claim.id]
        fits = [p for p in parts if all(iv.overlaps(ivs[c.id]) for c in p)]
        apart = [p for p in parts if not any(iv.overlaps(ivs[c.id]) for c in p)]
        if len(fits) < 2 or not apart or _in_course(w, course, iv):
            continue
        found.append([[claim], *(list(p) for p in apart)])
    return found


def _span_of(claims: Sequence[Claim]) -> Window:
    """A window around claims of several days: from the first day any holds to the last."""
    days = [s for c in claims if (s := span(as_of_text(c))) is not None]
    return Window(
        min((s.first for s in days), default=None),
        max((s.last for s in days), default=None),
        tuple(sorted(claims, key=lambda c: c.id)),
    )


def _main(parts: Sequence[Sequence[Claim]]) -> Sequence[Claim]:
    """A window's leading value cluster: most origins, then most claims, then the larger value.

    Between clusters equally well supported the larger value leads: in a
    running count the day's later briefings give larger values, and a
    window that also holds a part's figure (a town's 4 beside the region's
    95, the frames not telling them apart) should not be led by the part,
    or the count would seem to fall. Then the smallest id.
    """
    return max(
        parts, key=lambda p: (len(origins(p)), len(p), _top(p), [-ord(ch) for ch in p[0].id])
    )


def _held(
    parts: Sequence[Sequence[Claim]],
    before: Sequence[Claim],
    led: Sequence[Claim],
    ivs: dict[str, Interval],
) -> Sequence[Claim]:
    """A timeline point's leading value cluster (:func:`_main`), save that when clusters
    equally well supported each repeat a value the point before already held (among its
    figures ``before``), the one of the value that led there (``led``) leads again: the
    prefecture's 9 and the operator's 14 a day after the same two readings is no rise
    from 9 to 14, but one rivalry told twice."""
    main = _main(parts)
    if not led:
        return main
    support = (len(origins(main)), len(main))
    tied = [p for p in parts if (len(origins(p)), len(p)) == support]
    if len(tied) < 2 or not all(
        any(ivs[c.id].overlaps(ivs[b.id]) for c in p for b in before) for p in tied
    ):
        return main
    kept = [p for p in tied if any(ivs[c.id].overlaps(ivs[b.id]) for c in p for b in led)]
    return kept[0] if len(kept) == 1 else main


def _top(claims: Sequence[Claim]) -> float:
    """The largest stated bound of the claims in their base unit (-inf when none is stated)."""
    ends = [
        float(b) * base_unit(c.unit)[1] for c in claims for b in (c.low, c.high) if b is not None
    ]
    return max(ends, default=-math.inf)


@attrs.frozen
class _Point:
    """One day-precise timeline point: its days and its leading value."""

    first: dt.date
    last: dt.date
    value: Interval


_Day = tuple[Window, Sequence[Sequence[Claim]]]


def _days(ivs: dict[str, Interval], spans: list[Window]) -> list[_Day]:
    """Each day-precise point with its value clusters of finite bounds.

    Figures dated by their text before their article are left out
    (:func:`_event_dated`). Computed once per group for :func:`_course` and
    :func:`_rising_path`.
    """
    days: list[_Day] = []
    for w in spans:
        precise = [
            c
            for c in w.claims
            if (s := span(as_of_text(c))) is not None and s.precise and not _event_dated(c)
        ]
        if w.first is None or w.last is None or not precise:
            continue
        clusters = [
            p
            for p in (_value_sides(precise, ivs) or [precise])
            if (v := _common(ivs[c.id] for c in p)) is not None
            and not math.isinf(v.low)
            and not math.isinf(v.high)
        ]
        if clusters:
            days.append((w, clusters))
    return days


def _course(ivs: dict[str, Interval], days: Sequence[_Day], *, rising: bool = True) -> list[_Point]:
    """The running toll's course: each day point's leading value, when it rises.

    Empty unless the values rise somewhere (a count being updated; with
    ``rising`` false, the day points whatever their values). A day's
    briefings are read against :func:`_rising_path` instead.
    """
    leading: list[_Point] = []
    before: Sequence[Claim] = ()  # the day before's figures, and its leading ones
    led: Sequence[Claim] = ()
    for w, clusters in days:  # every cluster has finite common bounds (_days)
        main = _held(clusters, before, led, ivs)
        before, led = [c for p in clusters for c in p], main
        leading.append(_Point(w.first, w.last, _common(ivs[c.id] for c in main)))  # type: ignore[arg-type]
    rises = any(b.value.low > a.value.high for a, b in itertools.pairwise(leading))
    return leading if rises or not rising else []


_Best = tuple[int, int, float, float, int]


def _rising_path(ivs: dict[str, Interval], days: Sequence[_Day]) -> list[_Point]:
    """The path of one value cluster per day (days may be skipped) that never falls.

    What a day's briefings are read against (:func:`_in_course`): in a group
    that also holds parts' figures (a province's 290 beside the nation's
    1,305) or a stray small number, one day's best-supported cluster may be
    such a figure, and a course through it would make that day's real
    briefings look like rivals.

    Among such paths the one with the most support: independent origins
    first, then claims, then the larger values. Work is n log n in the
    clusters (a Fenwick tree of best paths by value rank), so a long-running
    story's course stays cheap.
    """
    nodes: list[tuple[int, Interval]] = []  # (day, value)
    weights: list[tuple[int, int]] = []
    for index, (_, clusters) in enumerate(days):
        for p in clusters:
            value = _common(ivs[c.id] for c in p)
            assert value is not None
            nodes.append((index, value))
            weights.append((len(origins(p)), len(p)))
    # A cluster may follow one whose low end it reaches (the two overlap, or it
    # lies above): "almost 11,500" after 11,470 is no fall. Paths are stored by
    # their last low end and looked up by the new cluster's high end.
    keys = sorted({x for _, v in nodes for x in (v.low, v.high)})
    rank = {k: i + 1 for i, k in enumerate(keys)}
    # A path's best: origins, claims, its last low and high, its last node (-1: none).
    none: _Best = (0, 0, -math.inf, -math.inf, -1)
    tree: list[_Best] = [none] * (len(keys) + 1)

    def query(r: int) -> _Best:
        best = none
        while r > 0:
            best = max(best, tree[r])
            r -= r & -r
        return best

    def update(r: int, item: _Best) -> None:
        while r <= len(keys):
            tree[r] = max(tree[r], item)
            r += r & -r

    previous: list[int] = [-1] * len(nodes)
    totals: list[_Best] = [none] * len(nodes)
    start = 0
    while start < len(nodes):
        day = nodes[start][0]
        end = start
        while end < len(nodes) and nodes[end][0] == day:
            end += 1
        # Every cluster of this day extends the best path of earlier days
        # ending at or below it; inserted only after the whole day, so one
        # day's clusters never follow each other.
        for n in range(start, end):
            value = nodes[n][1]
            before = query(rank[value.high])
            previous[n] = before[4]
            o, k = weights[n]
            totals[n] = (before[0] + o, before[1] + k, value.low, value.high, n)
        for n in range(start, end):
            value = nodes[n][1]
            update(rank[value.low], totals[n])
        start = end
    n = max(totals)[4] if totals else -1
    path: list[int] = []
    while n >= 0:
        path.append(n)
        n = previous[n]
    return [
        _Point(days[nodes[n][0]][0].first, days[nodes[n][0]][0].last, nodes[n][1])  # type: ignore[arg-type]
        for n in reversed(path)
    ]


def _in_course(w: Window, course: Sequence[_Point], value: Interval) -> bool:
    """A window's value lies between the toll's value before and after the window.

    On a day a toll is updated, figures between yesterday's leading value and
    tomorrow's are that day's successive briefings, not rival figures.
    """
    if w.first is None or w.last is None or not course:
        return False
    if any((s := span(as_of_text(c))) is None or not s.precise for c in w.claims):
        return False  # a month's figures are no day's briefings
    before = [p for p in course if p.last < w.first]
    after = [p for p in course if p.first > w.last]
    if not before and not after:
        return False
    low = before[-1].value.low if before else -math.inf
    high = after[0].value.high if after else math.inf
    return low <= value.low and value.high <= high


def _above_course(w: Window, course: Sequence[_Point], value: Interval) -> bool:
    """A window's value lies wholly above the toll's next value on its course.

    The course (:func:`_rising_path`) never falls, so a figure above the
    value it shows on a later day is no value the count had that day.
    """
    if w.last is None:
        return False
    n = bisect.bisect_right(course, w.last, key=lambda p: p.first)  # first point after ``w``
    return n < len(course) and value.low > course[n].value.high


def _coarse_rivals(
    ivs: dict[str, Interval],
    spans: Sequence[Window],
    course: Sequence[_Point],
    *,
    monotone: bool = False,
    either_way: bool = False,
) -> list[list[list[Claim]]]:
    """Windows setting figures of a coarser time against the days of their span they cannot be.

    A figure known only to the month ("close to 900 dead", an article dated
    "2024-06") may hold at any day of it, so it shares no window with one
    day's figures. But when no day of its month can show its value, it is a
    rival of each day's count. It must lie wholly above or below every
    figure of its span's days; and for a count that never falls or a running
    toll (``monotone``, or a rising ``course``) also wholly below the day
    value before its span or wholly above the one after it (a stale figure
    repeated later lies within them). Any other count (``either_way``: its
    ``course`` is the day points, rising or not) may have moved either way on
    a day of its span no figure shows, so the figure must also lie wholly
    outside both the day value before its span and the one after it, and
    there must be both: "now 30 boats" in an article dated "2025-05" is no
    rival of 22 boats on 6 May, the month's only day point. Each day window
    of its span then gets one more window: that day's leading value cluster (:func:`_main`)
    against the rivals' value clusters (less the day's figures that share a
    point with a rival). A day's open count ("at least 217", :data:`OPEN_COUNTS`)
    shows the count its bound states, as in :func:`_count_below`: "close to
    300" in a month whose days give 219, 220 and "at least 217" is no count
    any day showed (only for such a count: ``monotone`` or a rising
    ``course``). Vague figures ("thousands") and spans without day
    figures are left as they were. Work is per distinct span (a month), not
    per figure.
    """
    days = {
        c.id: s
        for w in spans
        for c in w.claims
        if (s := span(as_of_text(c))) is not None and s.precise
    }
    # A count (one that never falls, or a running toll) reads an open figure at its bound.
    counted = (bool(course) and not either_way) or monotone
    shown = {
        c.id: _shown_count(c, ivs[c.id]) if counted else ivs[c.id]
        for w in spans
        for c in w.claims
        if c.id in days
    }
    coarse = sorted(
        {
            c.id: c
            for w in spans
            for c in w.claims
            if c.id not in days and span(as_of_text(c)) is not None and c.qualifier != "vague"
        }.values(),
        key=lambda c: c.id,
    )
    if not coarse or not days:
        return []
    by_span: dict[tuple[dt.date, dt.date], list[Claim]] = {}
    for claim in coarse:
        whole = span(as_of_text(claim))
        assert whole is not None
        by_span.setdefault((whole.first, whole.last), []).append(claim)
    held: dict[int, list[Claim]] = {}
    # Per distinct span (a month), not per figure: the days it holds and their windows.
    for (first, last), claims in sorted(by_span.items()):
        inside = [shown[cid] for cid, s in days.items() if first <= s.first and s.last <= last]
        if not inside:
            continue
        floor = min(x.low for x in inside)
        top = max(x.high for x in inside)
        low, high = -math.inf, math.inf
        if course or monotone:
            before = [p for p in course if p.last < first]
            after = [p for p in course if p.first > last]
            low = before[-1].value.low if before else -math.inf
            high = after[0].value.high if after else math.inf
            if either_way:
                if not (before and after):
                    continue  # a day of its span after (or before) every day point may show it
                low = min(low, after[0].value.low)
                high = max(high, before[-1].value.high)
        within = [
            index
            for index, w in enumerate(spans)
            if w.first is not None
            and w.last is not None
            and first <= w.first
            and w.last <= last
            and w.claims
            and all(c.id in days for c in w.claims)
        ]
        for claim in claims:
            iv = ivs[claim.id]
            if not (iv.low > top or iv.high < floor):
                continue  # a value some day of its span shows, or between them
            if (course or monotone) and not (iv.low > high or iv.high < low):
                continue
            for index in within:
                held.setdefault(index, []).append(claim)
    found: list[list[list[Claim]]] = []
    for index, rivals in sorted(held.items()):
        day = spans[index].claims
        lead = [
            c
            for c in sorted(_main(_value_sides(day, ivs) or [list(day)]), key=lambda c: c.id)
            if not any(ivs[c.id].overlaps(ivs[r.id]) for r in rivals)
        ]
        if lead:
            found.append([lead, *_value_sides(rivals, ivs)])
    return found


def _shown_count(claim: Claim, iv: Interval) -> Interval:
    """The values a day's figure shows a count at: an open count's bound, else its interval."""
    if claim.qualifier in OPEN_COUNTS and math.isinf(iv.high) and not math.isinf(iv.low):
        return Interval(iv.low, iv.low)
    return iv


def _event_dated(claim: Claim) -> bool:
    """The text dates the figure before its article: maybe the event's day, not the count's.

    "The quake of Friday killed 2,012" dates the quake, and the count is as
    of the writing; such a figure cannot show a count fell.
    """
    return bool(
        claim.as_of_from == "text"
        and claim.as_of
        and claim.published
        and claim.as_of[:10] < claim.published[:10]
    )


def _threshold(
    earlier: Sequence[Claim], later: Sequence[Claim], ivs: dict[str, Interval]
) -> list[list[Claim]] | None:
    """An earlier value cluster, then the value clusters of the later figures wholly below it.

    For each value cluster of the earlier figures (:func:`_value_sides`, so a
    side's figures share a value) the later figures whose interval lies
    wholly below every figure of the cluster fell from it, an open count
    below a sharper figure of its cluster aside (:func:`_sharpest`: "more
    than 200" beside "at least 217"; the earlier side of each fall keeps it
    only when the figures that fell lie below it too: :func:`_fell_from`).
    The cluster with
    most pairs across wins (then the lower cluster: the smallest fall that
    is one). The figures that fell are sides by their own values too: 1,000
    and 2,000 both below 3,000 are two sides, not one, since they disagree
    with each other as well. An earlier open figure that sat on no value
    cluster because it fits two ("at least 11,300" beside 11,300 and
    11,470) joins the cluster it fits wholly and lies above. None when
    nothing fell.
    """
    best: tuple[int, float] | None = None
    sides: list[list[Claim]] | None = None
    clusters = _value_sides(earlier, ivs)
    placed = {c.id for cluster in clusters for c in cluster}
    for whole in clusters:
        cluster = _sharpest(whole, ivs)
        floor = min(ivs[c.id].low for c in cluster)  # below every figure of the cluster
        if math.isinf(floor):
            continue
        # An open figure that bridged two close clusters ("at least 11,300" beside
        # 11,300 and 11,470) is on neither, yet the figures below both fell from it.
        bridged = [
            c
            for c in earlier
            if c.id not in placed
            and ivs[c.id].low >= floor
            and all(ivs[c.id].overlaps(ivs[o.id]) for o in cluster)
        ]
        low = [c for c in later if ivs[c.id].high < floor or _count_below(c, floor)]
        score = (len(whole) * len(low), -floor)
        fell = _value_sides(low, ivs)
        if fell and (best is None or score > best):
            best, sides = score, [sorted([*whole, *bridged], key=lambda c: c.id), *fell]
    return sides


def _sharpest(cluster: Sequence[Claim], ivs: dict[str, Interval]) -> list[Claim]:
    """A value cluster without its open counts that lie below another of its figures.

    "More than 200" beside "at least 217" of the same day is a rounder word
    for the same count, not a lower one: the count stood at 217 or more, and
    215 the next day fell from it. Such an open count ("at least", "over",
    ceiling open) whose bound is below the highest low end of its cluster
    does not lower the floor a later figure falls below; it is on the
    earlier side of a fall only when the figures that fell lie below it too
    (:func:`_fell_from`).
    """
    top = max(ivs[c.id].low for c in cluster)
    sharp = [
        c
        for c in cluster
        if not (c.qualifier in OPEN_COUNTS and math.isinf(ivs[c.id].high) and ivs[c.id].low < top)
    ]
    return sharp or list(cluster)


def _fell_between(
    cut: Sequence[Sequence[Claim]], later: Sequence[Claim], ivs: dict[str, Interval]
) -> list[list[list[Claim]]]:
    """Windows for later figures below a fall's earlier side that fit two of the sides below.

    "Up to 10,000" the day after 18,000-20,000 fits both 3,800 and 5,300
    below, so it stands on neither side of the fall; it still fell. Each
    such figure (stated with a bound, not a vague "thousands") that lies
    wholly below the earlier side, or an open count whose bound does
    (:func:`_count_below`), gets a window of its own: the earlier side
    against it, as :func:`_bridged` does within one window.
    """
    earlier, fell = cut[0], cut[1:]
    placed = {c.id for side in cut for c in side}
    floor = min(ivs[c.id].low for c in _sharpest(earlier, ivs))
    return [
        [_fell_from(earlier, [claim], ivs), [claim]]
        for claim in sorted(later, key=lambda c: c.id)
        if claim.id not in placed
        and claim.qualifier != "vague"
        and (ivs[claim.id].high < floor or _count_below(claim, floor))
        and sum(1 for side in fell if any(ivs[claim.id].overlaps(ivs[o.id]) for o in side)) >= 2
    ]


def _fell_from(
    earlier: Sequence[Claim], fell: Sequence[Claim], ivs: dict[str, Interval]
) -> list[Claim]:
    """The earlier figures that every figure of ``fell`` lies wholly below (an open
    count by its bound: :func:`_count_below`): the side those figures fell from.
    "More than 200" beside "at least 217" is no side of a fall to 215."""
    return [
        c
        for c in earlier
        if all(ivs[o.id].high < ivs[c.id].low or _count_below(o, ivs[c.id].low) for o in fell)
    ]


def _count_below(claim: Claim, floor: float) -> bool:
    """An open count ("at least 3,958", "more than 5,200") that puts the count below ``floor``.

    Its ceiling is open, but what it reports is a count: the dead counted
    so far. Given the day after a higher count of a count that never
    falls, it says the count fell, unless its bound is that count rounded
    down to the bound's own last digit, or to its half step when that digit
    is a five ("at least 2,000" the day after 2,012; "over 11,000" after
    11,300; "more than 2,500" after 2,946): a rounding, not a new count.
    """
    if claim.qualifier not in OPEN_COUNTS or claim.low is None or claim.high is not None:
        return False
    low = float(claim.low)
    step = last_digit(low) or 1.0
    if round(low / step) % 5 == 0:
        step *= 5  # "more than 2,500" rounds to the half thousand: 2,946 is over it
    return low < math.floor(floor / step) * step


# Qualifiers of a figure that states a count and leaves its ceiling open.
OPEN_COUNTS = frozenset({"at_least", "over"})


def _falls(ivs: dict[str, Interval], spans: list[Window]) -> list[list[list[Claim]]]:
    """Where a count that never falls is lower than at the time before: sides per fall.

    The timeline's points are read in as-of order, figures known to the day
    only (a month-only date may be any day of it), and not dated by their
    text before their article (:func:`_event_dated`). Against the point before
    it, a point of the next day (``FALL_NEXT_DAYS``: a figure given one day
    is often printed the next) contradicts every earlier figure its figures
    lie wholly below (tolerance included; an open count, "at least 3,958",
    by its bound: :func:`_count_below`; :func:`_threshold`); a point
    further on, whose leading value cluster lies wholly below the last
    point's, contradicts that cluster. The dead of yesterday are still dead.
    Each fall is one window spanning both times, with the earlier value and
    the values it fell to as sides. Example:
    5,200 killed (12 September) then 3,840 killed (14 September).
    """
    found: list[list[list[Claim]]] = []
    previous: tuple[list[Claim], list[Claim], Interval, dt.date] | None = None
    for w in spans:
        precise = sorted(
            (
                c
                for c in w.claims
                if (s := span(as_of_text(c))) is not None and s.precise and not _event_dated(c)
            ),
            key=lambda c: c.id,
        )
        if w.first is None or not precise:
            continue
        main = sorted(_main(_value_sides(precise, ivs) or [precise]), key=lambda c: c.id)
        value = _common(ivs[c.id] for c in main)
        bounded = value is not None and not (math.isinf(value.low) or math.isinf(value.high))
        if previous is not None and previous[3] < w.first:
            if (w.first - previous[3]).days <= FALL_NEXT_DAYS:
                cut = _threshold(previous[0], precise, ivs)
                if cut is not None:
                    # one window per value the count fell to: what the later figures
                    # say of each other is their own day's window's business
                    found.extend([_fell_from(cut[0], side, ivs), side] for side in cut[1:])
                    found.extend(_fell_between(cut, precise, ivs))
            elif bounded and max(ivs[c.id].high for c in main) < min(
                ivs[c.id].low for c in previous[1]
            ):
                found.append([previous[1], main])
        if value is not None and not bounded and all(c.qualifier in OPEN_COUNTS for c in main):
            # "at least 217" counts 217 so far: the next day's count cannot be lower
            # ("more than 200" beside it is a rounder word for it: _sharpest)
            value = _common(_shown_count(c, ivs[c.id]) for c in _sharpest(main, ivs))
            bounded = value is not None and not (math.isinf(value.low) or math.isinf(value.high))
        if value is None or not bounded:
            continue
        last = max(d.last for c in precise if (d := span(as_of_text(c))) is not None)
        previous = (precise, main, value, last)
    return found


# A cumulative count's figures from two sources at most this many days apart
# are read against the count's own pace (:func:`_outpaced`).
PACE_MAX_DAYS = 14
# The count's pace is measured between points of its course at least this
# many days before the earlier figure and after the later one: a long
# baseline, so only a count with weeks of history on both sides is read.
PACE_BASE_DAYS = 30
# Two sources whose figures imply a rise more than this many times the
# count's pace are rival estimates of it, not an update of one another.
PACE_MAX_RATIO = 4.0


_Lead = tuple[dt.date, dt.date, list[Claim], Interval, list[list[Claim]]]


def _day_leads(ivs: dict[str, Interval], spans: Sequence[Window]) -> list[_Lead]:
    """Each day-precise point's days, leading value cluster (:func:`_main`), its value,
    and all its value clusters.

    As in :func:`_falls`: figures known to the day only, not dated by their
    text before their article (:func:`_event_dated`); the value may be open
    on one side ("more than 350,000").
    """
    found: list[_Lead] = []
    for w in spans:
        precise = sorted(
            (
                c
                for c in w.claims
                if (s := span(as_of_text(c))) is not None and s.precise and not _event_dated(c)
            ),
            key=lambda c: c.id,
        )
        if w.first is None or w.last is None or not precise:
            continue
        clusters = _value_sides(precise, ivs) or [precise]
        main = sorted(_main(clusters), key=lambda c: c.id)
        value = _common(ivs[c.id] for c in main)
        if value is not None:
            found.append((w.first, w.last, main, value, clusters))
    return found


def _pace(
    path: Sequence[_Point],
    firsts: Sequence[dt.date],
    lasts: Sequence[dt.date],
    first: dt.date,
    last: dt.date,
    *,
    running: bool = False,
) -> float | None:
    """The most a count rose per day around ``first``..``last``, from its course; None: unknown.

    Read on the course (:func:`_rising_path`, its points in day order)
    between its last point at least :data:`PACE_BASE_DAYS` before ``first``
    and its first point as far after ``last``: the rise per day over that
    whole stretch, over its part before ``first`` and over its part after
    ``last``, whichever is largest (a toll that slows down after a
    disaster's first days has its fast part before; an epidemic that speeds
    up, after). Each rise is taken at its widest (the later point's high end
    less the earlier point's low end). With no point that far after (the
    batch ends), the stretch from the point that far before to the course's
    last point, and its part before ``first``: the count has run for a
    month, so its first days are behind it. With no point that far before,
    only when the count was ``running`` already (a figure of it held a month
    before ``first``: :func:`_running_since`): the stretch from the course's
    first point to the point that far after, and its part after ``last``. A
    young count (no course that far before, no figure of it a month before)
    may rise at any pace in its first days: None. Points are found by
    bisection in ``firsts`` and ``lasts`` (the points' days), so a long
    course stays cheap.
    """
    reach = dt.timedelta(days=PACE_BASE_DAYS)
    start = bisect.bisect_right(lasts, first - reach) - 1  # last point that far before
    end = bisect.bisect_left(firsts, last + reach)  # first point that far after
    before, after = start >= 0, end < len(path)
    if not before and not (after and running):
        return None
    history = bisect.bisect_right(lasts, first) - 1  # last point by ``first``
    future = bisect.bisect_left(firsts, last)  # first point from ``last``
    if before and after:
        stretches = [(path[start], path[end])]
        if start < history < end:
            stretches.append((path[start], path[history]))
        if start < future < end:
            stretches.append((path[future], path[end]))
    elif before:
        stretches = [(path[start], path[-1])] if start < len(path) - 1 else []
        if start < history:
            stretches.append((path[start], path[history]))
    else:
        stretches = [(path[0], path[end])] if end > 0 else []
        if future < end:
            stretches.append((path[future], path[end]))
    if not stretches:
        return None
    return max((b.value.high - a.value.low) / max(1, (b.first - a.last).days) for a, b in stretches)


def _running_since(claims: Iterable[Claim], ivs: dict[str, Interval]) -> Callable[[dt.date], bool]:
    """Whether a figure of the count held wholly before a day and began a month before it.

    A figure of any grain (a month's "180,000-188,000" in January) that is
    not vague and not dated by its text before its article (maybe an
    earlier event's day: :func:`_event_dated`), whose as-of span ends before
    the day and starts at least :data:`PACE_BASE_DAYS` before it: the count
    was being reported a month earlier, so it is no young toll that day.
    """
    spans = sorted(
        (s.last, s.first)
        for c in claims
        if c.qualifier != "vague"
        and not _event_dated(c)
        and not (math.isinf(ivs[c.id].low) and math.isinf(ivs[c.id].high))
        and (s := span(as_of_text(c))) is not None
    )
    ends = [e for e, _ in spans]
    earliest = list(itertools.accumulate((b for _, b in spans), min))
    reach = dt.timedelta(days=PACE_BASE_DAYS)

    def running(day: dt.date) -> bool:
        n = bisect.bisect_left(ends, day)  # spans ending before ``day``
        return n > 0 and earliest[n - 1] <= day - reach

    return running


def _outpaced(
    ivs: dict[str, Interval],
    spans: Sequence[Window],
    path: Sequence[_Point],
    unit: str | None,
    group: Sequence[Claim] = (),
) -> list[list[list[Claim]]]:
    """Windows setting two sources' figures of one day or a few days apart against each other.

    A long-running cumulative count (a war's losses) rises at its own pace:
    about a thousand a day over two years. When the leading figure of one
    day and a higher leading figure at most :data:`PACE_MAX_DAYS` later
    come from different credited sources, and the rise between them (the
    later figure's low end less the earlier's high end) is more than
    :data:`PACE_MAX_RATIO` times the count's pace around them
    (:func:`_pace`), the two are rival estimates of one count, not one
    count updated: 315,000 (13 December) and "more than 350,000" (21
    December) against a course that rose about 700 a day. The two must be
    apart beyond the hedge tolerance (not ``narrow``, as a soft conflict
    is): a toll's slow tail, months on, creeps up a few percent at a time
    (217, then 224 a week later), many times its pace yet no rival. One
    window per later day, against the latest earlier day that is so far
    below it. A young count (no course :data:`PACE_BASE_DAYS` before, and
    no figure of ``group`` from that long before: :func:`_running_since`) is
    never read so: a disaster's toll rises fast in its first days.

    Within one day the same holds, read as a day's rise: a value cluster
    of that day credited to sources none of which the day's leading cluster
    credits, apart from it by more than the pace allows in a day, is a rival
    estimate, not one of the day's successive briefings (the running count
    and the toll's course excuse those): the British 70,000 and the American
    120,000 Russian dead of one day, when the count rose some 800 a day.
    Each such window also holds the lower side's later restatements
    (:func:`_restatements`).
    """
    leads = _day_leads(ivs, spans)
    running = _running_since(group, ivs)
    firsts = [p.first for p in path]
    lasts = [p.last for p in path]
    found: list[list[list[Claim]]] = []
    for first, last, main, value, clusters in leads:
        main_keys = _keys(main)
        if not main_keys:
            continue
        ids = {c.id for c in main}
        for other in clusters:
            if ids & {c.id for c in other}:
                continue
            across = _common(ivs[c.id] for c in other)
            if across is None or _is_open(across) or not _keys(other) or _keys(other) & main_keys:
                continue
            if across.low > value.high:
                low, high = value, across
            elif across.high < value.low:
                low, high = across, value
            else:
                continue
            if VALUES["quantity"].narrow(low, high, unit):
                continue
            pace = _pace(path, firsts, lasts, first, last, running=running(first))
            if pace is not None and high.low - low.high > PACE_MAX_RATIO * pace:
                found.append([list(main), list(other)])
    for j, (late, end, later, high, _) in enumerate(leads):
        if math.isinf(high.low):
            continue
        late_keys = _keys(later)
        for start, early, earlier, low, _ in reversed(leads[:j]):
            days = (late - early).days
            if days > PACE_MAX_DAYS:
                break
            if days < 1 or math.isinf(low.high) or high.low <= low.high:
                continue
            if VALUES["quantity"].narrow(low, high, unit):
                continue
            early_keys = _keys(earlier)
            if not early_keys or not late_keys or early_keys & late_keys:
                continue
            pace = _pace(path, firsts, lasts, start, end, running=running(start))
            if pace is not None and (high.low - low.high) / days > PACE_MAX_RATIO * pace:
                found.append([earlier, later])
                break
    return [_restatements(window, group, ivs) for window in found]


def _keys(claims: Iterable[Claim]) -> set[str]:
    """The credited sources of claims (:func:`~._origins.source_key`), where known."""
    return {k for c in claims if (k := source_key(c)) is not None}


def _restatements(
    window: list[list[Claim]], group: Sequence[Claim], ivs: dict[str, Interval]
) -> list[list[Claim]]:
    """Two rival estimates' sides, the lower one with its sources' later restatements.

    A count that never falls cannot come back down to the lower estimate
    after the higher one held: a source of the lower side that gives its
    value again (a figure sharing a point with the side's value, wholly
    below the higher side's) on or after the higher side's last day is still
    at odds with it. The British defence ministry's 70,000, restated in an
    article of the February after the American 120,000 of 4 December,
    stands on the 70,000's side. Figures of unknown time, vague ones and
    those dated by their text before their article (:func:`_event_dated`)
    restate nothing; neither does a source that also stands on the higher
    side.
    """
    a, b = window
    va, vb = _common(ivs[c.id] for c in a), _common(ivs[c.id] for c in b)
    if va is None or vb is None:
        return window
    lower, higher, low, high = (a, b, va, vb) if va.high < vb.low else (b, a, vb, va)
    keys = _keys(lower) - _keys(higher)
    ends = [s.last for c in higher if (s := span(as_of_text(c))) is not None]
    if not keys or not ends:
        return window
    taken = {c.id for c in (*lower, *higher)}
    since = max(ends)
    again = [
        c
        for c in group
        if c.id not in taken
        and c.qualifier != "vague"
        and source_key(c) in keys
        and not _event_dated(c)
        and (s := span(as_of_text(c))) is not None
        and s.first >= since
        and ivs[c.id].overlaps(low)
        and ivs[c.id].high < high.low
    ]
    if not again:
        return window
    grown = sorted([*lower, *again], key=lambda c: c.id)
    return [grown, list(higher)] if lower is a else [list(higher), grown]


def _timeline(
    group: Sequence[Claim], ivs: dict[str, Interval], spans: list[Window], shown: str | None
) -> tuple[list[TimelinePoint], set[str]]:
    """The quantity's value per dated window, in as-of order, when it changes (values
    in ``shown``, the group's unit: :func:`_shown_unit`).

    Beside a course of days, a point known only to its month (or year) is shown
    after the days inside that month, ordered by its last day: "900 detained" of
    an article dated only "October" holds at some day of October, not on the
    1st, so it does not come before the 420 of 14 October (nor after a day of
    November).
    """
    points: list[TimelinePoint] = []
    notes: set[str] = set()
    dated = [w for w in spans if w.first is not None]
    if len(dated) < 2:
        return [], notes
    # Beside a course of days, a figure known only to its month (or year) may hold at
    # any of its days: it is a point of the timeline, but no value the next day's
    # rose or fell from (placed first, it would make the first day's read as a fall).
    by_day = sum(map(_one_day, dated)) >= 2
    placed: list[Interval] = []
    unplaced: list[Interval] = []  # it still shows the count moved, if apart from a day's
    stated = {c.id: in_unit(_stated(c), c.unit, shown, slack=False) for c in group}
    previous: Interval | None = None
    floor = False  # the previous value is an open count's bound
    changed = False
    before: Sequence[Claim] = ()  # the previous point's figures, and its leading ones
    led: Sequence[Claim] = ()
    for w in dated:
        main = _held(_value_sides(w.claims, ivs) or [list(w.claims)], before, led, ivs)
        before, led = w.claims, main
        value = _common(stated[c.id] for c in main) or _common(ivs[c.id] for c in main)
        if value is None:
            value = stated[main[0].id]
        change = None
        bounded = not (math.isinf(value.low) or math.isinf(value.high))
        if by_day and not _one_day(w):
            if bounded:
                unplaced.append(value)
            points.append(_point(w, main, value, None))
            continue
        if bounded:
            placed.append(value)
        counted = _counted_to(main, value, previous)
        if counted is not None:
            # an open count moves the count up to its bound, never down (a floor kept)
            change = "rose" if previous is not None else None
            changed |= previous is not None
        elif previous is not None and bounded:
            if value.low > previous.high:
                change = "rose"
            elif value.high < previous.low:
                # below an open count's bound is no fall the timeline can show: the
                # bound was a floor ("at least 12,000" is no count of 5)
                change = None if floor else "fell"
                if not floor:
                    notes.add(FindingNote.COUNT_FELL)
            else:
                change = "same"
            changed |= change not in ("same", None)
        points.append(_point(w, main, value, change))
        if counted is not None:
            previous, floor = counted, True
        elif bounded:  # an open figure ("thousands") neither confirms nor moves a count
            previous, floor = value, False
    changed |= any(not u.overlaps(p) for u in unplaced for p in placed)
    if by_day:
        points.sort(key=_shown_at)
    return (points, notes) if changed else ([], set())


def _shown_at(p: TimelinePoint) -> tuple[str, bool]:
    """Where a timeline point of a course of days stands: a day's point at its
    first day, a month's (or a longer span's) at its last, after the days it holds."""
    first, last = p.as_of_start or "", p.as_of_end or ""
    day = (
        bool(first)
        and bool(last)
        and (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days <= AS_OF_WINDOW_DAYS
    )
    return (first, False) if day else (last or first, True)


def _point(w: Window, main: Sequence[Claim], value: Interval, change: str | None) -> TimelinePoint:
    """The timeline point of window ``w``, valued at ``value`` (its leading figures ``main``)."""
    return TimelinePoint(
        as_of_start=w.first.isoformat() if w.first else None,
        as_of_end=w.last.isoformat() if w.last else None,
        claims=tuple(c.id for c in w.claims),
        articles=_articles(w.claims),
        sources=_sources(w.claims),
        low=num(value.low),
        high=num(value.high),
        change=change,
        leading=tuple(sorted(c.id for c in main)),
        leading_sources=_sources(main),
    )


def _hour_timeline(
    group: Sequence[Claim], ivs: dict[str, Interval], spans: list[Window], shown: str | None
) -> list[TimelinePoint]:
    """One day's count told hour by hour, as timeline points (:func:`hour_course`): when
    all of ``group`` lies in one day's window, a point per stated hour, in hour order, each
    valued as a day's point is."""
    if len(spans) != 1 or not _one_day(spans[0]) or len(spans[0].claims) != len(group):
        return []
    w = spans[0]
    stated = {c.id: in_unit(_stated(c), c.unit, shown, slack=False) for c in group}
    points: list[TimelinePoint] = []
    previous: Interval | None = None
    for part in hour_course(group, ivs):
        value = _common(stated[c.id] for c in part) or stated[part[0].id]
        change = None
        if previous is not None:
            change = "rose" if _side_span(part, ivs).low > previous.high else "fell"
        previous = _side_span(part, ivs)
        points.append(_point(Window(w.first, w.last, tuple(part)), part, value, change))
    return points


def _one_day(w: Window) -> bool:
    """The window holds figures of one day (not a month's or a year's)."""
    return (
        w.first is not None and w.last is not None and (w.last - w.first).days <= AS_OF_WINDOW_DAYS
    )


def _count_dated(claims: Sequence[Claim], ivs: dict[str, Interval]) -> list[Claim]:
    """The figures with each one its text dates before its article (:func:`_event_dated`)
    read at its article's day, where its article also gives it at that day.

    "Dam breach toll rises to 12 ... The breach of the dam on Wednesday
    killed 12 people", in Friday's article: the headline gives the 12 as of
    the writing, so Wednesday is the breach's day, not the count's. Read on
    Wednesday, the 12 would share a point with Wednesday's "at least 4" and
    hide the rise. Only when the timeline shows no change otherwise: a text
    date may be the count's own ("by 1 December, 750,000"), and a course the
    days already show keeps it.
    """
    out: list[Claim] = []
    for claim in claims:
        own = [
            c
            for c in claims
            if c.article == claim.article and c.id != claim.id and not _event_dated(c)
        ]
        if _event_dated(claim) and own and all(ivs[c.id].overlaps(ivs[claim.id]) for c in own):
            claim = attrs.evolve(claim, as_of=None, as_of_from="published")
        out.append(claim)
    return out


def _counted_to(
    main: Sequence[Claim], value: Interval, previous: Interval | None
) -> Interval | None:
    """The count an open timeline point says was reached, when it moves the count up.

    A point whose leading figures are all open counts (:data:`OPEN_COUNTS`:
    "at least 8 dead", "more than 1,300 cases"; not a vague "dozens") gives
    the count counted so far, at its bound, as :func:`_shown_count` reads it
    for a fall: "at least 8" on Wednesday, then 11 or "at least 11" on
    Thursday, is a toll updated. The bound moves the count only up: as the
    first point it is where the count starts; later, only above the last
    point's value (its high end). A bound at or below it is a rounding of
    the count or a floor it kept ("more than 2,000" the day after 2,012):
    None, as for any open figure, which neither confirms nor moves a count.
    """
    if not (math.isinf(value.high) and not math.isinf(value.low)):
        return None
    if not all(c.qualifier in OPEN_COUNTS for c in main):
        return None
    if previous is not None and value.low <= previous.high:
        return None
    return Interval(value.low, value.low)


def _range(
    kind: str, group: Sequence[Claim], ivs: dict[str, Interval], shown: str | None
) -> dict[str, object] | None:
    stated = {(c.low, c.high, c.qualifier, c.approximate, c.date_low, c.date_high) for c in group}
    if len(stated) < 2:
        return None
    precise = [c for c in group if c.qualifier != "vague"] or list(group)
    ends = [
        b
        for c in precise
        for iv in (in_unit(_stated(c), c.unit, shown, slack=False),)
        for b in (iv.low, iv.high)
        if not math.isinf(b)
    ]
    low = min(ends) if ends else -math.inf
    high = max(ends) if ends else math.inf
    out = _bounds(kind, Interval(low, high))
    common = _common(ivs[c.id] for c in group)
    if common is not None:
        out |= _bounds(kind, common, "consensus_")
    return out


def _reach(iv: Interval) -> Interval:
    """The values an open figure can agree with: up to :data:`CONFLICT_MAX_RATIO` past its bound.

    "At least 6" and "about 102,700" share a point, but a figure ten times
    past an open bound is no confirmation of it: on the same scale rule as
    conflicts, they are two quantities, not one agreeing. "Thousands"
    agrees with 1,000 to 10,000; "up to 300" with 30 to 300.
    """
    if math.isinf(iv.high) and not math.isinf(iv.low) and iv.low > 0:
        return Interval(iv.low, iv.low * CONFLICT_MAX_RATIO)
    if math.isinf(iv.low) and not math.isinf(iv.high) and iv.high > 0:
        return Interval(iv.high / CONFLICT_MAX_RATIO, iv.high)
    return iv


def _bounds_agree(members: Sequence[Claim], ivs: dict[str, Interval]) -> bool:
    """Open figures alone agree only when they state about the same bound.

    "At least 6" and "more than 50" both allow 55, yet neither confirms the
    other; "more than 11,000" and "at least 11,000" repeat one bound. With a
    bounded figure among them, the figures confirm that figure's value.
    """
    if any(not (math.isinf(ivs[c.id].low) or math.isinf(ivs[c.id].high)) for c in members):
        return True
    ends = [abs(b) for c in members for b in (ivs[c.id].low, ivs[c.id].high) if not math.isinf(b)]
    if not ends:
        return True
    return min(ends) > 0 and max(ends) / min(ends) <= 1 + APPROX_TOLERANCE


# Figures of a quantity that changes over time agree only when their as-of
# times lie at most this many days apart: a figure given one day is often
# printed the next (as :data:`FALL_NEXT_DAYS`), but a toll of 12 September
# and one of 10 October that happen to share a value are two times' counts,
# not two sources confirming each other.
AGREE_MAX_DAYS = 1


def _same_time(members: Sequence[Claim]) -> list[list[Claim]]:
    """The members cut into maximal sets that hold within :data:`AGREE_MAX_DAYS` of each other.

    A figure's days are its as-of span (a month-only time covers its month);
    a set opens at each day a figure's span starts and holds the figures
    whose spans meet the days from there to :data:`AGREE_MAX_DAYS` later. A
    figure of unknown time may hold at any of them and joins every set.
    Sets held in another are dropped. No chaining: two figures of one set
    are never more than the reach plus their own spans apart.
    """
    spans = {c.id: span(as_of_text(c)) for c in members}
    dated = [c for c in members if spans[c.id] is not None]
    undated = [c for c in members if spans[c.id] is None]
    if not dated:
        return [list(members)]
    reach = dt.timedelta(days=AGREE_MAX_DAYS)
    starts = sorted({s.first for c in dated if (s := spans[c.id]) is not None})
    sets: list[list[Claim]] = []
    for first in starts:
        last = first + reach
        held = [
            c
            for c in dated
            if (s := spans[c.id]) is not None and s.first <= last and s.last >= first
        ]
        sets.append(held + undated)
    ids = [frozenset(c.id for c in m) for m in sets]
    return [
        m
        for i, m in enumerate(sets)
        if not any(ids[i] < other for other in ids) and ids[i] not in ids[:i]
    ]


def _agreements(
    kind: str, group: Sequence[Claim], ivs: dict[str, Interval], *, over_time: bool = False
) -> list[Side]:
    """Maximal sets of claims of two or more articles whose values share a point.

    For quantities an open figure reaches only :func:`_reach` far. With
    ``over_time`` (the quantity has a timeline: its value changed between
    as-of times, a running toll) only figures holding at about the same time
    agree (:func:`_same_time`): a value shared by two far-apart points of a
    changing count is a coincidence of two times, not a confirmation. A
    quantity whose figures show no change over time (a force's size, a
    date, a magnitude) agrees across times as before.
    """
    by_id = {c.id: c for c in group}
    found = []
    seen: set[tuple[str, ...]] = set()
    reach = {cid: _reach(iv) for cid, iv in ivs.items()} if kind == "quantity" else ivs
    for clique in maximal_overlaps(sorted(reach.items())):
        members = [by_id[i] for i in clique]
        if kind == "quantity" and not _bounds_agree(members, ivs):
            continue
        for part in _same_time(members) if over_time else [members]:
            key = tuple(sorted(c.id for c in part))
            if len({c.article for c in part}) >= 2 and key not in seen:
                seen.add(key)
                found.append(_side(kind, sorted(part, key=lambda c: c.id), ivs, -1, None))
    return found


def _group_id(group: Sequence[Claim]) -> str:
    return _id("group", (c.id for c in group))


def _base(group: Sequence[Claim], unit: str | None = None) -> dict[str, object]:
    events = sorted({c.event for c in group if c.event})
    return {
        "group": _group_id(group),
        "claims": tuple(group),
        "articles": _articles(group),
        "claim_kind": group[0].kind,
        "unit": unit or group[0].unit,
        "event": events[0] if len(events) == 1 else None,
        "sources": _sources(group),
        "story": group[0].story,
    }


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", fold(text)))


def _is_fragment(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _worded_differently(a: str, b: str) -> bool:
    """Some word changed, was added or dropped (not case, accents, punctuation, a fragment)."""
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return not _is_fragment(short, long)


def _quotes(group: Sequence[Claim]) -> Finding | None:
    variants = []
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if a.language != b.language or a.article == b.article:
                continue
            if quote_similarity(a.text, b.text) >= quote_match_min(a, b) and _worded_differently(
                a.text, b.text
            ):
                variants.append((a.id, b.id))
    agrees = len({c.article for c in group}) >= 2
    if not (variants or agrees):
        return None
    facets = []
    if variants:
        facets.append(FindingKind.QUOTE_VARIANT.value)
    if agrees:
        facets.append(FindingKind.AGREEMENT.value)
    kind = facets[0]
    claims = group
    if not agrees:
        ids = {x for pair in variants for x in pair}
        claims = [c for c in group if c.id in ids]
    return Finding(
        id=_id(kind, (c.id for c in claims)),
        kind=kind,
        facets=tuple(facets),
        variants=tuple(variants),
        **_base(claims),  # type: ignore[arg-type]
    )


def _shown_unit(group: Sequence[Claim]) -> str | None:
    """The unit a group's values are judged and shown in: its claims' most common one.

    A group may hold one quantity in two units ("120 mph", "205 km/h":
    ``base`` in ``concepts.toml``); its figures are read in the unit most of
    them state (ties: the base unit, then the first by name), so an English
    batch of miles per hour is shown in miles per hour.
    """
    counts: dict[str, int] = {}
    for c in group:
        if c.unit is not None:
            counts[c.unit] = counts.get(c.unit, 0) + 1
    if len(counts) <= 1:
        return group[0].unit
    base = base_unit(group[0].unit)[0]
    return min(counts, key=lambda u: (-counts[u], u != base, u))


def in_unit(iv: Interval, unit: str | None, shown: str | None, *, slack: bool = True) -> Interval:
    """A claim's interval in the group's shown unit (the same when its unit is that).

    A figure converted between units is rounded on the way ("120 mph (193
    km/h)"), so the converted interval allows :data:`CONVERSION_SLACK` of
    itself on each side (``slack``; not for the values a figure states).
    """
    if unit == shown:
        return iv
    scale = unit_scale(unit, shown)
    share = CONVERSION_SLACK if slack else 0.0
    low = iv.low if math.isinf(iv.low) else iv.low * scale - abs(iv.low * scale) * share
    high = iv.high if math.isinf(iv.high) else iv.high * scale + abs(iv.high * scale) * share
    return Interval(low, high)


def _one_sum(group: Sequence[Claim]) -> bool:
    """Every figure converts one and the same sum into another currency.

    "10.6 billion euros ($11.6 billion)" and, two days later, "10.6 billion
    euros ($11.4 billion)": the sum does not change with the day it is
    printed, so the two conversions are one value, not a timeline.
    """
    first = converted_sum(group[0])
    return first is not None and all(converted_sum(c) == first for c in group)


def _asserted_by_no_one(claim: Claim) -> bool:
    """A denied figure that is no one's reading: the denier's own words, or a denied
    report whose article names no one who gave it."""
    if claim.status != DENIED:
        return False
    unnamed = claim.attributed_to is None and claim.speaker is None
    return unnamed or claim.attributed_to == claim.denied_by


def judge_group(claims: Sequence[Claim]) -> Finding | None:
    """The finding for one group of aligned claims (None when there is nothing to say).

    A denied figure (status ``denied``) is no evidence of its value: it is set
    against the figures that assert its value on its own
    (:func:`crosscheck.judge._denials.denial_findings`), and no timeline or
    agreement goes through it. One its article credits to the source that gave
    it (a statement reported, then disputed) is still that source's reading,
    and stands on a side of the group's conflicts; one in the clause a denial
    verb governs (the denier's words, credited to the denier) is left out, and
    so is one credited to no one ("denied reports of 300 deaths"): no one's
    reading.
    """
    group = sorted((c for c in claims if not _asserted_by_no_one(c)), key=lambda c: c.id)
    if not group:
        return None
    evidence = [c for c in group if c.status != DENIED]
    first = group[0]
    if len(group) == 1:
        # Single-source figures are worth listing; a date or quote that no
        # other article repeats is the ordinary case, not a finding.
        if first.kind not in VALUES or not VALUES[first.kind].single_source:
            return None
        if first.unit is None:
            return None
        return Finding(
            id=_id(FindingKind.SINGLE_SOURCE.value, (first.id,)),
            kind=FindingKind.SINGLE_SOURCE.value,
            facets=(FindingKind.SINGLE_SOURCE.value,),
            notes=(FindingNote.INCREMENT.value,) if first.increment else (),
            **_base(group),  # type: ignore[arg-type]
        )
    if first.kind == "quote":
        return _quotes(group)
    kind = first.kind
    rules = VALUES[kind]
    ivs = rules.intervals(group)
    shown = _shown_unit(group) if kind == "quantity" else first.unit
    if kind == "quantity":
        ivs = {c.id: in_unit(ivs[c.id], c.unit, shown) for c in group}
    concept = unit_concept(shown) if kind == "quantity" else None
    fixed = concept is not None and concept.fixed
    one_sum = not fixed and _one_sum(group)
    steady = fixed or one_sum or (kind == "quantity" and all(map(of_one_moment, group)))
    over_time = rules.timeline and not steady
    # One value per event (a magnitude, the people on board), or conversions of one
    # sum: every figure holds at the same time.
    spans = [Window(None, None, tuple(group))] if steady else rules.windows(group, sliding=True)
    points = rules.windows(group, sliding=False) if over_time else []
    falls = _falls(ivs, points) if concept is not None and concept.never_falls else []
    days = _days(ivs, points) if over_time else []
    course = _course(ivs, days)
    briefings = _rising_path(ivs, days) if course else []
    slips = _transpositions(ivs, points) if kind == "quantity" and over_time else []
    rivals: list[list[list[Claim]]] = []
    if over_time:
        # A count that never falls moves only one way: a coarse figure is a
        # rival only outside the day points around its span.
        # Any other count may have moved either way on a day its span holds.
        never_falls = concept is not None and concept.never_falls
        around = course or _course(ivs, days, rising=False)
        either_way = not course and not never_falls
        rivals = _coarse_rivals(ivs, spans, around, monotone=never_falls, either_way=either_way)

    relayed = _relayed_briefings(group, ivs) if kind == "quantity" and over_time else []
    bounds = _contrasted_bounds(group) if concept is not None and concept.never_falls else []
    relayed += bounds
    paced = (
        _outpaced(ivs, points, briefings, shown, group)
        if concept is not None and concept.never_falls and over_time
        else []
    )
    sides, severity, scope, notes, outliers = _conflict(
        kind,
        group,
        ivs,
        spans,
        running=not steady,
        given=falls + slips + rivals + relayed + paced,
        course=briefings,
    )
    if falls:
        notes.add(FindingNote.CANNOT_FALL)
    if one_sum:
        notes.add(FindingNote.CONVERTED_SUM)
    if slips:
        notes.add(FindingNote.MISPRINT)
    drawn = {frozenset(side.claims) for side in sides}
    if any(all(frozenset(c.id for c in part) in drawn for part in window) for window in bounds):
        notes.add(FindingNote.RIVAL_BOUNDS)
    if len(evidence) < len(group):
        points = rules.windows(evidence, sliding=False) if over_time and evidence else []
    timeline, time_notes = _timeline(evidence, ivs, points, shown) if over_time else ([], set())
    if over_time and not timeline and (redated := _count_dated(evidence, ivs)) != evidence:
        timeline, time_notes = _timeline(redated, ivs, rules.windows(redated, sliding=False), shown)
    if over_time and not timeline:
        timeline = _hour_timeline(evidence, ivs, points, shown)
    ranged = _range(kind, group, ivs, shown)
    agreements = _agreements(
        kind, evidence, {c.id: ivs[c.id] for c in evidence}, over_time=bool(timeline)
    )
    facets = []
    if sides:
        facets.append(FindingKind.CONFLICT.value)
    if timeline:
        facets.append(FindingKind.TIMELINE.value)
    if ranged is not None:
        facets.append(FindingKind.RANGE.value)
    if agreements:
        facets.append(FindingKind.AGREEMENT.value)
    if not facets:
        return None
    headline = facets[0]
    values: dict[str, object] = dict(ranged or {})
    if headline == FindingKind.AGREEMENT.value:
        a = agreements[0]
        values = {name: getattr(a, name) for name in rules.bounds(Interval(1.0, 1.0))}
    return Finding(
        id=_id(headline, (c.id for c in group)),
        kind=headline,
        facets=tuple(facets),
        sides=tuple(sides),
        severity=severity,
        scope=tuple(sorted(scope)),
        outliers=outliers,
        agreements=tuple(agreements),
        timeline=tuple(timeline),
        notes=tuple(sorted(notes | time_notes)),
        **_base(group, shown),  # type: ignore[arg-type]
        **values,  # type: ignore[arg-type]
    )


def not_aligned(claim: Claim, others: Sequence[Claim], reason: str, detail: str | None) -> Finding:
    """A claim kept apart from others on purpose, with the reason code."""
    members = [claim, *sorted(others, key=lambda c: c.id)]
    base = _base(members)
    base["claims"] = tuple(members)
    return Finding(
        id=_id(FindingKind.NOT_ALIGNED.value, (c.id for c in members)),
        kind=FindingKind.NOT_ALIGNED.value,
        facets=(FindingKind.NOT_ALIGNED.value,),
        reason=reason,
        detail=detail,
        **base,  # type: ignore[arg-type]
    )


_ORDER = {k.value: i for i, k in enumerate(FindingKind)}

# Applies a function to each group and gives the results in the groups' order:
# the built-in ``map``, or a parallel map (see :mod:`crosscheck.dask`).
Mapper = Callable[
    [Callable[[Sequence[Claim]], Finding | None], Sequence[Sequence[Claim]]],
    Iterable[Finding | None],
]


def judge(
    groups: Iterable[Sequence[Claim]],
    extra: Iterable[Finding] = (),
    *,
    mapper: Mapper = map,
) -> tuple[Finding, ...]:
    """One finding per group (plus ``extra`` ones), in ``FindingKind`` order, then by claims.

    ``mapper`` applies :func:`judge_group` to the groups: the built-in ``map``,
    or a parallel one (a Dask bag's, see :mod:`crosscheck.dask`) that returns
    the results in the groups' order. Groups are judged independently.
    """
    findings = [f for f in mapper(judge_group, list(groups)) if f is not None]
    findings.extend(extra)
    findings.sort(key=lambda f: (_ORDER.get(f.kind, 99), f.claim_ids, f.id))
    return tuple(findings)
