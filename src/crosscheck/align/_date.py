"""Date claims: when two dates are dates of one event.

Dates are many and events recur (leaders meet often, troops are sent for
months), so a false pairing would report a false conflict. Required: one
event concept (block), two articles (one article's two dates for one verb
are usually two events), a shared topic (what the event is about: a treaty,
a summit, a region), and the same tense (a planned meeting is not the one
that took place). A date after the publication of an article that states
an earlier one for the event is another event: an article cannot report
what had not happened yet (refused with ``predates``). Dates more than a
year apart are two occurrences of the event (refused with ``different_time``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz

from .._codes import EdgeReason, RefusalReason
from ..claims import Claim
from ._model import Edge, Refusal
from ._rules import article_pairs, edge, refuse, window


def predates(a: Claim, b: Claim) -> bool:
    """True when ``a``'s article was published before ``b``'s date begins."""
    if not a.published or not b.date_low:
        return False
    return _before(a.published[:10], b.date_low)


@functools.lru_cache(maxsize=65536)
def _before(published: str, date_low: str) -> bool:
    try:
        return dt.date.fromisoformat(published) < dt.date.fromisoformat(date_low)
    except ValueError:
        return False


# Events that are an article's own sources speaking ("said on Monday",
# "informó el martes"): when a statement was made is provenance, and two
# articles quote different statements; their dates are never compared.
STATEMENT_EVENTS = frozenset({"said", "reported"})

# Dates of one event concept further apart than this are two occurrences of
# it (an earlier quake, a past invasion), never two sources disagreeing on one:
# the quantities' background rule, for dates.
OCCURRENCE_MAX_DAYS = 366


def _years_apart(a: Claim, b: Claim) -> bool:
    """The two dates' spans lie more than :data:`OCCURRENCE_MAX_DAYS` apart."""
    if not (a.date_low and a.date_high and b.date_low and b.date_high):
        return False
    try:
        gap = max(
            dt.date.fromisoformat(b.date_low) - dt.date.fromisoformat(a.date_high),
            dt.date.fromisoformat(a.date_low) - dt.date.fromisoformat(b.date_high),
        )
    except ValueError:
        return False
    return gap.days > OCCURRENCE_MAX_DAYS


class DateRules:
    """Block key and pair scoring for date claims."""

    def block_key(self, claim: Claim) -> tuple[str, ...] | None:
        if claim.event is None or claim.date_low is None or claim.event in STATEMENT_EVENTS:
            return None
        return ("date", claim.event)

    def block_refusal(self, a: Claim, b: Claim) -> Refusal | None:
        if a.event != b.event:
            return refuse(a, b, RefusalReason.DIFFERENT_EVENT, f"{a.event} vs {b.event}")
        return None

    def score(self, a: Claim, b: Claim) -> Edge | Refusal:
        if a.article == b.article:
            return refuse(a, b, RefusalReason.SAME_ARTICLE)
        topics = sorted(set(a.topics) & set(b.topics))
        if not topics:
            return refuse(a, b, RefusalReason.NO_SHARED_TOPIC)
        if ("planned" in a.scope) != ("planned" in b.scope):
            return refuse(a, b, RefusalReason.DIFFERENT_TENSE)
        if predates(a, b) or predates(b, a):
            early, late = (a, b) if predates(a, b) else (b, a)
            # detail: the earlier article, its publication day, the later date (render words it)
            return refuse(
                a,
                b,
                RefusalReason.PREDATES,
                f"{early.article} {early.published} {late.value or late.date_low}",
            )
        if _years_apart(a, b):
            # "the 1960 quake" beside "the quake of Friday": two quakes, not two dates of one
            return refuse(
                a,
                b,
                RefusalReason.DIFFERENT_TIME,
                f"{a.value or a.date_low} vs {b.value or b.date_low}",
            )
        shared = sorted(set(a.entities) & set(b.entities))
        similarity = fuzz.token_set_ratio(window(a), window(b))
        reasons = [EdgeReason.SAME_STORY, EdgeReason.SAME_EVENT, EdgeReason.SHARED_TOPICS]
        details = [f"event: {a.event}", "topics: " + ", ".join(topics)]
        if shared:
            reasons.append(EdgeReason.SHARED_ENTITIES)
            details.append("entities: " + ", ".join(shared))
        weight = 0.4 + 0.3 * bool(shared) + 0.3 * similarity / 100
        return edge(a, b, weight, tuple(reasons), tuple(details))

    def affinity(self, a: Claim, b: Claim) -> float:
        return 0.0  # groups are cliques grown by size alone

    def pairs(self, members: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
        """Pairs of two articles: one article's dates are refused (``same_article``)."""
        return article_pairs(members, same_article=False)


RULES = DateRules()
