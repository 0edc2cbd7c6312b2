"""Independence: how many independent origins stand behind a set of claims.

Nine outlets repeating one agency's 11,300 are one confirmation, not nine.
Two claims share an origin when

* they come from one article;
* they credit the same source (``Claim.source_id``, else the folded
  ``attributed_to``) for the same stated figure: both repeat that source;
* their sentences are worded nearly identically (:data:`COPY_SIMILARITY_MIN`
  on the folded sentence without digits): a wire copy or syndicated text.

Origins are the connected parts of that relation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from .._fold import fold
from ..claims import Claim

# Folded sentences this similar (0-100, rapidfuzz ratio, digits removed) are
# one text copied, not two reports: wire copies differ by a word or two.
COPY_SIMILARITY_MIN = 90.0


def source_key(claim: Claim) -> str | None:
    """The normalised source a claim credits (or its speaker), for grouping."""
    if claim.source_id:
        return claim.source_id
    name = claim.attributed_to or claim.speaker
    return " ".join(fold(name).split()) if name else None


@functools.lru_cache(maxsize=65536)
def _wording(sentence: str) -> str:
    return " ".join(re.sub(r"\d", "", fold(sentence)).split())


def _same_origin(a: Claim, b: Claim) -> bool:
    if a.article == b.article:
        return True
    sa, sb = source_key(a), source_key(b)
    if (
        sa
        and sa == sb
        and (a.low, a.high, a.date_low, a.date_high) == (b.low, b.high, b.date_low, b.date_high)
    ):
        return True
    return fuzz.ratio(_wording(a.sentence), _wording(b.sentence)) >= COPY_SIMILARITY_MIN


def origins(claims: Sequence[Claim]) -> list[tuple[str, ...]]:
    """The claims grouped by independent origin (each group sorted, groups by first id)."""
    ordered = sorted(claims, key=lambda c: c.id)
    parent = {c.id: c.id for c in ordered}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if root(a.id) != root(b.id) and _same_origin(a, b):
                parent[max(root(a.id), root(b.id))] = min(root(a.id), root(b.id))
    found: dict[str, list[str]] = {}
    for c in ordered:
        found.setdefault(root(c.id), []).append(c.id)
    return sorted((tuple(v) for v in found.values()), key=lambda g: g[0])
