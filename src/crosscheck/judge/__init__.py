"""Judging: agreements, ranges, conflicts and single sources within aligned groups."""

from ._findings import Finding, judge, judge_group
from ._intervals import APPROX_TOLERANCE, EXACT_TOLERANCE, Interval, agree, interval

__all__ = [
    "APPROX_TOLERANCE",
    "EXACT_TOLERANCE",
    "Finding",
    "Interval",
    "agree",
    "interval",
    "judge",
    "judge_group",
]
