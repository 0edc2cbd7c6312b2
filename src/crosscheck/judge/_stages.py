"""Stages of a share's running count: partial results, and a day's figure printed late.

A share (a figure of a ratio unit: a turnout, a vote share, a vaccination rate) is
often a point of a count still running. Two shapes of it are no rival figures:

* a partial result: a share whose sentence says the count is not done (``[scope]
  provisional``: "with 98 percent of ballots counted", "preliminary results",
  "după numărarea", "после обработки", "résultats partiels") is a stage on the way to
  the final figure, so "52.3 percent with 98 percent counted" and a final 52.6 the same
  day are an update;
* yesterday's figure printed today: a figure with no date words of its own (its as-of
  is its article's day) whose value another article dates to the day before ("Turnout
  in Sunday's runoff was 46.9 percent") is that day's figure told again: a point of
  the day before, not a rival of the day's own figures (Monday's revised 47.1 percent).

Counts of people keep their own rules (running counts, a toll's course): a
"preliminary toll" beside another body's count stays a rival figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..claims import Claim
from ..lang._data import concept
from ._intervals import Interval
from ._time import Window, as_of_text, span

#: The ``[scope]`` label of a partial result.
PROVISIONAL = "provisional"

#: The ``[scope]`` label of a final result ("final results", "résultats définitifs",
#: "with all ballots counted"): the count is done, whatever partial word stands beside.
FINAL = "final"

# How the as-of of a figure dated by its words, not its article, is marked.
_TEXT_DATED = frozenset({"text", "statement"})


def _share(claim: Claim) -> bool:
    c = concept(claim.unit)
    return c is not None and c.kind == "ratio"


def partial_results(parts: Sequence[Sequence[Claim]]) -> set[int]:
    """The sides of a window whose shares are all partial results (scope ``provisional``,
    not ``final``).

    Such a side is a stage of the running count: never set against the other sides.
    Sides of other figures (counts of people, money) are not read so, nor a share a
    final word marks ("final results, against 52.3 percent in the preliminary count").
    """
    return {
        i
        for i, part in enumerate(parts)
        if part and all(_share(c) and PROVISIONAL in c.scope and FINAL not in c.scope for c in part)
    }


def _day(claim: Claim) -> dt.date | None:
    s = span(as_of_text(claim))
    return s.first if s is not None and s.first == s.last else None


def printed_late(
    parts: Sequence[Sequence[Claim]],
    ivs: dict[str, Interval],
    w: Window,
    group: Sequence[Claim],
) -> set[int]:
    """The sides of one day's window that hold a share of the day before, told again.

    A side is such when it is of shares only, each dated by its article's day alone
    (``as_of_from`` "published"), and a share of the group outside the window that its
    text dates to the day before shares a point with every one of them: the day
    before's value, a point of the count's course, not a rival of this day's figures
    (a turnout revised the next day). The day's other sides are compared as before.
    """
    if w.first is None or w.first != w.last:
        return set()
    before = w.first - dt.timedelta(days=1)
    inside = {c.id for c in w.claims}
    earlier = [
        ivs[c.id]
        for c in group
        if c.id not in inside
        and c.id in ivs
        and _share(c)
        and c.as_of_from in _TEXT_DATED
        and _day(c) == before
    ]
    if not earlier:
        return set()
    return {
        i
        for i, part in enumerate(parts)
        if part
        and all(_share(c) and c.as_of_from == "published" for c in part)
        and any(all(ivs[c.id].overlaps(e) for c in part) for e in earlier)
    }
