"""What a figure's statement says about it: the whole it is part of, and its companions.

Two facts about a figure come from the other figures its article gives, not
from its own words:

* ``part_of``: "2,059 injured, of whom 1,404 seriously" — the second figure
  counts part of the first. Nothing else in its frame may tell it apart
  (same unit, place and subject), so without the mark it would stand for
  the same quantity as the whole and be compared with every article's total.
* ``reported_with``: the precise figures of other units the article gives for
  the same day ("killed=2012"). A ministry's briefing gives its tolls
  together; two reports that both give its exact death toll of 2,012 relay
  the same briefing, so their injured figures are one statement's and cannot
  both be right if they differ — whatever the running toll did that day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import attrs

from ..extract._document import Document
from ..extract._quantities import partitive_beside
from ._model import Claim

# A companion figure must be this precise (significant digits, trailing zeros
# dropped): 2,012 or 1,000,340 is one briefing's count, 2,000 or 11,300 is a
# figure repeated for days.
COMPANION_MIN_DIGITS = 4


def _exact(claim: Claim) -> int | None:
    """A whole figure stated exactly ("2,012", "at least 2,012"), else None."""
    if claim.low is None or claim.approximate:
        return None
    if claim.high is not None and claim.high != claim.low:
        return None
    value = float(claim.low)
    return int(value) if value.is_integer() and value > 0 else None


def _precise(value: int) -> bool:
    return len(str(value).rstrip("0")) >= COMPANION_MIN_DIGITS


def mark_parts(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Mark figures a partitive makes part of an earlier figure of their sentence.

    The whole is the nearest earlier quantity of the same sentence, unit and
    credited source that is not smaller; a part that names a place or
    subject other than the whole's ("219 dead, 211 of them in Valencia") is
    a quantity of its own and is left unmarked.
    """
    out: list[Claim] = []
    for claim in claims:
        whole = None
        if claim.kind == "quantity" and claim.unit is not None and claim.low is not None:
            whole = next(
                (
                    o
                    for o in reversed(out)
                    if o.kind == "quantity"
                    and o.sentence_start == claim.sentence_start
                    and o.part_of is None
                    and o.unit == claim.unit
                    and claim.place_id in (None, o.place_id)
                    and claim.subject in (None, o.subject)
                    and o.attributed_to == claim.attributed_to
                    and o.low is not None
                    and float(o.low) >= float(claim.high if claim.high is not None else claim.low)
                ),
                None,
            )
        if whole is not None and partitive_beside(doc.folded, claim.start, claim.end, doc.lang):
            claim = attrs.evolve(claim, part_of=whole.id)
        out.append(claim)
    return out


def with_companions(claims: Sequence[Claim]) -> list[Claim]:
    """Give each figure the precise figures its article states for its day of other counts.

    A count is a unit at a place (the national toll and Taroudant's are two);
    it counts only when the article gives it one precise value for that day
    (an article that gives the old and the new toll names no one briefing).
    Parts, increments, changes and rates are not a briefing's tolls.
    """
    values: dict[tuple[str, str, str | None], set[int]] = defaultdict(set)
    for c in claims:
        if c.kind != "quantity" or c.unit is None:
            continue
        if c.part_of or c.increment or c.change or c.rate:
            continue
        value = _exact(c)
        if value is not None and c.as_of is not None:
            values[(c.as_of, c.unit, c.place_id)].add(value)
    tolls = {
        key: next(iter(found))
        for key, found in values.items()
        if len(found) == 1 and _precise(next(iter(found)))
    }
    if not tolls:
        return list(claims)
    out: list[Claim] = []
    for c in claims:
        if c.kind == "quantity" and c.as_of is not None:
            keys = tuple(
                sorted(
                    {
                        f"{unit}={v}"
                        for (day, unit, place), v in tolls.items()
                        if day == c.as_of and (unit, place) != (c.unit, c.place_id)
                    }
                )
            )
            if keys:
                c = attrs.evolve(c, reported_with=keys)
        out.append(c)
    return out


__all__ = ["mark_parts", "with_companions"]
