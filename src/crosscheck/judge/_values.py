"""What the judge needs to know of a claim kind's values: one rules object per kind.

The aligner's kind modules (``align/_quantity.py``, ``align/_date.py``,
``align/_quote.py``) own block keys and pair scoring; this module owns how
the judge reads the values of quantities and dates: the interval a claim
allows, the interval it states, the finding fields its bounds go under,
its as-of windows, and when two conflicting sides are apart only narrowly.
Quotes have no values (the judge compares their wording, see
``_findings._quotes``). :data:`VALUES` maps a claim kind to its rules.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Protocol

from ..claims import Claim
from ..extract._quantity import Number
from ._intervals import (
    APPROX_TOLERANCE,
    ROUNDING_MIN_ZEROS,
    Interval,
    interval,
    last_digit,
    rounding,
    tolerance,
)
from ._time import Window, as_of_text, span, windows

# Two sides whose values are apart by no more than this share of the smaller
# value (or the unit concept's own hedge tolerance, when larger or absolute)
# would meet with twice the tolerance: the conflict is ``soft``.
SOFT_GAP = APPROX_TOLERANCE


def num(value: float) -> Number | None:
    """A bound as JSON shows it: None for an open end, int when whole."""
    if math.isinf(value):
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def _iso_day(day: float) -> str | None:
    if math.isinf(day):
        return None
    return dt.date.fromordinal(int(day)).isoformat()


def _day(iso: str | None, default: float) -> float:
    if not iso:
        return default
    return float(dt.date.fromisoformat(iso).toordinal())


class ValueRules(Protocol):
    """How the judge reads one claim kind's values."""

    single_source: bool  # a lone claim of this kind is worth a finding
    timeline: bool  # the kind has as-of times, so updates over time

    def interval(self, claim: Claim) -> Interval:
        """The values a claim allows (tolerance included)."""

    def intervals(self, group: Sequence[Claim]) -> dict[str, Interval]:
        """The values each claim of one group allows, read against the group's others."""

    def stated(self, claim: Claim) -> Interval:
        """The values a claim's text states (no tolerance)."""

    def bounds(self, iv: Interval, prefix: str = "") -> dict[str, object]:
        """Finding or side fields for an interval."""

    def windows(self, group: Sequence[Claim], *, sliding: bool) -> list[Window]:
        """The windows claims conflict within (sliding) or a timeline's points."""

    def narrow(self, a: Interval, b: Interval, unit: str | None) -> bool:
        """Two disjoint intervals are apart only narrowly (a soft conflict)."""


# The step between whole numbers: a rounding's highest value is the one below
# the next rounding's lowest, so two roundings share no value.
_WHOLE = 1.0


def _may_share_time(a: Claim, b: Claim) -> bool:
    """Whether two claims may hold at one time: not when both times are known and
    share no day (a rounding months later is another reading of another time)."""
    sa, sb = span(as_of_text(a)), span(as_of_text(b))
    return sa is None or sb is None or (sa.first <= sb.last and sb.first <= sa.last)


def _hedged_step(claim: Claim) -> float:
    """How far a hedged single figure strays: one unit of the digit it was
    rounded to (the hundreds or coarser), when that is less than the declared
    tolerance; 0.0 keeps the declared tolerance ("about 310", "about 2,000")."""
    if not claim.approximate or claim.low is None or claim.low != claim.high:
        return 0.0
    _, absolute = tolerance(claim.unit, approximate=True)
    step = 0.0 if absolute else last_digit(float(claim.low))
    if step < 10**ROUNDING_MIN_ZEROS:
        return 0.0  # "about 310", "about 45": a tenth is the reading
    declared = interval(claim.low, claim.high, approximate=True, unit=claim.unit)
    return step if step < float(claim.low) - declared.low else 0.0


class QuantityValues:
    """Numbers, widened by the unit concept's tolerance; as-of windows."""

    single_source = True
    timeline = True

    def interval(self, claim: Claim) -> Interval:
        iv = interval(claim.low, claim.high, approximate=claim.approximate, unit=claim.unit)
        if claim.approximate and claim.low is not None and claim.low == claim.high:
            step = _hedged_step(claim)
            if step:
                return Interval(float(claim.low) - step, float(claim.low) + step)
            return iv
        if claim.approximate or claim.low is None or claim.low != claim.high:
            return iv
        _, absolute = tolerance(claim.unit, approximate=False)
        slack = 0.0 if absolute else rounding(float(claim.low))
        return Interval(iv.low - slack, iv.high + slack) if slack else iv

    def intervals(self, group: Sequence[Claim]) -> dict[str, Interval]:
        """Each claim's :meth:`interval`, but a hedged figure rounded to a digit that
        another hedged figure of the group, of a time that may be its own, rounds to a
        different value keeps to its own rounding: the whole numbers that round to it
        ("about 380,000" is 375,000-384,999 beside "about 390,000", one unit either way
        alone or beside a rounding of another day)."""
        ivs = {c.id: self.interval(c) for c in group}
        roundings: dict[tuple[str | None, float], list[tuple[float, Claim]]] = {}
        for c in group:
            step = _hedged_step(c)
            if step and c.low is not None:
                roundings.setdefault((c.unit, step), []).append((float(c.low), c))
        for (_, step), members in roundings.items():
            half = step / 2
            for low, c in members:
                if any(v != low and _may_share_time(o, c) for v, o in members):
                    ivs[c.id] = Interval(low - half, low + half - _WHOLE)
        return ivs

    def stated(self, claim: Claim) -> Interval:
        return interval(claim.low, claim.high)

    def bounds(self, iv: Interval, prefix: str = "") -> dict[str, object]:
        return {f"{prefix}low": num(iv.low), f"{prefix}high": num(iv.high)}

    def windows(self, group: Sequence[Claim], *, sliding: bool) -> list[Window]:
        return windows(group, sliding=sliding)

    def narrow(self, a: Interval, b: Interval, unit: str | None) -> bool:
        """Within the unit's hedge tolerance: relative (``SOFT_GAP`` at least) or absolute."""
        low, high = (a, b) if a.high < b.low else (b, a)
        gap = high.low - low.high
        tol, absolute = tolerance(unit, approximate=True)
        if absolute:
            return gap <= tol
        scale = min(abs(low.high), abs(high.low)) or 1.0
        return not math.isinf(scale) and gap / scale <= max(tol, SOFT_GAP)


class DateValues:
    """The days a date covers; a date holds for good, so one window and no timeline."""

    single_source = False
    timeline = False

    def interval(self, claim: Claim) -> Interval:
        return Interval(_day(claim.date_low, -math.inf), _day(claim.date_high, math.inf))

    def intervals(self, group: Sequence[Claim]) -> dict[str, Interval]:
        return {c.id: self.interval(c) for c in group}

    def stated(self, claim: Claim) -> Interval:
        return self.interval(claim)

    def bounds(self, iv: Interval, prefix: str = "") -> dict[str, object]:
        return {f"{prefix}date_low": _iso_day(iv.low), f"{prefix}date_high": _iso_day(iv.high)}

    def windows(self, group: Sequence[Claim], *, sliding: bool) -> list[Window]:
        return [Window(None, None, tuple(group))]

    def narrow(self, a: Interval, b: Interval, unit: str | None) -> bool:
        return False  # two dates apart are two days: never narrowly


VALUES: dict[str, ValueRules] = {"quantity": QuantityValues(), "date": DateValues()}


def claim_interval(claim: Claim) -> Interval:
    """The values a claim allows: numbers for quantities, day numbers for dates."""
    return VALUES[claim.kind].interval(claim)
