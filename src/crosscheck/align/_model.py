"""What alignment returns: stories, the claim graph, groups and refused pairs, as typed data."""

from __future__ import annotations

import functools

import attrs
import networkx as nx

from .._codes import EdgeReason, RefusalReason
from ..claims import Claim


@attrs.frozen
class Story:
    """Articles about one news event, compared only with one another.

    ``id`` is the input's story name when the input gave one (``given``),
    else a stable hash of the member article ids; ``label`` the words that
    most set the story apart (entities, places, distinctive names).
    """

    id: str
    label: tuple[str, ...]
    articles: tuple[str, ...]
    given: bool = False


@attrs.frozen
class Edge:
    """Why two claims were judged to be about the same thing."""

    a: str
    b: str
    weight: float
    reasons: tuple[EdgeReason, ...]
    details: tuple[str, ...] = ()  # the shared words, entities or scores behind the reasons


@attrs.frozen
class Refusal:
    """A candidate pair (same story and block) the aligner refused, with the reason code."""

    a: str
    b: str
    reason: RefusalReason
    detail: str | None = None  # the differing values ("civilians" vs "soldiers"), for people


@attrs.frozen
class Decision:
    """The aligner's verdict on one pair: an edge, or the reason there is none."""

    edge: Edge | None
    refusal: Refusal | None

    @property
    def compared(self) -> bool:
        """True when the pair was joined by an edge."""
        return self.edge is not None


@attrs.frozen(eq=False, slots=False)
class Alignment:
    """The aligner's result.

    ``claims`` are the input claims with ``story`` filled in; ``graph`` has
    claim ids as nodes and :class:`Edge` data under ``"edge"``; ``groups``
    the claim groups the judge reads (each a set of mutually compatible
    claims: a clique of the graph, never a chain); ``refused`` the candidate
    pairs kept apart, by reason code.
    """

    claims: tuple[Claim, ...]
    stories: tuple[Story, ...]
    graph: nx.Graph
    groups: tuple[tuple[Claim, ...], ...]
    refused: tuple[Refusal, ...]
    candidate_pairs: int

    def story_of(self, article: str) -> str | None:
        """The story id of an article."""
        return self._story_of.get(article)

    @functools.cached_property
    def _story_of(self) -> dict[str, str]:
        return {a: s.id for s in self.stories for a in s.articles}
