"""The claim graph as a file Gephi opens: GraphML or GEXF, scalar attributes only.

``Report.graph`` keeps :class:`Claim` objects on its nodes and
:class:`~crosscheck.align.Edge` objects (with tuples) on its edges, which is
right for Python but not writable as GraphML or GEXF. :func:`scalar_graph`
copies it with one string, number or boolean per attribute: a node per
claim (its text as ``label``, article, outlet, unit, bounds, tolerance,
source, story, headline finding and side) and an edge per alignment (its
weight, reasons joined by "; ", and whether the two claims conflict).
Missing values are left out rather than written as empty strings, so a
numeric column stays numeric in Gephi's data laboratory.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import networkx as nx

from ._analyst import tolerance_interval
from .align import Edge
from .claims import Claim
from .judge import source_key
from .render._labels import article_labels

if TYPE_CHECKING:
    from ._report import Report

_CLAIM_FIELDS = (
    "kind",
    "article",
    "language",
    "unit",
    "event",
    "qualifier",
    "value",
    "date_low",
    "date_high",
    "as_of",
    "story",
    "subject",
    "place",
    "attributed_to",
    "speaker",
)


def _put(attrs: dict[str, Any], key: str, value: Any) -> None:
    """Set a scalar attribute; numbers as float (one GraphML type per key), None left out."""
    if value is None:
        return
    if isinstance(value, bool) or key == "side":  # a side is an index, not a measure
        attrs[key] = value
    elif isinstance(value, int | float):
        attrs[key] = float(value)
    else:
        attrs[key] = str(value)


def _graph_order(report: Report) -> list[tuple[str, str, Edge | None]]:
    """The claim graph's edges in ``report.graph.edges()``'s order, without building it.

    A graph given to the report is read as it is. Else the graph would hold
    the claims as nodes, in order, then each edge added in turn (a node it
    names that is not a claim added after them); networkx lists an edge at
    the earlier of its two nodes, in the order that node's edges were added.
    """
    given = report._given_graph
    if given is not None:
        return [(a, b, data.get("edge")) for a, b, data in given.edges(data=True)]
    if report._edges is None and report.alignment is not None:
        claims: Sequence[Claim] = report.alignment.claims
    else:
        claims = report.claims
    edges = report.edge_list()
    position: dict[str, int] = {}
    for claim in claims:
        position.setdefault(claim.id, len(position))
    first: dict[tuple[str, str], int] = {}  # a pair added twice keeps its place, takes the new data
    latest: dict[tuple[str, str], Edge] = {}
    for n, e in enumerate(edges):
        position.setdefault(e.a, len(position))
        position.setdefault(e.b, len(position))
        pair = (e.a, e.b) if position[e.a] <= position[e.b] else (e.b, e.a)
        first.setdefault(pair, n)
        latest[pair] = e
    order = sorted(first, key=lambda p: (position[p[0]], first[p]))
    return [(a, b, latest[(a, b)]) for a, b in order]


def scalar_graph(report: Report) -> nx.Graph:
    """The claim graph with scalar attributes only (what GraphML and GEXF can hold)."""
    records = {r.id: r for r in report.articles}
    labels = article_labels(report.articles)
    headline: dict[str, tuple[str, str, int | None]] = {}
    opposed: set[frozenset[str]] = set()
    for f in report.findings:  # conflicts come first, so a claim's headline is its conflict
        side_of = {cid: n for n, s in enumerate(f.sides) for cid in s.claims}
        for cid in f.claim_ids:
            headline.setdefault(cid, (f.id, f.kind, side_of.get(cid)))
        for a in f.sides:
            for b in f.sides:
                if a is not b and a.window == b.window:
                    opposed.update(frozenset((x, y)) for x in a.claims for y in b.claims)
    out = nx.Graph()
    for claim in report.claims:
        node: dict[str, Any] = {"label": claim.text}
        for name in _CLAIM_FIELDS:
            _put(node, name, getattr(claim, name))
        record = records.get(claim.article)
        _put(node, "article_label", labels.get(claim.article))
        if record is not None:
            _put(node, "outlet", record.source)
            _put(node, "title", record.title)
            _put(node, "published", record.published)
        _put(node, "low", claim.low)
        _put(node, "high", claim.high)
        low, high = tolerance_interval(claim)
        _put(node, "tolerance_low", low)
        _put(node, "tolerance_high", high)
        _put(node, "approximate", claim.approximate)
        _put(node, "source", source_key(claim))
        if claim.id in headline:
            finding, kind, side = headline[claim.id]
            _put(node, "finding", finding)
            _put(node, "finding_kind", kind)
            _put(node, "side", side)
        out.add_node(claim.id, **node)
    for x, y, edge in _graph_order(report):
        if x not in out or y not in out:
            continue
        attrs: dict[str, Any] = {}
        if edge is not None:
            _put(attrs, "weight", edge.weight)
            _put(attrs, "reasons", "; ".join(str(r) for r in edge.reasons))
            _put(attrs, "details", "; ".join(edge.details))
        attrs["conflict"] = frozenset((x, y)) in opposed
        out.add_edge(x, y, **attrs)
    return out


def write_graphml(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the claim graph as GraphML (Gephi, yEd, Cytoscape)."""
    nx.write_graphml(scalar_graph(report), os.fspath(path))


def write_gexf(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the claim graph as GEXF (Gephi's own format)."""
    nx.write_gexf(scalar_graph(report), os.fspath(path))
