"""The clock time a figure's sentence gives it: counts of one day told hour by hour.

As-of times are days: two figures of one day hold at the same time, and two values of
one quantity that day are rivals. A count reported through the day says otherwise
("By 14:00, 160,000 people had voted"; "Până la ora 19:00 au votat 247.000"; "к 21:00
проголосовали 281 000"): each figure's sentence names its hour, and a value that rises
with the hour is the count updated, not contradicted. The hour is read from the figure's
own sentence, language-neutrally: a 24-hour clock time with its minutes ("14:00",
"19h30"), the nearest to the figure; a bare "14 h" or "2 p.m." is not read (a duration
or a figure may look the same).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..claims import Claim
from ._intervals import Interval

# A 24-hour clock time with minutes, not part of a longer figure ("3:1:2", "12.30.5").
_CLOCK = re.compile(r"(?<![\d:])(?<!\d[.,])([01]?\d|2[0-3])[:h]([0-5]\d)(?![\d:])(?![.,]\d)")


def clock(claim: Claim) -> int | None:
    """Minutes after midnight of the clock time nearest the figure in its sentence."""
    at = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    best: tuple[int, int] | None = None
    for m in _CLOCK.finditer(claim.sentence):
        if m.start() < end and at < m.end():
            continue  # the figure itself
        distance = at - m.end() if m.end() <= at else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, int(m.group(1)) * 60 + int(m.group(2)))
    return None if best is None else best[1]


def risen_by_the_hour(parts: Sequence[Sequence[Claim]], ivs: dict[str, Interval]) -> set[int]:
    """The sides of one day's window that a count told hour by hour puts apart.

    Each such side's figures all state one clock time, and of two sides the one with the
    later hour holds the higher value (wholly above): the count rose through the day.
    A later hour with a lower value is no update (a count that fell, or a rival), and a
    side with no hour, or two, is read as before.
    """
    hours: dict[int, int] = {}
    for index, part in enumerate(parts):
        stated = {clock(c) for c in part}
        if len(stated) == 1 and None not in stated:
            hours[index] = stated.pop()  # type: ignore[assignment]
    risen: set[int] = set()
    for i, j in itertools.combinations(sorted(hours), 2):
        if hours[i] == hours[j]:
            continue
        early, late = (i, j) if hours[i] < hours[j] else (j, i)
        if all(ivs[a.id].high < ivs[b.id].low for a in parts[early] for b in parts[late]):
            risen |= {early, late}
    return risen
