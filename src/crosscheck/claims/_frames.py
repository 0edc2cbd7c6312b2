"""How the frames of two claims relate: place containment, and the like.

The aligner asks these questions of two claims; the answers come from the
claims' normalised frame fields (``place_id``, …) and language-neutral data.
"""

from __future__ import annotations

from enum import StrEnum

from .._fold import fold
from ._model import Claim


class PlaceRelation(StrEnum):
    """How the places two figures cover relate."""

    SAME = "same"
    CONTAINS = "contains"  # the first claim's place holds the second's (country ⊃ city)
    WITHIN = "within"  # the first claim's place lies inside the second's
    DIFFERENT = "different"
    UNKNOWN = "unknown"  # at least one claim names no place


def _place_key(claim: Claim) -> str | None:
    if claim.place_id:
        return claim.place_id
    return fold(claim.place).strip() if claim.place else None


def place_relation(a: Claim, b: Claim) -> PlaceRelation:
    """How the place of ``a`` relates to the place of ``b``."""
    pa, pb = _place_key(a), _place_key(b)
    if pa is None or pb is None:
        return PlaceRelation.UNKNOWN
    if pa == pb:
        return PlaceRelation.SAME
    return PlaceRelation.DIFFERENT
