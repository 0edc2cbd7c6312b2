"""What every claim kind tells the aligner: its block key and how to score a pair.

Each kind (quantity, date, quote) has one module (``_quantity``, ``_date``,
``_quote``) with one rules object; :data:`RULES` maps the claim's kind to
it, so the aligner never asks ``kind == "…"``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
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


# An article that gives more claims of one block than this (a live blog, a
# hostile text) has its own claims compared only with their
# :data:`ARTICLE_NEIGHBOURS` nearest in the text, so the work one article
# makes grows linearly with it; below the limit every pair is compared.
ARTICLE_PAIRS_LIMIT = 48
ARTICLE_NEIGHBOURS = 16


def article_pairs(
    members: Sequence[Claim], *, same_article: bool = True
) -> Iterator[tuple[Claim, Claim]]:
    """The pairs of a block worth scoring, in the order of ``members``.

    Every pair of two articles; pairs of one article only when
    ``same_article`` (dates and quotes refuse them anyway), and for an
    article with more than :data:`ARTICLE_PAIRS_LIMIT` claims in the block
    only its claims at most :data:`ARTICLE_NEIGHBOURS` apart in the text.
    """
    groups = by_article(members, range(len(members)))
    chosen = list(cross_article_pairs(groups))
    if same_article:
        for group in groups:
            if len(group) <= ARTICLE_PAIRS_LIMIT:
                chosen.extend(itertools.combinations(group, 2))
                continue
            in_text = sorted(group, key=lambda i: (members[i].start, members[i].end, members[i].id))
            for n, i in enumerate(in_text):
                chosen.extend(
                    (min(i, j), max(i, j)) for j in in_text[n + 1 : n + 1 + ARTICLE_NEIGHBOURS]
                )
    chosen.sort()
    for i, j in chosen:
        yield members[i], members[j]


def by_article(members: Sequence[Claim], indexes: Iterable[int]) -> list[list[int]]:
    """The ``indexes`` (ascending) of ``members`` grouped by article, in first-index order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i in indexes:
        groups[members[i].article].append(i)
    return list(groups.values())


def cross_article_pairs(groups: Sequence[Sequence[int]]) -> Iterator[tuple[int, int]]:
    """Every pair of indexes from two different groups (articles), smaller index first."""
    for n, group in enumerate(groups):
        for other in groups[n + 1 :]:
            yield from ((min(i, j), max(i, j)) for i in group for j in other)


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


def days_covered(iso: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO-like time covers: a day ("1960-02-29"), a month
    ("1960-02"), a year ("1960"), or an interval of two of them ("2024-11-08/2024-11-30",
    a publication day the text bounds: claims._published); None for no time, or for an
    interval that ends before it starts. The one reading of as-of times the aligner and
    the judge share."""
    if iso is not None and "/" in iso:
        head, _, tail = iso.partition("/")
        one, two = days_covered(head), days_covered(tail)
        if one is None or two is None or two[1] < one[0]:
            return None
        return one[0], two[1]
    start = day(iso)
    if start is None or iso is None:
        return None
    grain = len(iso[:10].split("-"))
    if grain >= 3:
        return start, start
    if grain == 2:
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    return start, dt.date(start.year, 12, 31)
