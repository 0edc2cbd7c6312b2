"""The claim graph is kept as an edge list and built as networkx only when read."""

from __future__ import annotations

import random

import networkx as nx

import crosscheck
from crosscheck import Report
from crosscheck._graph_export import _graph_order
from crosscheck.align import Alignment, Edge
from crosscheck.align._model import claim_graph

from .conftest import SEEDS


def _edge(a: str, b: str, weight: float = 0.5) -> Edge:
    return Edge(a, b, weight, ())


def test_report_writes_json_without_building_the_graph() -> None:
    rep = crosscheck.report(SEEDS)
    rep.to_json()
    rep.to_markdown()
    assert "graph" not in rep.__dict__
    assert rep.alignment is not None
    assert "graph" not in rep.alignment.__dict__
    assert rep.edge_list() == rep.alignment.edges


def test_graph_built_from_claims_and_edges(seeds_report: Report) -> None:
    graph = seeds_report.graph
    assert list(graph.nodes) == [c.id for c in seeds_report.claims]
    assert graph.number_of_edges() == len(seeds_report.edge_list()) > 0
    for e in seeds_report.edge_list():
        assert graph.edges[e.a, e.b]["edge"] is e
    assert seeds_report.graph is graph  # built once
    assert seeds_report.alignment is not None
    assert seeds_report.alignment.graph is graph  # the report's and the alignment's are one


def test_a_given_graph_is_returned_as_it_is(seeds_report: Report) -> None:
    given = nx.Graph()
    given.add_edge("x", "y", edge=_edge("x", "y"))
    rep = Report(articles=(), claims=(), findings=(), graph=given)
    assert rep.graph is given
    assert rep.edge_list() == (_edge("x", "y"),)
    alignment = Alignment(
        claims=(), stories=(), groups=(), refused=(), candidate_pairs=0, graph=given
    )
    assert alignment.graph is given


def test_filter_keeps_the_edges_between_kept_claims(seeds_report: Report) -> None:
    only = seeds_report.filter(unit="killed")
    kept = {c.id for c in only.claims}
    assert set(only.graph.nodes) == kept
    expected = {(e.a, e.b) for e in seeds_report.edge_list() if e.a in kept and e.b in kept}
    assert {(e.a, e.b) for e in only.edge_list()} == expected
    assert only.graph.number_of_edges() == len(expected)


def test_graph_order_is_networkx_order() -> None:
    """Edges written to GraphML come in the order networkx would list them."""
    rng = random.Random(5)
    for _ in range(200):
        ids = [f"c{i:02d}" for i in range(rng.randint(1, 12))]
        claims = ids[:]
        rng.shuffle(claims)
        edges = []
        for _ in range(rng.randint(0, 30)):
            a, b = rng.choice([*ids, "stray"]), rng.choice(ids)
            edges.append(_edge(*sorted((a, b)), weight=rng.random()))
        graph = nx.Graph()
        graph.add_nodes_from(claims)
        for e in edges:
            graph.add_edge(e.a, e.b, edge=e)
        expected = [(a, b, d["edge"]) for a, b, d in graph.edges(data=True)]
        nodes = tuple(
            crosscheck.Claim(
                id=i,
                article="a",
                kind="date",
                text=i,
                start=0,
                end=1,
                sentence=i,
                sentence_start=0,
                language="en",
            )
            for i in claims
        )
        rep = Report(articles=(), claims=nodes, findings=(), edges=tuple(edges))
        assert _graph_order(rep) == expected
        built = claim_graph(nodes, edges)
        assert [(a, b, d["edge"]) for a, b, d in built.edges(data=True)] == expected
