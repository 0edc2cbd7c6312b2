"""Lent claims: one figure read in two groups, a point of its source's count and a side.

The aligner puts each claim in one group (a clique), so a figure that fits
two groups wholly is judged in one of them only, and the relation it makes
in the other is lost: UNHCR's 61,000 on Thursday, set against a government's
figure that day, is no point of UNHCR's own count (48,000 on Tuesday, 55,000
on Friday) judged in another group. :func:`lend` lends such a claim to the
other group as well, for one of two readings the group it left cannot give:

* ``point``: the group holds a figure of the claim's own source (the same
  :func:`._origins.source_key`) and event, neither group's finding has a timeline,
  neither figure's statement gives the other's value in a figure the aligner
  kept apart as a part of one statement, and judged with the claim the group's
  timeline puts the two at two different points, the claim on no side of a
  conflict: the source's running count, without a rivalry its own group
  already judges;
* ``side``: the claim is a timeline point of its own group, and the group
  holds a figure its own article credits to another source as of the same
  day, which judged with the claim sits on the other side of one window: two
  sources' rival readings of one day, side by side in one article; when the
  claim's own timeline moves from it straight to that figure's value, or the
  article sets the two against each other (each records the other's bounds):
  in words, or, for a measure, by the marks alone (:func:`_measured_against`).

A claim is lent to one group at most, never to a group that already sets it
(or a figure of the same source) against that source, and the lent claim
must fit every member of the group and every claim lent to it before (the
group stays a clique). The lent claim keeps its own group and reading, so
two findings may hold it. Groups and claims are read in id order: the same
batch gives the same groups.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from ..claims import Claim
from ..claims._model import ISO_DAY
from ..claims._rivals import marked_each_other
from ._findings import Finding, _read_against, judge_group
from ._intervals import Interval
from ._origins import source_key
from ._values import claim_interval

__all__ = ["lend"]

POINT = "point"
SIDE = "side"
HOST = "host"
LENDER = "lender"
# A unit concept's kind that a day's reading measures (``concepts.toml``: not a count).
MEASURE = "measure"


def _tie(x: Claim, y: Claim) -> str | None:
    """Which reading lending ``x`` to ``y``'s group may give (None: neither)."""
    if x.kind != "quantity" or y.kind != "quantity":
        return None
    sx, sy = source_key(x), source_key(y)
    if not sx or not sy:
        return None
    if sx == sy:
        # one source's two sums of two acts ("an appeal for $71.4 million", "an
        # allocation of $10 million") are no course of one count
        return POINT if x.event == y.event else None
    if (
        x.article == y.article
        and x.as_of is not None
        and len(x.as_of) >= len(ISO_DAY)
        and x.as_of == y.as_of
    ):
        return SIDE
    return None


def _opposed(finding: Finding | None, a: str, b: Callable[[str], bool]) -> bool:
    """Whether ``finding`` sets claim ``a`` against a claim ``b`` accepts, in one window."""
    if finding is None:
        return False
    for one in finding.sides:
        if a not in one.claims:
            continue
        for other in finding.sides:
            if other is not one and other.window == one.window and any(map(b, other.claims)):
                return True
    return False


def _point_of(finding: Finding | None, cid: str) -> int | None:
    if finding is None:
        return None
    for i, point in enumerate(finding.timeline):
        if cid in point.claims:
            return i
    return None


def _on_a_side(finding: Finding | None, cid: str) -> bool:
    return finding is not None and any(cid in side.claims for side in finding.sides)


def _reads(
    tie: str,
    x: Claim,
    y: Claim,
    own: Finding | None,
    target: Finding | None,
    judged: Callable[[], Finding | None],
    by_id: dict[str, Claim],
    apart: Callable[[Claim], Iterable[Claim]],
) -> bool:
    """Whether ``x``, judged with ``y``'s group (``judged()``), gives the reading ``tie`` names.

    ``own``: the finding of ``x``'s own group; ``target``: that of ``y``'s group;
    ``apart(c)``: the figures the aligner kept apart from ``c`` as parts of one statement.
    """
    rival = source_key(y)
    if _opposed(own, x.id, lambda c: source_key(by_id[c]) == rival):
        return False  # its own group already sets it against that source
    if tie == SIDE:
        return (_misread_as_change(own, x, y) or _set_as_rivals(own, x, y)) and _opposed(
            judged(), x.id, lambda c: c == y.id
        )
    if own is None or own.timeline or target is None or target.timeline:
        return False
    if _kept_apart(x, y, apart) or _kept_apart(y, x, apart):
        return False
    finding = judged()
    px, py = _point_of(finding, x.id), _point_of(finding, y.id)
    return not _on_a_side(finding, x.id) and px is not None and py is not None and px != py


def _kept_apart(a: Claim, b: Claim, apart: Callable[[Claim], Iterable[Claim]]) -> bool:
    """Whether ``a``'s statement gives ``b``'s value beside ``a`` in a figure the aligner
    kept apart from ``a`` as a part of one statement ("nine on Monday and 22 on
    Sunday", "nine, and not the 12 announced on Sunday"): the article told the two
    values together, and lending must not make them the course it declined."""
    value = claim_interval(b)
    return any(z.unit == a.unit and claim_interval(z).overlaps(value) for z in apart(a))


def _misread_as_change(own: Finding | None, x: Claim, y: Claim) -> bool:
    """Whether ``x``'s own timeline moves from ``x`` straight to ``y``'s value.

    ``y`` gives that value on ``x``'s day in ``x``'s article (see :func:`_tie`), so
    the change to the next point is no update: the two are rivals of one day. ``y``
    must state a value (a bounded figure): an open one fits many a later count.
    """
    at = _point_of(own, x.id)
    if own is None or at is None or at + 1 >= len(own.timeline):
        return False
    value, here = claim_interval(y), claim_interval(x)
    after = own.timeline[at + 1]
    if value.overlaps(here) or not math.isfinite(value.high) or after.low is None:
        return False  # an open rival ("more than 7,000") names no value the count moved to
    high = after.high if after.high is not None else after.low
    return Interval(float(after.low), float(high)).overlaps(value)


def _set_as_rivals(own: Finding | None, x: Claim, y: Claim) -> bool:
    """Whether ``x`` is a point of its own group's timeline that its article sets against
    ``y`` as another source's reading of that day, in words (``_findings._read_against``:
    each records the other's bounds, and a word of contrast or dispute says so): the
    agency's 12 tonnes then its 27 are its count's course, and the 27 is also a side
    against the group's "at least 60" the article gives beside it. Both must name one
    place, or none: a figure of a place the other does not name may be its part (an
    airport's cancellations, the country's)."""
    if _point_of(own, x.id) is None:
        return False
    return (
        x.place_id == y.place_id  # a place one names alone may be a part ("El Prat")
        and _read_against(x, y)  # in words: a contrast, a dispute ("disputed the official count")
    ) or _measured_against(x, y)


def _measured_against(x: Claim, y: Claim) -> bool:
    """Whether ``x`` and ``y`` are two sources' readings of one measure, as of one day
    (:func:`_tie`), that their article marks as each other's rivals (each records the
    other's bounds, ``Claim.rival_readings``): "141 micrograms on Wednesday, according
    to the agency; the residents' group puts it at 185". A day's reading of a measure
    (a concentration, a level) is no stage of a count that grows through the day ("at
    least 13 dead", later "more than 51"), so no word of contrast is needed; a place
    only one of them names parts nothing (the other is read in the same place), two
    places do."""
    return (
        x.quantity_kind == MEASURE
        and y.quantity_kind == MEASURE
        and (x.place_id is None or y.place_id is None or x.place_id == y.place_id)
        and marked_each_other(x, y)
    )


def _judged_with(members: Sequence[Claim], claim: Claim) -> Finding | None:
    return judge_group([*members, claim])


def lend(
    groups: Sequence[Sequence[Claim]],
    edges: Iterable[tuple[str, str]],
    one_statement: Iterable[tuple[str, str]] = (),
) -> tuple[tuple[Claim, ...], ...]:
    """The groups, each with the claims lent to it (after its own, by id); see module docs.

    ``edges``: the claim pairs the aligner compared (its graph's edges); a
    claim fits a group when it has an edge with every member.
    ``one_statement``: the pairs it refused as parts of one statement (one
    sentence, one source: "nine on Monday and 22 on Sunday").
    """
    index = {c.id: i for i, g in enumerate(groups) for c in g}
    by_id = {c.id: c for g in groups for c in g}
    apart_from: dict[str, list[Claim]] = defaultdict(list)
    for a, b in one_statement:
        if a in by_id and b in by_id:
            apart_from[a].append(by_id[b])
            apart_from[b].append(by_id[a])
    near: dict[str, set[str]] = defaultdict(set)
    # (target group, lent claim) -> the ties that call for it: (reading, the figure it ties to)
    wanted: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    for a, b in edges:
        if a not in index or b not in index:
            continue
        near[a].add(b)
        near[b].add(a)
        if index[a] == index[b]:
            continue
        for x, y in ((a, b), (b, a)):
            tie = _tie(by_id[x], by_id[y])
            if tie is not None:
                wanted[(index[y], x)].append((tie, y))
    if not wanted:
        return tuple(tuple(g) for g in groups)
    readings: dict[int, Finding | None] = {}

    def apart(claim: Claim) -> list[Claim]:
        return apart_from.get(claim.id, [])

    def reading(i: int) -> Finding | None:
        if i not in readings:
            readings[i] = judge_group(groups[i])
        return readings[i]

    lent: dict[int, list[Claim]] = defaultdict(list)
    done: set[str] = set()
    # (group, source) -> its role in a running count lent across groups: the group
    # that hosts the source's points, or one that lent it a point (never both, so
    # one source's count is read in one finding)
    role: dict[tuple[int, str | None], str] = {}
    for target, x in sorted(wanted):
        if x in done:
            continue
        home, source = (index[x], source_key(by_id[x])), (target, source_key(by_id[x]))
        if role.get(home, LENDER) != LENDER or role.get(source, HOST) != HOST:
            continue
        members = [*groups[target], *lent[target]]
        if not all(m.id in near[x] for m in members):
            continue
        own = reading(index[x])
        judged = functools.cache(functools.partial(_judged_with, members, by_id[x]))
        if not any(
            _reads(tie, by_id[x], by_id[y], own, reading(target), judged, by_id, apart)
            for tie, y in sorted(wanted[(target, x)])
        ):
            continue
        lent[target].append(by_id[x])
        done.add(x)
        role[home], role[source] = LENDER, HOST
    return tuple(
        tuple(g) + tuple(sorted(lent[i], key=lambda c: c.id)) if lent[i] else tuple(g)
        for i, g in enumerate(groups)
    )
