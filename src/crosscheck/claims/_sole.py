"""The figure an article gives as its one value of a unit: the story's headline quantity.

An article about a wildfire tells the hectares burnt once, or repeats the one
value in its headline and its body; an article about a spill gives the tonnes
spilled; a report of a hailstorm, the damage. Two outlets' articles of one
story word that one figure differently ("has scorched 3,200 hectares", "las
llamas han arrasado ya 4.100 hectáreas"), so their contexts share no event,
subject or wording; yet when each article gives only that one value of the
unit, the value is the quantity the article is about. An article that gives
two values of one unit (the fire's area and the year's, two ships'
passengers, the march and the counter-march) tells more than one quantity of
it, and none of them is marked: the aligner cannot tell which is which.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._codes import ClaimKind, Qualifier
from ..lang._data import base_unit
from ._model import Claim


def _value_key(claim: Claim) -> tuple[float | None, float | None]:
    """The figure's stated bounds in its unit concept's base unit (rounded: one value
    converted between units keeps its key)."""
    factor = base_unit(claim.unit)[1]

    def scaled(end: object) -> float | None:
        return None if end is None else round(float(end) * factor, 6)  # type: ignore[arg-type]

    return scaled(claim.low), scaled(claim.high)


def _counts(claim: Claim) -> bool:
    """The figure is a value of its unit the article tells (an amount added to a count is
    not the count; a vague one, "thousands of hectares", tells no value)."""
    return (
        claim.kind == ClaimKind.QUANTITY
        and claim.unit is not None
        and claim.qualifier != Qualifier.VAGUE
        and not claim.increment
        and claim.change is None
        and (claim.low is not None or claim.high is not None)
    )


def _kind_key(claim: Claim) -> tuple[str, str | None, bool, str | None]:
    """What the figure is a value of: its unit concept (base), per period or in all,
    whole or part, as of which time. Another time's value ("last year's fire burnt
    900 hectares") or a part's ("of which 1,000 hectares of forest") is another
    quantity's, and leaves the figure the article's one value of its own."""
    return (
        str(base_unit(claim.unit)[0]),
        claim.rate,
        bool(claim.part_of or claim.among),
        claim.as_of or claim.published,
    )


def mark_sole(claims: Sequence[Claim]) -> list[Claim]:
    """Set ``Claim.sole`` on each figure that is its article's only value of its unit
    concept, for its time (the same value told twice, in a headline and a body, is
    one value), and ``Claim.source_sole`` on each figure that is its named source's
    only value of it where every other value of it is another named source's.

    ``claims`` are one article's. A vague figure or an amount added ("another
    500 hectares") does not count as a second value. An article that sets two
    sources' readings of one quantity against each other ("the operator revised
    its count to 62; the coastguard says at least 70") marks neither figure
    ``sole``, yet each is its source's reading of the quantity the article is
    about; an uncredited second value (it may be another quantity of the unit:
    the containers washed ashore) leaves every figure of the unit unmarked.
    """
    # each kind of value -> each source's values of it (None: uncredited figures)
    by_source: dict[tuple[str, str | None, bool, str | None], dict[str | None, set[object]]] = {}
    for claim in claims:
        if _counts(claim):
            by_source.setdefault(_kind_key(claim), {}).setdefault(claim.source_id, set()).add(
                _value_key(claim)
            )
    out = []
    for claim in claims:
        if not _counts(claim):
            out.append(claim)
            continue
        sources = by_source[_kind_key(claim)]
        if len(set().union(*sources.values())) == 1:
            out.append(attrs.evolve(claim, sole=True))
        elif (
            claim.source_id is not None
            and None not in sources
            and len(sources[claim.source_id]) == 1
        ):
            out.append(attrs.evolve(claim, source_sole=True))
        else:
            out.append(claim)
    return out
