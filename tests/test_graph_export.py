"""The claim graph written as GraphML and GEXF (what Gephi opens), and read back."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from crosscheck import Report


def test_every_attribute_is_a_scalar(seeds_report: Report) -> None:
    graph = seeds_report.to_networkx()
    assert set(graph.nodes) == {c.id for c in seeds_report.claims}
    assert graph.number_of_edges() == seeds_report.graph.number_of_edges()
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, str | float | bool | int) for v in data.values()), data
    for _, _, data in graph.edges(data=True):
        assert all(isinstance(v, str | float | bool) for v in data.values()), data


@pytest.mark.parametrize(
    ("write", "read"),
    [("to_graphml", nx.read_graphml), ("to_gexf", nx.read_gexf)],
)
def test_written_graph_reads_back(
    seeds_report: Report, tmp_path: Path, write: str, read: object
) -> None:
    path = tmp_path / f"claims.{write.removeprefix('to_')}"
    getattr(seeds_report, write)(path)
    back = read(path)  # type: ignore[operator]
    assert set(back.nodes) == {c.id for c in seeds_report.claims}
    assert back.number_of_edges() == seeds_report.graph.number_of_edges()
    conflict = seeds_report.conflicts[0]
    first = back.nodes[conflict.claim_ids[0]]
    claim = conflict.claims[0]
    assert first["label"] == claim.text
    assert first["finding_kind"] == "conflict"
    assert first["unit"] == claim.unit
    assert float(first["low"]) == claim.low
    opposed = [d for _, _, d in back.edges(data=True) if d.get("conflict") in (True, "true")]
    assert opposed, "the conflict's sides are marked on their edges"


def test_raw_graph_is_not_writable_but_export_is(seeds_report: Report, tmp_path: Path) -> None:
    """Why the export exists: the raw graph holds objects GraphML cannot store."""
    with pytest.raises((nx.NetworkXError, TypeError, KeyError)):
        nx.write_graphml(seeds_report.graph, tmp_path / "raw.graphml")
    seeds_report.to_graphml(tmp_path / "ok.graphml")
