"""Judging: one finding per quantity, date or quote — conflict, timeline, range, agreement."""

from ._findings import Finding, Side, TimelinePoint, in_unit, judge, judge_group, not_aligned
from ._intervals import APPROX_TOLERANCE, EXACT_TOLERANCE, Interval, agree, interval
from ._origins import origins, source_key
from ._time import AS_OF_WINDOW_DAYS, windows
from ._values import SOFT_GAP, VALUES, claim_interval

__all__ = [
    "APPROX_TOLERANCE",
    "AS_OF_WINDOW_DAYS",
    "EXACT_TOLERANCE",
    "SOFT_GAP",
    "VALUES",
    "Finding",
    "Interval",
    "Side",
    "TimelinePoint",
    "agree",
    "claim_interval",
    "in_unit",
    "interval",
    "judge",
    "judge_group",
    "not_aligned",
    "origins",
    "source_key",
    "windows",
]
