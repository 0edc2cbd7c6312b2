"""What alignment returns: stories, the claim graph, groups and refused pairs, as typed data."""

from __future__ import annotations

import functools
from collections.abc import Iterable

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


def claim_graph(claims: Iterable[Claim], edges: Iterable[Edge]) -> nx.Graph:
    """The claim graph: claim ids as nodes (the claim under ``"claim"``), an edge per :class:`Edge`.

    Nodes and edges are added in the order given, so the same lists give
    the same graph, iteration order included.
    """
    graph = nx.Graph()
    graph.add_nodes_from((c.id, {"claim": c}) for c in claims)
    graph.add_edges_from((e.a, e.b, {"edge": e}) for e in edges)
    return graph


@attrs.frozen(eq=False, slots=False)
class Alignment:
    """The aligner's result.

    ``claims`` are the input claims with ``story`` filled in; ``edges`` the
    claim graph's edges (:class:`Edge`), in the order they were found;
    ``groups`` the claim groups the judge reads (each a set of mutually
    compatible claims: a clique of the graph, never a chain); ``refused``
    the candidate pairs kept apart, by reason code.

    ``graph`` is the claim graph as a networkx graph (claim ids as nodes,
    :class:`Edge` data under ``"edge"``), built from ``claims`` and
    ``edges`` when first read: at 100,000 articles its dicts would hold a
    gigabyte or more that no step of the report needs. A graph given
    to the constructor (``graph=``) is returned as it is.
    """

    claims: tuple[Claim, ...]
    stories: tuple[Story, ...]
    groups: tuple[tuple[Claim, ...], ...]
    refused: tuple[Refusal, ...]
    candidate_pairs: int
    edges: tuple[Edge, ...] = attrs.field(default=(), kw_only=True, repr=False)
    _given_graph: nx.Graph | None = attrs.field(
        default=None, kw_only=True, alias="graph", repr=False
    )

    @functools.cached_property
    def graph(self) -> nx.Graph:
        """The claim graph (networkx), built at first use (see the class docs)."""
        if self._given_graph is not None:
            return self._given_graph
        return claim_graph(self.claims, self.edges)

    def story_of(self, article: str) -> str | None:
        """The story id of an article."""
        return self._story_of.get(article)

    @functools.cached_property
    def _story_of(self) -> dict[str, str]:
        return {a: s.id for s in self.stories for a in s.articles}
