"""What every claim kind tells the aligner: its block key and how to score a pair.

Each kind (quantity, date, quote) has one module (``_quantity``, ``_date``,
``_quote``) with one rules object; :data:`RULES` maps the claim's kind to
it, so the aligner never asks ``kind == "…"``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Sequence
from typing import Protocol

from .._codes import RefusalReason
from .._fold import fold
from ..claims import Claim
from ._model import Edge, Refusal

# Words of context taken on each side of a value for wording similarity.
CONTEXT_WINDOW_WORDS = 8


class KindRules(Protocol):
    """The aligner's knowledge of one claim kind."""

    def block_key(self, claim: Claim) -> tuple[str, ...] | None:
        """Claims are only compared within one block; None = never compared."""

    def block_refusal(self, a: Claim, b: Claim) -> Refusal | None:
        """Why two claims of this kind fall in different blocks (None: same block)."""

    def score(self, a: Claim, b: Claim) -> Edge | Refusal:
        """An edge for two claims of one block, or why they are not the same thing."""

    def affinity(self, a: Claim, b: Claim) -> float:
        """How much two compatible claims look like one thing (> 0) or two (< 0)."""

    def pairs(self, members: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
        """The pairs of a block worth scoring (others are refused by ``score`` anyway)."""


def all_pairs(members: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of a block, in id order."""
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            yield a, b


def refuse(a: Claim, b: Claim, reason: RefusalReason, detail: str | None = None) -> Refusal:
    """A refusal for the pair, ids in order."""
    first, second = sorted((a.id, b.id))
    return Refusal(first, second, reason, detail)


def edge(a: Claim, b: Claim, weight: float, reasons: tuple, details: tuple[str, ...] = ()) -> Edge:  # type: ignore[type-arg]
    """An edge for the pair, ids in order."""
    first, second = sorted((a.id, b.id))
    return Edge(first, second, round(weight, 4), tuple(reasons), details)


@functools.lru_cache(maxsize=65536)
def _window_of(sentence: str, rel_s: int, rel_e: int) -> str:
    before = sentence[:rel_s].split()[-CONTEXT_WINDOW_WORDS:]
    after = sentence[rel_e:].split()[:CONTEXT_WINDOW_WORDS]
    words = [w for w in (*before, *after) if not any(ch.isdigit() for ch in w)]
    return fold(" ".join(words))


def window(claim: Claim) -> str:
    """Folded words around the value, with all digits removed."""
    return _window_of(
        claim.sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start
    )


def day(iso: str | None) -> dt.date | None:
    """The first day of an ISO-like date ("2024", "2024-06", "2024-06-01"), else None."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        return dt.date(
            parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
        )
    except (ValueError, IndexError):
        return None
