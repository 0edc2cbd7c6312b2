"""Interval algebra for stated figures: how wide a claim is, and whether two overlap.

Conventions, declared once here so every finding follows the same reading:

* ``APPROX_TOLERANCE``: a hedged figure ("about 1,000", "aproximativ
  11.000-12.000", "circa") is widened by ±10 % of each bound. Newsrooms round
  hedged figures to one or two significant digits; a figure rounded to two
  digits ("11,000") already stands for ±5 % (10,500–11,499), and we allow
  twice that for the reporter's own rounding, the usual reading in
  fact-checking guides of "about" as "within roughly a tenth". A hedged
  single figure rounded to the hundreds or coarser strays at most one unit
  of its last digit (:func:`last_digit`): "about 450,000" is
  440,000–460,000; "about 310" keeps ±10 %. Beside another hedged figure of
  its group rounded to the same digit with another value, it keeps to its
  own rounding (``QuantityValues.intervals``): "about 380,000" and "about
  390,000" are two readings.
* Exact figures get no tolerance: if one source says 80 and another 81,
  that is worth showing. A round exact figure (at least
  ``ROUNDING_MIN_ZEROS`` = 2 trailing zeros: "3,800", "11 thousand") may be
  a rounding of a precise one: it allows half its last unit, at most
  ``ROUNDING_MAX_SHARE`` = 5 % of itself (3,800 is 3,751–3,849; 11,000 is
  10,510–11,490; 2,000 is 1,900–2,100, so 2,000 and 2,500 still conflict).
* A unit concept may carry its own tolerance in ``lang/concepts.toml``
  (:func:`tolerance`): a magnitude is a log scale, so "about 7" allows
  6.9–7.1 (absolute), not ±10 %.
* Vague amounts ("thousands", "mii de", "migliaia", "tens of thousands")
  assert at least their magnitude and no upper bound: "thousands" is
  1,000..open, so it never excludes 2,000–9,999 (nor, by this reading, larger
  figures: the text gives no ceiling). "dozens" is 12..open, "hundreds"
  100..open, "tens of thousands" 10,000..open.
* Open bounds ("over 10,000", "up to 300") are open on that side; the stated
  bound itself counts as inside (we do not split hairs over "more than").
"""

from __future__ import annotations

import math

import attrs

from ..lang import concept

APPROX_TOLERANCE = 0.10
EXACT_TOLERANCE = 0.0
ROUNDING_MIN_ZEROS = 2
ROUNDING_MAX_SHARE = 0.05


def rounding(value: float) -> float:
    """How far a round exact figure may be from the precise one it rounds (see above)."""
    unit = last_digit(value)
    if unit < 10**ROUNDING_MIN_ZEROS:
        return 0.0
    return min(0.49 * unit, ROUNDING_MAX_SHARE * value)


def last_digit(value: float) -> float:
    """The place value of a positive whole figure's last non-zero digit (450,000 -> 10,000).

    A hedged figure stated to that digit ("about 450,000") was rounded to
    it, so it strays at most one such unit (0.0: not a positive whole figure).
    """
    if value <= 0 or not float(value).is_integer():
        return 0.0
    number, unit = int(value), 1
    while number % 10 == 0:
        number //= 10
        unit *= 10
    return float(unit)


@attrs.frozen
class Interval:
    """A closed interval on the real line; infinite ends for open bounds."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one point."""
        return self.low <= other.high and other.low <= self.high

    def intersection(self, other: Interval) -> Interval | None:
        """The common part, or None when disjoint."""
        low, high = max(self.low, other.low), min(self.high, other.high)
        return Interval(low, high) if low <= high else None


def tolerance(unit: str | None, *, approximate: bool) -> tuple[float, bool]:
    """How far a figure of unit concept ``unit`` may stray: (amount, absolute).

    ``concepts.toml`` may give a concept its own tolerance: a magnitude is a
    log scale, so "about 7" is 6.9–7.1 (absolute ±0.1), not 6.3–7.7.
    Without one, the defaults above hold (relative).
    """
    c = concept(unit)
    own = None if c is None else c.approx_tolerance if approximate else c.exact_tolerance
    if c is None or own is None:
        return (APPROX_TOLERANCE if approximate else EXACT_TOLERANCE), False
    return float(own), c.absolute_tolerance


def interval(
    low: float | None,
    high: float | None,
    *,
    approximate: bool = False,
    unit: str | None = None,
) -> Interval:
    """The interval a claim allows, widened by the tolerance of its unit concept."""
    tol, absolute = tolerance(unit, approximate=approximate)
    if absolute:
        lo = -math.inf if low is None else low - tol
        hi = math.inf if high is None else high + tol
        return Interval(float(lo), float(hi))
    lo = -math.inf if low is None else low * (1 - tol) if low >= 0 else low * (1 + tol)
    hi = math.inf if high is None else high * (1 + tol) if high >= 0 else high * (1 - tol)
    return Interval(float(lo), float(hi))


def agree(a: Interval, b: Interval) -> bool:
    """Two claims agree when the intervals they allow overlap (symmetric by construction)."""
    return a.overlaps(b)


def maximal_overlaps(intervals: list[tuple[str, Interval]]) -> list[tuple[str, ...]]:
    """Maximal sets of intervals that all share a point (maximal cliques of an interval graph).

    In one dimension, intervals that overlap pairwise share a common point, so
    a sweep over the endpoints finds every maximal set in O(n log n).
    """
    events: list[tuple[float, int, str]] = []
    for key, iv in intervals:
        events.append((iv.low, 0, key))  # starts sort before ends at the same point
        events.append((iv.high, 1, key))
    events.sort()
    active: set[str] = set()
    found: list[tuple[str, ...]] = []
    last_was_start = False
    for _, kind, key in events:
        if kind == 0:
            active.add(key)
            last_was_start = True
        else:
            if last_was_start:
                found.append(tuple(sorted(active)))
            active.discard(key)
            last_was_start = False
    return found
