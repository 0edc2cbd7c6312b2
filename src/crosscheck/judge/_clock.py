"""The clock time a figure's sentence gives it: counts of one day told hour by hour.

As-of times are days: two figures of one day hold at the same time, and two values of
one quantity that day are rivals. A count reported through the day says otherwise
("By 14:00, 160,000 people had voted"; "Până la ora 19:00 au votat 247.000"; "к 21:00
проголосовали 281 000"): each figure's sentence names its hour, and a value that rises
with the hour is the count updated, not contradicted. The hour is read from the figure's
own sentence, language-neutrally: a 24-hour clock time with its minutes ("14:00",
"19h30"), the nearest to the figure; a bare "14 h" or "2 p.m." is not read (a duration
or a figure may look the same).

News more often names the part of the day ("9 people were still trapped this morning
… 5 by the evening", "ce matin / ce soir", "утром / вечером"): the [dates] day_parts
words of the figure's language, nearest the figure, order one day's figures the same
way (morning, midday, afternoon, evening, night), where no clock time is stated. A
count that falls as its people are reached (``dwindles`` in concepts.toml: the
trapped, the missing) is updated when it falls with the hour, any other when it rises.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from ..claims import Claim
from ..extract._dates import CLOCK_TIME as _CLOCK
from ..lang._data import available_languages, get_language
from ..lang._data import concept as unit_concept
from ._intervals import Interval


def _nearest(claim: Claim, marks: Iterable[tuple[int, int, int]]) -> int | None:
    """The value of the mark (start, end, value; sentence offsets) nearest the figure in
    its sentence, marks inside the figure left out."""
    at = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    best: tuple[int, int] | None = None
    for start, stop, value in marks:
        if start < end and at < stop:
            continue  # the figure itself
        distance = at - stop if stop <= at else start - end
        if best is None or distance < best[0]:
            best = (distance, value)
    return None if best is None else best[1]


def clock(claim: Claim) -> int | None:
    """Minutes after midnight of the clock time nearest the figure in its sentence."""
    return _nearest(
        claim,
        (
            (m.start(), m.end(), int(m.group(1)) * 60 + int(m.group(2)))
            for m in _CLOCK.finditer(claim.sentence)
        ),
    )


# The parts of the day, in order ([dates] day_parts).
DAY_PARTS = ("morning", "midday", "afternoon", "evening", "night")


def day_part(claim: Claim) -> int | None:
    """The rank in :data:`DAY_PARTS` of the part of the day nearest the figure in its sentence."""
    if claim.language not in available_languages():
        return None
    found = get_language(claim.language).day_parts.find(claim.sentence)
    return _nearest(
        claim, ((m.start, m.end, DAY_PARTS.index(m.label)) for m in found if m.label in DAY_PARTS)
    )


def _moment(claim: Claim) -> tuple[str, int] | None:
    """When in its day a figure holds: its clock time, else the part of the day stated."""
    minutes = clock(claim)
    if minutes is not None:
        return ("clock", minutes)
    part = day_part(claim)
    return None if part is None else ("part", part)


def _dwindles(part: Sequence[Claim]) -> bool:
    found = unit_concept(part[0].unit) if part and part[0].unit else None
    return bool(found and found.dwindles)


def risen_by_the_hour(parts: Sequence[Sequence[Claim]], ivs: dict[str, Interval]) -> set[int]:
    """The sides of one day's window that a count told hour by hour puts apart.

    Each such side's figures all state one clock time (or, with none, one part of the
    day), and of two sides the one with the later hour holds the higher value (wholly
    above): the count rose through the day. A count that dwindles (the trapped, the
    missing) is updated when the later side is wholly below. A move the other way is
    no update (a rival), nor are a clock time and a part of the day set against each
    other; a side with no hour, or two, is read as before.
    """
    hours: dict[int, tuple[str, int]] = {}
    for index, part in enumerate(parts):
        stated = {_moment(c) for c in part}
        if len(stated) == 1 and None not in stated:
            hours[index] = stated.pop()  # type: ignore[assignment]
    falls = bool(parts) and _dwindles(parts[0])
    risen: set[int] = set()
    for i, j in itertools.combinations(sorted(hours), 2):
        if hours[i][0] != hours[j][0] or hours[i] == hours[j]:
            continue
        early, late = (i, j) if hours[i] < hours[j] else (j, i)
        lower, higher = (late, early) if falls else (early, late)
        if all(ivs[a.id].high < ivs[b.id].low for a in parts[lower] for b in parts[higher]):
            risen |= {early, late}
    return risen
