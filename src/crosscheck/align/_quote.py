"""Quote claims: when two quotes are the same words, in one language or two.

Quotes are only compared when they share a word stem (the first letters of
a longer word): the same words in two languages keep their cognate stems
("invincib-", "fratern-"), and the check costs a set intersection where the
full similarity costs an edit-distance match per word. Scare quotes (one or
two words) are never compared.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from .._codes import EdgeReason, RefusalReason
from .._fold import fold
from ..claims import Claim
from ..extract._quotes import QUOTE_MATCH_THRESHOLD, quote_similarity
from ._model import Edge, Refusal
from ._rules import by_article, cross_article_pairs, edge, refuse

# Within one language the same quote keeps most of its words, so two quotes
# must be far more alike than across languages (where only cognates remain,
# see extract._quotes.QUOTE_MATCH_THRESHOLD) to count as one.
QUOTE_SAME_LANGUAGE_MIN = 75.0

_STEM_LETTERS = 4
_STEM_MIN_WORD = 5


def quote_match_min(a: Claim, b: Claim) -> float:
    """The wording similarity two quotes need to be aligned."""
    return QUOTE_SAME_LANGUAGE_MIN if a.language == b.language else QUOTE_MATCH_THRESHOLD


@functools.lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(
        w[:_STEM_LETTERS] for w in re.findall(r"[^\W\d_]+", fold(text)) if len(w) >= _STEM_MIN_WORD
    )


class QuoteRules:
    """Block key and pair scoring for quote claims."""

    def block_key(self, claim: Claim) -> tuple[str, ...] | None:
        return None if claim.scare else ("quote",)

    def block_refusal(self, a: Claim, b: Claim) -> Refusal | None:
        return None

    def score(self, a: Claim, b: Claim) -> Edge | Refusal:
        if a.article == b.article:
            return refuse(a, b, RefusalReason.SAME_ARTICLE)
        if not (_stems(a.text) & _stems(b.text)):
            return refuse(a, b, RefusalReason.WORDING_TOO_DIFFERENT, "no shared word stem")
        score = quote_similarity(a.text, b.text)
        if score < quote_match_min(a, b):
            return refuse(a, b, RefusalReason.WORDING_TOO_DIFFERENT, f"similarity {score:.0f}/100")
        return edge(
            a,
            b,
            score / 100,
            (EdgeReason.SAME_STORY, EdgeReason.SIMILAR_QUOTE),
            (f"similarity {score:.0f}/100",),
        )

    def affinity(self, a: Claim, b: Claim) -> float:
        return 0.0  # groups are cliques grown by size alone

    def pairs(self, members: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
        """Pairs of two articles sharing a word stem: the only ones ``score`` can accept."""
        holders: dict[str, list[int]] = {}
        for index, claim in enumerate(members):
            for stem in _stems(claim.text):
                holders.setdefault(stem, []).append(index)
        seen: set[tuple[int, int]] = set()
        for indexes in holders.values():
            # one article's quotes are never paired: only its holders' products with others
            seen.update(cross_article_pairs(by_article(members, indexes)))
        for i, j in sorted(seen):
            yield members[i], members[j]


RULES = QuoteRules()
