"""The clock time a figure's sentence gives it: counts of one day told hour by hour.

As-of times are days: two figures of one day hold at the same time, and two values of
one quantity that day are rivals. A count reported through the day says otherwise
("By 14:00, 160,000 people had voted"; "Până la ora 19:00 au votat 247.000"; "к 21:00
проголосовали 281 000"): each figure's sentence names its hour, and a value that rises
with the hour is the count updated, not contradicted. The hour is read from the figure's
own sentence, the nearest to the figure: a 24-hour clock time with its minutes
("14:00", "19h30") in any language, or an hour the language's clock words make one
("6 p.m.", "18.00 Uhr", "à 10h", "alle 18", "o godz. 18", "الساعة السادسة مساء"; see
:func:`_clock_times`); an hour noun with no clock word ("in 24 hours") is a span.

News more often names the part of the day ("9 people were still trapped this morning
… 5 by the evening", "ce matin / ce soir", "утром / вечером"): the [dates] day_parts
words of the figure's language, nearest the figure, order one day's figures the same
way (morning, midday, afternoon, evening, night), where no clock time is stated, and a
clock time is set against a part by the hours the part covers (:data:`PART_HOURS`). A
count that falls as its people are reached (``dwindles`` in concepts.toml: the
trapped, the missing) is updated when it falls with the hour, any other when it rises.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from ..claims import Claim
from ..claims._hours import DAY_PARTS, PART_HOURS, clock, day_part, earlier, moment
from ..claims._model import ISO_DAY
from ..lang._data import concept as unit_concept
from ._intervals import Interval

__all__ = ["DAY_PARTS", "PART_HOURS", "clock", "day_part", "fell_by_the_hour", "risen_by_the_hour"]


def _dwindles(part: Sequence[Claim]) -> bool:
    found = unit_concept(part[0].unit) if part and part[0].unit else None
    return bool(found and found.dwindles)


def risen_by_the_hour(parts: Sequence[Sequence[Claim]], ivs: dict[str, Interval]) -> set[int]:
    """The sides of one day's window that a count told hour by hour puts apart.

    Each such side's figures all state one clock time (or, with none, one part of the
    day), and of two sides the one with the later hour holds the higher value (wholly
    above): the count rose through the day. A count that dwindles (the trapped, the
    missing) is updated when the later side is wholly below. A move the other way is
    no update (a rival), unless one sentence gives both sides on one source's word: the
    source tells its count's course, whichever way it moved. A clock time and a part of
    the day are ordered by the part's hours (:data:`PART_HOURS`: "by 6 p.m." comes after
    "this morning"; "at 18:00" and "in the evening" are not ordered); a side with no
    hour, or two, is read as before.
    """
    hours: dict[int, tuple[str, int]] = {}
    for index, part in enumerate(parts):
        stated = _one_moment(part)
        if stated is not None:
            hours[index] = stated
    falls = bool(parts) and _dwindles(parts[0])
    risen: set[int] = set()
    for i, j in itertools.combinations(sorted(hours), 2):
        order = earlier(hours[i], hours[j])
        if order is None:
            continue
        early, late = (i, j) if order else (j, i)
        lower, higher = (late, early) if falls else (early, late)
        ways = [(lower, higher)]
        if _one_voice(parts[i], parts[j]):
            ways.append((higher, lower))  # its source tells the count's course: either way
        if any(_wholly_below(parts[lo], parts[hi], ivs) for lo, hi in ways):
            risen |= {early, late}
    return risen


def _one_moment(part: Sequence[Claim]) -> tuple[str, int] | None:
    """The one clock time (or, with none, part of the day) every figure of ``part``
    states, or None when they state none or two."""
    stated = {moment(c) for c in part}
    if len(stated) != 1:
        return None
    return stated.pop()


def fell_by_the_hour(lower: Sequence[Claim], higher: Sequence[Claim]) -> bool:
    """Whether one source's higher figure is stated at an earlier hour of the same day
    than its lower one, of a count that cannot fall through a day (``concepts.toml``
    ``never_falls``, the dead; ``rises_through_the_day``, voters so far): the source
    contradicts itself ("By 14:00, 247,000 had voted" and "À 19h00, 160 000 électeurs
    avaient voté" from one commission), as a ``never_falls`` count's fall across two
    days does (``cannot_fall``). Other counts may fall through a day (homes without
    power, people in shelters, the displaced); figures with no stated hour, or of two
    days, are no evidence."""
    both = [*lower, *higher]
    if not both or any(c.as_of is None or len(c.as_of) != len(ISO_DAY) for c in both):
        return False
    if len({c.as_of for c in both}) != 1:
        return False
    found = unit_concept(both[0].unit) if both[0].unit else None
    if found is None or not (found.never_falls or found.rises_through_the_day):
        return False  # power cuts, shelters, the displaced may fall through a day
    late, early = _one_moment(lower), _one_moment(higher)
    return late is not None and early is not None and earlier(early, late) is True


def _wholly_below(low: Sequence[Claim], high: Sequence[Claim], ivs: dict[str, Interval]) -> bool:
    return all(ivs[a.id].high < ivs[b.id].low for a in low for b in high)


def _one_voice(left: Sequence[Claim], right: Sequence[Claim]) -> bool:
    """Every figure of both sides stands in one sentence on one source's word: the
    source tells how its count moved through the day ("About 1.6 million customers
    remained without power by 6 p.m., down from 4.2 million in the morning"), which
    align compares only when told so (``align._quantity._earlier_reading``)."""
    both = [*left, *right]
    key = (both[0].article, both[0].sentence_start, both[0].source_id, both[0].attributed_to)
    return all(
        (c.article, c.sentence_start, c.source_id, c.attributed_to) == key
        and c.speaker == both[0].speaker
        for c in both
    )


def hour_course(claims: Sequence[Claim], ivs: dict[str, Interval]) -> list[list[Claim]]:
    """One day's figures as a course through the day: grouped by the hour each states, in
    hour order, when every figure states one, every two hours are ordered and each next
    group is an update of the one before (:func:`risen_by_the_hour`); else none.

    "By 14:00, 160,000 people had voted" and "À 19h00, 247 000 électeurs avaient voté"
    are two points of the day's count, as two days' figures are two points of a course.
    """
    by_hour: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        stated = moment(c)
        if stated is None:
            return []
        by_hour.setdefault(stated, []).append(c)
    hours = list(by_hour)
    if len(hours) < 2 or any(earlier(a, b) is None for a, b in itertools.combinations(hours, 2)):
        return []
    hours.sort(key=functools.cmp_to_key(_hour_order))
    groups = [sorted(by_hour[h], key=lambda c: c.id) for h in hours]
    if any(risen_by_the_hour(pair, ivs) != {0, 1} for pair in itertools.pairwise(groups)):
        return []
    return groups


def _hour_order(a: tuple[str, int], b: tuple[str, int]) -> int:
    return -1 if earlier(a, b) else 1
