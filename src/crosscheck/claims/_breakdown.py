"""Credit the parts or the history of a credited total with the total's source.

"The floods have now killed 158 people, officials told EFE. ¶ Most of the victims were
in Valencia, which recorded 155 deaths. Two people also died in Castilla-La Mancha and
one in Andalusia.": the second paragraph names no source, but its figures add up to the
credited 158 of the paragraph before, so they break that total down and are its
source's. "… 22 Romanians may be among the missing, the ministry said. ¶ The figure rose
fast: first 5 were reported, 13 by Wednesday evening, 22 on Thursday.": one of them
repeats the credited 22, so the others are that count's earlier values. A paragraph
whose figures merely follow a credited one is not enough (a blanket carry of the last
source into the next paragraph credits far more figures wrongly than rightly); the sum
or the repeat is the evidence that the figures are the same count.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from .._codes import Qualifier
from ._model import Claim

#: The fields that say who a claim is credited to (copied from the total to its parts).
SOURCE_FIELDS = (
    "attributed_to",
    "attribution_cue",
    "attribution_start",
    "attribution_end",
    "attribution_chain",
    "self_cited",
    "source_id",
)

#: The fewest parts a breakdown has ("155 … two … one"): one figure equal to a total is
#: a repeat, which the article's repeated-figure credit covers.
_MIN_PARTS = 2


def _counted(claim: Claim) -> bool:
    """Whether a claim is a count that may be summed: a figure with a low bound, not a
    vague one ("dozens")."""
    return claim.low is not None and claim.qualifier != Qualifier.VAGUE


def breakdown_total(before: Sequence[Claim], parts: Sequence[Claim]) -> Claim | None:
    """The credited claim of ``before`` (the paragraph before) that the uncredited
    ``parts`` of one unit add up to or, rising to it, end on, or None: the total they
    break down or tell the history of. Parts the text dates to another year are
    past events ("in 2018 a flood killed 10, in 2020 three"), neither."""
    for total in reversed(before):
        if total.attributed_to is None or not _counted(total):
            continue
        same = [p for p in parts if p.unit == total.unit and _counted(p)]
        if len(same) < _MIN_PARTS or total.low is None:
            continue
        if any(p.as_of_from == "text" and _other_year(p) for p in same):
            continue  # "in 2018 a flood killed 10": past events, not this count's story
        if abs(sum(float(p.low or 0) for p in same) - float(total.low)) < 0.5:
            return total  # its parts: "155 … two … one" of 158
        last = same[-1]
        lows = [float(p.low or 0) for p in same]
        if (last.low, last.high) == (total.low, total.high) and all(
            a < b for a, b in itertools.pairwise(lows)
        ):
            return total  # its history: "first 5, then 13, by Thursday 22" of 22
    return None


def _other_year(claim: Claim) -> bool:
    """The text dates the figure to a year other than its article's ("En 2018, …")."""
    return bool(claim.as_of and claim.published and claim.as_of[:4] != claim.published[:4])


def credit_breakdown(claims: list[Claim], before: range, parts: Sequence[int]) -> None:
    """Credit the claims at ``parts`` (a paragraph's uncredited figures) in place with
    the source of the total in ``claims[before]`` they add up to, if any; only the parts
    of the total's unit are credited."""
    total = breakdown_total([claims[i] for i in before], [claims[i] for i in parts])
    if total is None:
        return
    fields = {name: getattr(total, name) for name in SOURCE_FIELDS}
    for i in parts:
        if claims[i].unit == total.unit and _counted(claims[i]):
            claims[i] = attrs.evolve(claims[i], **fields)
