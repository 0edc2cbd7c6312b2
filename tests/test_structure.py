"""The pipeline's shape: data flows one way, and blocking never changes the graph."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck.align import _graph
from crosscheck.claims import extract_claims

from .strategies import articles

PACKAGE = Path(crosscheck.__file__).parent
# ingest -> extract -> claims -> align -> judge -> render; lang and the
# underscore helpers at the top are shared by all.
ORDER = ["ingest", "extract", "claims", "align", "judge", "render"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level >= 1 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level >= 2 and not node.module:
            found.update(alias.name for alias in node.names)
    return found


def test_stages_only_read_from_earlier_stages() -> None:
    for stage_index, stage in enumerate(ORDER):
        later = set(ORDER[stage_index + 1 :])
        for path in (PACKAGE / stage).glob("*.py"):
            bad = _imports(path) & later
            assert not bad, f"{stage}/{path.name} imports later stage(s) {sorted(bad)}"


def _all_pairs(claims: list[crosscheck.Claim]) -> set[tuple[str, str]]:
    """Reference aligner: every pair, no blocking, the same edge rules."""
    windows = {c.id: _graph._window(c) for c in claims}
    edges = set()
    for a, b in itertools.combinations(sorted(claims, key=lambda c: c.id), 2):
        key_a, key_b = _graph.block_key(a), _graph.block_key(b)
        if key_a is None or key_b is None:
            continue
        if a.kind == "quote" and b.kind == "quote":
            edge = _graph._quote_edge(a, b)
        elif a.kind == b.kind == "date" and a.event == b.event:
            edge = _graph._date_edge(a, b, windows)
            if edge and (_graph._predates(a, b) or _graph._predates(b, a)):
                edge = None
        elif a.kind == b.kind == "quantity" and key_a == key_b:
            edge = _graph._context_edge(a, b, windows)
        else:
            edge = None
        if edge is not None:
            edges.add((a.id, b.id))
    return edges


@settings(max_examples=20, deadline=None)
@given(st.tuples(articles("x1"), articles("x2"), articles("x3"), articles("x4")))
def test_blocked_aligner_matches_all_pairs(batch: tuple[crosscheck.Article, ...]) -> None:
    claims = [c for a in batch for c in extract_claims(a)]
    graph = _graph.build_graph(claims)
    blocked = {tuple(sorted(e)) for e in graph.edges()}
    assert blocked == _all_pairs(claims)
